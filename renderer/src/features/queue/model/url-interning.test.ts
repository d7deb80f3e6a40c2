import { describe, expect, it } from 'vitest';
import { queryFromParams } from './url';

const parse = (search: string) => queryFromParams(new URLSearchParams(search));

describe('queries read from the address', () => {
  it('keep the same lists and sort from one address to the next, so unchanged filters do not redraw', () => {
    const before = parse('status=new&status=returned&cat=yard&sort=received&dir=desc');
    const after = parse('status=new&status=returned&cat=yard&sort=received&dir=desc&q=лифт');
    expect(after.statuses).toBe(before.statuses);
    expect(after.categories).toBe(before.categories);
    expect(after.priorities).toBe(before.priorities);
    expect(after.sort).toBe(before.sort);
    expect(parse('status=new').statuses).not.toBe(before.statuses);
    expect(parse('status=new').statuses).toEqual(['new']);
  });
});
