import { describe, expect, it } from 'vitest';
import { keepPageWhile } from './unload-guard';

/** Whether leaving the page now would be asked about, as the browser decides it. */
function leavingIsAsked(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

function deferred(): { promise: Promise<void>; resolve: () => void; reject: (error: Error) => void } {
  let resolve = () => {};
  let reject: (error: Error) => void = () => {};
  const promise = new Promise<void>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

describe('keepPageWhile', () => {
  it('asks before leaving while any write is on its way, and not once all have landed', async () => {
    expect(leavingIsAsked()).toBe(false);
    const first = deferred();
    const second = deferred();
    const a = keepPageWhile(first.promise);
    const b = keepPageWhile(second.promise);
    expect(leavingIsAsked()).toBe(true);
    first.resolve();
    await a;
    expect(leavingIsAsked()).toBe(true);
    second.resolve();
    await b;
    expect(leavingIsAsked()).toBe(false);
  });

  it('lets the page go after a write that failed, and passes the failure on', async () => {
    const write = deferred();
    const kept = keepPageWhile(write.promise);
    expect(leavingIsAsked()).toBe(true);
    write.reject(new Error('disk full'));
    await expect(kept).rejects.toThrow('disk full');
    expect(leavingIsAsked()).toBe(false);
  });
});
