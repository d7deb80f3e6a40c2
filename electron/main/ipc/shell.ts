import type { Shell } from 'electron';
import { isAllowedExternalUrl } from '@shared/ipc';
import type { DeskHandlers } from './register';

export function shellHandlers(shell: Pick<Shell, 'openExternal'>): Pick<DeskHandlers, 'shell:open-external'> {
  return {
    'shell:open-external': async (url) => {
      if (!isAllowedExternalUrl(url))
        throw new Error(`This link is not on the list of sites the app opens: ${url}`);
      await shell.openExternal(url);
      return null;
    },
  };
}
