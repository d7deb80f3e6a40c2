import { describe, expect, it } from 'vitest';
import { translations } from './resources';
import { createI18n } from '.';
import { formatMoscowDateTime } from './format';

const keysOf = (value: unknown, prefix = ''): string[] =>
  typeof value === 'object' && value !== null
    ? Object.entries(value).flatMap(([key, inner]) => keysOf(inner, prefix ? `${prefix}.${key}` : key))
    : [prefix];

describe('translations', () => {
  it('have the same keys in Russian and English, none empty', () => {
    expect(keysOf(translations.en).sort()).toEqual(keysOf(translations.ru).sort());
    for (const key of keysOf(translations.ru)) {
      const text = key
        .split('.')
        .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], translations.ru);
      expect(typeof text === 'string' && text.length > 0, key).toBe(true);
    }
  });

  it('start in the chosen language', async () => {
    expect((await createI18n('ru')).t('nav.queue')).toBe('Очередь');
    expect((await createI18n('en')).t('nav.queue')).toBe('Queue');
  });
});

describe('dates', () => {
  it('are shown in Moscow time', () => {
    // 21:30 UTC is already the next day in Moscow (UTC+3).
    expect(formatMoscowDateTime('2026-03-29T21:30:00Z', 'ru')).toMatch(/30 мар.* 2026.* 00:30/);
    expect(formatMoscowDateTime('2026-03-29T21:30:00Z', 'en')).toMatch(/30 Mar 2026.* 00:30/);
  });
});
