import { useBackgroundQuery } from './use-background-query';
import type { DeskDb } from './database';
import type { OutboxRecord } from './records';

export interface OutboxView {
  item: OutboxRecord;
  issueNumber: string;
}

/** The outbox for people: each item with the issue number they know it by, newest sent last. */
export function useOutbox(db: DeskDb): { active: OutboxView[]; sent: OutboxView[] } | undefined {
  return useBackgroundQuery(async () => {
    const items = await db.outbox.orderBy('seq').toArray();
    const issues = await db.issues.bulkGet([...new Set(items.map((i) => i.issueId))]);
    const numbers = new Map(issues.flatMap((issue) => (issue ? [[issue.id, issue.number] as const] : [])));
    const view = (item: OutboxRecord): OutboxView => ({
      item,
      issueNumber: numbers.get(item.issueId) ?? item.issueId,
    });
    return {
      active: items.filter((i) => i.state !== 'sent').map(view),
      sent: items
        .filter((i) => i.state === 'sent')
        .reverse()
        .slice(0, 20)
        .map(view),
    };
  }, [db]);
}
