import { access, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StoredSession } from '@shared/ipc';
import { DeskHandlerError } from '../ipc/errors';
import { createCredentialStore, electronCipher, keyringProtects, type SecretCipher } from './credentials';

const session: StoredSession = {
  serverUrl: 'http://127.0.0.1:4311',
  refreshToken: 'refresh-token-of-the-dispatcher',
  user: {
    id: 'u-1',
    name: 'Иванова А. П.',
    role: 'dispatcher',
    companyId: 'co-1',
    companyName: 'ГБУ «Жилищник района Марьино»',
  },
};

/** A stand-in for safeStorage: reversible, but visibly not plain text. */
function fakeCipher(overrides: Partial<SecretCipher> = {}): SecretCipher {
  return {
    isEncryptionAvailable: () => true,
    encryptString: (plain) => Buffer.from(`enc:${Buffer.from(plain, 'utf8').toString('base64')}`, 'utf8'),
    decryptString: (encrypted) => {
      const text = encrypted.toString('utf8');
      if (!text.startsWith('enc:'))
        throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return Buffer.from(text.slice(4), 'base64').toString('utf8');
    },
    ...overrides,
  };
}

const tempFile = async () => join(await mkdtemp(join(tmpdir(), 'desk-credentials-')), 'session.bin');
const noLog = () => {};

describe('the credentials store', () => {
  it('keeps the session encrypted across restarts', async () => {
    const file = await tempFile();
    await createCredentialStore(file, fakeCipher(), noLog).save(session);
    const onDisk = await readFile(file, 'utf8');
    expect(onDisk).not.toContain('refresh-token');
    expect(await createCredentialStore(file, fakeCipher(), noLog).load()).toEqual(session);
  });

  it('has nothing before the first sign-in and nothing after a sign-out', async () => {
    const file = await tempFile();
    const store = createCredentialStore(file, fakeCipher(), noLog);
    expect(await store.load()).toBeNull();
    await store.save(session);
    await store.clear();
    expect(await store.load()).toBeNull();
    await expect(access(file)).rejects.toThrow();
  });

  it('refuses to write without a keyring, with a code, and keeps the session for this run only', async () => {
    const file = await tempFile();
    const store = createCredentialStore(file, fakeCipher({ isEncryptionAvailable: () => false }), noLog);
    const saving = store.save(session);
    await expect(saving).rejects.toBeInstanceOf(DeskHandlerError);
    await expect(saving).rejects.toMatchObject({
      code: 'keyring_unavailable',
      message: expect.stringMatching(/keyring/),
    });
    expect(await store.load()).toEqual(session);
    await expect(access(file)).rejects.toThrow();
    expect(
      await createCredentialStore(file, fakeCipher({ isEncryptionAvailable: () => false }), noLog).load(),
    ).toBeNull();
  });

  it('treats Linux basic_text (a fixed password) as no keyring', () => {
    expect(keyringProtects(fakeCipher({ getSelectedStorageBackend: () => 'basic_text' }))).toBe(false);
    expect(keyringProtects(fakeCipher({ getSelectedStorageBackend: () => 'gnome_libsecret' }))).toBe(true);
    expect(keyringProtects(fakeCipher())).toBe(true);
  });

  it('asks the storage backend on Linux only', () => {
    const safeStorage = { ...fakeCipher(), getSelectedStorageBackend: () => 'basic_text' };
    expect(keyringProtects(electronCipher(safeStorage, 'linux'))).toBe(false);
    expect(keyringProtects(electronCipher(safeStorage, 'win32'))).toBe(true);
  });

  it('keeps an encrypted file it cannot read now, for when the keyring is back', async () => {
    const file = await tempFile();
    await createCredentialStore(file, fakeCipher(), noLog).save(session);
    const locked = createCredentialStore(file, fakeCipher({ isEncryptionAvailable: () => false }), noLog);
    expect(await locked.load()).toBeNull();
    expect(await createCredentialStore(file, fakeCipher(), noLog).load()).toEqual(session);
  });

  it.each([
    ['undecryptable', 'garbage from another machine'],
    ['not JSON', `enc:${Buffer.from('{half').toString('base64')}`],
    ['not a session', `enc:${Buffer.from('{"refreshToken": 1}').toString('base64')}`],
  ])('sets a damaged file aside (%s) and answers null', async (_kind, content) => {
    const file = await tempFile();
    await writeFile(file, content);
    const messages: string[] = [];
    const store = createCredentialStore(file, fakeCipher(), (m) => messages.push(m));
    expect(await store.load()).toBeNull();
    await expect(access(`${file}.damaged`)).resolves.toBeUndefined();
    await expect(access(file)).rejects.toThrow();
    expect(messages.join('\n')).toMatch(/damaged/);
  });
});
