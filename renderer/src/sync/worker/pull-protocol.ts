import type { Problem } from '@shared/domain';
import { CityError, type CityErrorKind } from '../../city/errors';
import type { FirstPullProgress } from '../../db/records';

// What the sync engine (UI thread) and its pull worker (pull.worker.ts) say to each other.
// Only small messages cross: the pages, their parsing and their writes stay in the worker.

/** A failure as it crosses postMessage: a structured clone keeps no class, so CityError is rebuilt. */
export type WireError =
  | {
      readonly city: true;
      readonly kind: CityErrorKind;
      readonly message: string;
      readonly status: number | null;
      readonly problem: Problem | null;
      readonly retryAfterMs: number | null;
    }
  | { readonly city: false; readonly name: string; readonly message: string };

export type ToPullWorker =
  /** Pull the replica `dbName` up to date from the city at `serverUrl`. */
  | {
      readonly kind: 'pull';
      readonly dbName: string;
      readonly serverUrl: string;
      readonly accessToken: string | null;
    }
  /** The answer to `refresh`: a new access token, or why there is none. */
  | { readonly kind: 'token'; readonly accessToken: string | null }
  | { readonly kind: 'token_refused'; readonly error: WireError };

export type FromPullWorker =
  | { readonly kind: 'page'; readonly applied: number; readonly total: number }
  | { readonly kind: 'progress'; readonly progress: FirstPullProgress }
  | { readonly kind: 'open_work' }
  /** The access token was refused or is missing: the engine's session refreshes it (once for all). */
  | { readonly kind: 'refresh' }
  | { readonly kind: 'done'; readonly total: number }
  | { readonly kind: 'failed'; readonly error: WireError };

export function toWireError(error: unknown): WireError {
  if (error instanceof CityError)
    return {
      city: true,
      kind: error.kind,
      message: error.message,
      status: error.status,
      problem: error.problem,
      retryAfterMs: error.retryAfterMs,
    };
  if (error instanceof Error) return { city: false, name: error.name, message: error.message };
  return { city: false, name: 'Error', message: String(error) };
}

export function fromWireError(wire: WireError): Error {
  if (wire.city)
    return new CityError(wire.kind, wire.message, {
      status: wire.status,
      problem: wire.problem,
      retryAfterMs: wire.retryAfterMs,
    });
  const error = new Error(wire.message);
  error.name = wire.name;
  return error;
}
