import { randomInt, randomUUID } from 'node:crypto';
import {
  IssueEnvelope,
  type Rating,
  ReportCreated,
  SimDecisionAnswer,
  SimIssueAnswer,
  SimRatingAnswer,
  SimState,
  type Issue,
  type Report,
} from '@shared/domain';
import { cityUser, sim } from './city';

// What a journey needs from the city, made by the journey itself: residents file issues
// (the simulation API), the company assigns and reports (its own API, as a demo person),
// the moderator decides and residents rate or dispute (the simulation API again). Nothing
// here looks for what the demo city happens to hold: that changes with the date.

/** The demo company the journeys work for: ГБУ «Жилищник района Орехово-Борисово Северное». */
export const DEMO_COMPANY = 'co-obs';

export interface FileIssueOptions {
  categoryId?: string;
  title?: string;
  description?: string;
  /** Where the resident filed it (default a street of the district, chosen at random). */
  address?: string;
  /** When the issue reached the company (default now); a past day gives a deadline already passed. */
  receivedAt?: string;
  /** The resident's photo, base64 (default a small generated tile). */
  residentPhoto?: string;
  /** Where the issue stands (default a random point of the district, where the demo city's houses are). */
  lat?: number;
  lng?: number;
}

/** An address and a point where no other issue stands. */
export interface Place {
  address: string;
  lat: number;
  lng: number;
}

/**
 * A house of its own for a journey about complaints at one place: a house number on a street
 * nobody else uses, at a point north-east of the district. The demo city's houses and the
 * simulation's random points lie within about 1.5 km of the district's centre (55.615, 37.71);
 * this point is 3–6 km away, drawn at random, so neither they nor another journey's place come
 * within the 50 m of a cluster.
 */
export function placeOfItsOwn(street = 'ул. Проверочная', house = randomInt(100, 10_000)): Place {
  return {
    address: `г. Москва, ${street}, д. ${house}`,
    lat: 55.64 + randomInt(0, 20_000) / 1_000_000,
    lng: 37.75 + randomInt(0, 50_000) / 1_000_000,
  };
}

/** A resident files an issue with the demo company; the city adds a resident's photo. */
export async function fileIssue(options: FileIssueOptions = {}): Promise<Issue> {
  return SimIssueAnswer.parse(await sim('POST', '/sim/issues', { companyId: DEMO_COMPANY, ...options }))
    .issue;
}

/** `count` issues filed at once (in order). */
export async function fileIssues(count: number, options: FileIssueOptions = {}): Promise<Issue[]> {
  const issues: Issue[] = [];
  for (let index = 0; index < count; index += 1) issues.push(await fileIssue(options));
  return issues;
}

/** An instant `days` whole days before now, for `receivedAt`. */
export const daysAgo = (days: number): string => new Date(Date.now() - days * 86_400_000).toISOString();

/**
 * A word found in nothing else the city holds, to put in a description and search for:
 * the queue's search then shows exactly the issues the journey filed.
 */
export const distinctiveWord = (purpose: string): string => `${purpose}${randomUUID().slice(0, 8)}`;

/** The staff id of a demo login (`supervisor` → the demo supervisor's id). */
export async function staffIdOf(login: string): Promise<string> {
  return (await cityUser(login)).user.id;
}

/** The dispatcher assigns the issue to a staff member (or to a demo login's person). */
export async function assignIssue(
  issue: Issue,
  assignee: { login: string } | { staffId: string },
): Promise<Issue> {
  const staffId = 'login' in assignee ? await staffIdOf(assignee.login) : assignee.staffId;
  const { call } = await cityUser('dispatcher');
  const answer = await call(
    'PATCH',
    `/issues/${issue.id}`,
    { assigneeId: staffId },
    { 'if-match': `"${issue.rev}"` },
  );
  return IssueEnvelope.parse(answer).issue;
}

/** A filed issue the demo supervisor has in work. */
export async function issueInWork(options: FileIssueOptions = {}): Promise<Issue> {
  return assignIssue(await fileIssue(options), { login: 'supervisor' });
}

/**
 * The demo supervisor reports on their issue through the city API, with the resident's photo
 * as the "after" one (a photo the company can reach, so no upload is needed).
 */
export async function reportOn(
  issue: Issue,
  text = 'Работы выполнены, территория приведена в порядок.',
): Promise<ReportCreated> {
  const photo = issue.residentPhotos[0];
  const clientReportId = randomUUID();
  const { call } = await cityUser('supervisor');
  const answer = await call(
    'POST',
    `/issues/${issue.id}/reports`,
    {
      clientReportId,
      text,
      photos: photo === undefined ? [] : [{ sha256: photo.sha256, role: 'after' }],
      completedAt: new Date().toISOString(),
    },
    { 'idempotency-key': clientReportId },
  );
  return ReportCreated.parse(answer);
}

/** The city's moderator accepts or returns a report. */
export async function decideReport(
  report: Report,
  decision: 'accept' | 'reject',
  comment?: string,
): Promise<{ report: Report; issue: Issue }> {
  return SimDecisionAnswer.parse(
    await sim('POST', `/sim/reports/${report.id}/decision`, { decision, ...(comment ? { comment } : {}) }),
  );
}

/** An issue in work whose report the moderator returned for rework with `comment`. */
export async function returnedIssue(comment: string, options: FileIssueOptions = {}): Promise<Issue> {
  const { report } = await reportOn(await issueInWork(options));
  return (await decideReport(report, 'reject', comment)).issue;
}

/** An issue whose report the moderator accepted: the answer is published. */
export async function resolvedIssue(
  options: FileIssueOptions = {},
  reportText?: string,
): Promise<{ issue: Issue; report: Report }> {
  const { report } = await reportOn(await issueInWork(options), reportText);
  return decideReport(report, 'accept');
}

/** A resident rates the published answer of a resolved issue. */
export async function rateIssue(issue: Issue, score: number, comment?: string): Promise<Rating> {
  return SimRatingAnswer.parse(
    await sim('POST', `/sim/issues/${issue.id}/rating`, { score, ...(comment ? { comment } : {}) }),
  ).rating;
}

/** A resident disputes the published answer of a resolved issue: it is reopened with a new deadline. */
export async function disputeAnswer(issueId: string): Promise<Issue> {
  return IssueEnvelope.parse(await sim('POST', `/sim/issues/${issueId}/dispute`)).issue;
}

/** A resolved issue the resident disputed: reopened with a new deadline. */
export async function reopenedIssue(options: FileIssueOptions = {}): Promise<Issue> {
  const { issue } = await resolvedIssue(options);
  return disputeAnswer(issue.id);
}

/** Every report the city holds on an issue. */
export async function reportsInCity(issueId: string): Promise<Report[]> {
  return SimState.parse(await sim('GET', '/sim/state')).reports.filter(
    (report) => report.issueId === issueId,
  );
}
