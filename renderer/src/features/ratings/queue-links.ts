import type { DrillTarget } from './compute/breakdowns';

// Links into the queue (features/queue/model/url.ts reads them): `cat` for a topic, `assignee`
// (`none` for nobody), `q` for text found in the number, address or description. `view=all`,
// because the queue opens on the unresolved issues and a period's figures count the resolved
// ones too; `view=overdue` when the figure clicked is the overdue count.

export type QueueView = 'all' | 'overdue';

/** The queue's word for "no assignee" among staff ids. */
const UNASSIGNED = 'none';

export function queueHref(target: DrillTarget, view: QueueView = 'all'): string {
  const params = new URLSearchParams({ view });
  switch (target.kind) {
    case 'category':
      params.set('cat', target.categoryId);
      break;
    case 'assignee':
      params.set('assignee', target.staffId ?? UNASSIGNED);
      break;
    case 'address':
      params.set('q', target.text);
      break;
  }
  return `/queue?${params.toString()}`;
}

/** One issue, found by its portal number. */
export const issueQueueHref = (issueNumber: string): string =>
  `/queue?${new URLSearchParams({ view: 'all', q: issueNumber }).toString()}`;
