import { problemCodes } from '../domain/city';
import { failuresRu } from './failures';

/** A key of the failure catalogue: `common.failures.<key>.what` and `.next`. */
export type FailureKey = keyof typeof failuresRu;

export const failureKeys = Object.keys(failuresRu) as FailureKey[];

/** The kinds of a failed call to the city (renderer/src/city/errors.ts CityErrorKind). */
export const cityErrorKinds = ['network', 'timeout', 'http', 'malformed', 'auth'] as const;

/** Every problem `code` of the city API (city-api.md, Conventions), as shared/domain parses them. */
export { problemCodes };

/** Every DeskError code the main process or the web platform answers with. */
export const deskErrorCodes = [
  'bad_arguments',
  'failed',
  'untrusted_sender',
  'keyring_unavailable',
  'notifications_unsupported',
  'unsupported',
  'denied',
  'disk_full',
  'not_permitted',
  'write_failed',
  'print_failed',
  'link_not_allowed',
  'not_allowed',
] as const;

/** What sync itself stores on an outbox item or its status (besides the city's codes). */
export const syncCodes = [
  'offline',
  'signed_out',
  'photo_missing_locally',
  'missing_locally',
  'failed',
] as const;

const known = new Set<string>(failureKeys);

/**
 * The catalogue entry for any stored or returned code: the code itself when the catalogue has
 * it, `server_error` for a 5xx without a problem document, `http` for another bare status,
 * and `unknown` for anything else (never the code's or an exception's text).
 */
export function failureKeyOf(code: string): FailureKey {
  if (known.has(code)) return code as FailureKey;
  if (/^http_5\d\d$/.test(code)) return 'server_error';
  if (/^http_\d{3}$/.test(code)) return code === 'http_401' ? 'unauthorized' : 'http';
  return 'unknown';
}
