// What the bench page offers the Node side of `npm run bench:photos`.

export interface PhotoBenchOptions {
  fixtureUrl: string;
  warmups: number;
  runs: number;
  /** browser-image-compression's script, served beside the page; null to measure without the peer. */
  peerScriptUrl: string | null;
}

export interface Dimensions {
  width: number;
  height: number;
}

export interface PhotoBenchResult {
  inputBytes: number;
  pipelineMs: number[];
  /** The peer's times, in the same runs; empty without the peer. */
  peerMs: number[];
  bareDecodeMs: number[];
  outputBytes: number[];
  peerOutputBytes: number[];
  output: Dimensions;
  peerOutput: Dimensions | null;
  decoded: Dimensions;
  /** SSIM of each output against the source scaled to the output's size (luma, 11×11 Gaussian window). */
  ssim: { ours: number; peer: number | null };
}

export interface PhotoBenchWindow {
  runPhotoBench(options: PhotoBenchOptions): Promise<PhotoBenchResult>;
}
