import { ChangePage, type Issue, type Staff } from '@shared/domain';
import { asCityUser } from './city';

/**
 * The company as the city has it at this moment: its change feed paged through from the
 * start, the latest version of each issue kept. What a journey compares the screen with.
 */
export async function companyNow(login = 'dispatcher'): Promise<{ issues: Issue[]; staff: Staff[] }> {
  const call = await asCityUser(login);
  const issues = new Map<string, Issue>();
  const staff = new Map<string, Staff>();
  let cursor: string | null = null;
  for (;;) {
    const page = ChangePage.parse(
      await call(
        'GET',
        `/changes?limit=1000${cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`}`,
      ),
    );
    for (const change of page.changes) {
      if (change.kind === 'issue') issues.set(change.issue.id, change.issue);
      else if (change.kind === 'issue_removed') issues.delete(change.id);
      else if (change.kind === 'staff') staff.set(change.staff.id, change.staff);
    }
    cursor = page.cursor;
    if (!page.hasMore) break;
  }
  return { issues: [...issues.values()], staff: [...staff.values()] };
}
