import { describe, expect, it } from 'vitest';
import { RangeSet } from 'dexie';
import { mutatedKeys } from './mutated-keys';

const part = (table: string, index = '') => `idb://desk-db/${table}/${index}`;

describe('reading Dexie’s storagemutated parts', () => {
  it('collects the single keys written and deleted in one table of one database', () => {
    const parts = {
      [part('issues')]: new RangeSet().addKeys(['iss-3', 'iss-1', 'iss-2']),
      [part('issues', ':dels')]: new RangeSet().addKey('iss-9'),
      [part('outbox')]: new RangeSet().addKey(4),
      ['idb://other-db/issues/']: new RangeSet().addKey('iss-7'),
    };
    const touched = mutatedKeys(parts, 'desk-db', 'issues');
    expect([...(touched?.ids ?? [])].sort()).toEqual(['iss-1', 'iss-2', 'iss-3', 'iss-9']);
    expect(touched?.ranges).toEqual([]);
  });

  it('reports a range of keys (a bulk write, a clear) as a range to read again', () => {
    const parts = { [part('issues')]: new RangeSet('iss-100', 'iss-200').addKey('iss-5') };
    const touched = mutatedKeys(parts, 'desk-db', 'issues');
    expect([...(touched?.ids ?? [])]).toEqual(['iss-5']);
    expect(touched?.ranges).toEqual([{ from: 'iss-100', to: 'iss-200' }]);
  });

  it('is null when the change did not touch the table', () => {
    expect(mutatedKeys({ [part('outbox')]: new RangeSet().addKey(1) }, 'desk-db', 'issues')).toBeNull();
    expect(mutatedKeys({ [part('issues')]: new RangeSet() }, 'desk-db', 'issues')).toBeNull();
  });
});
