import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { startTestServer, SIM_TOKEN, type TestServer } from './test/harness';

// The contract's calls, as "METHOD /path" in OpenAPI's notation.
const contractCalls = [
  'post /auth/token',
  'post /auth/refresh',
  'get /changes',
  'get /issues',
  'get /issues/{id}',
  'patch /issues/{id}',
  'head /photos/{sha256}',
  'put /photos/{sha256}',
  'get /photos/{sha256}',
  'post /issues/{id}/reports',
  'get /stats/company',
  'get /openapi.json',
];
const simulationCalls = [
  'post /sim/issues',
  'post /sim/reports/{id}/decision',
  'post /sim/issues/{id}/rating',
  'post /sim/issues/{id}/dispute',
  'post /sim/issues/{id}/withdraw',
  'put /sim/faults',
  'get /sim/state',
];

const Operation = z.looseObject({
  responses: z.record(z.string(), z.looseObject({ description: z.string() })),
  security: z.array(z.record(z.string(), z.array(z.string()))),
});
const Document = z.looseObject({
  openapi: z.literal('3.1.0'),
  info: z.looseObject({ title: z.string(), version: z.string(), description: z.string() }),
  paths: z.record(z.string(), z.record(z.string(), Operation)),
  components: z.looseObject({ schemas: z.record(z.string(), z.looseObject({})) }),
});

const callsOf = (document: z.infer<typeof Document>): string[] =>
  Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.keys(methods).map((method) => `${method} ${path}`),
  );

/** Every `$ref` in the document, to check that each names a component that exists. */
function refsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refsIn);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    key === '$ref' && typeof inner === 'string' ? [inner] : refsIn(inner),
  );
}

describe('GET /openapi.json', () => {
  let city: TestServer;
  let document: z.infer<typeof Document>;
  beforeAll(async () => {
    city = await startTestServer({ sim: { token: SIM_TOKEN }, world: null });
    const result = await city.call('GET', '/openapi.json');
    expect(result.status).toBe(200);
    document = Document.parse(result.json);
  });
  afterAll(() => city.close());

  it('documents every call of the contract and of the simulation', () => {
    expect(callsOf(document)).toEqual(expect.arrayContaining([...contractCalls, ...simulationCalls]));
  });

  it('documents every route the server registered, and nothing it did not', () => {
    const registered = city.server
      .routes()
      .filter(({ url }) => url.startsWith('/api/v1/'))
      .map(
        ({ method, url }) =>
          `${method.toLowerCase()} ${url.replace('/api/v1', '').replace(/:(\w+)/g, '{$1}')}`,
      );
    const gets = new Set(registered.filter((call) => call.startsWith('get ')).map((call) => call.slice(4)));
    // Fastify answers HEAD for every GET by itself; only HEAD /photos is a call of its own.
    const meaningful = registered.filter(
      (call) => !call.startsWith('head ') || !gets.has(call.slice(5)) || call.includes('/photos/'),
    );
    expect(new Set(callsOf(document))).toEqual(new Set(meaningful));
  });

  it('resolves every schema reference, and generates the resources from the shared zod schemas', () => {
    for (const ref of refsIn(document)) {
      expect(ref).toMatch(/^#\/components\/schemas\//);
      expect(document.components.schemas[ref.replace('#/components/schemas/', '')]).toBeDefined();
    }
    const issue = document.components.schemas['Issue'];
    expect(issue?.['required']).toEqual(
      expect.arrayContaining(['id', 'number', 'deadlineAt', 'status', 'rev', 'residentPhotos']),
    );
    const report = document.components.schemas['ReportSubmission'];
    expect(report?.['additionalProperties']).toBe(false);
    for (const name of [
      'Issue',
      'Category',
      'Staff',
      'Report',
      'Rating',
      'User',
      'Change',
      'ChangePage',
      'Problem',
      'CompanyStats',
    ]) {
      expect(document.components.schemas[name]).toBeDefined();
    }
  });

  it('describes the problems each write can answer and the server’s own decisions', () => {
    const patch = document.paths['/issues/{id}']?.['patch'];
    expect(Object.keys(patch?.responses ?? {})).toEqual(
      expect.arrayContaining(['200', '400', '401', '403', '404', '409', '410', '412', '422', '428']),
    );
    expect(patch?.security).toEqual([{ bearerAuth: [] }]);
    expect(document.paths['/openapi.json']?.['get']?.security).toEqual([]);
    expect(document.paths['/sim/faults']?.['put']?.security).toEqual([{ simulationToken: [] }]);
    expect(document.info.description).toContain('Where the contract is silent');
  });

  it('is served without auth and leaves out the simulation when it is off', async () => {
    const plain = await startTestServer({ world: null });
    try {
      const result = await plain.call('GET', '/openapi.json');
      const calls = callsOf(Document.parse(result.json));
      expect(calls).toEqual(expect.arrayContaining(contractCalls));
      expect(calls.some((call) => call.includes('/sim/'))).toBe(false);
    } finally {
      await plain.close();
    }
  });
});
