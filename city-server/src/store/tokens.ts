import type Database from 'better-sqlite3';

// Access and refresh tokens are random; only their SHA-256 is stored, so a copy of the
// database does not let anyone sign in.

export interface RefreshTokenRow {
  token_hash: string;
  family_id: string;
  staff_id: string;
  expires_at: number;
  used_at: number | null;
}

export class TokenRepository {
  private readonly accessByHash;
  private readonly insertAccess;
  private readonly refreshByHash;
  private readonly insertRefresh;
  private readonly markRefreshUsed;
  private readonly revokeFamilyStatement;
  private readonly purgeAccess;
  private readonly purgeRefresh;

  constructor(db: Database.Database) {
    this.accessByHash = db.prepare<[string], { staff_id: string; expires_at: number }>(
      'SELECT staff_id, expires_at FROM access_tokens WHERE token_hash = ?',
    );
    this.insertAccess = db.prepare<[string, string, number]>(
      'INSERT INTO access_tokens (token_hash, staff_id, expires_at) VALUES (?, ?, ?)',
    );
    this.refreshByHash = db.prepare<[string], RefreshTokenRow>(
      'SELECT * FROM refresh_tokens WHERE token_hash = ?',
    );
    this.insertRefresh = db.prepare<[string, string, string, number]>(
      'INSERT INTO refresh_tokens (token_hash, family_id, staff_id, expires_at) VALUES (?, ?, ?, ?)',
    );
    this.markRefreshUsed = db.prepare<[number, string]>(
      'UPDATE refresh_tokens SET used_at = ? WHERE token_hash = ? AND used_at IS NULL',
    );
    this.revokeFamilyStatement = db.prepare<[number, string]>(
      'UPDATE refresh_tokens SET used_at = ? WHERE family_id = ? AND used_at IS NULL',
    );
    this.purgeAccess = db.prepare<[number]>('DELETE FROM access_tokens WHERE expires_at < ?');
    this.purgeRefresh = db.prepare<[number]>('DELETE FROM refresh_tokens WHERE expires_at < ?');
  }

  access(tokenHash: string): { staffId: string; expiresAt: number } | undefined {
    const row = this.accessByHash.get(tokenHash);
    return row === undefined ? undefined : { staffId: row.staff_id, expiresAt: row.expires_at };
  }

  saveAccess(tokenHash: string, staffId: string, expiresAt: number): void {
    this.insertAccess.run(tokenHash, staffId, expiresAt);
  }

  refresh(tokenHash: string): RefreshTokenRow | undefined {
    return this.refreshByHash.get(tokenHash);
  }

  saveRefresh(tokenHash: string, familyId: string, staffId: string, expiresAt: number): void {
    this.insertRefresh.run(tokenHash, familyId, staffId, expiresAt);
  }

  /** Marks a refresh token spent; false when it already was (a concurrent or replayed use). */
  spendRefresh(tokenHash: string, atMs: number): boolean {
    return this.markRefreshUsed.run(atMs, tokenHash).changes === 1;
  }

  revokeFamily(familyId: string, atMs: number): void {
    this.revokeFamilyStatement.run(atMs, familyId);
  }

  purgeExpired(nowMs: number): void {
    this.purgeAccess.run(nowMs);
    this.purgeRefresh.run(nowMs);
  }
}
