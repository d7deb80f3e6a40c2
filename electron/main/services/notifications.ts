import type { NotificationConstructorOptions } from 'electron';
import type { DeskNotification } from '@shared/ipc';
import type { DeskEvent } from '@shared/ipc/events';
import { DeskHandlerError } from '../ipc/errors';
import type { Log } from './log';

/** The part of Electron's Notification used here. */
export interface NativeNotification {
  on(event: 'click' | 'close', listener: () => void): unknown;
  show(): void;
}

export interface NotificationClass {
  new (options: NotificationConstructorOptions): NativeNotification;
  isSupported(): boolean;
}

export interface NotifierOptions {
  Notification: NotificationClass;
  iconPath?: string | undefined;
  /** Shows and focuses the main window (creating it if it was closed). */
  bringAppToFront: () => void;
  sendEvent: (event: DeskEvent) => void;
  log: Log;
}

export interface Notifier {
  show(notification: DeskNotification): void;
}

/**
 * Native notifications. Which ones to show (the person's choices in Settings) is decided
 * by the page; main only shows them and answers a click.
 */
export function createNotifier(options: NotifierOptions): Notifier {
  // A notification nobody references can be garbage-collected while on screen, and its click
  // is then lost (a known Electron pitfall): keep each until it is clicked or closed.
  const onScreen = new Set<NativeNotification>();

  return {
    show(request) {
      if (!options.Notification.isSupported()) {
        throw new DeskHandlerError(
          'notifications_unsupported',
          'This system does not show desktop notifications.',
        );
      }
      const notification = new options.Notification({
        title: request.title,
        body: request.body,
        ...(options.iconPath ? { icon: options.iconPath } : {}),
        ...(request.urgent ? { urgency: 'critical', timeoutType: 'never' } : { urgency: 'normal' }),
      });
      onScreen.add(notification);
      notification.on('click', () => {
        onScreen.delete(notification);
        options.bringAppToFront();
        if (request.issueId) options.sendEvent({ type: 'open-issue', issueId: request.issueId });
      });
      notification.on('close', () => onScreen.delete(notification));
      notification.show();
      options.log(`notification shown${request.issueId ? ` for issue ${request.issueId}` : ''}`);
    },
  };
}
