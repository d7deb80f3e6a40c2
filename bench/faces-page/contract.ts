// What the face bench's page and its runner (bench/faces.bench.ts) say to each other.

export interface FaceBenchOptions {
  /** The 12 MP photo, timed through the pipeline with and without face blurring. */
  bigUrl: string;
  /** The fixture photos with their expected faces (tests/fixtures/faces/faces.json). */
  fixtures: { url: string; faces: { x: number; y: number; width: number; height: number }[] }[];
  warmups: number;
  runs: number;
}

export interface FaceBenchResult {
  hits: number;
  expected: number;
  falseAlarms: number;
  /** The 12 MP photo through the whole pipeline with face blurring, each run. */
  withFacesMs: number[];
  /** The same without looking for faces, in the same runs, turn and turn about. */
  withoutFacesMs: number[];
  /** Faces found on the 12 MP photo (it shows none: the detector's cost without the blur's). */
  bigFaces: number;
}

export interface FaceBenchWindow {
  runFaceBench(options: FaceBenchOptions): Promise<FaceBenchResult>;
}
