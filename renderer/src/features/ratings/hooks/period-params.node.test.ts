import { describe, expect, it } from 'vitest';
import { choiceFromParams } from './use-period-choice';

const choose = (search: string) => choiceFromParams(new URLSearchParams(search), '2026-11-25');

describe('the period in the address', () => {
  it('reads the presets and defaults to the last 30 days', () => {
    expect(choose('period=week').current).toEqual({ from: '2026-11-19', to: '2026-11-26' });
    expect(choose('period=lastMonth').current).toEqual({ from: '2026-10-01', to: '2026-11-01' });
    expect(choose('period=quarter').current).toEqual({ from: '2026-10-01', to: '2026-11-26' });
    expect(choose('').preset).toBe('days30');
  });

  it('reads chosen dates, and falls back to the last 30 days on dates that make no sense', () => {
    expect(choose('period=custom&from=2026-05-01&through=2026-05-31').current).toEqual({
      from: '2026-05-01',
      to: '2026-06-01',
    });
    expect(choose('period=custom&from=2026-05-31&through=2026-05-01').preset).toBe('days30');
    expect(choose('period=custom&from=2026-02-30&through=2026-03-01').preset).toBe('days30');
  });
});
