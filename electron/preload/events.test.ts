import { describe, expect, it, vi } from 'vitest';
import type { DeskEvent } from '@shared/ipc/events';
import { createEventHub } from './events';

function hubWithFakeIpc() {
  let deliver: (event: DeskEvent) => void = () => {};
  const subscribe = createEventHub((next) => {
    deliver = next;
  });
  return { subscribe, fromMain: (event: DeskEvent) => deliver(event) };
}

describe('events from main in the preload', () => {
  it('hands events that came before anyone listened to the first subscriber', () => {
    const { subscribe, fromMain } = hubWithFakeIpc();
    fromMain({ type: 'open-issue', issueId: 'iss-7' });
    const first = vi.fn();
    const second = vi.fn();
    subscribe(first);
    subscribe(second);
    expect(first).toHaveBeenCalledWith({ type: 'open-issue', issueId: 'iss-7' });
    expect(second).not.toHaveBeenCalled();
  });

  it('delivers to every subscriber until it unsubscribes', () => {
    const { subscribe, fromMain } = hubWithFakeIpc();
    const listener = vi.fn();
    const unsubscribe = subscribe(listener);
    fromMain({ type: 'sync-now' });
    unsubscribe();
    fromMain({ type: 'sync-now' });
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
