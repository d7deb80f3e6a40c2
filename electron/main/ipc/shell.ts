import type { Shell } from 'electron';
import { isAllowedExternalUrl } from '@shared/ipc';
import { DeskHandlerError } from './errors';
import type { DeskHandlers } from './register';

export function shellHandlers(shell: Pick<Shell, 'openExternal'>) {
  return {
    'shell:open-external': async (url: string) => {
      if (!isAllowedExternalUrl(url))
        throw new DeskHandlerError(
          'link_not_allowed',
          `This link is not on the list of sites the app opens: ${url}`,
        );
      await shell.openExternal(url);
      return null;
    },
  } satisfies Pick<DeskHandlers, 'shell:open-external'>;
}
