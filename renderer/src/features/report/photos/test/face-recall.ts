// How many of the expected faces a set of blurred rectangles hides: shared by the face test and
// bench/faces. A face counts as found when one rectangle covers at least COVERED of its box and
// is not absurdly larger (a blur over half the photo would "find" every face).
import type { RedactionRect } from '../types';

export const COVERED = 0.8;
export const AT_MOST_TIMES_LARGER = 8;

export interface FaceFixture {
  file: string;
  width: number;
  height: number;
  from: string;
  faces: RedactionRect[];
}

function covers(rect: RedactionRect, face: RedactionRect): boolean {
  const width = Math.min(rect.x + rect.width, face.x + face.width) - Math.max(rect.x, face.x);
  const height = Math.min(rect.y + rect.height, face.y + face.height) - Math.max(rect.y, face.y);
  if (width <= 0 || height <= 0) return false;
  const faceArea = face.width * face.height;
  return (
    (width * height) / faceArea >= COVERED && rect.width * rect.height <= AT_MOST_TIMES_LARGER * faceArea
  );
}

/** The expected faces found, and the rectangles that hide no expected face (false alarms). */
export function matchFaces(
  found: readonly RedactionRect[],
  expected: readonly RedactionRect[],
): { hits: number; falseAlarms: number } {
  const used = new Set<number>();
  let hits = 0;
  for (const face of expected) {
    const index = found.findIndex((rect, i) => !used.has(i) && covers(rect, face));
    if (index >= 0) {
      hits += 1;
      used.add(index);
    }
  }
  return { hits, falseAlarms: found.length - used.size };
}
