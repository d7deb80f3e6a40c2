import { describe, expect, it } from 'vitest';
import { CityError } from '../../city/errors';
import type { DeskDb } from '../../db/database';
import type { FirstPullProgress } from '../../db/records';
import type { PullDeps } from '../pull';
import { PullWorker } from './pull-in-worker';
import { toWireError, type FromPullWorker, type ToPullWorker } from './pull-protocol';

// The engine's side of the pull worker, against a scripted worker: what the worker tells is
// passed on to the engine's hooks, a refused token is refreshed by the engine's session, the
// city's refusal arrives as the CityError the engine decides on, and a worker that fails takes
// the pull back to this thread. (The worker itself runs in the journeys and bench:first-run.)

type Listener = (event: { data?: unknown; message?: string; preventDefault(): void }) => void;

class ScriptedWorker {
  readonly received: ToPullWorker[] = [];
  terminated = false;
  private readonly listeners = new Map<string, Listener[]>();

  constructor(private readonly script: (message: ToPullWorker, worker: ScriptedWorker) => void) {}

  addEventListener(type: string, listener: Listener): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  postMessage(message: ToPullWorker): void {
    this.received.push(message);
    queueMicrotask(() => this.script(message, this));
  }

  terminate(): void {
    this.terminated = true;
  }

  tell(message: FromPullWorker): void {
    for (const listener of this.listeners.get('message') ?? [])
      listener({ data: message, preventDefault() {} });
  }

  crash(detail: string): void {
    for (const listener of this.listeners.get('error') ?? [])
      listener({ message: detail, preventDefault() {} });
  }
}

const progress: FirstPullProgress = {
  stage: 'open_work',
  startedAt: '2026-12-01T10:00:00.000Z',
  openIssues: 200,
  issuesReceived: 200,
  issuesExpected: null,
  expectedDoneAt: null,
  historyFrom: null,
  historyThrough: null,
};

function pullWorker(worker: ScriptedWorker, tokens = { token: 'first', refreshed: 0 }) {
  return new PullWorker({
    startWorker: () => worker as unknown as Worker,
    serverUrl: 'http://city.test',
    tokens: {
      accessToken: () => tokens.token,
      refresh: async () => {
        tokens.refreshed += 1;
        tokens.token = `fresh-${tokens.refreshed}`;
      },
    },
  });
}

function deps(db: Partial<DeskDb> = {}) {
  const heard: string[] = [];
  const value: PullDeps = {
    db: { name: 'gorod-desk/city.test/c1/u1', ...db } as DeskDb,
    client: {} as PullDeps['client'],
    now: () => new Date(),
    onPage: (applied, total) => heard.push(`page ${applied}/${total}`),
    onProgress: (next) => heard.push(`progress ${next.issuesReceived}`),
    onOpenWork: () => heard.push('open work'),
  };
  return { value, heard };
}

describe('PullWorker', () => {
  it('passes what the worker tells to the engine and resolves with the records written', async () => {
    const worker = new ScriptedWorker((message, self) => {
      if (message.kind !== 'pull') return;
      self.tell({ kind: 'progress', progress });
      self.tell({ kind: 'page', applied: 200, total: 200 });
      self.tell({ kind: 'open_work' });
      self.tell({ kind: 'done', total: 200 });
    });
    const { value, heard } = deps();
    await expect(pullWorker(worker).pull(value)).resolves.toBe(200);
    expect(worker.received).toEqual([
      {
        kind: 'pull',
        dbName: 'gorod-desk/city.test/c1/u1',
        serverUrl: 'http://city.test',
        accessToken: 'first',
      },
    ]);
    expect(heard).toEqual(['progress 200', 'page 200/200', 'open work']);
  });

  it('refreshes a refused token through the session and answers the worker with the new one', async () => {
    const worker = new ScriptedWorker((message, self) => {
      if (message.kind === 'pull') self.tell({ kind: 'refresh' });
      if (message.kind === 'token') self.tell({ kind: 'done', total: 0 });
    });
    const tokens = { token: 'stale', refreshed: 0 };
    await expect(pullWorker(worker, tokens).pull(deps().value)).resolves.toBe(0);
    expect(tokens.refreshed).toBe(1);
    expect(worker.received.at(-1)).toEqual({ kind: 'token', accessToken: 'fresh-1' });
  });

  it('gives the engine the city’s refusal as a CityError, so a lost session is handled as before', async () => {
    const worker = new ScriptedWorker((message, self) => {
      if (message.kind === 'pull')
        self.tell({
          kind: 'failed',
          error: toWireError(new CityError('auth', 'Sign in again', { status: 401 })),
        });
    });
    const failure = pullWorker(worker).pull(deps().value);
    await expect(failure).rejects.toBeInstanceOf(CityError);
    await expect(failure).rejects.toMatchObject({ kind: 'auth', status: 401, transient: false });
  });

  it('pulls on this thread when the worker fails', async () => {
    const worker = new ScriptedWorker((message, self) => {
      if (message.kind === 'pull') self.crash('it could not be started');
    });
    const here = new Error('pulled here');
    const { value } = deps({
      getMeta: () => Promise.reject(here),
    });
    const runner = pullWorker(worker);
    await expect(runner.pull(value)).rejects.toBe(here);
    expect(worker.terminated).toBe(true);
    // Later pulls stay here too; the worker is not asked again.
    await expect(runner.pull(value)).rejects.toBe(here);
    expect(worker.received).toHaveLength(1);
  });

  it('stops a pull under way when sync stops', async () => {
    const worker = new ScriptedWorker(() => undefined);
    const runner = pullWorker(worker);
    const pulling = runner.pull(deps().value);
    runner.stop();
    await expect(pulling).rejects.toThrow('Sync stopped');
    expect(worker.terminated).toBe(true);
  });
});
