import { describe, expect, it } from 'vitest';
import { issueRecord } from '../test/fixtures';
import { sameQueueRow, toQueueRow } from './queue-row';

describe('a queue row', () => {
  it('keeps times as epoch milliseconds and prepares the search text from number, address and description', () => {
    const row = toQueueRow(
      issueRecord({ id: '7', address: 'ул. Королёва, д. 5', description: 'Ёлка упала на ДЕТСКУЮ площадку' }),
    );
    expect(row.deadlineMs).toBe(Date.parse('2026-11-27T20:59:59Z'));
    expect(row.receivedMs).toBe(Date.parse('2026-11-20T07:05:00Z'));
    expect(row.search).toBe('нг-2026-0000007 ул. королева, д. 5 елка упала на детскую площадку');
  });

  it('shows a pending local change over the city’s values', () => {
    const row = toQueueRow(
      issueRecord({
        id: '1',
        assigneeId: 'st-1',
        pending: { outboxSeq: 3, assigneeId: 'st-2', priority: 'urgent', state: 'pending' },
      }),
    );
    expect([row.assigneeId, row.priority, row.change]).toEqual(['st-2', 'urgent', 'pending']);
  });

  it('keeps the city’s values when the city refused the change, and marks it', () => {
    const row = toQueueRow(
      issueRecord({
        id: '1',
        assigneeId: 'st-1',
        pending: { outboxSeq: 3, assigneeId: 'st-2', state: 'refused', error: 'precondition failed' },
      }),
    );
    expect([row.assigneeId, row.priority, row.change]).toEqual(['st-1', 'normal', 'refused']);
  });

  it('is the same when neither the revision nor the local change moved', () => {
    const a = toQueueRow(issueRecord({ id: '1', rev: 4 }));
    expect(sameQueueRow(a, toQueueRow(issueRecord({ id: '1', rev: 4 })))).toBe(true);
    expect(sameQueueRow(a, toQueueRow(issueRecord({ id: '1', rev: 5 })))).toBe(false);
    expect(
      sameQueueRow(
        a,
        toQueueRow(
          issueRecord({ id: '1', rev: 4, pending: { outboxSeq: 1, priority: 'high', state: 'pending' } }),
        ),
      ),
    ).toBe(false);
  });
});
