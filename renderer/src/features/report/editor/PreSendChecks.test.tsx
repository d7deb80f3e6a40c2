import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
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
    // Each failed check on a line of its own; the passed ones of a photo on one line.
    const items = screen.getAllByTestId('pre-send-check');
    expect(items).toHaveLength(4);
    expect(items.filter((it) => it.dataset['passed'] === 'false')).toHaveLength(4);
    expect(screen.getByTestId('pre-send-check-passed').textContent).toContain(
      'Фото 1 · В порядке: время съёмки, место съёмки, освещённость, резкость',
    );
    expect(screen.getByText(/Фото 2 · Время съёмки: Снято за 23 ч до поступления заявки/)).toBeTruthy();
    expect(
      screen.getByText(/Фото 2 · Место съёмки: Снято в 99\d м от адреса заявки, дальше 150 м/),
    ).toBeTruthy();
    expect(screen.getByText('Переснимите при дневном свете или со вспышкой.')).toBeTruthy();
    expect(screen.getByTestId('pre-send-check-passed').title).toMatch(
      /^Снято после поступления заявки \(через 25 ч\)\. Снято в \d+ м от адреса заявки\. Снимок достаточно светлый\. Снимок резкий\.$/,
    );
  });

  it('checks the answer against the returns on the topic and lists their reasons, in English too', async () => {
    const returned = [
      {
        text: 'Работы выполнены, территория приведена в порядок.',
        comment: 'Ответ носит формальный характер. Опишите, какие работы выполнены.',
        decidedAt: '2026-03-10T12:00:00+03:00',
      },
      {
        text: 'Мусор убран.',
        comment: 'ответ формальный, опишите выполненные работы',
        decidedAt: '2026-03-05T12:00:00+03:00',
      },
      { text: 'Вывезено.', comment: 'Фотоматериалы не соответствуют адресу обращения.', decidedAt: null },
    ];
    const i18n = await createI18n('en');
    render(
      <I18nextProvider i18n={i18n}>
        <PreSendChecks
          photos={[]}
          records={new Map()}
          issue={issue}
          text="Работы выполнены, территория приведена в порядок."
          answer={{ returned, templates: [] }}
          now={now}
        />
      </I18nextProvider>,
    );
    const [like, formal] = screen.getAllByTestId('answer-check');
    expect(like?.textContent).toContain(
      'Answer text: 100 % the same as an answer on this topic the moderator returned on 10/03/2026: “Ответ носит формальный характер.',
    );
    expect(formal?.textContent).toContain('Answer text: Only general words');
    expect(screen.getAllByTestId('return-reason').map((it) => it.textContent)).toEqual([
      'Ответ носит формальный характер. Опишите, какие работы выполнены. — 2 times',
      'Фотоматериалы не соответствуют адресу обращения. — 1 time',
    ]);
  });

  it('says how many faces were blurred on each photo, found on the device and hidden by hand', async () => {
    const blurred = record('c'.repeat(64), {
      redaction: {
        sourceSha256: 'd'.repeat(64),
        rects: [
          { x: 1, y: 1, width: 10, height: 10, origin: 'face' },
          { x: 20, y: 1, width: 10, height: 10, origin: 'manual' },
        ],
        facesFound: 2,
      },
    });
    for (const [language, words] of [
      ['ru', 'Фото 1 · Лица размыты: 1 (найдено на устройстве: 2), скрыто вручную: 1'],
      ['en', 'Photo 1 · Faces blurred: 1 (found on the device: 2), hidden by hand: 1'],
    ] as const) {
      const { unmount } = render(
        <I18nextProvider i18n={await createI18n(language)}>
          <PreSendChecks
            photos={[{ sha256: blurred.sha256, role: 'after' }]}
            records={new Map([[blurred.sha256, blurred]])}
            issue={issue}
            now={now}
          />
        </I18nextProvider>,
      );
      expect(screen.getByTestId('pre-send-check-faces').textContent).toContain(words);
      unmount();
    }
  });

  it('says how well each after-photo matches the resident’s photo, and offers the two side by side when it may be another place', async () => {
    const same = record('c'.repeat(64), {});
    const other = record('d'.repeat(64), {});
    const compared: string[] = [];
    const i18n = await createI18n('ru');
    render(
      <I18nextProvider i18n={i18n}>
        <PreSendChecks
          photos={[
            { sha256: same.sha256, role: 'after' },
            { sha256: other.sha256, role: 'after' },
          ]}
          records={new Map([same, other].map((it) => [it.sha256, it]))}
          issue={issue}
          samePlace={
            new Map([
              [same.sha256, { comparable: true, score: 100, samePlace: true, inliers: 164, matches: 190 }],
              [other.sha256, { comparable: true, score: 8, samePlace: false, inliers: 5, matches: 27 }],
            ])
          }
          onCompare={(sha256) => compared.push(sha256)}
          now={now}
        />
      </I18nextProvider>,
    );
    expect(screen.getAllByTestId('pre-send-check-passed')[0]?.title).toContain(
      'Совпадение с фото жителя 100 из 100: на обоих снимках найдено 164 общих деталей.',
    );
    expect(
      screen.getByText(
        /Фото 2 · То же место, что на фото жителя: Совпадение с фото жителя 8 из 100 \(нужно не меньше 20\)/,
      ),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Сравнить с фото жителя' }));
    expect(compared).toEqual([other.sha256]);
  });
  it('says, as an item of its own with what to do, when faces could not be looked for or the places compared', async () => {
    const unchecked = record('e'.repeat(64), { facesUnchecked: true });
    const compared: string[] = [];
    for (const [language, faces, place] of [
      [
        'ru',
        'Фото 1 · Лица не проверены: Найти лица на этом устройстве не удалось (ошибка распознавания), фото пока не размыто.',
        'Фото 1 · То же место, что на фото жителя: Сравнить с фото жителя на этом устройстве не удалось',
      ],
      [
        'en',
        'Photo 1 · Faces not checked: Faces could not be looked for on this device (the detector failed)',
        'Photo 1 · Same place as the resident’s photo: The photo could not be compared',
      ],
    ] as const) {
      const { unmount } = render(
        <I18nextProvider i18n={await createI18n(language)}>
          <PreSendChecks
            photos={[{ sha256: unchecked.sha256, role: 'after' }]}
            records={new Map([[unchecked.sha256, unchecked]])}
            issue={issue}
            samePlace={new Map([[unchecked.sha256, 'failed']])}
            onCompare={(sha256) => compared.push(sha256)}
            now={now}
          />
        </I18nextProvider>,
      );
      const failed = screen
        .getAllByTestId('pre-send-check')
        .filter((it) => it.dataset['passed'] === 'false')
        .map((it) => it.textContent ?? '');
      expect(failed).toHaveLength(2);
      expect(failed[0]).toContain(faces);
      expect(failed[1]).toContain(place);
      if (language === 'ru') {
        expect(
          screen.getByText(
            'Посмотрите фото сами и, если на нём есть лица, скройте их вручную: «Скрыть области» под фото.',
          ),
        ).toBeTruthy();
        fireEvent.click(screen.getByRole('button', { name: 'Сравнить с фото жителя' }));
      }
      unmount();
    }
    expect(compared).toEqual([unchecked.sha256]);
  });
});
