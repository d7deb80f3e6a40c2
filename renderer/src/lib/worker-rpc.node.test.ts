import { describe, expect, it } from 'vitest';
import { createWorkerRpc, type WorkerRequest } from './worker-rpc';

type Reply = { id: number; ok: true; value: string } | { id: number; ok: false; message: string };

/** A worker that answers only when the test says so. */
class FakeWorker extends EventTarget {
  readonly posted: WorkerRequest<string>[] = [];
  terminated = false;
  postMessage(request: WorkerRequest<string>): void {
    this.posted.push(request);
  }
  terminate(): void {
    this.terminated = true;
  }
  reply(data: Reply): void {
    this.dispatchEvent(Object.assign(new Event('message'), { data }));
  }
  crash(message: string): void {
    this.dispatchEvent(Object.assign(new Event('error', { cancelable: true }), { message }));
  }
}

function rpcOverFakes() {
  const workers: FakeWorker[] = [];
  const rpc = createWorkerRpc<string, Reply, string>({
    startWorker: () => {
      const worker = new FakeWorker();
      workers.push(worker);
      return worker as unknown as Worker;
    },
    name: 'test',
    settle: (reply) =>
      reply.ok ? { ok: true, answer: reply.value } : { ok: false, error: new Error(reply.message) },
    lost: (detail) => new Error(`lost: ${detail}`),
  });
  return { rpc, workers };
}

describe('the worker RPC helper', () => {
  it('starts the worker on the first question and matches each answer to its question', async () => {
    const { rpc, workers } = rpcOverFakes();
    expect(workers).toHaveLength(0);
    const first = rpc.ask('a');
    const second = rpc.ask('b');
    const [worker] = workers;
    expect(workers).toHaveLength(1);
    expect(worker?.posted).toEqual([
      { id: 1, job: 'a' },
      { id: 2, job: 'b' },
    ]);
    worker?.reply({ id: 2, ok: true, value: 'B' });
    worker?.reply({ id: 1, ok: false, message: 'no A' });
    await expect(second).resolves.toBe('B');
    await expect(first).rejects.toThrow('no A');
  });

  it('fails the questions of a worker that crashed, and starts a new one for the next', async () => {
    const { rpc, workers } = rpcOverFakes();
    const asked = rpc.ask('a');
    workers[0]?.crash('out of memory');
    await expect(asked).rejects.toThrow('lost: the test worker failed: out of memory');
    expect(workers[0]?.terminated).toBe(true);
    const again = rpc.ask('b');
    expect(workers).toHaveLength(2);
    workers[1]?.reply({ id: 2, ok: true, value: 'B' });
    await expect(again).resolves.toBe('B');
  });

  it('fails the questions under way when stopped', async () => {
    const { rpc } = rpcOverFakes();
    const asked = rpc.ask('a');
    rpc.stop('the screen closed');
    await expect(asked).rejects.toThrow('lost: the screen closed');
  });
});
