import { describe, expect, it } from 'vitest';
import { cityErrorKinds, failureKeyOf, problemCodes } from '@shared/i18n';
import type { Problem } from '@shared/domain';
import { CityError } from './errors';

const problemOf = (code: string, status: number): Problem =>
  ({ type: 'about:blank', title: code, status, detail: `the city said ${code}`, code }) as Problem;

describe('a CityError names its failure-catalogue entry by code', () => {
  it.each(cityErrorKinds.filter((kind) => kind !== 'http'))('kind %s', (kind) => {
    expect(failureKeyOf(new CityError(kind, 'technical text').code)).toBe(kind);
  });

  it('an HTTP answer without a problem document, by its status class', () => {
    expect(failureKeyOf(new CityError('http', 'HTML 502 page', { status: 502 }).code)).toBe('server_error');
    expect(failureKeyOf(new CityError('http', 'teapot', { status: 418 }).code)).toBe('http');
  });

  it.each(problemCodes)('problem code %s', (code) => {
    const error = new CityError('http', 'technical text', { status: 422, problem: problemOf(code, 422) });
    expect(failureKeyOf(error.code)).toBe(code);
  });
});
