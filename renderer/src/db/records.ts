import type {
  Category,
  CompanyStats,
  Issue,
  IssuePatch,
  Priority,
  Rating,
  Report,
  ReportPhoto,
  ReportStatus,
  Staff,
  User,
} from '@shared/domain';

/** A local change of an issue that the city has not acknowledged yet; shown over the city's values. */
export interface PendingIssueChange {
  outboxSeq: number;
  assigneeId?: string;
  priority?: Priority;
  /** 'refused': the city said no (e.g. someone else changed the issue); kept until the person decides. */
  state: 'pending' | 'refused';
  error?: string;
}

/** An issue as the city last sent it, plus what only this workstation knows about it. */
export interface IssueRecord extends Issue {
  pending?: PendingIssueChange;
  /** IndexedDB cannot index null: '' stands for "no assignee". */
  assigneeKey: string;
}

export type IssueEventKind = 'status' | 'assignee' | 'priority' | 'deadline' | 'removed';

/** One step of an issue's history as seen in the change feed, for the timeline. */
export interface IssueEventRecord {
  id: number;
  issueId: string;
  kind: IssueEventKind;
  at: string;
  from: string | null;
  to: string | null;
  rev: number;
}

export type NewIssueEvent = Omit<IssueEventRecord, 'id'>;

export type LocalReportState = 'draft' | 'queued' | 'sent' | 'refused';

/**
 * A report: written here (a draft or one waiting to be sent), the city's record of it, or both.
 * Keyed by `clientReportId`, which the city keeps, so a sent draft and the city's report meet.
 */
export interface ReportRecord {
  clientReportId: string;
  issueId: string;
  authorId: string;
  text: string;
  photos: ReportPhoto[];
  completedAt: string;
  /** null for a report that was not written on this workstation. */
  localState: LocalReportState | null;
  updatedAt: string;
  /** Why the city refused it, in its own words. */
  refusal?: { code: string; message: string; at: string };
  /** The report this one reworks (a returned report's rework). */
  basedOn?: string;
  /** Written once for a cluster: the other issues it answers too (on the report it was written as). */
  cluster?: ClusterReportPlan;
  /** Sent as one of the answers of the cluster report with this clientReportId. */
  clusterOf?: string;
  /** The city's fields once it has the report. */
  id?: string;
  status?: ReportStatus;
  submittedAt?: string;
  moderatorComment?: string | null;
  decidedAt?: string | null;
  rev?: number;
}

/** One more issue a cluster report answers, each as a report of its own. */
export interface ClusterReportMember {
  issueId: string;
  /** Fixed when the issue joins the plan: every retry of its report is the same request. */
  clientReportId: string;
  /** Left out: this issue gets no report from it. */
  included: boolean;
  /** Words of its own, sent to this issue instead of the shared text; null for the shared text. */
  ownText: string | null;
}

export interface ClusterReportPlan {
  members: ClusterReportMember[];
}

export type PhotoUploadState = 'local' | 'uploaded' | 'remote';

export interface PhotoRecord {
  sha256: string;
  /** The bytes, when kept on this device (own photos always; residents' photos once fetched). */
  blob?: Blob;
  mediaType: string;
  width: number;
  height: number;
  bytes: number;
  /** 'local': taken here and not yet known to reach the city; 'uploaded': the city has it; 'remote': the city's, maybe cached. */
  uploadState: PhotoUploadState;
  origin: 'company' | 'resident';
  addedAt: string;
  /** When the photo was taken (EXIF), for warning about an "after" photo older than the issue. */
  capturedAt?: string | null;
  /** Where it was taken (EXIF GPS), kept here only, for the checks before sending; never uploaded. */
  location?: { latitude: number; longitude: number } | null;
  /** Brightness and sharpness measured by the photo worker (features/report/checks/image-stats.ts). */
  stats?: { meanLuminance: number; sharpness: number; width: number; height: number } | null;
  /** What was blurred on this photo (faces found here, rectangles drawn by hand), and from which unblurred one. */
  redaction?: PhotoRedaction | null;
  /** The face detector failed on this photo: no face was looked for, only the supervisor can. */
  facesUnchecked?: boolean;
}

/** A blurred photo's making: the unblurred photo (on this device only, never sent) and its rectangles. */
export interface PhotoRedaction {
  sourceSha256: string;
  rects: { x: number; y: number; width: number; height: number; origin: 'face' | 'manual' }[];
  /** How many faces the detector found on the source, undone ones included. */
  facesFound: number;
}

export type OutboxKind = 'report' | 'issue_patch';
export type OutboxState = 'waiting' | 'sending' | 'sent' | 'refused';

export interface ReportOutboxPayload {
  clientReportId: string;
}

export interface IssuePatchOutboxPayload {
  issueId: string;
  patch: IssuePatch;
  /** The revision the person saw when making the change: the city refuses it (412) if the issue moved on. */
  baseRev: number;
}

interface OutboxBase {
  seq: number;
  /** The issue it concerns, for showing it and for refusing duplicates. */
  issueId: string;
  idempotencyKey: string;
  createdAt: string;
  state: OutboxState;
  attempts: number;
  /** Epoch ms before which a transient failure keeps it waiting. */
  nextAttemptAt: number;
  lastError?: { code: string; message: string; at: string; transient: boolean };
  progress?: { photosDone: number; photosTotal: number; bytesSent: number; bytesTotal: number };
  sentAt?: string;
}

export type OutboxRecord =
  | (OutboxBase & { kind: 'report'; payload: ReportOutboxPayload })
  | (OutboxBase & { kind: 'issue_patch'; payload: IssuePatchOutboxPayload });

export type NewOutboxRecord =
  Omit<OutboxRecord & { kind: 'report' }, 'seq'> | Omit<OutboxRecord & { kind: 'issue_patch' }, 'seq'>;

export type CategoryRecord = Category;
export type StaffRecord = Staff;
export type RatingRecord = Rating;

/**
 * How far the first pull of this replica has come, for the screens: the open work arrives
 * first (GET /issues), then the whole change feed behind it, oldest first ("the history").
 * Absent on a replica filled before first pulls were done this way.
 */
export interface FirstPullProgress {
  /** 'open_work': the open issues are arriving; 'history': the feed is; 'done': the replica is whole. */
  stage: 'open_work' | 'history' | 'done';
  /** When the first pull began (its first attempt). */
  startedAt: string;
  /** Open issues received through GET /issues; all of them once the stage is past 'open_work'. */
  openIssues: number;
  /** Issues in the replica so far, open work and history together, each counted once. */
  issuesReceived: number;
  /**
   * About how many issues the replica will hold when the history is in; null until the feed has
   * said enough, exact once 'done'. The city gives no total: the estimate assumes the company's
   * issues arrive at an even rate over its history (see first-pull-estimate.ts).
   */
  issuesExpected: number | null;
  /** When the history should be in, at the pace of the current attempt; null while unknown and once done. */
  expectedDoneAt: string | null;
  /** The receipt of the oldest issue the history has brought: where the company's history begins. */
  historyFrom: string | null;
  /**
   * How far the history has come: the feed runs oldest first, so the replica holds the company's
   * issues as they stood at about this moment (the latest receipt among the issues it brought).
   * Until 'done', figures over later dates miss the issues resolved since; null before the first issue.
   */
  historyThrough: string | null;
}

export interface SyncStatusRecord {
  running: boolean;
  phase: 'idle' | 'pulling' | 'pushing' | 'prefetching';
  lastSuccessAt: string | null;
  lastAttemptAt: string | null;
  /** The last sync's failure, in words a person can act on. */
  error: { code: string; message: string; at: string } | null;
  pulledThisRun: number;
  nextAttemptAt: number | null;
  /** The first pull's progress (kept with stage 'done' after it). */
  firstPull?: FirstPullProgress;
}

/** Where an interrupted first pull resumes: written with each page it applies. */
export interface FirstPullState {
  stage: 'open_work' | 'history' | 'done';
  startedAt: string;
  /** The last GET /issues page's `next`: the open work resumes after it. */
  openAfter: string | null;
  openIssues: number;
}

/** The Moscow dates `[from, to)` of a period the city counts its figures over. */
export interface StatsPeriod {
  from: string;
  to: string;
}

/** A resident's (or the company's) photo a screen wants to show and this device does not keep yet. */
export interface WantedPhoto {
  sha256: string;
  width: number;
  height: number;
  origin: 'company' | 'resident';
}

/** Why sync could not fetch what a screen asked for, in a word the screen can explain. */
export interface RequestFailure {
  /** 'offline': no answer; 'forbidden': the person's role may not see it; 'failed': anything else. */
  code: 'offline' | 'forbidden' | 'failed';
  message: string;
}

interface RequestBase {
  /** `photo:<sha256>` or `cityStats:<from>|<to>`: one request a thing, however many screens ask. */
  key: string;
  /** 'wanted': for sync to fetch; 'failed': it tried and could not (asked again, it tries again). */
  state: 'wanted' | 'failed';
  askedAt: string;
  failedAt?: string;
  error?: RequestFailure;
}

/**
 * What a screen asked of the city on demand. Sync fetches it, writes the answer to the store
 * (the photos table, cityStats) and removes the request; screens read the store.
 */
export type RequestRecord =
  | (RequestBase & { kind: 'photo'; photo: WantedPhoto })
  | (RequestBase & { kind: 'cityStats'; period: StatsPeriod });

/** The city's own figures for a period (`GET /stats/company`), as last fetched. */
export interface CityStatsRecord {
  /** `<from>|<to>` */
  key: string;
  period: StatsPeriod;
  stats: CompanyStats;
  fetchedAt: string;
}

export interface MetaValues {
  cursor: string;
  firstPull: FirstPullState;
  user: User;
  clientId: string;
  syncStatus: SyncStatusRecord;
}

export interface MetaRecord<K extends keyof MetaValues = keyof MetaValues> {
  key: K;
  value: MetaValues[K];
}

export type { Report };
