import type { StoredSession } from '@shared/ipc';
import type { CredentialStore } from '../services/credentials';
import type { DeskHandlers } from './register';

export function credentialsHandlers(store: CredentialStore) {
  return {
    'credentials:load': () => store.load(),
    'credentials:save': async (session: StoredSession) => {
      await store.save(session);
      return null;
    },
    'credentials:clear': async () => {
      await store.clear();
      return null;
    },
  } satisfies Pick<DeskHandlers, 'credentials:load' | 'credentials:save' | 'credentials:clear'>;
}
