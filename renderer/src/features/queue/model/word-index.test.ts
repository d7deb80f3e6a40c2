import { describe, expect, it } from 'vitest';
import { NOW, lookups, row } from '../test/fixtures';
import { buildColumns } from './columns';
import { compileColumnFilter, filterPositions } from './column-filter';
import { deadlineWindowAt } from './deadline-window';
import { compileFilter } from './filter';
import { emptyQuery } from './query';
import { WordIndex, WordSink } from './word-index';

const names = lookups();
const window = deadlineWindowAt(NOW);

describe('the word index', () => {
  it('numbers each distinct word once, and a text’s words once each', () => {
    const index = new WordIndex();
    const sink = new WordSink();
    index.tokenise('яма у подъезда яма', sink);
    index.tokenise('у подъезда', sink);
    expect(Array.from(sink.ids.subarray(0, sink.used))).toEqual([0, 1, 2, 1, 2]);
    expect(index.list()).toEqual(['яма', 'у', 'подъезда']);
    expect(index.intern('подъезда')).toBe(2);
  });

  it('flags the words that contain a search word anywhere in them', () => {
    const index = new WordIndex();
    for (const word of ['нг-2026-0012345', 'каширское', 'шоссе', 'лифт', 'лифтёр']) index.intern(word);
    const flagged = (term: string) => index.list().filter((_, id) => index.matching(term)[id] === 1);
    expect(flagged('лиф')).toEqual(['лифт', 'лифтёр']);
    expect(flagged('12345')).toEqual(['нг-2026-0012345']);
    expect(flagged('ш')).toEqual(['каширское', 'шоссе']);
    expect(flagged('е')).toEqual(['каширское', 'шоссе']);
    expect(flagged('нет')).toEqual([]);
  });

  it('takes words numbered by a worker only when both numbered alike', () => {
    const index = new WordIndex();
    index.intern('двор');
    expect(index.adopt(1, ['подъезд', 'лифт'])).toBe(true);
    expect(index.intern('лифт')).toBe(2);
    expect(index.adopt(1, ['крыша'])).toBe(false);
  });
});

describe('searching over the word index', () => {
  // Words that overlap, repeat, sit at the start and the end, and texts with odd spacing.
  const descriptions = [
    'Яма у подъезда',
    'Не работает лифт, лифтёр не пришёл',
    'Мусор  во дворе у подъезда №2',
    'Ёлка упала на детскую площадку',
    'Подъезд не убран',
    '',
    'Протечка крыши над кв. 12345',
  ];
  const rows = Array.from({ length: 70 }, (_, i) =>
    row({
      id: `iss-${i}`,
      description: descriptions[i % descriptions.length] ?? '',
      address: i % 3 === 0 ? 'Каширское шоссе, д. 5' : 'ул. Королёва, д. 12',
    }),
  );
  const columns = buildColumns(rows);
  const order = Uint32Array.from(rows.keys());
  const searches = [
    'подъезд',
    'ПОДЪЕЗДА ЯМА',
    'лифт',
    'ёлка',
    'елк',
    'у',
    'д.',
    '12',
    '0000007',
    'кашир шоссе',
    'нет такого',
    '№2',
  ];

  for (const search of searches)
    it(`finds what the row predicate finds for “${search}”, over all rows and over a few`, () => {
      const query = { ...emptyQuery, view: 'all' as const, search };
      const expected = rows.filter(compileFilter(query, window, names.children)).map((r) => r.id);
      const filter = compileColumnFilter(columns, query, window, names.children);
      const ids = (kept: Uint32Array) => Array.from(kept, (i) => rows[i]?.id);
      expect(ids(filterPositions(columns, order, false, filter))).toEqual(expected);
      const few = order.filter((i) => i % 9 === 0);
      expect(ids(filterPositions(columns, few, false, filter))).toEqual(
        expected.filter((id) => Number(id.slice(4)) % 9 === 0),
      );
    });
});
