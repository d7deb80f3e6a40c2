import type { AxiosInstance, AxiosRequestConfig } from 'axios';
import { z } from 'zod';
import {
  ChangePage,
  CompanyStats,
  Issue,
  IssueEnvelope,
  IssuePage,
  PhotoStored,
  ReportCreated,
  TokenResponse,
  FEED_MAX_LIMIT,
  ISSUES_MAX_LIMIT,
  type IssuePatch,
  type IssueStatus,
  type PhotoMediaType,
  type ReportSubmission,
} from '@shared/domain';
import { CityError } from './errors';
import { createHttp, errorFromResponse, errorFromThrown, requestJson } from './http';

export interface CityAuthTokens {
  /** The current access token, or null when signed out. */
  accessToken(): string | null;
  /** Gets a new access token (once for all callers at a time); throws a CityError 'auth' when that is refused. */
  refresh(): Promise<void>;
}

export interface UploadProgress {
  loaded: number;
  total: number;
}

const Empty = z.unknown();

export interface IssueListQuery {
  /** Absent: the city's default, every status but `resolved` (the open work). */
  statuses?: readonly IssueStatus[];
  /** The previous page's `next`; null or absent for the first page. */
  after?: string | null;
  limit?: number;
  signal?: AbortSignal;
}

/**
 * The city API, v1 (../shared/city-api.md). Only sync/ uses it (the engine, the on-demand
 * reads, sign-in): sync is the only code that talks to the city, and .dependency-cruiser.mjs
 * keeps it so. Every answer is parsed with the shared schemas; every failure is a CityError.
 * A refused access token is refreshed once and the call repeated.
 */
export class CityClient {
  readonly http: AxiosInstance;

  constructor(
    readonly baseUrl: string,
    private readonly auth: CityAuthTokens,
    timeoutMs?: number,
  ) {
    this.http = createHttp(baseUrl, timeoutMs);
  }

  /**
   * Runs `send` with the current bearer token; a missing token (a session resumed from
   * storage) is refreshed first, and a refused one is refreshed once and the call repeated.
   */
  private async withBearer<T>(
    send: (bearer: string) => Promise<T>,
    isRefused: (error: unknown) => boolean,
  ): Promise<T> {
    const bearer = async () => {
      if (this.auth.accessToken() === null) await this.auth.refresh();
      const token = this.auth.accessToken();
      if (token === null) throw new CityError('auth', 'Not signed in');
      return token;
    };
    try {
      return await send(await bearer());
    } catch (error) {
      if (!isRefused(error)) throw error;
      await this.auth.refresh();
      return send(await bearer());
    }
  }

  private authorized<S extends z.ZodType>(config: AxiosRequestConfig, schema: S) {
    return this.withBearer(
      (token) =>
        requestJson(
          this.http,
          { ...config, headers: { ...config.headers, Authorization: `Bearer ${token}` } },
          schema,
        ),
      (error) => error instanceof CityError && error.status === 401,
    );
  }

  async changes(cursor: string | null, limit = FEED_MAX_LIMIT, signal?: AbortSignal): Promise<ChangePage> {
    const params: Record<string, string> = { limit: String(limit) };
    if (cursor !== null) params['cursor'] = cursor;
    return (await this.authorized({ method: 'GET', url: '/changes', params, signal }, ChangePage)).data;
  }

  /** A page of the company's issues in id order (GET /issues): by default the open work. */
  async issues(query: IssueListQuery = {}): Promise<IssuePage> {
    const params: Record<string, string> = { limit: String(query.limit ?? ISSUES_MAX_LIMIT) };
    if (query.statuses !== undefined) params['status'] = query.statuses.join(',');
    if (query.after !== undefined && query.after !== null) params['after'] = query.after;
    return (await this.authorized({ method: 'GET', url: '/issues', params, signal: query.signal }, IssuePage))
      .data;
  }

  async issue(id: string): Promise<Issue> {
    return (await this.authorized({ method: 'GET', url: `/issues/${encodeURIComponent(id)}` }, Issue)).data;
  }

  async patchIssue(id: string, patch: IssuePatch, rev: number, idempotencyKey: string): Promise<Issue> {
    const { data } = await this.authorized(
      {
        method: 'PATCH',
        url: `/issues/${encodeURIComponent(id)}`,
        data: patch,
        headers: { 'If-Match': `"${rev}"`, 'Idempotency-Key': idempotencyKey },
      },
      IssueEnvelope,
    );
    return data.issue;
  }

  /** Whether the city can already reach these bytes (ours or a resident's photo of our issues). */
  async hasPhoto(sha256: string): Promise<boolean> {
    try {
      await this.authorized({ method: 'HEAD', url: `/photos/${sha256}`, responseType: 'text' }, Empty);
      return true;
    } catch (error) {
      if (error instanceof CityError && error.status === 404) return false;
      throw error;
    }
  }

  async putPhoto(
    sha256: string,
    bytes: ArrayBuffer,
    mediaType: PhotoMediaType,
    onProgress?: (progress: UploadProgress) => void,
  ): Promise<void> {
    await this.authorized(
      {
        method: 'PUT',
        url: `/photos/${sha256}`,
        data: bytes,
        headers: { 'Content-Type': mediaType },
        onUploadProgress: (event) =>
          onProgress?.({ loaded: event.loaded, total: event.total ?? bytes.byteLength }),
      },
      z.union([PhotoStored, z.unknown()]),
    );
  }

  async photo(sha256: string): Promise<Blob> {
    return this.withBearer(
      async (token) => {
        let response;
        try {
          response = await this.http.request<ArrayBuffer>({
            method: 'GET',
            url: `/photos/${sha256}`,
            responseType: 'arraybuffer',
            headers: { Authorization: `Bearer ${token}` },
          });
        } catch (error) {
          throw errorFromThrown(error);
        }
        if (response.status !== 200) throw errorFromResponse(response);
        return new Blob([response.data], {
          type: String(response.headers['content-type'] ?? 'application/octet-stream'),
        });
      },
      (error) => error instanceof CityError && error.status === 401,
    );
  }

  async submitReport(issueId: string, submission: ReportSubmission): Promise<ReportCreated> {
    const { data } = await this.authorized(
      {
        method: 'POST',
        url: `/issues/${encodeURIComponent(issueId)}/reports`,
        data: submission,
        headers: { 'Idempotency-Key': submission.clientReportId },
      },
      ReportCreated,
    );
    return data;
  }

  async companyStats(from: string, to: string): Promise<CompanyStats> {
    return (
      await this.authorized({ method: 'GET', url: '/stats/company', params: { from, to } }, CompanyStats)
    ).data;
  }
}

/** Sign-in and refresh: the calls that need no bearer token. */
export async function signIn(baseUrl: string, login: string, password: string): Promise<TokenResponse> {
  return (
    await requestJson(
      createHttp(baseUrl),
      { method: 'POST', url: '/auth/token', data: { login, password } },
      TokenResponse,
    )
  ).data;
}

export async function refreshTokens(baseUrl: string, refreshToken: string): Promise<TokenResponse> {
  return (
    await requestJson(
      createHttp(baseUrl),
      { method: 'POST', url: '/auth/refresh', data: { refreshToken } },
      TokenResponse,
    )
  ).data;
}
