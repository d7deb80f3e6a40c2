import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IssueStatus } from '@shared/domain';
import { createDb, type DeskDb } from '../../../db/database';
import { queueClusterReport, updateClusterMember } from '../../../db/cluster-reports';
import type { IssueRecord } from '../../../db/records';
import { LocalWriteError, saveReportDraft } from '../../../db/repositories';
import type { ClusterSnapshot } from '../../../lib/clusters/client';
import { openClusterDraft } from './cluster-drafts';
import { issuesInSharedDrafts, togetherCounts } from './together';

let db: DeskDb;

beforeEach(() => {
  db = createDb({ name: `cluster-drafts-${crypto.randomUUID()}` });
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const issue = (
  id: string,
  status: IssueStatus = 'in_progress',
  assigneeId: string | null = 'me',
): IssueRecord => ({
  id,
  number: `НГ-2026-${id}`,
  categoryId: 'yard-rubbish',
  title: 'Мусор',
  description: `Жалоба ${id}`,
  address: 'ул. Проверочная, д. 7',
  district: 'Орехово-Борисово Северное',
  lat: 55.6,
  lng: 37.7,
  createdAt: '2026-12-01T07:00:00Z',
  receivedAt: '2026-12-01T07:00:00Z',
  deadlineAt: '2026-12-10T20:59:59Z',
  status,
  assigneeId,
  assigneeKey: assigneeId ?? '',
  priority: 'normal',
  residentPhotos: [],
  moderatorComment: null,
  rev: 1,
});

const TEXT = 'Мусор у подъезда вывезен, площадка подметена.';

describe('a cluster draft', () => {
  it('takes another issue’s own draft in as its own words, and queues one report per included issue at once', async () => {
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((id) => issue(id));
    if (!a || !b || !c || !d) throw new Error('no issues');
    await db.issues.bulkPut([a, b, c, d]);
    const ownWords = 'Начал писать свой отчёт по этой заявке.';
    await saveReportDraft(db, {
      clientReportId: 'own-b',
      issueId: 'b',
      authorId: 'me',
      text: ownWords,
      photos: [],
      completedAt: '2026-12-01T10:00:00Z',
    });

    const place = await openClusterDraft(db, 'a', [b, c, d], 'me');
    expect(place.issueId).toBe('a');
    const draft = await db.reports.get(place.clientReportId);
    expect(draft?.cluster?.members.map((m) => [m.issueId, m.ownText])).toEqual([
      ['b', ownWords],
      ['c', null],
      ['d', null],
    ]);
    expect(draft?.cluster?.members[0]?.clientReportId).toBe('own-b');
    // Opened again from another issue of the plan: the same draft, nobody added twice.
    expect(await openClusterDraft(db, 'c', [a, b, d], 'me')).toEqual(place);
    expect((await db.reports.get(place.clientReportId))?.cluster?.members).toHaveLength(3);

    await saveReportDraft(db, {
      clientReportId: place.clientReportId,
      issueId: 'a',
      authorId: 'me',
      text: TEXT,
      photos: [{ sha256: 'f'.repeat(64), role: 'after' }],
      completedAt: '2026-12-01T10:00:00Z',
    });
    // The text saved with every keystroke keeps the plan.
    expect((await db.reports.get(place.clientReportId))?.cluster?.members).toHaveLength(3);
    await updateClusterMember(db, place.clientReportId, 'd', { included: false });

    expect(await queueClusterReport(db, place.clientReportId)).toHaveLength(3);
    const reports = await db.reports.toArray();
    expect(reports.map((r) => [r.issueId, r.localState, r.text]).sort()).toEqual([
      ['a', 'queued', TEXT],
      ['b', 'queued', ownWords],
      ['c', 'queued', TEXT],
    ]);
    const outbox = await db.outbox.toArray();
    expect(outbox.map((row) => row.issueId)).toEqual(['a', 'b', 'c']);
    for (const row of outbox)
      expect(row.kind === 'report' && row.payload.clientReportId === row.idempotencyKey).toBe(true);
    expect((await db.reports.get('own-b'))?.photos).toHaveLength(1);

    // A second press of «Отправить» changes nothing.
    await expect(queueClusterReport(db, place.clientReportId)).rejects.toBeInstanceOf(LocalWriteError);
    expect(await db.outbox.count()).toBe(3);
  });

  it('is offered in My work for the person’s own open issues of one cluster', () => {
    const items = [
      { issue: issue('a'), report: undefined },
      { issue: issue('b'), report: undefined },
      { issue: issue('c', 'on_moderation'), report: undefined },
      { issue: issue('e'), report: undefined },
    ];
    const snapshot: ClusterSnapshot = {
      loaded: true,
      clusters: new Map([
        [
          'cl-a',
          {
            id: 'cl-a',
            issueIds: ['a', 'b', 'c', 'x'],
            count: 4,
            earliestDeadlineAt: '',
            newestReceivedAt: '',
            sectionId: 'yard',
          },
        ],
      ]),
      byIssue: new Map([
        ['a', 'cl-a'],
        ['b', 'cl-a'],
        ['c', 'cl-a'],
        ['x', 'cl-a'],
      ]),
      repeats: new Map(),
    };
    expect([...togetherCounts(items, snapshot)]).toEqual([
      ['a', 2],
      ['b', 2],
    ]);
    const queued = {
      clientReportId: 'r',
      issueId: 'b',
      authorId: 'me',
      text: TEXT,
      photos: [],
      completedAt: '',
      localState: 'queued' as const,
      updatedAt: '',
    };
    expect([
      ...togetherCounts(
        [
          { issue: issue('a'), report: undefined },
          { issue: issue('b'), report: queued },
        ],
        snapshot,
      ),
    ]).toEqual([]);
    expect(
      issuesInSharedDrafts([
        {
          ...queued,
          localState: 'draft',
          issueId: 'a',
          cluster: {
            members: [
              { issueId: 'b', clientReportId: 'x', included: true, ownText: null },
              { issueId: 'c', clientReportId: 'y', included: false, ownText: null },
            ],
          },
        },
      ]),
    ).toEqual(new Set(['a', 'b']));
  });
});
