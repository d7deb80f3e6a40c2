import type { TokenResponse, User } from '@shared/domain';
import { refreshTokens, type CityAuthTokens } from './client';
import { CityError } from './errors';

export interface CitySessionHooks {
  /** New tokens: keep the refresh token (it works once) where the platform keeps credentials. */
  onTokens(tokens: TokenResponse): Promise<void>;
  /** The city no longer accepts this session: ask the person to sign in again; keep every local change. */
  onLost(reason: string): void;
}

/**
 * The signed-in person's tokens. The access token lives in memory only; a refused one is
 * refreshed once for all callers at a time, and a refused refresh ends the session.
 */
export class CitySession implements CityAuthTokens {
  private access: string | null;
  private refreshToken: string;
  private refreshing: Promise<void> | null = null;
  private lost = false;
  readonly user: User;

  constructor(
    readonly serverUrl: string,
    tokens: Pick<TokenResponse, 'refreshToken' | 'user'> & { accessToken: string | null },
    private readonly hooks: CitySessionHooks,
    private readonly refreshCall: typeof refreshTokens = refreshTokens,
  ) {
    this.access = tokens.accessToken;
    this.refreshToken = tokens.refreshToken;
    this.user = tokens.user;
  }

  get isLost(): boolean {
    return this.lost;
  }

  accessToken(): string | null {
    return this.lost ? null : this.access;
  }

  refresh(): Promise<void> {
    if (this.lost) return Promise.reject(new CityError('auth', 'The session has ended; sign in again'));
    this.refreshing ??= this.refreshOnce().finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  private async refreshOnce(): Promise<void> {
    let tokens: TokenResponse;
    try {
      tokens = await this.refreshCall(this.serverUrl, this.refreshToken);
    } catch (error) {
      if (error instanceof CityError && !error.transient) {
        this.lost = true;
        this.access = null;
        this.hooks.onLost(error.message);
        throw new CityError('auth', 'The city no longer accepts this session; sign in again', {
          status: error.status,
          problem: error.problem,
        });
      }
      throw error;
    }
    this.access = tokens.accessToken;
    this.refreshToken = tokens.refreshToken;
    await this.hooks.onTokens(tokens);
  }
}
