// The figures the pipeline works to. The city's own limits (10 MiB a photo, 10 photos a report)
// live in @shared/domain; these are the workstation's, chosen to stay well inside them.

/** Inputs above this are refused before any byte is read: a phone photo is 2 to 15 MB. */
export const PHOTO_INPUT_MAX_BYTES = 50 * 1024 * 1024;

/** The long edge of what is sent: enough for a moderator to see a repair, small enough to upload from a yard. */
export const PHOTO_MAX_EDGE = 2048;

/** Encode quality first tried, and the floor below which artefacts hide the repair itself. */
export const JPEG_QUALITY_START = 0.8;
export const JPEG_QUALITY_FLOOR = 0.5;
export const JPEG_QUALITY_STEP = 0.08;

/** An output above this is re-encoded at a lower quality (600 KiB): a 12 MP photo comes to about 400 KiB. */
export const PHOTO_OUTPUT_TARGET_BYTES = 600 * 1024;

/** The offset assumed when a camera wrote DateTimeOriginal without OffsetTimeOriginal. */
export const ASSUMED_CAMERA_OFFSET = '+03:00';
