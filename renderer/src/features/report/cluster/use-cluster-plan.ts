import { useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { REPORT_TEXT_MAX, REPORT_TEXT_MIN, codePointLength } from '@shared/domain';
import type { DeskDb } from '../../../db/database';
import { updateClusterMember } from '../../../db/cluster-reports';
import type { CategoryRecord, ClusterReportMember, IssueRecord, ReportRecord } from '../../../db/records';

/** A member of the plan as the editor shows it: the issue, and its report once sent. */
export interface PlanRow {
  member: ClusterReportMember;
  issue: IssueRecord | undefined;
  report: ReportRecord | undefined;
}

export type ClusterProblem =
  | { code: 'ownTextTooShort'; number: string; min: number }
  | { code: 'ownTextTooLong'; number: string; max: number };

export interface ClusterPlan {
  rows: PlanRow[];
  /** How many issues the report answers, the one it is written from included. */
  answered: number;
  /** A topic of an included issue asks for an "after" photo. */
  afterPhotoRequired: boolean;
  /** The latest receipt of an included issue: the work cannot be done before it. */
  latestReceivedAt: string | null;
  problems: ClusterProblem[];
  change(issueId: string, change: Partial<Pick<ClusterReportMember, 'included' | 'ownText'>>): void;
  /** Resolves once every choice so far is on disk (true), or a write failed (false). */
  flush(): Promise<boolean>;
}

/**
 * The plan of a cluster report as the person edits it: kept in the form and written through
 * one ordered chain of writes, so the text of an own-words field never waits for IndexedDB.
 */
export function useClusterPlan(db: DeskDb, report: ReportRecord, editable: boolean): ClusterPlan | null {
  const [members, setMembers] = useState(report.cluster?.members ?? []);
  const latest = useRef(members);
  const chain = useRef<Promise<void>>(Promise.resolve());
  /** Members whose last write failed: sending waits until a later write of theirs lands. */
  const unsaved = useRef(new Set<string>());
  const ids = members.map((m) => m.issueId).join(',');
  const looked = useLiveQuery(async () => {
    const list = ids === '' ? [] : ids.split(',');
    const issues = await db.issues.bulkGet(list);
    const reports = await db.reports.bulkGet(members.map((m) => m.clientReportId));
    const topicIds = [...new Set(issues.flatMap((issue) => (issue ? [issue.categoryId] : [])))];
    const topics = (await db.categories.bulkGet(topicIds)).filter(
      (c): c is CategoryRecord => c !== undefined,
    );
    return { issues, reports, topics };
    // The members' ids and report ids are fixed once the plan is made; choices do not change them.
  }, [db, ids]);
  if (!report.cluster) return null;

  const rows: PlanRow[] = members.map((member, index) => ({
    member,
    issue: looked?.issues[index],
    report: looked?.reports[index],
  }));
  const included = rows.filter((row) => row.member.included);
  const problems: ClusterProblem[] = [];
  for (const { member, issue } of included) {
    if (member.ownText === null) continue;
    const number = issue?.number ?? member.issueId;
    const length = codePointLength(member.ownText);
    if (length < REPORT_TEXT_MIN) problems.push({ code: 'ownTextTooShort', number, min: REPORT_TEXT_MIN });
    if (length > REPORT_TEXT_MAX) problems.push({ code: 'ownTextTooLong', number, max: REPORT_TEXT_MAX });
  }
  const topicOf = new Map((looked?.topics ?? []).map((topic) => [topic.id, topic]));
  const receipts = included.flatMap(({ issue }) => (issue ? [issue.receivedAt] : [])).sort();

  return {
    rows,
    answered: 1 + included.length,
    afterPhotoRequired: included.some(
      ({ issue }) => issue !== undefined && topicOf.get(issue.categoryId)?.afterPhotoRequired === true,
    ),
    latestReceivedAt: receipts.at(-1) ?? null,
    problems,
    change: (issueId, change) => {
      if (!editable) return;
      const next = latest.current.map((m) => (m.issueId === issueId ? { ...m, ...change } : m));
      latest.current = next;
      setMembers(next);
      const member = next.find((m) => m.issueId === issueId);
      if (!member) return;
      // The member's whole choice each time: the last write that lands holds every earlier one.
      const whole = { included: member.included, ownText: member.ownText };
      chain.current = chain.current.then(() =>
        updateClusterMember(db, report.clientReportId, issueId, whole).then(
          () => void unsaved.current.delete(issueId),
          (error: unknown) => {
            console.error('A choice of the cluster report could not be saved', error);
            unsaved.current.add(issueId);
          },
        ),
      );
    },
    flush: async () => {
      await chain.current;
      return unsaved.current.size === 0;
    },
  };
}
