import { describe, expect, it } from 'vitest';
import { normaliseSearchText, searchTerms } from './search-text';

describe('search text', () => {
  it('is lowercase with ё written as е and single spaces', () => {
    expect(normaliseSearchText('  Ёлки   у Подъезда,\nЁЖИК ')).toBe('елки у подъезда, ежик');
  });

  it('splits a search into words that must all be found', () => {
    expect(searchTerms(' Королёв  ЛИФТ ')).toEqual(['королев', 'лифт']);
    expect(searchTerms('   ')).toEqual([]);
  });
});
