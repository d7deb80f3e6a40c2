import { appendFileSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What every main-process module writes its messages with. */
export type Log = (message: string) => void;

export interface LogFileOptions {
  /** The folder of the log files (userData/logs). */
  dir: string;
  /** The current file; older ones are `main.1.log` (newest) to `main.<maxFiles - 1>.log`. */
  baseName?: string;
  maxBytes?: number;
  /** How many files in all, the current one included. */
  maxFiles?: number;
  now?: () => Date;
  /** Also written here (the terminal of `npm start`); errors of the log itself go here too. */
  echo?: (line: string) => void;
}

export const defaultLogLimits = { maxBytes: 1024 * 1024, maxFiles: 5 } as const;

/**
 * A log file with rotation. Writes are synchronous on purpose: the log is small, and the
 * lines written just before a crash or a quit are the ones most worth having.
 */
export function createFileLog(options: LogFileOptions): Log {
  const baseName = options.baseName ?? 'main';
  const maxBytes = options.maxBytes ?? defaultLogLimits.maxBytes;
  const maxFiles = Math.max(1, options.maxFiles ?? defaultLogLimits.maxFiles);
  const now = options.now ?? (() => new Date());
  const echo = options.echo ?? (() => {});
  const fileAt = (index: number) =>
    join(options.dir, index === 0 ? `${baseName}.log` : `${baseName}.${index}.log`);

  let size: number | undefined;
  let broken = false;

  function currentSize(): number {
    if (size === undefined) {
      mkdirSync(options.dir, { recursive: true });
      try {
        size = statSync(fileAt(0)).size;
      } catch {
        size = 0;
      }
    }
    return size;
  }

  function rotate(): void {
    rmSync(fileAt(maxFiles - 1), { force: true });
    for (let index = maxFiles - 2; index >= 0; index -= 1) {
      try {
        renameSync(fileAt(index), fileAt(index + 1));
      } catch {
        // A missing older file is normal in the first days of a log.
      }
    }
    size = 0;
  }

  return (message) => {
    const line = `${now().toISOString()} ${message}\n`;
    echo(line.trimEnd());
    if (broken) return;
    try {
      const bytes = Buffer.byteLength(line, 'utf8');
      const current = currentSize();
      if (current > 0 && current + bytes > maxBytes) rotate();
      appendFileSync(fileAt(0), line, 'utf8');
      size = (size ?? 0) + bytes;
    } catch (error) {
      // A log that cannot be written must never take the app down with it: say so once and go on.
      broken = true;
      echo(
        `log file in ${options.dir} cannot be written: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  };
}
