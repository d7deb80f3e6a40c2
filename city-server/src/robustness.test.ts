import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PHOTO_MAX_BYTES, Problem, problemCodes } from '@shared/domain';
import { seededRandom } from './http/faults';
import { statusOfProblem } from './http/problem';
import { databaseFingerprint, SIM_TOKEN, startTestServer, type TestServer } from './test/harness';
import { ISSUE, NORTH_UPLOAD } from './test/fixtures';
import { jpegBytes, pngBytes, sha256Of } from './test/images';

// A thousand hostile or careless requests (malformed JSON, wrong types, unknown fields, huge
// bodies, forged tokens and cursors, wrong methods and types): each must get a clean 4xx
// problem document, and the stored data must be exactly what it was before.

interface HostileRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Buffer;
}

const malformedJson = [
  '{',
  '{"priority": ',
  '[1, 2',
  'nul',
  '{"a":1,}',
  "{'single': 'quotes'}",
  '\u0000\u0001',
  '{"text": "\\u12"}',
  '}{',
  'NaN',
];
const wrongTypes: unknown[] = [
  [],
  42,
  'a string',
  null,
  true,
  { assigneeId: 5 },
  { priority: ['high'] },
  { assigneeId: null },
  { clientReportId: 1, text: null, photos: {}, completedAt: 5 },
  { login: {}, password: [] },
  { refreshToken: 123 },
  { decision: true },
  { score: '5' },
  { latencyMs: 'slow', failRate: 0, dropRate: 0, seed: 1 },
];
const unknownFields: unknown[] = [
  {},
  { priority: 'high', admin: true },
  { status: 'resolved' },
  { assigneeId: 'st-supervisor', rev: 99 },
  {
    clientReportId: randomUUID(),
    text: 'Всё сделано, площадка убрана полностью.',
    photos: [],
    completedAt: '2026-03-25T10:00:00+03:00',
    authorId: 'x',
  },
  { login: 'dispatcher', password: 'wrong', remember: true },
  { priority: 'whenever' },
];
const writeRoutes = [
  { method: 'PATCH', path: `/issues/${ISSUE.inProgress}` },
  { method: 'PATCH', path: `/issues/${ISSUE.south}` },
  { method: 'PATCH', path: `/issues/${ISSUE.withdrawn}` },
  { method: 'POST', path: `/issues/${ISSUE.returned}/reports` },
  { method: 'POST', path: `/issues/${ISSUE.reopened}/reports` },
  { method: 'POST', path: '/auth/token' },
  { method: 'POST', path: '/auth/refresh' },
  { method: 'POST', path: '/sim/issues' },
  { method: 'POST', path: `/sim/reports/rp-on-moderation/decision` },
  { method: 'PUT', path: '/sim/faults' },
];
const readPaths = [
  '/changes?cursor=garbage',
  '/changes?limit=0',
  '/changes?limit=-1',
  '/changes?cursor=djE6MA.AAAA',
  `/issues/${ISSUE.south}`,
  `/issues/${ISSUE.withdrawn}`,
  '/issues/no-such-issue',
  '/photos/not-a-hash',
  `/photos/${sha256Of(pngBytes(9999))}`,
  '/stats/company',
  '/stats/company?from=yesterday',
  '/nowhere',
  '/issues?status=closed',
  '/issues?status=new,,returned',
  '/issues?limit=0',
  '/issues?after=',
  '/sim/state',
];

function hostileRequests(count: number, dispatcher: string, supervisor: string): HostileRequest[] {
  const random = seededRandom(2026);
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(random() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  };
  const forged = () =>
    pick(['at_forged', `at_${randomUUID()}`, 'Bearer', 'x'.repeat(500), SIM_TOKEN.toUpperCase()]);
  const requests: HostileRequest[] = [];
  for (let index = 0; index < count; index += 1) {
    const kind = index % 20;
    const token = pick([dispatcher, dispatcher, supervisor, forged(), '']);
    const auth: Record<string, string> = token === '' ? {} : { authorization: `Bearer ${token}` };
    const write = pick(writeRoutes);
    const writeHeaders = {
      ...auth,
      'content-type': 'application/json',
      'idempotency-key': randomUUID(),
      'if-match': pick(['"1"', '"2"', '"999"', 'garbage']),
    };
    if (kind < 5) {
      requests.push({ ...write, headers: writeHeaders, body: pick(malformedJson) });
    } else if (kind < 9) {
      requests.push({ ...write, headers: writeHeaders, body: JSON.stringify(pick(wrongTypes)) });
    } else if (kind < 12) {
      requests.push({ ...write, headers: writeHeaders, body: JSON.stringify(pick(unknownFields)) });
    } else if (kind === 12) {
      // Huge JSON: over the 1 MiB limit for JSON bodies.
      requests.push({
        ...write,
        headers: writeHeaders,
        body: JSON.stringify({ text: 'щ'.repeat(600_000 + Math.floor(random() * 1000)) }),
      });
    } else if (kind === 13) {
      requests.push({
        method: 'GET',
        path: pick(readPaths),
        headers: { authorization: `Bearer ${forged()}` },
      });
    } else if (kind === 14) {
      requests.push({
        method: 'GET',
        path: pick(readPaths.filter((path) => !path.startsWith('/stats') || token === dispatcher)),
        headers: { authorization: `Bearer ${dispatcher}` },
      });
    } else if (kind === 15) {
      // Photos: a hash that does not match, a type that is not an image, an image that is not the declared type.
      const bytes = pngBytes(index);
      const variants: HostileRequest[] = [
        {
          method: 'PUT',
          path: `/photos/${sha256Of(NORTH_UPLOAD)}`,
          headers: { ...auth, 'content-type': 'image/png' },
          body: bytes,
        },
        {
          method: 'PUT',
          path: `/photos/${sha256Of(bytes)}`,
          headers: { ...auth, 'content-type': 'image/gif' },
          body: bytes,
        },
        {
          method: 'PUT',
          path: `/photos/${sha256Of(jpegBytes)}`,
          headers: { ...auth, 'content-type': 'image/png' },
          body: jpegBytes,
        },
        {
          method: 'PUT',
          path: `/photos/${sha256Of(bytes)}`,
          headers: { ...auth, 'content-type': 'application/json' },
          body: '{}',
        },
      ];
      requests.push(pick(variants));
    } else if (kind === 16 && index % 200 === 16) {
      // A few photos over 10 MiB.
      requests.push({
        method: 'PUT',
        path: `/photos/${'a'.repeat(64)}`,
        headers: { ...auth, 'content-type': 'image/jpeg' },
        body: Buffer.alloc(PHOTO_MAX_BYTES + 1024),
      });
    } else if (kind === 16 || kind === 17) {
      requests.push({
        method: pick(['DELETE', 'PUT', 'POST', 'PATCH']),
        path: pick([
          '/changes',
          `/issues/${ISSUE.fresh}`,
          '/stats/company',
          '/openapi.json',
          '/auth/refresh',
          '/sim/state',
        ]),
        headers: { ...auth, 'content-type': 'application/json' },
        body: '{}',
      });
    } else if (kind === 18) {
      requests.push({
        ...write,
        headers: {
          ...auth,
          'content-type': pick([
            'text/plain',
            'application/x-www-form-urlencoded',
            'multipart/form-data; boundary=x',
          ]),
        },
        body: 'login=a&password=b',
      });
    } else {
      // Writes without a key or with a key that is not a UUID, and a wrong If-Match.
      requests.push({
        method: 'PATCH',
        path: `/issues/${pick([ISSUE.inProgress, ISSUE.returned])}`,
        headers: {
          ...auth,
          'content-type': 'application/json',
          ...(random() < 0.5 ? { 'idempotency-key': 'nope' } : {}),
          'if-match': '"0"',
        },
        body: JSON.stringify({ priority: 'high' }),
      });
    }
  }
  return requests;
}

describe('robustness', () => {
  let city: TestServer;
  beforeAll(async () => {
    city = await startTestServer({ sim: { token: SIM_TOKEN } });
  });
  afterAll(() => city.close());

  it('answers 1,000 bad requests each with a clean 4xx problem document, and changes no stored data', async () => {
    const dispatcher = await city.tokenOf('dispatcher');
    const supervisor = await city.tokenOf('supervisor');
    const before = databaseFingerprint(city.server.store.db);
    const requests = hostileRequests(1000, dispatcher, supervisor);
    const failures: string[] = [];
    const statuses = new Map<number, number>();

    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < requests.length) {
        const request = requests[next];
        next += 1;
        if (request === undefined) return;
        const response = await fetch(`${city.baseUrl}${request.path}`, {
          method: request.method,
          headers: request.headers,
          body: request.body,
        });
        const text = await response.text();
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        const label = `${request.method} ${request.path} → ${response.status}`;
        if (response.status < 400 || response.status >= 500) {
          failures.push(`${label}: not a 4xx`);
          continue;
        }
        if (!(response.headers.get('content-type') ?? '').includes('application/problem+json')) {
          failures.push(`${label}: not a problem document`);
          continue;
        }
        const problem = Problem.safeParse(JSON.parse(text));
        const code = problemCodes.find((known) => known === problem.data?.code);
        if (
          !problem.success ||
          code === undefined ||
          statusOfProblem(code) !== response.status ||
          /\.ts:\d+|node_modules/.test(text)
        ) {
          failures.push(`${label}: bad problem ${text.slice(0, 200)}`);
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));

    expect(failures).toEqual([]);
    expect([...statuses.keys()].sort()).toEqual(
      expect.arrayContaining([400, 401, 403, 404, 405, 413, 415, 422]),
    );
    expect(databaseFingerprint(city.server.store.db)).toBe(before);
    // And the server still serves.
    expect((await city.call('GET', `/issues/${ISSUE.fresh}`, { token: dispatcher })).status).toBe(200);
  }, 60_000);
});
