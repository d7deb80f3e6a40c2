import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { User } from '@shared/domain';
import { SignedIn, testWorkspace } from '../../app/session/test/signed-in';
import { createDb, type DeskDb } from '../../db/database';
import { photoRequestKey } from '../../db/requests';
import { createI18n } from '../../i18n';
import { PhotoThumb } from './PhotoThumb';

const user: User = { id: 'st-1', name: 'Диспетчер', role: 'dispatcher', companyId: 'co', companyName: 'Co' };
const sha256 = 'a'.repeat(64);
let db: DeskDb;

afterEach(async () => {
  vi.restoreAllMocks();
  db.close();
  await db.delete();
});

async function renderThumb() {
  db = createDb({ name: `photo-thumb-${Math.random()}` });
  render(
    <I18nextProvider i18n={await createI18n('ru')}>
      <SignedIn workspace={testWorkspace(db, user)}>
        <PhotoThumb
          sha256={sha256}
          width={40}
          height={30}
          origin="resident"
          alt="Фото жителя"
          onOpen={() => {}}
        />
      </SignedIn>
    </I18nextProvider>,
  );
}

describe('a photo thumbnail of a photo not on this device', () => {
  it('asks sync for it and shows it once sync has kept it', async () => {
    // happy-dom's IndexedDB keeps no real Blob: any bytes read back make the URL here.
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:photo');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    await renderThumb();
    await waitFor(async () => expect((await db.requests.get(photoRequestKey(sha256)))?.state).toBe('wanted'));
    expect(screen.getByTestId('photo-thumb').querySelector('img')).toBeNull();
    // What sync does when the city answers.
    await db.photos.put({
      sha256,
      blob: new Blob([new Uint8Array([1, 2, 3])], { type: 'image/png' }),
      mediaType: 'image/png',
      width: 40,
      height: 30,
      bytes: 3,
      uploadState: 'remote',
      origin: 'resident',
      addedAt: new Date().toISOString(),
    });
    await waitFor(() =>
      expect(screen.getByTestId('photo-thumb').querySelector('img')?.getAttribute('src')).toBe('blob:photo'),
    );
  });

  it('says the photo cannot be had when sync could not fetch it', async () => {
    await renderThumb();
    await waitFor(async () => expect(await db.requests.get(photoRequestKey(sha256))).toBeDefined());
    await db.requests.update(photoRequestKey(sha256), {
      state: 'failed',
      failedAt: new Date().toISOString(),
      error: { code: 'offline', message: 'No network' },
    });
    await waitFor(() => expect(screen.getByTestId('BrokenImageOutlinedIcon')).toBeTruthy());
  });
});
