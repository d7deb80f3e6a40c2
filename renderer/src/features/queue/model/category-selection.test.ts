import { describe, expect, it } from 'vitest';
import { categoryCheck, toggleCategory } from './category-selection';

const children = new Map([
  ['yard', ['yard-rubbish', 'yard-potholes']],
  ['building', ['building-lift']],
]);

describe('choosing categories in the tree', () => {
  it('a top-level category stands for all its topics', () => {
    const selected = toggleCategory([], 'yard', children);
    expect(selected).toEqual(['yard']);
    expect(categoryCheck(selected, 'yard-rubbish', children)).toBe('checked');
    expect(toggleCategory(selected, 'yard', children)).toEqual([]);
  });

  it('un-choosing one topic of a chosen category keeps its other topics', () => {
    expect(toggleCategory(['yard'], 'yard-potholes', children)).toEqual(['yard-rubbish']);
  });

  it('choosing every topic becomes the category, and some of them show it partly chosen', () => {
    const one = toggleCategory([], 'yard-rubbish', children);
    expect(categoryCheck(one, 'yard', children)).toBe('partial');
    expect(toggleCategory(one, 'yard-potholes', children)).toEqual(['yard']);
  });

  it('choosing a partly chosen category chooses it whole', () => {
    expect(toggleCategory(['yard-rubbish', 'building-lift'], 'yard', children)).toEqual([
      'building-lift',
      'yard',
    ]);
  });
});
