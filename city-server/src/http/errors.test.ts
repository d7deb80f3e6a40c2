import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Problem } from '@shared/domain';
import { startTestServer, type CallResult, type TestServer } from '../test/harness';
import { ISSUE } from '../test/fixtures';

const expectProblem = (result: CallResult, status: number, code: string): void => {
  expect(result.status).toBe(status);
  expect(result.headers.get('content-type')).toContain('application/problem+json');
  const problem = Problem.parse(result.json);
  expect(problem).toMatchObject({ status, code });
  expect(problem.type).toMatch(/^urn:gorod:city-api:problem:/);
  expect(problem.title.length).toBeGreaterThan(0);
  expect(typeof problem.detail).toBe('string');
  expect(result.text).not.toMatch(/at .*\.ts:\d+|node_modules|Error:/);
};

describe('problem documents for every error', () => {
  let city: TestServer;
  let token: string;
  beforeAll(async () => {
    city = await startTestServer();
    token = await city.tokenOf('dispatcher');
  });
  afterAll(() => city.close());

  it('answers an unknown route 404 not_found, with or without a token', async () => {
    expectProblem(await city.call('GET', '/nowhere'), 404, 'not_found');
    expectProblem(await city.call('GET', '/api/v2/changes', { token }), 404, 'not_found');
    expectProblem(await city.call('POST', '/reports', { token, json: {} }), 404, 'not_found');
  });

  it('answers a known path with the wrong method 405 method_not_allowed with Allow', async () => {
    const result = await city.call('DELETE', `/issues/${ISSUE.fresh}`, { token });
    expectProblem(result, 405, 'method_not_allowed');
    expect(result.headers.get('allow')).toBe('GET, HEAD, PATCH');
    expectProblem(await city.call('GET', '/auth/token'), 405, 'method_not_allowed');
    expectProblem(await city.call('POST', '/changes', { token, json: {} }), 405, 'method_not_allowed');
    expectProblem(await city.call('POST', '/issues', { token, json: {} }), 405, 'method_not_allowed');
  });

  it('answers malformed JSON 400 bad_request, after the auth check', async () => {
    const headers = { 'content-type': 'application/json', 'if-match': '"1"' };
    expectProblem(
      await city.call('PATCH', `/issues/${ISSUE.fresh}`, { token, body: '{"priority": ', headers }),
      400,
      'bad_request',
    );
    expectProblem(
      await city.call('PATCH', `/issues/${ISSUE.fresh}`, { body: '{"priority": ', headers }),
      401,
      'unauthorized',
    );
    expectProblem(
      await city.call('POST', '/auth/token', { body: 'login=dispatcher', headers }),
      400,
      'bad_request',
    );
    expectProblem(
      await city.call('POST', '/auth/token', {
        body: '{"__proto__": {"admin": true}, "login": "a", "password": "b"}',
        headers,
      }),
      400,
      'bad_request',
    );
  });

  it('answers a body that is not JSON 415, and a broken Content-Type header too', async () => {
    expectProblem(
      await city.call('POST', '/auth/token', {
        body: 'login=dispatcher&password=demo',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      }),
      415,
      'unsupported_media_type',
    );
    expectProblem(
      await city.call('POST', '/auth/token', { body: '{}', headers: { 'content-type': 'what/ever/this' } }),
      415,
      'unsupported_media_type',
    );
  });

  it('answers a huge JSON body 413 payload_too_large, properly', async () => {
    const huge = JSON.stringify({ login: 'x'.repeat(2 * 1024 * 1024), password: 'demo' });
    expectProblem(
      await city.call('POST', '/auth/token', { body: huge, headers: { 'content-type': 'application/json' } }),
      413,
      'payload_too_large',
    );
  });

  it('answers a malformed URL 400', async () => {
    const response = await fetch(`${city.baseUrl}/issues/%E0%A4%A`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(Problem.parse(await response.json()).code).toBe('bad_request');
  });
});

describe('CORS', () => {
  let city: TestServer;
  beforeAll(async () => {
    city = await startTestServer({ corsOrigins: ['http://localhost:5183', 'https://desk.example'] });
  });
  afterAll(() => city.close());

  it('admits a configured origin, with the headers the workstation sends and reads', async () => {
    const preflight = await fetch(`${city.baseUrl}/issues/${ISSUE.fresh}`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://desk.example',
        'access-control-request-method': 'PATCH',
        'access-control-request-headers': 'authorization, content-type, idempotency-key, if-match',
      },
    });
    expect(preflight.status).toBeLessThan(300);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://desk.example');
    const allowed = (preflight.headers.get('access-control-allow-headers') ?? '').toLowerCase();
    for (const header of ['authorization', 'content-type', 'idempotency-key', 'if-match', 'if-none-match']) {
      expect(allowed).toContain(header);
    }
    expect(preflight.headers.get('access-control-allow-methods')).toContain('PATCH');

    const token = await city.tokenOf('dispatcher');
    const response = await fetch(`${city.baseUrl}/issues/${ISSUE.fresh}`, {
      headers: { origin: 'http://localhost:5183', authorization: `Bearer ${token}` },
    });
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:5183');
    const exposed = (response.headers.get('access-control-expose-headers') ?? '').toLowerCase();
    expect(exposed).toContain('etag');
    expect(exposed).toContain('retry-after');
  });

  it('gives a refused origin no Access-Control-Allow-Origin', async () => {
    const preflight = await fetch(`${city.baseUrl}/changes`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    const response = await fetch(`${city.baseUrl}/openapi.json`, {
      headers: { origin: 'http://127.0.0.1:5183' },
    });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('CORS defaults', () => {
  let city: TestServer;
  beforeAll(async () => {
    city = await startTestServer({ world: null });
  });
  afterAll(() => city.close());

  it('admits the web platform’s dev origins by default', async () => {
    for (const origin of ['http://localhost:5183', 'http://127.0.0.1:5183']) {
      const response = await fetch(`${city.baseUrl}/openapi.json`, { headers: { origin } });
      expect(response.headers.get('access-control-allow-origin')).toBe(origin);
    }
    const other = await fetch(`${city.baseUrl}/openapi.json`, {
      headers: { origin: 'http://localhost:3000' },
    });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});
