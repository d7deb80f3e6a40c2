import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Problem, TokenResponse } from '@shared/domain';
import { startTestServer, type TestServer } from '../test/harness';
import { NORTH, STAFF } from '../test/fixtures';

describe('auth', () => {
  let city: TestServer;
  beforeAll(async () => {
    city = await startTestServer({ accessTokenTtlSeconds: 60 });
  });
  afterAll(() => city.close());

  it('signs in with a login and password and tells who signed in', async () => {
    const result = await city.call('POST', '/auth/token', {
      json: { login: 'dispatcher', password: 'demo' },
    });
    expect(result.status).toBe(200);
    const tokens = TokenResponse.parse(result.json);
    expect(tokens.expiresIn).toBe(60);
    expect(tokens.user).toMatchObject({ id: STAFF.dispatcher, role: 'dispatcher', companyId: NORTH });
    expect(tokens.user.companyName).toContain('Орехово-Борисово Северное');
  });

  it('matches logins without regard to case and spaces', async () => {
    const result = await city.call('POST', '/auth/token', { json: { login: ' Manager ', password: 'demo' } });
    expect(result.status).toBe(200);
  });

  it('answers a wrong password and an unknown login with the same 401', async () => {
    const wrongPassword = await city.call('POST', '/auth/token', {
      json: { login: 'supervisor2', password: 'nope' },
    });
    const unknownLogin = await city.call('POST', '/auth/token', {
      json: { login: 'nobody', password: 'demo' },
    });
    for (const result of [wrongPassword, unknownLogin]) {
      expect(result.status).toBe(401);
      expect(result.headers.get('content-type')).toContain('application/problem+json');
      expect(Problem.parse(result.json).code).toBe('unauthorized');
    }
    expect(wrongPassword.body['detail']).toBe(unknownLogin.body['detail']);
  });

  it('refuses an inactive staff member', async () => {
    const result = await city.call('POST', '/auth/token', { json: { login: 'retired', password: 'demo' } });
    expect(result.status).toBe(401);
  });

  it('answers a malformed sign-in body with 400 and an unknown field with 422', async () => {
    expect((await city.call('POST', '/auth/token', { json: { login: 5, password: 'demo' } })).status).toBe(
      400,
    );
    expect((await city.call('POST', '/auth/token', { json: { login: 'a' } })).status).toBe(400);
    const extra = await city.call('POST', '/auth/token', {
      json: { login: 'a', password: 'b', remember: true },
    });
    expect(extra.status).toBe(422);
    expect(Problem.parse(extra.json).code).toBe('validation');
  });

  it('rotates refresh tokens: each works once, and reusing one revokes its family', async () => {
    const first = await city.signIn('supervisor');
    const refreshed = await city.call('POST', '/auth/refresh', {
      json: { refreshToken: first.refreshToken },
    });
    expect(refreshed.status).toBe(200);
    const second = TokenResponse.parse(refreshed.json);
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect(second.accessToken).not.toBe(first.accessToken);
    expect(second.user.id).toBe(STAFF.supervisor);
    // The new access token works.
    expect((await city.call('GET', '/changes?limit=1', { token: second.accessToken })).status).toBe(200);

    // The spent token is refused, and the reuse revokes the token it was traded for.
    const reuse = await city.call('POST', '/auth/refresh', { json: { refreshToken: first.refreshToken } });
    expect(reuse.status).toBe(401);
    expect(Problem.parse(reuse.json).code).toBe('unauthorized');
    const afterReuse = await city.call('POST', '/auth/refresh', {
      json: { refreshToken: second.refreshToken },
    });
    expect(afterReuse.status).toBe(401);
  });

  it('refuses a forged refresh token', async () => {
    const result = await city.call('POST', '/auth/refresh', { json: { refreshToken: 'rt_forged' } });
    expect(result.status).toBe(401);
  });

  it('answers 401 for a missing, malformed, forged or expired access token', async () => {
    const { accessToken } = await city.signIn('dispatcher');
    const missing = await city.call('GET', '/changes');
    const notBearer = await city.call('GET', '/changes', {
      headers: { authorization: `Basic ${accessToken}` },
    });
    const forged = await city.call('GET', '/changes', { token: 'at_forged' });
    for (const result of [missing, notBearer, forged]) {
      expect(result.status).toBe(401);
      expect(result.headers.get('www-authenticate')).toContain('Bearer');
      expect(Problem.parse(result.json).code).toBe('unauthorized');
    }
    expect((await city.call('GET', '/changes?limit=1', { token: accessToken })).status).toBe(200);
    city.clock.advance(61);
    const expired = await city.call('GET', '/changes?limit=1', { token: accessToken });
    expect(expired.status).toBe(401);
    expect(expired.body['detail']).toMatch(/expired/);
  });
});

describe('the login rate limit', () => {
  let city: TestServer;
  beforeAll(async () => {
    city = await startTestServer();
  });
  afterAll(() => city.close());

  it('from the 6th failure within a minute answers 429 with Retry-After, without checking the password', async () => {
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      const result = await city.call('POST', '/auth/token', {
        json: { login: 'dispatcher', password: `wrong-${attempt}` },
      });
      expect(result.status).toBe(401);
      city.clock.advance(5);
    }
    // The right password does not help: it is not even checked.
    const limited = await city.call('POST', '/auth/token', {
      json: { login: 'dispatcher', password: 'demo' },
    });
    expect(limited.status).toBe(429);
    expect(Problem.parse(limited.json).code).toBe('rate_limited');
    // The first failure was 25 s ago: the minute is over in 35 s.
    expect(limited.headers.get('retry-after')).toBe('35');

    // Other logins are not affected.
    expect(
      (await city.call('POST', '/auth/token', { json: { login: 'manager', password: 'demo' } })).status,
    ).toBe(200);

    city.clock.advance(30);
    expect(
      (await city.call('POST', '/auth/token', { json: { login: 'dispatcher', password: 'demo' } })).status,
    ).toBe(429);
    city.clock.advance(6);
    expect(
      (await city.call('POST', '/auth/token', { json: { login: 'dispatcher', password: 'demo' } })).status,
    ).toBe(200);
  });
});
