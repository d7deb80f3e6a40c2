import type { DeskApi, DeskChannel, DeskChannelResults, DeskResult } from '@shared/ipc';

export type Invoke = <C extends DeskChannel>(
  channel: C,
  ...args: unknown[]
) => Promise<DeskResult<DeskChannelResults[C]>>;

/** The DeskApi over IPC; built from an `invoke` so it can be tested without Electron. */
export function buildDeskApi(invoke: Invoke): DeskApi {
  return {
    kind: 'electron',
    app: { info: () => invoke('app:info') },
    shell: { openExternal: (url) => invoke('shell:open-external', url) },
    settings: {
      get: () => invoke('settings:get'),
      update: (patch) => invoke('settings:update', patch),
    },
  } satisfies DeskApi;
}
