import type { TokenResponse } from '@shared/domain';
import { signIn } from '../city/client';
import { CityError } from '../city/errors';

/**
 * Why the city did not let a person in, as a code of the failure catalogue (shared/i18n):
 * `wrong_credentials`, `sign_in_rate_limited` (with `seconds`), `bad_server`, or the city's
 * own code; `detail` is the technical text for the log and «Подробнее», never shown alone.
 */
export interface SignInFailure {
  code: string;
  detail?: string;
  values?: { seconds: number };
}

export type SignInResult = { ok: true; tokens: TokenResponse } | { ok: false; failure: SignInFailure };

export function signInFailureOf(error: unknown): SignInFailure {
  if (!(error instanceof CityError))
    return { code: 'failed', detail: error instanceof Error ? error.message : String(error) };
  if (error.status === 401) return { code: 'wrong_credentials', detail: error.message };
  if (error.status === 429)
    return {
      code: 'sign_in_rate_limited',
      detail: error.message,
      values: { seconds: Math.ceil((error.retryAfterMs ?? 60_000) / 1000) },
    };
  return { code: error.code, detail: error.message };
}

/** Signs in to the city (`POST /auth/token`); a refusal is a failure to explain, never a throw. */
export async function signInToCity(
  serverUrl: string,
  login: string,
  password: string,
): Promise<SignInResult> {
  try {
    return { ok: true, tokens: await signIn(serverUrl, login, password) };
  } catch (error) {
    return { ok: false, failure: signInFailureOf(error) };
  }
}
