import { describe, expect, it } from 'vitest';
import { failuresEn, failuresRu } from './failures';
import {
  cityErrorKinds,
  deskErrorCodes,
  failureKeyOf,
  failureKeys,
  problemCodes,
  syncCodes,
} from './failure-codes';

const photoAndSignInCodes = [
  'photo_unsupported_type',
  'photo_heic',
  'photo_too_large',
  'photo_too_many',
  'photo_empty',
  'photo_truncated',
  'photo_undecodable',
  'photo_internal',
  'wrong_credentials',
  'sign_in_rate_limited',
  'bad_server',
] as const;

const everyCode = [
  ...cityErrorKinds,
  ...problemCodes,
  ...deskErrorCodes,
  ...syncCodes,
  ...photoAndSignInCodes,
];

describe('the failure catalogue', () => {
  it.each(failureKeys)('tells %s in Russian and English: what happened and what to do next', (key) => {
    for (const words of [failuresRu[key], failuresEn[key]]) {
      for (const text of [words.what, words.next]) {
        expect(text.trim().length).toBeGreaterThan(0);
        expect(text).not.toBe(key);
      }
      expect(words.next).not.toBe(words.what);
    }
    expect(failuresRu[key].what).toMatch(/[а-яё]/i);
    expect(failuresRu[key].next).toMatch(/[а-яё]/i);
    expect(failuresEn[key].what).not.toMatch(/[а-яё]/i);
  });

  it.each(everyCode)('has its own entry for %s', (code) => {
    expect(failureKeyOf(code)).toBe(code);
    expect(failureKeys).toContain(code);
  });

  it('tells a bare status by its class and anything else as unknown, never by its text', () => {
    expect(failureKeyOf('http_502')).toBe('server_error');
    expect(failureKeyOf('http_503')).toBe('server_error');
    expect(failureKeyOf('http_401')).toBe('unauthorized');
    expect(failureKeyOf('http_418')).toBe('http');
    expect(failureKeyOf('Something broke: ECONNRESET')).toBe('unknown');
  });
});
