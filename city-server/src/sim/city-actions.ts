import { randomInt, randomUUID, createHash } from 'node:crypto';
import { deadlineAt } from '@shared/calendar';
import type { Category, Issue, Rating, Report } from '@shared/domain';
import { HttpProblem } from '../http/problem';
import { generatePng } from '../images/png';
import { sniffImage } from '../images/sniff';
import type { IssueRecord } from '../store/issues';
import type { CityStore } from '../store/store';
import { formatMoscow, parseInstant } from '../time';
import { genericDescriptions, residentAddress, topicFor } from './resident-texts';

// What the city and its residents do in the simulation: file issues, moderate reports, rate
// and dispute answers, withdraw or move issues. Each action is one transaction that writes
// the records and their changes to the feeds of the companies concerned.

export interface SimIssueInput {
  companyId?: string;
  categoryId?: string;
  title?: string;
  description?: string;
  address?: string;
  /** When the issue reached the company: now when missing, else up to a year back. */
  receivedAt?: string;
  /** The resident's photo (base64 JPEG, PNG or WebP); a generated tile when missing. */
  residentPhoto?: string;
  /** Where the issue stands (both or neither): a random point of the district when missing. */
  lat?: number;
  lng?: number;
}

/** How far back a simulated issue may have been received: the demo city's year of history. */
const RECEIVED_AT_MAX_AGE_MS = 366 * 24 * 60 * 60 * 1000;

/** Where simulated issues land when the company has none yet: Орехово-Борисово Северное. */
const DISTRICT_CENTRE = { lat: 55.6148, lng: 37.7125 };

const pick = (count: number): number => randomInt(count);

const invalid = (field: string, message: string): HttpProblem =>
  new HttpProblem('validation', `${field} ${message}`, { errors: [{ field, message }] });

const notFound = (what: string): HttpProblem => new HttpProblem('not_found', `There is no such ${what}.`);

export class SimulatedCity {
  constructor(
    private readonly store: CityStore,
    private readonly now: () => Date,
  ) {}

  private category(id: string | undefined): Category {
    if (id !== undefined) {
      const category = this.store.catalog.category(id);
      if (category === undefined) throw invalid('categoryId', 'is not a known category');
      return category;
    }
    const categories = this.store.catalog.categories();
    const topics = categories.filter((category) => category.parentId !== null);
    const choices = topics.length > 0 ? topics : categories;
    const chosen = choices[pick(choices.length)];
    if (chosen === undefined) throw invalid('categoryId', 'cannot be chosen: the city has no categories');
    return chosen;
  }

  private issueNumber(year: string): string {
    for (;;) {
      const number = `НГ-${year}-${String(pick(10_000_000)).padStart(7, '0')}`;
      if (!this.store.issues.numberTaken(number)) return number;
    }
  }

  /** A resident's photo of the problem: a small generated PNG, reachable by the issue's company. */
  private residentPhoto(base64: string | undefined): Issue['residentPhotos'][number] {
    const data =
      base64 === undefined
        ? generatePng(64, 48, { r: pick(200), g: pick(200), b: pick(200) })
        : Buffer.from(base64, 'base64');
    const facts = sniffImage(data);
    if (facts === undefined) throw invalid('residentPhoto', 'is not a JPEG, PNG or WebP image');
    const sha256 = createHash('sha256').update(data).digest('hex');
    this.store.photos.store({ sha256, ...facts, size: data.length }, data);
    return { sha256, width: facts.width, height: facts.height };
  }

  private receivedMs(receivedAt: string | undefined): number {
    const nowMs = this.now().getTime();
    if (receivedAt === undefined) return nowMs;
    const atMs = parseInstant(receivedAt);
    if (atMs > nowMs) throw invalid('receivedAt', 'is in the future');
    if (nowMs - atMs > RECEIVED_AT_MAX_AGE_MS) throw invalid('receivedAt', 'is more than a year ago');
    return atMs;
  }

  fileIssue(input: SimIssueInput): Issue {
    const companies = this.store.catalog.companies();
    const company =
      input.companyId === undefined
        ? companies[0]
        : companies.find((candidate) => candidate.id === input.companyId);
    if (company === undefined) throw invalid('companyId', 'is not a known company');
    const category = this.category(input.categoryId);
    const topic = topicFor(category.nameRu);
    const descriptions = topic?.descriptions ?? genericDescriptions;
    const receivedAt = formatMoscow(this.receivedMs(input.receivedAt));
    return this.store.transaction(() => {
      const issue: Issue = {
        id: randomUUID(),
        number: this.issueNumber(receivedAt.slice(0, 4)),
        categoryId: category.id,
        title: input.title ?? category.nameRu,
        description: input.description ?? descriptions[pick(descriptions.length)] ?? category.nameRu,
        address: input.address ?? residentAddress(pick),
        district: company.district,
        lat: input.lat ?? DISTRICT_CENTRE.lat + (pick(2001) - 1000) / 100_000,
        lng: input.lng ?? DISTRICT_CENTRE.lng + (pick(2001) - 1000) / 100_000,
        createdAt: receivedAt,
        receivedAt,
        deadlineAt: deadlineAt(receivedAt, category.slaWorkingDays),
        status: 'new',
        assigneeId: null,
        priority: 'normal',
        residentPhotos: [this.residentPhoto(input.residentPhoto)],
        moderatorComment: null,
        rev: 1,
      };
      this.store.issues.insert({ companyId: company.id, firstDeadlineAt: issue.deadlineAt, issue });
      this.store.changes.begin().emit(company.id, { kind: 'issue', issue });
      return issue;
    });
  }

  decideReport(
    reportId: string,
    decision: 'accept' | 'reject',
    comment: string | undefined,
  ): { report: Report; issue: Issue } {
    const nowMs = this.now().getTime();
    return this.store.transaction(() => {
      const record = this.store.reports.find(reportId);
      if (record === undefined) throw notFound('report');
      const issueRecord = this.store.issues.find(record.report.issueId);
      if (issueRecord === undefined) throw notFound('issue');
      if (record.report.status !== 'on_moderation') {
        throw new HttpProblem('issue_state', `The report was already ${record.report.status}.`, {
          issue: issueRecord.issue,
        });
      }
      const accepted = decision === 'accept';
      const moderatorComment = accepted
        ? (comment ?? null)
        : (comment ?? 'Работы не подтверждены фотографиями, требуется доработка.');
      const report: Report = {
        ...record.report,
        status: accepted ? 'accepted' : 'rejected',
        moderatorComment,
        decidedAt: formatMoscow(nowMs),
        rev: record.report.rev + 1,
      };
      this.store.reports.update({ ...record, report });
      const mutation = this.store.changes.begin();
      mutation.emit(record.companyId, { kind: 'report', report });
      // The issue follows the decision only while it is still the same company's and waits for it.
      let issue = issueRecord.issue;
      if (issueRecord.companyId === record.companyId && issue.status === 'on_moderation') {
        issue = {
          ...issue,
          status: accepted ? 'resolved' : 'returned',
          moderatorComment: accepted ? null : moderatorComment,
          rev: issue.rev + 1,
        };
        this.store.issues.update({ ...issueRecord, issue });
        mutation.emit(record.companyId, { kind: 'issue', issue });
      }
      return { report, issue };
    });
  }

  private issueOf(issueId: string): IssueRecord & { companyId: string } {
    const record = this.store.issues.find(issueId);
    if (record === undefined) throw notFound('issue');
    const { companyId } = record;
    if (companyId === null)
      throw new HttpProblem('issue_state', 'The city withdrew this issue.', { issue: record.issue });
    return { ...record, companyId };
  }

  rateIssue(issueId: string, score: number, comment: string | undefined): Rating {
    const nowMs = this.now().getTime();
    return this.store.transaction(() => {
      const record = this.issueOf(issueId);
      if (record.issue.status !== 'resolved') {
        throw new HttpProblem('issue_state', 'Only a published (resolved) answer can be rated.', {
          issue: record.issue,
        });
      }
      const published = this.store.reports
        .ofIssueId(issueId)
        .filter((report) => report.companyId === record.companyId && report.report.status === 'accepted')
        .at(-1);
      if (published === undefined) {
        throw new HttpProblem('issue_state', 'The issue has no published answer to rate.', {
          issue: record.issue,
        });
      }
      if (this.store.ratings.forReport(published.report.id) !== undefined) {
        throw new HttpProblem('issue_state', 'This answer is already rated.', { issue: record.issue });
      }
      const rating: Rating = {
        id: randomUUID(),
        issueId,
        reportId: published.report.id,
        score,
        comment: comment ?? null,
        ratedAt: formatMoscow(nowMs),
      };
      this.store.ratings.insert({ companyId: record.companyId, rating });
      this.store.changes.begin().emit(record.companyId, { kind: 'rating', rating });
      return rating;
    });
  }

  disputeIssue(issueId: string): Issue {
    const nowMs = this.now().getTime();
    return this.store.transaction(() => {
      const record = this.issueOf(issueId);
      if (record.issue.status !== 'resolved') {
        throw new HttpProblem('issue_state', 'Only a resolved issue can be disputed.', {
          issue: record.issue,
        });
      }
      const category = this.store.catalog.category(record.issue.categoryId);
      const newDeadline = deadlineAt(formatMoscow(nowMs), category?.slaWorkingDays ?? 8);
      const issue: Issue = {
        ...record.issue,
        status: 'reopened',
        deadlineAt: newDeadline,
        moderatorComment: null,
        rev: record.issue.rev + 1,
      };
      this.store.issues.update({ ...record, issue });
      this.store.issues.recordEvent(issueId, record.companyId, 'reopened', nowMs, {
        deadlineAt: newDeadline,
      });
      this.store.changes.begin().emit(record.companyId, { kind: 'issue', issue });
      return issue;
    });
  }

  withdrawIssue(issueId: string, toCompanyId: string | undefined): Issue {
    const nowMs = this.now().getTime();
    return this.store.transaction(() => {
      const record = this.issueOf(issueId);
      if (toCompanyId !== undefined) {
        if (this.store.catalog.company(toCompanyId) === undefined)
          throw invalid('toCompanyId', 'is not a known company');
        if (toCompanyId === record.companyId)
          throw invalid('toCompanyId', 'is the company that holds the issue already');
      }
      this.store.issues.recordWithdrawal(issueId, record.companyId, nowMs);
      this.store.issues.recordEvent(issueId, record.companyId, 'withdrawn', nowMs, {
        toCompanyId: toCompanyId ?? null,
      });
      const mutation = this.store.changes.begin();
      mutation.emit(record.companyId, { kind: 'issue_removed', id: issueId });
      if (toCompanyId === undefined) {
        const issue: Issue = { ...record.issue, rev: record.issue.rev + 1 };
        this.store.issues.update({ companyId: null, firstDeadlineAt: record.firstDeadlineAt, issue });
        return issue;
      }
      // The new organisation receives the issue as new: its own receipt, deadline and assignee.
      const category = this.store.catalog.category(record.issue.categoryId);
      const receivedAt = formatMoscow(nowMs);
      const newDeadline = deadlineAt(receivedAt, category?.slaWorkingDays ?? 8);
      const issue: Issue = {
        ...record.issue,
        receivedAt,
        deadlineAt: newDeadline,
        status: 'new',
        assigneeId: null,
        moderatorComment: null,
        rev: record.issue.rev + 1,
      };
      this.store.issues.update({ companyId: toCompanyId, firstDeadlineAt: newDeadline, issue });
      this.store.issues.clearWithdrawal(issueId, toCompanyId);
      this.store.issues.recordEvent(issueId, toCompanyId, 'moved_in', nowMs, {
        fromCompanyId: record.companyId,
      });
      mutation.emit(toCompanyId, { kind: 'issue', issue });
      return issue;
    });
  }

  /** Every report the city holds, oldest first. */
  reports(): Report[] {
    return this.store.reports.all().map((record) => record.report);
  }
}
