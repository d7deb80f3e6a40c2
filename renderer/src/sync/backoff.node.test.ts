import { describe, expect, it } from 'vitest';
import { backoffDelayMs, defaultBackoff } from './backoff';
import { CityError } from '../city/errors';

describe('backoff', () => {
  it('draws from zero up to a ceiling that doubles from about a second to five minutes', () => {
    expect(backoffDelayMs(0, defaultBackoff, () => 0.999)).toBe(999);
    expect(backoffDelayMs(3, defaultBackoff, () => 0.5)).toBe(4_000);
    expect(backoffDelayMs(30, defaultBackoff, () => 0.999)).toBeLessThan(300_000);
    expect(backoffDelayMs(30, defaultBackoff, () => 0.999)).toBeGreaterThan(299_000);
    expect(backoffDelayMs(5, defaultBackoff, () => 0)).toBe(0);
  });

  it('waits at least as long as the city asked', () => {
    expect(backoffDelayMs(1, defaultBackoff, () => 0, 30_000)).toBe(30_000);
  });
});

describe('city errors', () => {
  it.each([
    ['network', null, true],
    ['timeout', null, true],
    ['malformed', 200, true],
    ['http', 503, true],
    ['http', 429, true],
    ['http', 422, false],
    ['http', 409, false],
    ['http', 412, false],
    ['http', 410, false],
    ['auth', 401, false],
  ] as const)('%s %s is transient: %s', (kind, status, transient) => {
    expect(new CityError(kind, 'x', { status }).transient).toBe(transient);
  });
});
