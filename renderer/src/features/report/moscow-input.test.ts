import { describe, expect, it } from 'vitest';
import { fromMoscowInputValue, toMoscowInputValue } from './moscow-input';

describe('the completion time field', () => {
  it('shows Moscow wall-clock time for an instant given in any zone', () => {
    expect(toMoscowInputValue('2026-11-24T21:30:00Z')).toBe('2026-11-25T00:30');
    expect(toMoscowInputValue('2026-11-24T14:05:00+03:00')).toBe('2026-11-24T14:05');
  });

  it('reads what is typed as Moscow time, and nothing half-typed', () => {
    expect(fromMoscowInputValue('2026-11-24T14:05')).toBe('2026-11-24T14:05:00+03:00');
    expect(fromMoscowInputValue('2026-11-24T1')).toBeNull();
    expect(fromMoscowInputValue('')).toBeNull();
  });
});
