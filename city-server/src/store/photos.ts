import type Database from 'better-sqlite3';
import type { PhotoMediaType } from '@shared/domain';

// Photo bytes, stored once by content hash; who may reach them is kept apart: the
// companies that uploaded them, and the companies holding an issue they are a resident
// photo of.

export interface StoredPhoto {
  sha256: string;
  mediaType: PhotoMediaType;
  width: number;
  height: number;
  size: number;
}

interface PhotoRow {
  sha256: string;
  media_type: string;
  width: number;
  height: number;
  size: number;
}

const asMediaType = (value: string): PhotoMediaType => {
  switch (value) {
    case 'image/jpeg':
    case 'image/png':
    case 'image/webp':
      return value;
    default:
      throw new Error(`a stored photo has an unknown media type: ${value}`);
  }
};

export class PhotoRepository {
  private readonly metaBySha;
  private readonly dataBySha;
  private readonly insertStatement;
  private readonly insertUpload;
  private readonly reachable;

  constructor(db: Database.Database) {
    this.metaBySha = db.prepare<[string], PhotoRow>(
      'SELECT sha256, media_type, width, height, size FROM photos WHERE sha256 = ?',
    );
    this.dataBySha = db.prepare<[string], { data: Buffer }>('SELECT data FROM photos WHERE sha256 = ?');
    this.insertStatement = db.prepare<[string, string, number, number, number, Buffer]>(
      'INSERT OR IGNORE INTO photos (sha256, media_type, width, height, size, data) VALUES (?, ?, ?, ?, ?, ?)',
    );
    this.insertUpload = db.prepare<[string, string, number]>(
      'INSERT OR IGNORE INTO photo_uploads (company_id, sha256, uploaded_at) VALUES (?, ?, ?)',
    );
    this.reachable = db.prepare<{ companyId: string; sha256: string }, { found: number }>(
      `SELECT 1 AS found WHERE EXISTS (SELECT 1 FROM photos WHERE sha256 = $sha256) AND (
         EXISTS (SELECT 1 FROM photo_uploads WHERE company_id = $companyId AND sha256 = $sha256)
         OR EXISTS (SELECT 1 FROM issue_photos JOIN issues ON issues.id = issue_photos.issue_id
                    WHERE issue_photos.sha256 = $sha256 AND issues.company_id = $companyId))`,
    );
  }

  find(sha256: string): StoredPhoto | undefined {
    const row = this.metaBySha.get(sha256);
    if (row === undefined) return undefined;
    return {
      sha256: row.sha256,
      mediaType: asMediaType(row.media_type),
      width: row.width,
      height: row.height,
      size: row.size,
    };
  }

  bytes(sha256: string): Buffer | undefined {
    return this.dataBySha.get(sha256)?.data;
  }

  /** Stores the bytes unless they are there already (the hash is the identity). */
  store(photo: StoredPhoto, data: Buffer): void {
    this.insertStatement.run(photo.sha256, photo.mediaType, photo.width, photo.height, photo.size, data);
  }

  recordUpload(companyId: string, sha256: string, atMs: number): void {
    this.insertUpload.run(companyId, sha256, atMs);
  }

  /** Whether the company may reach these bytes: its own upload, or a resident photo of one of its issues. */
  isReachableBy(companyId: string, sha256: string): boolean {
    return this.reachable.get({ companyId, sha256 }) !== undefined;
  }
}
