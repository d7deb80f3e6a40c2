import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { Language } from '@shared/ipc';
import { createI18n } from '../../../i18n';
import { createDb, type DeskDb } from '../../../db/database';
import type { PhotoRecord } from '../../../db/records';
import { PhotoError, type PhotoPipeline, type ProcessedPhoto } from '../photos';
import { PhotoRedaction } from './RedactPhoto';

const record: PhotoRecord = {
  sha256: 'a'.repeat(64),
  blob: new Blob([new Uint8Array([0xff, 0xd8, 0xff])], { type: 'image/jpeg' }),
  mediaType: 'image/jpeg',
  width: 400,
  height: 300,
  bytes: 3,
  uploadState: 'local',
  origin: 'company',
  addedAt: '2026-12-01T07:00:00Z',
  capturedAt: null,
};
let db: DeskDb;

/** What the pipeline gives back: a new photo with the rectangles blurred. */
const blurredPhoto = (sha256: string, bytes: number[]): ProcessedPhoto => ({
  blob: new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' }),
  sha256,
  width: 400,
  height: 300,
  bytes: bytes.length,
  capturedAt: null,
  location: null,
  stats: null,
  originalName: null,
  warnings: [],
});

beforeEach(async () => {
  db = createDb({ name: `redaction-${crypto.randomUUID()}` });
  await db.photos.add(record);
});

afterEach(async () => {
  vi.restoreAllMocks();
  db.close();
  await db.delete();
});

async function renderRedaction(redact: PhotoPipeline['redact'], language: Language = 'ru') {
  const onDone = vi.fn();
  render(
    <I18nextProvider i18n={await createI18n(language)}>
      <PhotoRedaction db={db} url="blob:photo" record={record} onDone={onDone} pipeline={{ redact }} />
    </I18nextProvider>,
  );
  // Drawn over a frame shown at the photo's own size, so screen points are photo pixels.
  const frame = screen.getByTestId('redaction-frame');
  vi.spyOn(frame, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, 0, 400, 300));
  frame.setPointerCapture = () => {};
  fireEvent.pointerDown(frame, { clientX: 40, clientY: 30, pointerId: 1 });
  fireEvent.pointerMove(frame, { clientX: 140, clientY: 110, pointerId: 1 });
  fireEvent.pointerUp(frame, { clientX: 140, clientY: 110, pointerId: 1 });
  return { onDone };
}

describe('redacting a photo', () => {
  it('blurs the drawn rectangle into a new photo kept on this device', async () => {
    const blurred = blurredPhoto('b'.repeat(64), [1, 2, 3]);
    const redact = vi.fn<PhotoPipeline['redact']>(async () => blurred);
    const { onDone } = await renderRedaction(redact);
    fireEvent.click(screen.getByRole('button', { name: 'Размыть' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith({ sha256: 'b'.repeat(64), role: 'after' }));
    expect(redact.mock.calls[0]?.[1]).toEqual([{ x: 40, y: 30, width: 100, height: 80, origin: 'manual' }]);
    expect((await db.photos.get('b'.repeat(64)))?.uploadState).toBe('local');
  });

  it('that fails says so, keeps the dialog and the rectangles for another try', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const redact = vi.fn<PhotoPipeline['redact']>(async () => {
      throw new PhotoError({ code: 'internal', detail: 'the photo worker failed' });
    });
    const { onDone } = await renderRedaction(redact);
    fireEvent.click(screen.getByRole('button', { name: 'Размыть' }));

    const error = await screen.findByTestId('redaction-error');
    expect(error.textContent).toContain(
      'Не удалось размыть фото, оно осталось как было. Попробуйте ещё раз.',
    );
    expect(error.textContent).toContain(
      'Подробнее: The photo could not be processed: the photo worker failed',
    );
    expect(onDone).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Размыть' })).toHaveProperty('disabled', false);

    fireEvent.click(screen.getByRole('button', { name: 'Размыть' }));
    await waitFor(() => expect(redact).toHaveBeenCalledTimes(2));
    expect(redact.mock.calls[1]?.[1]).toEqual([{ x: 40, y: 30, width: 100, height: 80, origin: 'manual' }]);
  });

  it('that fails is said in English too', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await renderRedaction(async () => {
      throw new Error('out of memory');
    }, 'en');
    fireEvent.click(screen.getByRole('button', { name: 'Blur' }));
    expect((await screen.findByTestId('redaction-error')).textContent).toContain(
      'The photo could not be blurred and is unchanged. Try again.Details: out of memory',
    );
  });

  it('shows the faces found on the device blurred; one undone and the photo redone from the unblurred one', async () => {
    const blurred = blurredPhoto('c'.repeat(64), [4]);
    const redact = vi.fn<PhotoPipeline['redact']>(async () => blurred);
    const onDone = vi.fn();
    const faces = [
      { x: 10, y: 10, width: 50, height: 60, origin: 'face' as const },
      { x: 200, y: 20, width: 50, height: 60, origin: 'face' as const },
    ];
    render(
      <I18nextProvider i18n={await createI18n('ru')}>
        <PhotoRedaction
          db={db}
          url="blob:unblurred"
          record={record}
          redaction={{ sourceSha256: record.sha256, rects: faces, facesFound: 2 }}
          onDone={onDone}
          pipeline={{ redact }}
        />
      </I18nextProvider>,
    );
    expect(screen.getByTestId('redaction-faces').textContent).toBe(
      'На фото найдено и размыто 2 лица. Лишнее размытие можно отменить, недостающее — выделить.',
    );
    expect(screen.getAllByTestId('redaction-rect')).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Отменить размытие области 1' }));
    fireEvent.click(screen.getByRole('button', { name: 'Размыть' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith({ sha256: 'c'.repeat(64), role: 'after' }));
    expect(redact.mock.calls[0]?.[0].sha256).toBe(record.sha256);
    expect(redact.mock.calls[0]?.[1]).toEqual([faces[1]]);
    expect((await db.photos.get('c'.repeat(64)))?.redaction).toEqual({
      sourceSha256: record.sha256,
      rects: [faces[1]],
      facesFound: 2,
    });
  });
});
