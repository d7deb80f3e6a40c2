// What the bench page offers the Node side of `npm run bench:photos`.

export interface PhotoBenchOptions {
  fixtureUrl: string;
  warmups: number;
  runs: number;
}

export interface PhotoBenchResult {
  inputBytes: number;
  pipelineMs: number[];
  bareDecodeMs: number[];
  outputBytes: number[];
  output: { width: number; height: number };
  decoded: { width: number; height: number };
}

export interface PhotoBenchWindow {
  runPhotoBench(options: PhotoBenchOptions): Promise<PhotoBenchResult>;
}
