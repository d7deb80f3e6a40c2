import type { Problem } from '@shared/domain';

export type CityErrorKind =
  /** No answer: offline, refused, reset, or the connection was cut before the answer. */
  | 'network'
  | 'timeout'
  /** The city answered with an error status (a problem document when it follows the contract). */
  | 'http'
  /** The city answered 2xx with something that is not what the contract promises. */
  | 'malformed'
  /** Signed out: the access token was refused and could not be refreshed. */
  | 'auth';

/** Every failure of a call to the city, in one shape the sync engine can decide on. */
export class CityError extends Error {
  readonly kind: CityErrorKind;
  readonly status: number | null;
  readonly problem: Problem | null;
  /** From `Retry-After`, when the city said how long to wait. */
  readonly retryAfterMs: number | null;

  constructor(
    kind: CityErrorKind,
    message: string,
    details: { status?: number | null; problem?: Problem | null; retryAfterMs?: number | null } = {},
  ) {
    super(message);
    this.name = 'CityError';
    this.kind = kind;
    this.status = details.status ?? null;
    this.problem = details.problem ?? null;
    this.retryAfterMs = details.retryAfterMs ?? null;
  }

  /** The stable code of the city's problem document, or this error's kind. */
  get code(): string {
    return this.problem?.code ?? (this.status !== null ? `http_${this.status}` : this.kind);
  }

  /**
   * Worth trying again later: no answer, a timeout, the city overloaded (5xx, 429, 408), or an
   * answer we could not read (the request may well have been carried out; replaying it with
   * the same idempotency key is safe). Everything else is the city's considered refusal.
   */
  get transient(): boolean {
    if (this.kind === 'network' || this.kind === 'timeout' || this.kind === 'malformed') return true;
    if (this.kind === 'auth') return false;
    return this.status !== null && (this.status >= 500 || this.status === 429 || this.status === 408);
  }
}
