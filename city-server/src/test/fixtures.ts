import { deadlineAt } from '@shared/calendar';
import type { Category, Issue, Rating, Report } from '@shared/domain';
import type { SeedIssue, SeedIssueEvent, SeedReport, SeedWorld } from '../seed/world';
import { pngBytes, sha256Of } from './images';

// A small hand-built city for the tests, where every right answer can be worked out by
// hand. The test clock stands at FIXTURE_NOW (Wednesday 25 March 2026, noon in Moscow).
// March 2026 has one holiday: Monday the 9th (Sunday 8 March moved).

export const FIXTURE_NOW = new Date('2026-03-25T12:00:00+03:00');
export const DEMO_PASSWORD = 'demo';

export const NORTH = 'co-north';
export const SOUTH = 'co-south';

export const CATEGORY = {
  yard: 'cat-yard',
  trash: 'cat-trash',
  home: 'cat-home',
  roof: 'cat-roof',
  lift: 'cat-lift',
} as const;

export const STAFF = {
  dispatcher: 'st-dispatcher',
  supervisor: 'st-supervisor',
  supervisor2: 'st-supervisor-2',
  manager: 'st-manager',
  retired: 'st-retired',
  southDispatcher: 'st-south-dispatcher',
  southSupervisor: 'st-south-supervisor',
} as const;

export const ISSUE = {
  fresh: 'is-new',
  inProgress: 'is-in-progress',
  onModeration: 'is-on-moderation',
  returned: 'is-returned',
  resolved: 'is-resolved',
  reopened: 'is-reopened',
  withdrawn: 'is-withdrawn',
  february: 'is-february',
  south: 'is-south',
  /** The supervisor's own issue (assigned to them), free for report tests to use up. */
  supervisorOwn: 'is-supervisor-own',
  /** In progress, assigned to the second supervisor. */
  otherSupervisor: 'is-other-supervisor',
} as const;

export const REPORT = {
  onModeration: 'rp-on-moderation',
  rejected: 'rp-rejected',
  accepted: 'rp-accepted',
  reopenedAccepted: 'rp-reopened-accepted',
  february: 'rp-february',
} as const;

/** A resident's photo of ISSUE.fresh, and a photo NORTH uploaded earlier. */
export const RESIDENT_PHOTO = pngBytes(101);
export const NORTH_UPLOAD = pngBytes(102);
/** A resident's photo of SOUTH's issue: NORTH must not reach it. */
export const SOUTH_RESIDENT_PHOTO = pngBytes(103);

const categories: Category[] = [
  {
    id: CATEGORY.yard,
    parentId: null,
    nameRu: 'Мой двор',
    nameEn: 'My yard',
    slaWorkingDays: 8,
    afterPhotoRequired: false,
  },
  {
    id: CATEGORY.trash,
    parentId: CATEGORY.yard,
    nameRu: 'Неубранный мусор',
    nameEn: 'Rubbish not collected',
    slaWorkingDays: 8,
    afterPhotoRequired: true,
  },
  {
    id: CATEGORY.home,
    parentId: null,
    nameRu: 'Мой дом',
    nameEn: 'My building',
    slaWorkingDays: 8,
    afterPhotoRequired: false,
  },
  {
    id: CATEGORY.roof,
    parentId: CATEGORY.home,
    nameRu: 'Протечка кровли',
    nameEn: 'Roof leak',
    slaWorkingDays: 5,
    afterPhotoRequired: false,
  },
  {
    id: CATEGORY.lift,
    parentId: CATEGORY.home,
    nameRu: 'Неисправный лифт',
    nameEn: 'Broken lift',
    slaWorkingDays: 1,
    afterPhotoRequired: false,
  },
];
const slaOf = (categoryId: string): number =>
  categories.find((category) => category.id === categoryId)?.slaWorkingDays ?? 8;

const moscow = (local: string): string => `${local}+03:00`;

interface IssueSpec {
  id: string;
  companyId?: string;
  categoryId: string;
  receivedAt: string;
  status: Issue['status'];
  assigneeId?: string | null;
  moderatorComment?: string | null;
  residentPhotos?: Issue['residentPhotos'];
  events?: SeedIssueEvent[];
  /** The current deadline, when a reopening moved it. */
  deadlineAt?: string;
}

let issueNumber = 100;
function issue(spec: IssueSpec): SeedIssue {
  issueNumber += 1;
  const receivedAt = moscow(spec.receivedAt);
  return {
    companyId: spec.companyId ?? NORTH,
    events: spec.events ?? [],
    issue: {
      id: spec.id,
      number: `НГ-2026-0000${issueNumber}`,
      categoryId: spec.categoryId,
      title: 'Не вывезен мусор с контейнерной площадки',
      description: 'Контейнеры переполнены третий день, мешки лежат на земле.',
      address: 'г. Москва, Ореховый бульвар, д. 22',
      district: 'Орехово-Борисово Северное',
      lat: 55.6148,
      lng: 37.7125,
      createdAt: receivedAt,
      receivedAt,
      deadlineAt: spec.deadlineAt ?? deadlineAt(receivedAt, slaOf(spec.categoryId)),
      status: spec.status,
      assigneeId: spec.assigneeId ?? null,
      priority: 'normal',
      residentPhotos: spec.residentPhotos ?? [],
      moderatorComment: spec.moderatorComment ?? null,
    },
  };
}

interface ReportSpec {
  id: string;
  issueId: string;
  submittedAt: string;
  status: Report['status'];
  moderatorComment?: string;
  clientReportId: string;
}

function report(spec: ReportSpec): SeedReport {
  const submittedAt = moscow(spec.submittedAt);
  return {
    companyId: NORTH,
    report: {
      id: spec.id,
      clientReportId: spec.clientReportId,
      issueId: spec.issueId,
      authorId: STAFF.supervisor,
      text: 'Мусор вывезен, площадка убрана, контейнеры вымыты.',
      photos: [],
      completedAt: submittedAt,
      submittedAt,
      status: spec.status,
      moderatorComment: spec.moderatorComment ?? null,
      decidedAt: spec.status === 'on_moderation' ? null : submittedAt,
    },
  };
}

function rating(
  id: string,
  issueId: string,
  reportId: string,
  score: number,
  ratedAt: string,
): { companyId: string; rating: Rating } {
  return {
    companyId: NORTH,
    rating: { id, issueId, reportId, score, comment: null, ratedAt: moscow(ratedAt) },
  };
}

/** The small city; stats.test.ts works out NORTH's figures for March 2026 from it by hand. */
export function fixtureWorld(): SeedWorld {
  const residentPhoto = { sha256: sha256Of(RESIDENT_PHOTO), width: 32, height: 24 };
  const southPhoto = { sha256: sha256Of(SOUTH_RESIDENT_PHOTO), width: 32, height: 24 };
  return {
    companies: [
      {
        id: NORTH,
        name: 'ГБУ «Жилищник района Орехово-Борисово Северное»',
        district: 'Орехово-Борисово Северное',
      },
      { id: SOUTH, name: 'ГБУ «Жилищник района Орехово-Борисово Южное»', district: 'Орехово-Борисово Южное' },
    ],
    categories,
    staff: [
      { id: STAFF.dispatcher, companyId: NORTH, name: 'Анна Диспетчерова', role: 'dispatcher', active: true },
      { id: STAFF.supervisor, companyId: NORTH, name: 'Иван Мастеров', role: 'supervisor', active: true },
      { id: STAFF.supervisor2, companyId: NORTH, name: 'Пётр Бригадиров', role: 'supervisor', active: true },
      { id: STAFF.manager, companyId: NORTH, name: 'Ольга Начальникова', role: 'manager', active: true },
      { id: STAFF.retired, companyId: NORTH, name: 'Сергей Уволенный', role: 'supervisor', active: false },
      {
        id: STAFF.southDispatcher,
        companyId: SOUTH,
        name: 'Мария Соседова',
        role: 'dispatcher',
        active: true,
      },
      { id: STAFF.southSupervisor, companyId: SOUTH, name: 'Олег Соседов', role: 'supervisor', active: true },
    ],
    logins: [
      { login: 'dispatcher', password: DEMO_PASSWORD, staffId: STAFF.dispatcher },
      { login: 'supervisor', password: DEMO_PASSWORD, staffId: STAFF.supervisor },
      { login: 'supervisor2', password: DEMO_PASSWORD, staffId: STAFF.supervisor2 },
      { login: 'manager', password: DEMO_PASSWORD, staffId: STAFF.manager },
      { login: 'retired', password: DEMO_PASSWORD, staffId: STAFF.retired },
      { login: 'neighbour.dispatcher', password: DEMO_PASSWORD, staffId: STAFF.southDispatcher },
    ],
    photos: [
      { ...residentPhoto, mediaType: 'image/png', bytes: RESIDENT_PHOTO, uploadedByCompanyId: null },
      {
        sha256: sha256Of(NORTH_UPLOAD),
        width: 32,
        height: 24,
        mediaType: 'image/png',
        bytes: NORTH_UPLOAD,
        uploadedByCompanyId: NORTH,
      },
      { ...southPhoto, mediaType: 'image/png', bytes: SOUTH_RESIDENT_PHOTO, uploadedByCompanyId: null },
    ],
    issues: [
      // Stats window March 2026 (see stats.test.ts for the figures).
      issue({
        id: ISSUE.fresh,
        categoryId: CATEGORY.trash,
        receivedAt: '2026-03-02T10:00:00',
        status: 'new',
        residentPhotos: [residentPhoto],
      }),
      issue({
        id: ISSUE.inProgress,
        categoryId: CATEGORY.trash,
        receivedAt: '2026-03-16T09:00:00',
        status: 'in_progress',
        assigneeId: STAFF.supervisor,
      }),
      issue({
        id: ISSUE.onModeration,
        categoryId: CATEGORY.roof,
        receivedAt: '2026-03-03T08:00:00',
        status: 'on_moderation',
        assigneeId: STAFF.supervisor,
      }),
      issue({
        id: ISSUE.returned,
        categoryId: CATEGORY.trash,
        receivedAt: '2026-03-04T12:00:00',
        status: 'returned',
        assigneeId: STAFF.supervisor,
        moderatorComment: 'На фото не видно площадку',
      }),
      issue({
        id: ISSUE.resolved,
        categoryId: CATEGORY.lift,
        receivedAt: '2026-03-05T10:00:00',
        status: 'resolved',
        assigneeId: STAFF.supervisor,
      }),
      issue({
        id: ISSUE.reopened,
        categoryId: CATEGORY.lift,
        receivedAt: '2026-03-02T09:00:00',
        status: 'reopened',
        assigneeId: STAFF.supervisor,
        deadlineAt: deadlineAt('2026-03-10T10:00:00+03:00', 1),
        events: [
          {
            kind: 'reopened',
            at: moscow('2026-03-10T10:00:00'),
            deadlineAt: deadlineAt('2026-03-10T10:00:00+03:00', 1),
          },
        ],
      }),
      issue({
        id: ISSUE.withdrawn,
        categoryId: CATEGORY.trash,
        receivedAt: '2026-03-06T10:00:00',
        status: 'new',
        events: [{ kind: 'withdrawn', at: moscow('2026-03-07T10:00:00') }],
      }),
      // Outside the March window.
      issue({
        id: ISSUE.february,
        categoryId: CATEGORY.trash,
        receivedAt: '2026-02-10T10:00:00',
        status: 'resolved',
        assigneeId: STAFF.supervisor,
      }),
      // Issues the report and assignment tests use up; received on 1 April, outside the window.
      issue({
        id: ISSUE.supervisorOwn,
        categoryId: CATEGORY.roof,
        receivedAt: '2026-04-01T09:00:00',
        status: 'in_progress',
        assigneeId: STAFF.supervisor,
      }),
      issue({
        id: ISSUE.otherSupervisor,
        categoryId: CATEGORY.roof,
        receivedAt: '2026-04-01T09:00:00',
        status: 'in_progress',
        assigneeId: STAFF.supervisor2,
      }),
      // The neighbour's.
      issue({
        id: ISSUE.south,
        companyId: SOUTH,
        categoryId: CATEGORY.trash,
        receivedAt: '2026-03-05T10:00:00',
        status: 'new',
        residentPhotos: [southPhoto],
      }),
    ],
    reports: [
      report({
        id: REPORT.onModeration,
        issueId: ISSUE.onModeration,
        submittedAt: '2026-03-05T08:00:00',
        status: 'on_moderation',
        clientReportId: '00000000-0000-4000-8000-000000000001',
      }),
      report({
        id: REPORT.rejected,
        issueId: ISSUE.returned,
        submittedAt: '2026-03-18T12:00:00',
        status: 'rejected',
        moderatorComment: 'На фото не видно площадку',
        clientReportId: '00000000-0000-4000-8000-000000000002',
      }),
      report({
        id: REPORT.accepted,
        issueId: ISSUE.resolved,
        submittedAt: '2026-03-06T10:00:00',
        status: 'accepted',
        clientReportId: '00000000-0000-4000-8000-000000000003',
      }),
      report({
        id: REPORT.reopenedAccepted,
        issueId: ISSUE.reopened,
        submittedAt: '2026-03-03T21:00:00',
        status: 'accepted',
        clientReportId: '00000000-0000-4000-8000-000000000004',
      }),
      report({
        id: REPORT.february,
        issueId: ISSUE.february,
        submittedAt: '2026-02-11T10:00:00',
        status: 'accepted',
        clientReportId: '00000000-0000-4000-8000-000000000005',
      }),
    ],
    ratings: [
      rating('rt-resolved', ISSUE.resolved, REPORT.accepted, 5, '2026-03-07T10:00:00'),
      rating('rt-reopened', ISSUE.reopened, REPORT.reopenedAccepted, 2, '2026-03-05T10:00:00'),
      rating('rt-february', ISSUE.february, REPORT.february, 4, '2026-02-12T10:00:00'),
    ],
  };
}

/** The fixture city with `count` more new issues for NORTH, for feed paging beyond its limits. */
export function fixtureWorldWithManyIssues(count: number): SeedWorld {
  const world = fixtureWorld();
  for (let index = 0; index < count; index += 1) {
    const minute = String(index % 60).padStart(2, '0');
    const hour = String(8 + (Math.floor(index / 60) % 10)).padStart(2, '0');
    world.issues.push(
      issue({
        id: `is-bulk-${index}`,
        categoryId: CATEGORY.trash,
        receivedAt: `2026-03-1${index % 10}T${hour}:${minute}:00`,
        status: 'new',
      }),
    );
  }
  return world;
}
