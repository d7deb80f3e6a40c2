// Kept apart from the contract so the sandboxed preload can import it without bundling zod.

/** Things the desktop tells the page: the tray's "Sync now", a deep link or a notification click. */
export type DeskEvent = { type: 'sync-now' } | { type: 'open-issue'; issueId: string };
export const DESK_EVENT_CHANNEL = 'desk:event';
