import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../../../i18n';
import type { PhotoRecord } from '../../../db/records';
import { PreSendChecks } from './PreSendChecks';

const issue = { receivedAt: '2026-03-20T09:00:00+03:00', lat: 55.6111, lng: 37.7237 };
const now = new Date('2026-03-21T12:00:00+03:00');

const record = (sha256: string, extra: Partial<PhotoRecord>): PhotoRecord => ({
  sha256,
  mediaType: 'image/jpeg',
  width: 2048,
  height: 1536,
  bytes: 1000,
  uploadState: 'local',
  origin: 'company',
  addedAt: '2026-03-21T08:00:00Z',
  ...extra,
});

describe('the checks before sending', () => {
  it('lists each check of the after-photos in Russian, saying what to do about the ones that fail', async () => {
    const good = record('a'.repeat(64), {
      capturedAt: '2026-03-21T10:00:00+03:00',
      location: { latitude: 55.6112, longitude: 37.7238 },
      stats: { meanLuminance: 130, sharpness: 400, width: 512, height: 384 },
    });
    const bad = record('b'.repeat(64), {
      capturedAt: '2026-03-19T10:00:00+03:00',
      location: { latitude: 55.62, longitude: 37.7237 },
      stats: { meanLuminance: 20, sharpness: 30, width: 512, height: 384 },
    });
    const i18n = await createI18n('ru');
    render(
      <I18nextProvider i18n={i18n}>
        <PreSendChecks
          photos={[
            { sha256: good.sha256, role: 'after' },
            { sha256: bad.sha256, role: 'after' },
          ]}
          records={new Map([good, bad].map((it) => [it.sha256, it]))}
          issue={issue}
          now={now}
        />
      </I18nextProvider>,
    );
    expect(screen.getByText('Проверка перед отправкой')).toBeTruthy();
    const items = screen.getAllByTestId('pre-send-check');
    expect(items).toHaveLength(8);
    expect(items.filter((it) => it.dataset['passed'] === 'false')).toHaveLength(4);
    expect(screen.getByText(/Фото 2 · Время съёмки: Снято за 23 ч до поступления заявки/)).toBeTruthy();
    expect(
      screen.getByText(/Фото 2 · Место съёмки: Снято в 99\d м от адреса заявки, дальше 150 м/),
    ).toBeTruthy();
    expect(screen.getByText('Переснимите при дневном свете или со вспышкой.')).toBeTruthy();
    expect(screen.getByText(/Фото 1 · Резкость: Снимок резкий/)).toBeTruthy();
  });
});
