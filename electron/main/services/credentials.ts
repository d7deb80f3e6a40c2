import { readFile, rename, rm, writeFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { StoredSession } from '@shared/ipc';
import { DeskHandlerError } from '../ipc/errors';
import type { Log } from './log';

/** The part of Electron's `safeStorage` used here. */
export interface SecretCipher {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only: `basic_text` means no keyring, only a key written in Chromium's source. */
  getSelectedStorageBackend?(): string;
}

/**
 * Electron's safeStorage as a SecretCipher. Its storage backend is a Linux-only question,
 * so it is asked only there.
 */
export function electronCipher(safeStorage: Required<SecretCipher>, platform: NodeJS.Platform): SecretCipher {
  return {
    isEncryptionAvailable: () => safeStorage.isEncryptionAvailable(),
    encryptString: (plainText) => safeStorage.encryptString(plainText),
    decryptString: (encrypted) => safeStorage.decryptString(encrypted),
    ...(platform === 'linux'
      ? { getSelectedStorageBackend: () => safeStorage.getSelectedStorageBackend() }
      : {}),
  };
}

export interface CredentialStore {
  load(): Promise<StoredSession | null>;
  save(session: StoredSession): Promise<void>;
  clear(): Promise<void>;
}

export const KEYRING_UNAVAILABLE = 'keyring_unavailable';

/**
 * Whether the OS keyring really protects what is encrypted. On Linux without a keyring
 * Chromium falls back to a fixed password ("basic_text"): that is obfuscation, not
 * encryption, so a refresh token is not written with it.
 */
export function keyringProtects(cipher: SecretCipher): boolean {
  if (!cipher.isEncryptionAvailable()) return false;
  const backend = cipher.getSelectedStorageBackend?.();
  return backend !== 'basic_text' && backend !== 'unknown';
}

/**
 * The signed-in session kept across restarts, encrypted with the OS keyring in one file in
 * userData. Without a keyring it is refused (code `keyring_unavailable`) and kept in memory
 * for this run only, so the person stays signed in until they quit. A file that cannot be
 * decrypted or read is set aside as `.damaged` and the person signs in again.
 */
export function createCredentialStore(filePath: string, cipher: SecretCipher, log: Log): CredentialStore {
  // undefined: nothing kept in memory; null: signed out in this run.
  let inMemory: StoredSession | null | undefined;

  async function setAside(reason: string): Promise<void> {
    log(`credentials file ${filePath} ${reason}; keeping it as .damaged, the person signs in again`);
    await rename(filePath, `${filePath}.damaged`).catch(() => undefined);
  }

  return {
    async load() {
      if (inMemory !== undefined) return inMemory;
      let encrypted: Buffer;
      try {
        encrypted = await readFile(filePath);
      } catch {
        return null;
      }
      if (!keyringProtects(cipher)) {
        // The keyring may be back next time (a locked session, a desktop without one today):
        // keep the file, only do without it now.
        log('credentials file present but the OS keyring is unavailable; signed out for this run');
        return null;
      }
      let text: string;
      try {
        text = cipher.decryptString(encrypted);
      } catch (error) {
        await setAside(`cannot be decrypted (${error instanceof Error ? error.message : String(error)})`);
        return null;
      }
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        await setAside('is not JSON after decryption');
        return null;
      }
      const parsed = StoredSession.safeParse(json);
      if (!parsed.success) {
        await setAside('does not hold a session');
        return null;
      }
      return parsed.data;
    },

    async save(session) {
      if (!keyringProtects(cipher)) {
        inMemory = session;
        // An older encrypted session must not come back at the next start instead of this one.
        await rm(filePath, { force: true });
        throw new DeskHandlerError(
          KEYRING_UNAVAILABLE,
          'The operating system keyring is unavailable, so the sign-in is kept only until the app is closed.',
        );
      }
      const encrypted = cipher.encryptString(JSON.stringify(session));
      await mkdir(dirname(filePath), { recursive: true });
      const temp = `${filePath}.tmp`;
      await writeFile(temp, encrypted, { mode: 0o600 });
      await rename(temp, filePath);
      inMemory = undefined;
    },

    async clear() {
      inMemory = null;
      await rm(filePath, { force: true });
    },
  };
}
