// Where the comparison's count of shared details becomes a verdict and a score; the checks before
// sending show them, so they live apart from the image code the worker loads.

/**
 * With at least this many point pairs on one homography the photos show the same place. In the
 * fixture set (tests/fixtures/same-place) pairs of two different places fit at most 8, and the
 * same place at least 14, but for one aerial view turned and zoomed past what the pyramid covers.
 */
export const SAME_PLACE_INLIERS = 12;
/** This many pairs and more is as sure as the comparison gets: the score is 100. */
export const FULL_SCORE_INLIERS = 60;
/**
 * A photo with fewer details than this (a thumbnail, a plain wall, a generated tile) cannot be
 * compared: the verdict would be "another place" for want of anything to match.
 */
export const MIN_COMPARABLE_POINTS = 20;
