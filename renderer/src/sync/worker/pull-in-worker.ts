import type { CityAuthTokens } from '../../city/client';
import { pullChanges, type PullDeps } from '../pull';
import { fromWireError, toWireError, type FromPullWorker, type ToPullWorker } from './pull-protocol';

export interface PullWorkerOptions {
  /** Written out in full by the caller: Vite finds and bundles a worker only by `new Worker(new URL(…))`. */
  startWorker: () => Worker;
  serverUrl: string;
  /** The engine's session: the worker borrows its access token and asks it for a fresh one. */
  tokens: CityAuthTokens;
}

interface PullUnderWay {
  deps: PullDeps;
  resolve: (total: number) => void;
  reject: (error: Error) => void;
}

/**
 * Runs the engine's pulls in a worker of their own (pull.worker.ts), one at a time: the same
 * `pullChanges`, its writes in the worker, its progress told to the engine here. A worker that
 * cannot start or dies takes the pull back to this thread, where it resumes from the cursor
 * written with the last page (data and cursor move together, so nothing is applied twice).
 */
export class PullWorker {
  private worker: Worker | null = null;
  private current: PullUnderWay | null = null;
  private failedOnce = false;

  constructor(private readonly options: PullWorkerOptions) {}

  pull = (deps: PullDeps): Promise<number> => {
    if (this.failedOnce) return pullChanges(deps);
    return new Promise<number>((resolve, reject) => {
      this.current = { deps, resolve, reject };
      this.send({
        kind: 'pull',
        dbName: deps.db.name,
        serverUrl: this.options.serverUrl,
        accessToken: this.options.tokens.accessToken(),
      });
    });
  };

  /** Ends the worker (signed out): a pull under way stops between two transactions, or inside one that is then undone. */
  stop(): void {
    this.worker?.terminate();
    this.worker = null;
    this.current?.reject(new Error('Sync stopped'));
    this.current = null;
  }

  private send(message: ToPullWorker): void {
    this.worker ??= this.start();
    this.worker.postMessage(message);
  }

  private start(): Worker {
    const worker = this.options.startWorker();
    worker.addEventListener('message', ({ data }: MessageEvent<FromPullWorker>) => this.heard(data));
    worker.addEventListener('error', (event: ErrorEvent) => {
      event.preventDefault();
      this.lost(event.message || 'it could not be started');
    });
    worker.addEventListener('messageerror', () => this.lost('a message could not be read'));
    return worker;
  }

  private heard(message: FromPullWorker): void {
    const current = this.current;
    if (!current) return;
    switch (message.kind) {
      case 'page':
        current.deps.onPage?.(message.applied, message.total);
        break;
      case 'progress':
        current.deps.onProgress?.(message.progress);
        break;
      case 'open_work':
        current.deps.onOpenWork?.();
        break;
      case 'refresh':
        this.options.tokens.refresh().then(
          () => this.send({ kind: 'token', accessToken: this.options.tokens.accessToken() }),
          (error: unknown) => this.send({ kind: 'token_refused', error: toWireError(error) }),
        );
        break;
      case 'done':
        this.current = null;
        current.resolve(message.total);
        break;
      case 'failed':
        this.current = null;
        current.reject(fromWireError(message.error));
        break;
    }
  }

  private lost(detail: string): void {
    console.warn(`The pull worker failed (${detail}); sync pulls on the UI thread`);
    this.failedOnce = true;
    this.worker?.terminate();
    this.worker = null;
    const current = this.current;
    this.current = null;
    if (current) pullChanges(current.deps).then(current.resolve, current.reject);
  }
}
