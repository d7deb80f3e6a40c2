import { describe, expect, it } from 'vitest';
import { row } from '../test/fixtures';
import { buildColumns } from './columns';
import { ColumnStore } from './column-store';
import { statusCode } from './column-codes';

const ids = (rows: readonly { id: string }[]) => rows.map((r) => r.id);

describe('the column store', () => {
  it('keeps a row’s place when it changes, and closes up in order over removed rows', () => {
    const store = new ColumnStore();
    for (const id of ['a', 'b', 'c', 'd']) store.put(row({ id }));
    store.put(row({ id: 'b', status: 'returned' }));
    store.remove('a');
    store.remove('c');
    store.put(row({ id: 'e', description: 'Яма у подъезда' }));
    const columns = store.columns();
    expect(ids(columns.rows)).toEqual(['b', 'd', 'e']);
    expect(columns.length).toBe(3);
    expect(columns.status[0]).toBe(statusCode.returned);
    expect(columns.positions.get('e')).toBe(2);
    expect(columns.positions.get('a')).toBeUndefined();
  });

  it('hands out columns that later changes do not touch', () => {
    const store = new ColumnStore();
    store.put(row({ id: 'a', status: 'new', description: 'лифт' }));
    const before = store.columns();
    store.put(row({ id: 'a', status: 'resolved', description: 'крыша' }));
    store.put(row({ id: 'b' }));
    const after = store.columns();
    expect(before.status[0]).toBe(statusCode.new);
    expect(before.length).toBe(1);
    expect(before.rows[0]?.status).toBe('new');
    expect(after.status[0]).toBe(statusCode.resolved);
    const words = (columns: typeof before, i: number) =>
      Array.from(
        columns.words.ids.subarray(columns.words.start[i], columns.words.end[i]),
        (id) => columns.words.index.list()[id],
      );
    expect(words(before, 0)).toContain('лифт');
    expect(words(after, 0)).toContain('крыша');
    expect(words(after, 0)).not.toContain('лифт');
  });

  it('builds the same columns row by row as all at once', () => {
    const rows = ['x', 'y', 'z'].map((id, i) => row({ id, assigneeId: i === 1 ? 'st-1' : null }));
    const store = new ColumnStore();
    for (const r of rows) store.put(r);
    const { words: _storeWords, ...byRow } = store.columns();
    const { words: _builtWords, ...atOnce } = buildColumns(rows);
    expect(byRow).toEqual(atOnce);
  });

  it('stays right after many changes of the same rows (their old words are let go)', () => {
    const store = new ColumnStore();
    for (let round = 0; round < 40; round += 1)
      for (let i = 0; i < 200; i += 1)
        store.put(row({ id: `r-${i}`, description: `слово${round} ещё`, rev: round }));
    const columns = store.columns();
    const last = columns.words.index.list();
    const first = Array.from(
      columns.words.ids.subarray(columns.words.start[0], columns.words.end[0]),
      (id) => last[id],
    );
    expect(first).toContain('слово39');
    expect(first).not.toContain('слово38');
  });
});
