import type { TokenResponse } from '@shared/domain';
import { signIn } from '../city/client';
import { CityError } from '../city/errors';

/** Why the city did not let a person in, in words the sign-in screen can explain. */
export type SignInFailure =
  | { code: 'wrongCredentials' }
  | { code: 'rateLimited'; seconds: number }
  | { code: 'unreachable'; detail: string }
  | { code: 'badServer' }
  | { code: 'other'; detail: string };

export type SignInResult = { ok: true; tokens: TokenResponse } | { ok: false; failure: SignInFailure };

function describeFailure(error: unknown): SignInFailure {
  if (!(error instanceof CityError))
    return { code: 'other', detail: error instanceof Error ? error.message : String(error) };
  if (error.status === 401) return { code: 'wrongCredentials' };
  if (error.status === 429)
    return { code: 'rateLimited', seconds: Math.ceil((error.retryAfterMs ?? 60_000) / 1000) };
  if (error.kind === 'network' || error.kind === 'timeout')
    return { code: 'unreachable', detail: error.message };
  return { code: 'other', detail: error.message };
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
    return { ok: false, failure: describeFailure(error) };
  }
}
