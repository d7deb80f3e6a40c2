import type { FieldError, Issue, ProblemCode } from '@shared/domain';

// Every error the server gives is an RFC 9457 problem document. Handlers throw an
// HttpProblem; the error handler (http/errors.ts) writes it out.

export const PROBLEM_MEDIA_TYPE = 'application/problem+json';

/**
 * The contract's codes, plus `internal` for a failure of the server itself (500), which the
 * contract does not list; clients keep an unknown code as a string.
 */
export type ServerProblemCode = ProblemCode | 'internal';

const titles: Record<ServerProblemCode, string> = {
  bad_request: 'Bad request',
  unauthorized: 'Unauthorized',
  forbidden: 'Forbidden',
  not_found: 'Not found',
  method_not_allowed: 'Method not allowed',
  issue_state: 'The issue cannot take this change in its current state',
  withdrawn: 'The city withdrew this issue from the company',
  precondition_failed: 'Precondition failed',
  payload_too_large: 'Payload too large',
  unsupported_media_type: 'Unsupported media type',
  validation: 'Validation failed',
  missing_photos: 'Photos missing',
  idempotency_mismatch: 'Idempotency key reused with a different request',
  missing_idempotency_key: 'Idempotency-Key header required',
  precondition_required: 'Precondition required',
  rate_limited: 'Too many requests',
  unavailable: 'Service unavailable',
  internal: 'Internal server error',
};

const statuses: Record<ServerProblemCode, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  issue_state: 409,
  withdrawn: 410,
  precondition_failed: 412,
  payload_too_large: 413,
  unsupported_media_type: 415,
  validation: 422,
  missing_photos: 422,
  idempotency_mismatch: 422,
  missing_idempotency_key: 422,
  precondition_required: 428,
  rate_limited: 429,
  unavailable: 503,
  internal: 500,
};

/** Problem type URIs are URNs: stable names that are not expected to resolve. */
export const problemType = (code: ServerProblemCode): string => `urn:gorod:city-api:problem:${code}`;

export interface ProblemExtras {
  errors?: FieldError[];
  missing?: string[];
  issue?: Issue;
}

export interface ProblemDocument extends ProblemExtras {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ServerProblemCode;
}

export class HttpProblem extends Error {
  readonly status: number;

  constructor(
    readonly code: ServerProblemCode,
    readonly detail: string,
    readonly extras: ProblemExtras = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(`${code}: ${detail}`);
    this.name = 'HttpProblem';
    this.status = statuses[code];
  }

  toDocument(): ProblemDocument {
    return {
      type: problemType(this.code),
      title: titles[this.code],
      status: this.status,
      detail: this.detail,
      code: this.code,
      ...this.extras,
    };
  }
}

export const statusOfProblem = (code: ServerProblemCode): number => statuses[code];
export const titleOfProblem = (code: ServerProblemCode): string => titles[code];
