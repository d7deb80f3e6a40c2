// What the editor run of `bench:checks` (editor-long-tasks.run.ts) hands back to its runner.

export interface EditorLongTask {
  startTime: number;
  duration: number;
  /** What the long animation frame around it ran (script, function, how long), when Chromium said. */
  during: string;
}

export interface EditorLongTasks {
  photos: number;
  /** From the files given to the photo input to every photo's checks shown. */
  elapsedMs: number;
  longTasks: EditorLongTask[];
  load: number;
}
