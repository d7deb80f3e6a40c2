import type { DeskApi, DeskChannel, DeskChannelResults, DeskResult } from '@shared/ipc';
import type { DeskEvent } from '@shared/ipc/events';

export type Invoke = <C extends DeskChannel>(
  channel: C,
  ...args: unknown[]
) => Promise<DeskResult<DeskChannelResults[C]>>;

/** Subscribes to main's events; returns the unsubscribe function. */
export type Subscribe = (listener: (event: DeskEvent) => void) => () => void;

/** The DeskApi over IPC; built from `invoke` and `subscribe` so it can be tested without Electron. */
export function buildDeskApi(invoke: Invoke, subscribe: Subscribe): DeskApi {
  return {
    kind: 'electron',
    app: { info: () => invoke('app:info') },
    shell: { openExternal: (url) => invoke('shell:open-external', url) },
    settings: {
      get: () => invoke('settings:get'),
      update: (patch) => invoke('settings:update', patch),
    },
    credentials: {
      load: () => invoke('credentials:load'),
      save: (session) => invoke('credentials:save', session),
      clear: () => invoke('credentials:clear'),
    },
    notifications: { show: (notification) => invoke('notifications:show', notification) },
    tray: { setPendingCount: (count) => invoke('tray:set-pending-count', count) },
    export: {
      saveFile: (request) => invoke('export:save-file', request),
      printToPdf: (request) => invoke('export:print-to-pdf', request),
    },
    onEvent: subscribe,
  } satisfies DeskApi;
}
