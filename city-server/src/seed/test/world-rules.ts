import { createHash } from 'node:crypto';
import { decode } from 'jpeg-js';
import { deadlineAt } from '@shared/calendar';
import {
  Category,
  Issue,
  Rating,
  Report,
  REPORT_PHOTOS_MAX,
  REPORT_TEXT_MAX,
  REPORT_TEXT_MIN,
  Staff,
  codePointLength,
} from '@shared/domain';
import type { SeedReport, SeedWorld } from '../world';

// The consistency rules every seed world must keep, whatever its size and the day it is
// generated on: the reference server loads these records as they are, and the workstation
// trusts what the city says. Checked in world.test.ts and demo-any-day.test.ts.

const SeedIssueRecord = Issue.omit({ rev: true }).strict();
const SeedReportRecord = Report.omit({ rev: true }).strict();

const at = (text: string): number => Date.parse(text);

/** Every broken rule, as readable lines (an empty list when the world is consistent). */
export function violations(world: SeedWorld, now: Date): string[] {
  const errors: string[] = [];
  const fail = (message: string): void => {
    if (errors.length < 50) errors.push(message);
  };
  const nowMs = now.getTime();
  const unique = (what: string, values: readonly string[]): void => {
    const seen = new Set<string>();
    for (const value of values) {
      if (seen.has(value)) fail(`${what} ${value} is not unique`);
      seen.add(value);
    }
  };
  const identities: [string, string[]][] = [
    ['company id', world.companies.map((c) => c.id)],
    ['category id', world.categories.map((c) => c.id)],
    ['staff id', world.staff.map((s) => s.id)],
    ['login', world.logins.map((l) => l.login)],
    ['photo', world.photos.map((p) => p.sha256)],
    ['issue id', world.issues.map((i) => i.issue.id)],
    ['issue number', world.issues.map((i) => i.issue.number)],
    ['report id', world.reports.map((r) => r.report.id)],
    ['clientReportId', world.reports.map((r) => r.report.clientReportId)],
    ['rating id', world.ratings.map((r) => r.rating.id)],
    ['rated report', world.ratings.map((r) => r.rating.reportId)],
  ];
  for (const [what, values] of identities) unique(what, values);

  const companies = new Map(world.companies.map((c) => [c.id, c]));
  const categories = new Map(world.categories.map((c) => [c.id, c]));
  const staff = new Map(world.staff.map((s) => [s.id, s]));
  const photos = new Map(world.photos.map((p) => [p.sha256, p]));

  for (const category of world.categories) {
    if (!Category.safeParse(category).success) fail(`category ${category.id} does not parse`);
    if (category.parentId !== null && categories.get(category.parentId)?.parentId !== null) {
      fail(`category ${category.id}: parent is not a top-level category`);
    }
  }
  for (const member of world.staff) {
    const { companyId, ...record } = member;
    if (!Staff.safeParse(record).success) fail(`staff ${member.id} does not parse`);
    if (!companies.has(companyId)) fail(`staff ${member.id}: unknown company`);
  }
  for (const login of world.logins) {
    if (staff.get(login.staffId)?.active !== true) fail(`login ${login.login}: no active staff member`);
  }
  for (const photo of world.photos) {
    const digest = createHash('sha256').update(photo.bytes).digest('hex');
    if (digest !== photo.sha256) fail(`photo ${photo.sha256}: wrong sha256`);
    const decoded = decode(photo.bytes, { useTArray: true });
    if (decoded.width !== photo.width || decoded.height !== photo.height)
      fail(`photo ${photo.sha256}: wrong size`);
    if (photo.uploadedByCompanyId !== null && !companies.has(photo.uploadedByCompanyId)) {
      fail(`photo ${photo.sha256}: unknown uploader`);
    }
  }

  const reportsByIssue = new Map<string, SeedReport[]>();
  for (const report of world.reports) {
    const list = reportsByIssue.get(report.report.issueId) ?? [];
    list.push(report);
    reportsByIssue.set(report.report.issueId, list);
  }
  const issues = new Map(world.issues.map((i) => [i.issue.id, i]));

  for (const { companyId, issue, events } of world.issues) {
    const where = `issue ${issue.id} (${issue.status})`;
    if (!SeedIssueRecord.safeParse(issue).success) fail(`${where} does not parse`);
    const company = companies.get(companyId);
    if (company === undefined) fail(`${where}: unknown company`);
    else if (company.district !== issue.district) fail(`${where}: district is not the company's`);
    const category = categories.get(issue.categoryId);
    if (category === undefined || category.parentId === null) {
      fail(`${where}: category is not a topic`);
      continue;
    }
    const receivedAt = at(issue.receivedAt);
    if (!(at(issue.createdAt) <= receivedAt && receivedAt <= nowMs))
      fail(`${where}: createdAt ≤ receivedAt ≤ now broken`);
    for (const ref of issue.residentPhotos) {
      const photo = photos.get(ref.sha256);
      if (photo === undefined || photo.uploadedByCompanyId !== null)
        fail(`${where}: resident photo not a resident's`);
      else if (photo.width !== ref.width || photo.height !== ref.height)
        fail(`${where}: resident photo size`);
    }

    let lastEventAt = receivedAt;
    let countedFrom = issue.receivedAt;
    let lastAssignee: string | null = null;
    for (const event of events) {
      const eventAt = at(event.at);
      if (eventAt < lastEventAt || eventAt > nowMs) fail(`${where}: event ${event.kind} out of order`);
      lastEventAt = eventAt;
      if (event.kind === 'assigned') lastAssignee = event.assigneeId;
      if (event.kind === 'reopened') {
        if (event.deadlineAt !== deadlineAt(event.at, category.slaWorkingDays))
          fail(`${where}: reopened deadline`);
        countedFrom = event.at;
      }
      if (event.kind === 'withdrawn') fail(`${where}: withdrawn issues are left to the simulation`);
    }
    if (issue.deadlineAt !== deadlineAt(countedFrom, category.slaWorkingDays)) fail(`${where}: deadlineAt`);

    if (issue.status === 'new') {
      if (issue.assigneeId !== null || events.length > 0) fail(`${where}: a new issue is assigned`);
    } else {
      const assignee = issue.assigneeId === null ? undefined : staff.get(issue.assigneeId);
      if (
        assignee === undefined ||
        assignee.companyId !== companyId ||
        !assignee.active ||
        assignee.role === 'manager'
      ) {
        fail(`${where}: assignee is not an active supervisor or dispatcher of the company`);
      }
      if (lastAssignee !== issue.assigneeId) fail(`${where}: the last assigned event names another assignee`);
    }
    if ((issue.moderatorComment !== null) !== (issue.status === 'returned'))
      fail(`${where}: moderatorComment`);

    const reports = reportsByIssue.get(issue.id) ?? [];
    const last = reports[reports.length - 1]?.report;
    const firstAssigned = events.find((e) => e.kind === 'assigned');
    if (
      reports.length > 0 &&
      (firstAssigned === undefined || at(firstAssigned.at) > at(reports[0]?.report.submittedAt ?? ''))
    ) {
      fail(`${where}: reported before it was assigned`);
    }
    let previousDecided = receivedAt;
    reports.forEach(({ report }, index) => {
      if (at(report.submittedAt) < previousDecided)
        fail(`${where}: report ${report.id} sent before the previous was decided`);
      if (index < reports.length - 1 && report.status === 'on_moderation')
        fail(`${where}: an earlier report is undecided`);
      previousDecided = report.decidedAt === null ? Infinity : at(report.decidedAt);
    });
    const expectedLast = {
      new: 'none',
      in_progress: 'none',
      on_moderation: 'on_moderation',
      resolved: 'accepted',
      returned: 'rejected',
      reopened: 'accepted',
    }[issue.status];
    if ((last?.status ?? 'none') !== expectedLast) fail(`${where}: last report is ${last?.status ?? 'none'}`);
    if (issue.status === 'reopened') {
      const reopened = events.filter((e) => e.kind === 'reopened').at(-1);
      if (reopened === undefined || at(reopened.at) < at(last?.decidedAt ?? ''))
        fail(`${where}: reopened without a dispute`);
    }
  }

  for (const { companyId, report } of world.reports) {
    const where = `report ${report.id} (${report.status})`;
    if (!SeedReportRecord.safeParse(report).success) fail(`${where} does not parse`);
    const owner = issues.get(report.issueId);
    if (owner === undefined || owner.companyId !== companyId) {
      fail(`${where}: issue missing or of another company`);
      continue;
    }
    const author = staff.get(report.authorId);
    if (author === undefined || author.companyId !== companyId || !author.active) fail(`${where}: author`);
    const times = [
      owner.issue.receivedAt,
      report.completedAt,
      report.submittedAt,
      report.decidedAt ?? report.submittedAt,
    ].map(at);
    if (times.some((t, i) => i > 0 && t < (times[i - 1] ?? 0)) || (times[3] ?? 0) > nowMs)
      fail(`${where}: times out of order`);
    if ((report.decidedAt === null) !== (report.status === 'on_moderation')) fail(`${where}: decidedAt`);
    if ((report.moderatorComment !== null) !== (report.status === 'rejected'))
      fail(`${where}: moderatorComment`);
    const length = codePointLength(report.text);
    if (length < REPORT_TEXT_MIN || length > REPORT_TEXT_MAX) fail(`${where}: text length ${length}`);
    if (report.photos.length > REPORT_PHOTOS_MAX) fail(`${where}: too many photos`);
    for (const photo of report.photos) {
      if (photos.get(photo.sha256)?.uploadedByCompanyId !== companyId)
        fail(`${where}: photo not uploaded by the company`);
    }
    const category = categories.get(owner.issue.categoryId);
    if (category?.afterPhotoRequired === true && !report.photos.some((p) => p.role === 'after')) {
      fail(`${where}: no after photo where the category requires one`);
    }
  }

  const reports = new Map(world.reports.map((r) => [r.report.id, r]));
  for (const { companyId, rating } of world.ratings) {
    const where = `rating ${rating.id}`;
    if (!Rating.safeParse(rating).success) fail(`${where} does not parse`);
    const report = reports.get(rating.reportId);
    if (
      report === undefined ||
      report.report.status !== 'accepted' ||
      report.report.issueId !== rating.issueId
    ) {
      fail(`${where}: report is not an accepted report of its issue`);
      continue;
    }
    if (report.companyId !== companyId) fail(`${where}: company`);
    const ratedAt = at(rating.ratedAt);
    if (ratedAt < at(report.report.decidedAt ?? '') || ratedAt > nowMs) fail(`${where}: ratedAt`);
  }
  return errors;
}
