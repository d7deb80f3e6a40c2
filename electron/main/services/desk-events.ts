import { DESK_EVENT_CHANNEL, type DeskEvent } from '@shared/ipc/events';
import type { Log } from './log';

/** The part of a window's WebContents that events are pushed to. */
export interface EventPage {
  send(channel: string, event: DeskEvent): void;
  isLoading(): boolean;
  isDestroyed(): boolean;
  /** '' until a page has been loaded: a window just created has loaded nothing yet. */
  getURL(): string;
  on(event: 'did-finish-load' | 'did-start-loading', listener: () => void): unknown;
}

export interface DeskEventQueue {
  /** The page of the main window (again after it was re-created). */
  attach(page: EventPage): void;
  send(event: DeskEvent): void;
}

/**
 * Pushes DeskEvents to the page, holding them while there is no page or it is still loading:
 * a deep link or a notification click often comes before the app has finished starting.
 * (The preload in turn holds them until the app has subscribed.)
 */
export function createDeskEventQueue(log: Log): DeskEventQueue {
  let page: EventPage | undefined;
  let ready = false;
  const waiting: DeskEvent[] = [];

  function flush(): void {
    if (!page || !ready || page.isDestroyed()) return;
    for (const event of waiting.splice(0)) page.send(DESK_EVENT_CHANNEL, event);
  }

  return {
    attach(next) {
      page = next;
      ready = !next.isLoading() && next.getURL() !== '';
      next.on('did-start-loading', () => {
        if (page === next) ready = false;
      });
      next.on('did-finish-load', () => {
        if (page !== next) return;
        ready = true;
        flush();
      });
      flush();
    },
    send(event) {
      waiting.push(event);
      if (!ready) log(`holding ${event.type} until the page has loaded`);
      flush();
    },
  };
}
