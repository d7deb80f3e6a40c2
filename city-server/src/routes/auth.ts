import type { FastifyInstance } from 'fastify';
import { normaliseLogin } from '../auth/logins';
import { hashPassword, verifyPassword } from '../auth/passwords';
import type { CityContext } from '../context';
import { sendAnswer, jsonAnswer } from '../http/answer';
import { bodyOf } from '../http/body';
import { HttpProblem } from '../http/problem';
import { RefreshRequestBody, TokenRequestBody } from '../http/request-schemas';
import { parseBody } from '../http/validation';

// Signing in and refreshing. A wrong login and a wrong password get the same 401, and an
// unknown login still costs a scrypt, so neither the answer nor its timing tells which
// logins exist.

export function registerAuthRoutes(app: FastifyInstance, context: CityContext): void {
  // A hash of nothing anyone knows, to spend the same time on unknown logins.
  let decoyHash: Promise<string> | undefined;

  app.post('/api/v1/auth/token', async (request, reply) => {
    const { login, password } = parseBody(TokenRequestBody, bodyOf(request), 'The sign-in request');
    const key = normaliseLogin(login);
    const nowMs = context.now().getTime();
    const retryAfter = context.loginRateLimit.retryAfterSeconds(key, nowMs);
    if (retryAfter > 0) {
      throw new HttpProblem(
        'rate_limited',
        `Too many failed sign-ins for this login; try again in ${retryAfter} s.`,
        {},
        { 'Retry-After': String(retryAfter) },
      );
    }
    const record = context.store.catalog.login(key);
    if (record === undefined) {
      decoyHash ??= hashPassword('', context.scryptCost);
      await verifyPassword(password, await decoyHash);
    }
    const valid = record !== undefined && (await verifyPassword(password, record.passwordHash));
    if (record === undefined || !valid) {
      context.loginRateLimit.recordFailure(key, context.now().getTime());
      throw new HttpProblem('unauthorized', 'The login or the password is wrong.');
    }
    return sendAnswer(reply, jsonAnswer(200, context.sessions.issueTokens(record.staffId)));
  });

  app.post('/api/v1/auth/refresh', async (request, reply) => {
    const { refreshToken } = parseBody(RefreshRequestBody, bodyOf(request), 'The refresh request');
    return sendAnswer(reply, jsonAnswer(200, context.sessions.refresh(refreshToken)));
  });
}
