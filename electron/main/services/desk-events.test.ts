import { describe, expect, it } from 'vitest';
import { DESK_EVENT_CHANNEL } from '@shared/ipc/events';
import { createDeskEventQueue, type EventPage } from './desk-events';

function fakePage(loading: boolean, url = 'file:///app/out/renderer/index.html') {
  const listeners = new Map<string, () => void>();
  const sent: unknown[] = [];
  let isLoading = loading;
  const page: EventPage = {
    send: (channel, event) => void sent.push([channel, event]),
    isLoading: () => isLoading,
    isDestroyed: () => false,
    getURL: () => url,
    on: (name: string, listener: () => void) => listeners.set(name, listener),
  };
  return {
    page,
    sent,
    finishLoading() {
      isLoading = false;
      listeners.get('did-finish-load')?.();
    },
    startLoading() {
      isLoading = true;
      listeners.get('did-start-loading')?.();
    },
  };
}

describe('the desk event queue', () => {
  it('holds events until the page has loaded, then sends them in order', () => {
    const queue = createDeskEventQueue(() => {});
    queue.send({ type: 'open-issue', issueId: 'iss-1' });
    const fake = fakePage(true);
    queue.attach(fake.page);
    queue.send({ type: 'sync-now' });
    expect(fake.sent).toEqual([]);
    fake.finishLoading();
    expect(fake.sent).toEqual([
      [DESK_EVENT_CHANNEL, { type: 'open-issue', issueId: 'iss-1' }],
      [DESK_EVENT_CHANNEL, { type: 'sync-now' }],
    ]);
  });

  it('sends at once to a loaded page and holds again during a reload', () => {
    const queue = createDeskEventQueue(() => {});
    const fake = fakePage(false);
    queue.attach(fake.page);
    queue.send({ type: 'sync-now' });
    expect(fake.sent).toHaveLength(1);
    fake.startLoading();
    queue.send({ type: 'open-issue', issueId: 'iss-2' });
    expect(fake.sent).toHaveLength(1);
    fake.finishLoading();
    expect(fake.sent).toHaveLength(2);
  });

  it('holds events for a window created a moment ago that has not started loading yet', () => {
    const queue = createDeskEventQueue(() => {});
    const fake = fakePage(false, '');
    queue.attach(fake.page);
    queue.send({ type: 'open-issue', issueId: 'iss-3' });
    expect(fake.sent).toEqual([]);
    fake.startLoading();
    fake.finishLoading();
    expect(fake.sent).toEqual([[DESK_EVENT_CHANNEL, { type: 'open-issue', issueId: 'iss-3' }]]);
  });

  it('forgets a replaced page', () => {
    const queue = createDeskEventQueue(() => {});
    const old = fakePage(false);
    queue.attach(old.page);
    const fresh = fakePage(true);
    queue.attach(fresh.page);
    old.finishLoading();
    queue.send({ type: 'sync-now' });
    expect(old.sent).toEqual([]);
    fresh.finishLoading();
    expect(fresh.sent).toHaveLength(1);
  });
});
