import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Role, Staff, TokenResponse } from '@shared/domain';
import { HttpProblem } from '../http/problem';
import type { CityStore } from '../store/store';

// Bearer tokens. Access tokens are short-lived; refresh tokens work once and are rotated on
// every use. A refresh token used a second time means a copy is loose somewhere, so its
// whole family (every token descended from the same sign-in) is revoked.

export interface Session {
  staff: Staff;
  role: Role;
  companyId: string;
  companyName: string;
}

export interface SessionSettings {
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  now: () => Date;
}

const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');
const newToken = (prefix: string): string => `${prefix}_${randomBytes(32).toString('base64url')}`;

/** The token of an `Authorization: Bearer <token>` header, or undefined. */
export function bearerTokenOf(header: string | undefined): string | undefined {
  const match = /^Bearer +([\x21-\x7e]+) *$/i.exec(header ?? '');
  return match?.[1];
}

const unauthorized = (detail: string): HttpProblem =>
  new HttpProblem('unauthorized', detail, {}, { 'WWW-Authenticate': 'Bearer realm="city"' });

export class SessionService {
  constructor(
    private readonly store: CityStore,
    private readonly settings: SessionSettings,
  ) {}

  private sessionOfStaff(staffId: string): Session | undefined {
    const record = this.store.catalog.staff(staffId);
    if (record === undefined || !record.staff.active) return undefined;
    const company = this.store.catalog.company(record.companyId);
    if (company === undefined) return undefined;
    return { staff: record.staff, role: record.staff.role, companyId: company.id, companyName: company.name };
  }

  /** Issues a fresh pair for a staff member who just proved who they are. */
  issueTokens(staffId: string, familyId: string = randomUUID()): TokenResponse {
    const session = this.sessionOfStaff(staffId);
    if (session === undefined) throw unauthorized('This account is not active.');
    const nowMs = this.settings.now().getTime();
    const accessToken = newToken('at');
    const refreshToken = newToken('rt');
    this.store.transaction(() => {
      this.store.tokens.purgeExpired(nowMs);
      this.store.tokens.saveAccess(
        tokenHash(accessToken),
        staffId,
        nowMs + this.settings.accessTokenTtlSeconds * 1000,
      );
      this.store.tokens.saveRefresh(
        tokenHash(refreshToken),
        familyId,
        staffId,
        nowMs + this.settings.refreshTokenTtlSeconds * 1000,
      );
    });
    return {
      accessToken,
      refreshToken,
      expiresIn: this.settings.accessTokenTtlSeconds,
      user: {
        id: session.staff.id,
        name: session.staff.name,
        role: session.role,
        companyId: session.companyId,
        companyName: session.companyName,
      },
    };
  }

  /** Spends a refresh token and gives the next pair of its family. */
  refresh(refreshToken: string): TokenResponse {
    const nowMs = this.settings.now().getTime();
    const hash = tokenHash(refreshToken);
    const row = this.store.tokens.refresh(hash);
    if (row === undefined) throw unauthorized('The refresh token is not known.');
    if (row.used_at !== null) {
      this.store.transaction(() => this.store.tokens.revokeFamily(row.family_id, nowMs));
      throw unauthorized('The refresh token was already used; sign in again.');
    }
    if (row.expires_at <= nowMs) throw unauthorized('The refresh token has expired; sign in again.');
    // Spending the old token and saving the new pair is one transaction: a crash between
    // them cannot leave the caller with neither.
    return this.store.transaction(() => {
      if (!this.store.tokens.spendRefresh(hash, nowMs))
        throw unauthorized('The refresh token was already used.');
      return this.issueTokens(row.staff_id, row.family_id);
    });
  }

  /** The session of a request's bearer token: 401 when missing, expired, forged or the account is off. */
  authenticate(authorization: string | undefined): Session {
    const token = bearerTokenOf(authorization);
    if (token === undefined) throw unauthorized('Send Authorization: Bearer <accessToken>.');
    const access = this.store.tokens.access(tokenHash(token));
    if (access === undefined) throw unauthorized('The access token is not valid.');
    if (access.expiresAt <= this.settings.now().getTime())
      throw unauthorized('The access token has expired.');
    const session = this.sessionOfStaff(access.staffId);
    if (session === undefined) throw unauthorized('This account is not active.');
    return session;
  }
}
