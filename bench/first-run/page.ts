import { createDb } from '../../renderer/src/db/database';
import type { IssueRecord } from '../../renderer/src/db/records';

// Runs in Chromium: the limit of bench:first-run. The open work fetched through GET /issues
// with plain fetch and JSON.parse, page after page, and written with one Dexie bulkPut into
// the replica's issues table of a fresh database: nothing else, no parsing with schemas, no
// screen. The sign-in before it is not timed.

export interface OpenWorkLimitResult {
  issues: number;
  pages: number;
  ms: number;
}

interface RawIssuePage {
  issues: (Omit<IssueRecord, 'assigneeKey'> & { assigneeId: string | null })[];
  next: string | null;
}

async function run(serverUrl: string, login: string, password: string): Promise<OpenWorkLimitResult> {
  const api = `${serverUrl}/api/v1`;
  const signedIn = await fetch(`${api}/auth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password }),
  });
  const { accessToken } = (await signedIn.json()) as { accessToken: string };
  const db = createDb({ name: `bench-open-work-${Date.now()}` });
  await db.open();

  const started = performance.now();
  const records: IssueRecord[] = [];
  let after: string | null = null;
  let pages = 0;
  do {
    const query: string = after === null ? '' : `&after=${encodeURIComponent(after)}`;
    const response = await fetch(`${api}/issues?limit=1000${query}`, {
      headers: { authorization: `Bearer ${accessToken}` },
    });
    const page = (await response.json()) as RawIssuePage;
    for (const issue of page.issues) records.push({ ...issue, assigneeKey: issue.assigneeId ?? '' });
    after = page.next;
    pages += 1;
  } while (after !== null);
  await db.issues.bulkPut(records);
  const ms = performance.now() - started;

  await db.delete();
  return { issues: records.length, pages, ms };
}

declare global {
  interface Window {
    runOpenWorkLimit: (serverUrl: string, login: string, password: string) => Promise<OpenWorkLimitResult>;
  }
}
window.runOpenWorkLimit = run;
