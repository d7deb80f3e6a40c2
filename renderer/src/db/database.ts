import Dexie, { type EntityTable, type Table } from 'dexie';
import type {
  CategoryRecord,
  CityStatsRecord,
  IssueEventRecord,
  IssueRecord,
  MetaRecord,
  MetaValues,
  OutboxRecord,
  PhotoRecord,
  RatingRecord,
  ReportRecord,
  RequestRecord,
  StaffRecord,
} from './records';
import type { ClusterOverrideRecord } from './cluster-overrides';
import { schemaVersions } from './schema';

export interface CreateDbOptions {
  /** One database a company and user: see `databaseNameFor`. */
  name: string;
  /** For tests: a fresh fake-indexeddb factory per test. */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
}

export class DeskDb extends Dexie {
  issues!: EntityTable<IssueRecord, 'id'>;
  issueEvents!: EntityTable<IssueEventRecord, 'id'>;
  categories!: EntityTable<CategoryRecord, 'id'>;
  staff!: EntityTable<StaffRecord, 'id'>;
  reports!: EntityTable<ReportRecord, 'clientReportId'>;
  ratings!: EntityTable<RatingRecord, 'id'>;
  photos!: EntityTable<PhotoRecord, 'sha256'>;
  outbox!: EntityTable<OutboxRecord, 'seq'>;
  meta!: Table<MetaRecord, string>;
  requests!: EntityTable<RequestRecord, 'key'>;
  cityStats!: EntityTable<CityStatsRecord, 'key'>;
  clusterOverrides!: EntityTable<ClusterOverrideRecord, 'id'>;

  constructor(options: CreateDbOptions) {
    super(options.name, {
      ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
      ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
    });
    for (const { version, stores, upgrade } of schemaVersions) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
  }

  async getMeta<K extends keyof MetaValues>(key: K): Promise<MetaValues[K] | undefined> {
    const row = await this.meta.get(key);
    return row?.value as MetaValues[K] | undefined;
  }

  async setMeta<K extends keyof MetaValues>(key: K, value: MetaValues[K]): Promise<void> {
    await this.meta.put({ key, value });
  }
}

export function createDb(options: CreateDbOptions): DeskDb {
  return new DeskDb(options);
}

/** Each company and person has a database of their own: nothing of one dispatcher's leaks into another's. */
export function databaseNameFor(serverUrl: string, companyId: string, userId: string): string {
  const server = new URL(serverUrl).host;
  return `gorod-desk/${server}/${companyId}/${userId}`;
}
