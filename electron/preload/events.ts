import type { DeskEvent } from '@shared/ipc/events';
import type { Subscribe } from './api';

/**
 * The page's side of main's events. Main sends once the page has loaded, which can be before
 * the app has subscribed (React subscribes in an effect): an event arriving with nobody
 * listening is held and handed to the first subscriber, so a deep link is not lost.
 */
export function createEventHub(listen: (deliver: (event: DeskEvent) => void) => void): Subscribe {
  const listeners = new Set<(event: DeskEvent) => void>();
  const held: DeskEvent[] = [];
  listen((event) => {
    if (listeners.size === 0) held.push(event);
    for (const listener of listeners) listener(event);
  });
  return (listener) => {
    listeners.add(listener);
    for (const event of held.splice(0)) listener(event);
    return () => {
      listeners.delete(listener);
    };
  };
}
