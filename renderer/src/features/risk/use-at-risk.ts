import { useEffect, useState } from 'react';
import type { DeskDb } from '../../db/database';
import { watchReplica } from '../../db/replica-changes';
import type { CategoryRecord, IssueRecord, StaffRecord } from '../../db/records';
import type { RiskFlag } from './compute/types';
import { riskFlagsOf } from './worker/client';
import { whenStartWorkMayRun } from '../../lib/start-gate';

/** A flagged issue with what its row shows. */
export interface AtRiskRow {
  readonly flag: RiskFlag;
  readonly issue: IssueRecord;
  readonly category: CategoryRecord | undefined;
  readonly assignee: StaffRecord | undefined;
}

/**
 * The model reads the whole replica: asked again at most this often while writes go on (a
 * first pull writes a page every moment; asking after each would hold the store for nothing).
 */
const RECOMPUTE_AFTER_MS = 2_000;
const watchedTables = ['issues', 'reports', 'issueEvents', 'categories'];

/** Flagged issues read in one go: each read's records are cloned in the task that receives them. */
const ISSUES_PER_READ = 250;

async function issuesOf(db: DeskDb, ids: readonly string[]): Promise<(IssueRecord | undefined)[]> {
  const issues: (IssueRecord | undefined)[] = [];
  for (let start = 0; start < ids.length; start += ISSUES_PER_READ)
    issues.push(...(await db.issues.bulkGet(ids.slice(start, start + ISSUES_PER_READ))));
  return issues;
}

async function readAtRisk(db: DeskDb, now: number): Promise<AtRiskRow[]> {
  // The model reads the whole replica: at a start, not before the first screen is shown.
  await whenStartWorkMayRun();
  const flags = await riskFlagsOf(db, now);
  const [issues, categories, staff] = await Promise.all([
    issuesOf(
      db,
      flags.map((flag) => flag.issueId),
    ),
    db.categories.toArray(),
    db.staff.toArray(),
  ]);
  const categoryById = new Map(categories.map((category) => [category.id, category]));
  const staffById = new Map(staff.map((person) => [person.id, person]));
  return flags.flatMap((flag, index): AtRiskRow[] => {
    const issue = issues[index];
    if (!issue) return [];
    const assignee = issue.assigneeId === null ? undefined : staffById.get(issue.assigneeId);
    return [{ flag, issue, category: categoryById.get(issue.categoryId), assignee }];
  });
}

/**
 * The replica's issues at risk at `now`, kept fresh: asked again when `now` moves on and, a
 * moment later, when an issue, report or event is written. Undefined until the first answer.
 */
export function useAtRisk(db: DeskDb, now: number): readonly AtRiskRow[] | undefined {
  const [rows, setRows] = useState<readonly AtRiskRow[] | undefined>(undefined);
  const [writes, setWrites] = useState(0);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const stopWatching = watchReplica(db.name, (change) => {
      if (timer !== null || !watchedTables.some((table) => change.touched(table))) return;
      timer = setTimeout(() => {
        timer = null;
        setWrites((count) => count + 1);
      }, RECOMPUTE_AFTER_MS);
    });
    return () => {
      stopWatching();
      if (timer !== null) clearTimeout(timer);
    };
  }, [db]);
  useEffect(() => {
    let current = true;
    readAtRisk(db, now).then(
      (next) => {
        if (current) setRows(next);
      },
      (error: unknown) => console.error('The issues at risk could not be read', error),
    );
    return () => {
      current = false;
    };
  }, [db, now, writes]);
  return rows;
}
