import { deadlineAt } from '@shared/calendar';
import { Category, Issue, Rating, Report } from '@shared/domain';
import { hashPassword, DEFAULT_SCRYPT_COST } from '../auth/passwords';
import { normaliseLogin } from '../auth/logins';
import type { SeedIssue, SeedWorld } from '../seed/world';
import { formatMoscow, parseInstant } from '../time';
import type { CityStore } from './store';

// Writes a seed world into an empty database: one transaction, prepared statements, every
// record also entered in its company's change feed (categories and staff first, then each
// issue followed by its reports and ratings). Passwords are hashed beforehand, in parallel.
// The world is checked first, so a generator's mistake is an error here, not a broken city.

const SeedIssueRecord = Issue.omit({ rev: true });
const SeedReportRecord = Report.omit({ rev: true });

/** Times are kept in the server's form (Moscow offset) whatever form the seed used. */
const inMoscow = (instant: string): string => formatMoscow(parseInstant(instant));

function checkWorld(world: SeedWorld): void {
  const companies = new Set(world.companies.map((company) => company.id));
  const categories = new Map(world.categories.map((category) => [category.id, Category.parse(category)]));
  const staff = new Map(world.staff.map((member) => [member.id, member]));
  for (const member of world.staff) {
    if (!companies.has(member.companyId))
      throw new Error(`seed: staff ${member.id} of unknown company ${member.companyId}`);
  }
  for (const login of world.logins) {
    if (!staff.has(login.staffId))
      throw new Error(`seed: login ${login.login} of unknown staff ${login.staffId}`);
  }
  const issues = new Set<string>();
  for (const { companyId, issue } of world.issues) {
    SeedIssueRecord.parse(issue);
    if (!companies.has(companyId)) throw new Error(`seed: issue ${issue.id} of unknown company ${companyId}`);
    if (!categories.has(issue.categoryId))
      throw new Error(`seed: issue ${issue.id} of unknown category ${issue.categoryId}`);
    issues.add(issue.id);
  }
  for (const { report } of world.reports) {
    SeedReportRecord.parse(report);
    if (!issues.has(report.issueId))
      throw new Error(`seed: report ${report.id} of unknown issue ${report.issueId}`);
  }
  for (const { rating } of world.ratings) {
    Rating.parse(rating);
    if (!issues.has(rating.issueId))
      throw new Error(`seed: rating ${rating.id} of unknown issue ${rating.issueId}`);
  }
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [item]);
    else group.push(item);
  }
  return groups;
}

/** The deadline before any reopening: the issue's own, unless the seed reopened it. */
function firstDeadlineOf(seed: SeedIssue, slaWorkingDays: number): string {
  const reopened = seed.events.some((event) => event.kind === 'reopened');
  return reopened ? deadlineAt(seed.issue.receivedAt, slaWorkingDays) : inMoscow(seed.issue.deadlineAt);
}

export interface SeedOptions {
  scryptCost?: number;
}

export interface SeedSummary {
  companies: number;
  staff: number;
  issues: number;
  reports: number;
  ratings: number;
  photos: number;
}

export async function seedDatabase(
  store: CityStore,
  world: SeedWorld,
  options: SeedOptions = {},
): Promise<SeedSummary> {
  if (!store.isEmpty())
    throw new Error('seed: the database is not empty; seeds go only into a new data folder');
  checkWorld(world);
  const passwordHashes = await Promise.all(
    world.logins.map((login) => hashPassword(login.password, options.scryptCost ?? DEFAULT_SCRYPT_COST)),
  );
  const categorySla = new Map(world.categories.map((category) => [category.id, category.slaWorkingDays]));
  const reportsByIssue = groupBy(world.reports, (seed) => seed.report.issueId);
  const ratingsByIssue = groupBy(world.ratings, (seed) => seed.rating.issueId);

  store.transaction(() => {
    const { catalog, issues, reports, ratings, photos, changes } = store;
    for (const company of world.companies) catalog.insertCompany(company);
    for (const category of world.categories) catalog.insertCategory(category);
    for (const company of world.companies) {
      for (const category of world.categories)
        changes.begin().emit(company.id, { kind: 'category', category });
    }
    for (const member of world.staff) {
      const staff = { id: member.id, name: member.name, role: member.role, active: member.active };
      catalog.insertStaff({ companyId: member.companyId, staff });
      changes.begin().emit(member.companyId, { kind: 'staff', staff });
    }
    world.logins.forEach((login, index) => {
      catalog.insertLogin({
        login: normaliseLogin(login.login),
        staffId: login.staffId,
        passwordHash: passwordHashes[index] ?? '',
      });
    });
    for (const photo of world.photos) {
      const data = Buffer.from(photo.bytes.buffer, photo.bytes.byteOffset, photo.bytes.byteLength);
      photos.store(
        {
          sha256: photo.sha256,
          mediaType: photo.mediaType,
          width: photo.width,
          height: photo.height,
          size: data.length,
        },
        data,
      );
      if (photo.uploadedByCompanyId !== null) photos.recordUpload(photo.uploadedByCompanyId, photo.sha256, 0);
    }

    const byReceipt = [...world.issues].sort(
      (a, b) => parseInstant(a.issue.receivedAt) - parseInstant(b.issue.receivedAt),
    );
    for (const seed of byReceipt) {
      const withdrawal = seed.events.find((event) => event.kind === 'withdrawn');
      const issue: Issue = {
        ...seed.issue,
        createdAt: inMoscow(seed.issue.createdAt),
        receivedAt: inMoscow(seed.issue.receivedAt),
        deadlineAt: inMoscow(seed.issue.deadlineAt),
        rev: 1,
      };
      const firstDeadlineAt = firstDeadlineOf(seed, categorySla.get(issue.categoryId) ?? 8);
      issues.insert({ companyId: withdrawal === undefined ? seed.companyId : null, firstDeadlineAt, issue });
      for (const event of seed.events) {
        const data =
          event.kind === 'assigned'
            ? { assigneeId: event.assigneeId }
            : event.kind === 'reopened'
              ? { deadlineAt: event.deadlineAt }
              : {};
        issues.recordEvent(issue.id, seed.companyId, event.kind, parseInstant(event.at), data);
      }
      // A withdrawn issue's records stay with the city, but the company's feed only says it is gone.
      const visible = withdrawal === undefined;
      if (withdrawal !== undefined) {
        issues.recordWithdrawal(issue.id, seed.companyId, parseInstant(withdrawal.at));
        changes.begin().emit(seed.companyId, { kind: 'issue_removed', id: issue.id });
      } else {
        changes.begin().emit(seed.companyId, { kind: 'issue', issue });
      }
      for (const { companyId, report: seedReport } of reportsByIssue.get(issue.id) ?? []) {
        const report: Report = {
          ...seedReport,
          completedAt: inMoscow(seedReport.completedAt),
          submittedAt: inMoscow(seedReport.submittedAt),
          decidedAt: seedReport.decidedAt === null ? null : inMoscow(seedReport.decidedAt),
          rev: 1,
        };
        reports.insert({ companyId, report });
        if (visible) changes.begin().emit(companyId, { kind: 'report', report });
      }
      for (const { companyId, rating: seedRating } of ratingsByIssue.get(issue.id) ?? []) {
        const rating: Rating = { ...seedRating, ratedAt: inMoscow(seedRating.ratedAt) };
        ratings.insert({ companyId, rating });
        if (visible) changes.begin().emit(companyId, { kind: 'rating', rating });
      }
    }
  });

  // The seed went through the write-ahead log in one piece; fold it into the database file
  // now rather than leave a log as large as the database beside it.
  store.db.pragma('wal_checkpoint(TRUNCATE)');
  return {
    companies: world.companies.length,
    staff: world.staff.length,
    issues: world.issues.length,
    reports: world.reports.length,
    ratings: world.ratings.length,
    photos: world.photos.length,
  };
}
