import { z } from 'zod';
import {
  Category,
  Change,
  ChangePage,
  CompanyStats,
  FEED_DEFAULT_LIMIT,
  FEED_MAX_LIMIT,
  FieldError,
  ISSUES_DEFAULT_LIMIT,
  ISSUES_MAX_LIMIT,
  Issue,
  IssueEnvelope,
  IssuePage,
  IssuePatch,
  PHOTO_MAX_BYTES,
  PhotoRef,
  PhotoStored,
  Problem,
  Rating,
  Report,
  ReportCreated,
  ReportPhoto,
  SimDecisionAnswer,
  SimFaultsAnswer,
  SimIssueAnswer,
  SimRatingAnswer,
  SimState,
  Staff,
  TokenResponse,
  User,
  issueStatuses,
  photoMediaTypes,
  type ProblemCode,
} from '@shared/domain';
import {
  RefreshRequestBody,
  ReportSubmissionBody,
  SimDecisionBody,
  SimFaultsBody,
  SimIssueBody,
  SimRatingBody,
  SimWithdrawBody,
  TokenRequestBody,
} from './http/request-schemas';
import { statusOfProblem } from './http/problem';
import { serverDecisions } from './openapi-notes';

// GET /api/v1/openapi.json: the contract as this server implements it, OpenAPI 3.1. The
// schemas are generated from the same zod objects the server validates with (and the app
// parses with), so the document cannot drift from the code.

const components = z.registry<{ id: string }>();
const schemaIds = {
  Issue,
  Category,
  Staff,
  Report,
  Rating,
  User,
  PhotoRef,
  ReportPhoto,
  FieldError,
  Problem,
  TokenRequest: TokenRequestBody,
  RefreshRequest: RefreshRequestBody,
  TokenResponse,
  Change,
  ChangePage,
  IssuePage,
  IssuePatch,
  IssueEnvelope,
  ReportSubmission: ReportSubmissionBody,
  ReportCreated,
  PhotoStored,
  CompanyStats,
  SimIssueRequest: SimIssueBody,
  SimIssueAnswer,
  SimDecision: SimDecisionBody,
  SimRating: SimRatingBody,
  SimRatingAnswer,
  SimWithdraw: SimWithdrawBody,
  SimFaults: SimFaultsBody,
  SimFaultsAnswer,
  SimDecisionAnswer,
  SimState,
} satisfies Record<string, z.ZodType>;
for (const [id, schema] of Object.entries(schemaIds)) components.add(schema, { id });

export type SchemaId = keyof typeof schemaIds;

type JsonObject = Record<string, unknown>;

function componentSchemas(): JsonObject {
  // As input: a response object's schema stays open to fields a later server adds (the
  // app's parsers ignore them), while the request bodies, which are strict, stay closed.
  const { schemas } = z.toJSONSchema(components, {
    uri: (id) => `#/components/schemas/${id}`,
    unrepresentable: 'any',
    io: 'input',
  });
  const cleaned: JsonObject = {};
  for (const [id, schema] of Object.entries(schemas)) {
    const { $schema: _dialect, $id: _id, ...rest } = schema;
    cleaned[id] = rest;
  }
  return cleaned;
}

const ref = (id: SchemaId): JsonObject => ({ $ref: `#/components/schemas/${id}` });
const json = (id: SchemaId): JsonObject => ({ 'application/json': { schema: ref(id) } });

type Security = 'none' | 'bearer' | 'sim';

interface OperationSpec {
  method: 'get' | 'head' | 'post' | 'put' | 'patch';
  path: string;
  summary: string;
  description?: string;
  tag: 'auth' | 'feed' | 'issues' | 'photos' | 'reports' | 'stats' | 'meta' | 'simulation';
  security: Security;
  parameters?: JsonObject[];
  requestBody?: JsonObject;
  success: Record<string, JsonObject>;
  problems: ProblemCode[];
  companyCall?: boolean;
}

const pathId = (name: string, description: string): JsonObject => ({
  name,
  in: 'path',
  required: true,
  description,
  schema: { type: 'string' },
});
const queryParam = (name: string, description: string, schema: JsonObject = { type: 'string' }) => ({
  name,
  in: 'query',
  required: false,
  description,
  schema,
});
/** A page size: `what` per page, the default and the clamp. */
const limitParam = (what: string, defaultLimit: number, maxLimit: number) =>
  queryParam(
    'limit',
    `${what} per page: default ${defaultLimit}, larger values are clamped to ${maxLimit}.`,
    {
      type: 'integer',
      minimum: 1,
      default: defaultLimit,
    },
  );
const header = (
  name: string,
  description: string,
  required: boolean,
  schema: JsonObject = { type: 'string' },
) => ({
  name,
  in: 'header',
  required,
  description,
  schema,
});
const idempotencyKey = header(
  'Idempotency-Key',
  'A UUID naming this write; replays with the same body return the first answer.',
  true,
  {
    type: 'string',
    format: 'uuid',
  },
);
const etagHeader = {
  ETag: { description: 'The issue’s rev as an entity tag: `"<rev>"`.', schema: { type: 'string' } },
};

const operations: OperationSpec[] = [
  {
    method: 'post',
    path: '/auth/token',
    tag: 'auth',
    summary: 'Sign in with a login and a password',
    description:
      'Wrong login or password: 401. From the 6th failure within a minute for one login: 429 `rate_limited` with `Retry-After`, without checking the password.',
    security: 'none',
    requestBody: { required: true, content: json('TokenRequest') },
    success: { '200': { description: 'Tokens and the signed-in user.', content: json('TokenResponse') } },
    problems: [
      'bad_request',
      'validation',
      'unauthorized',
      'rate_limited',
      'unsupported_media_type',
      'payload_too_large',
    ],
  },
  {
    method: 'post',
    path: '/auth/refresh',
    tag: 'auth',
    summary: 'Trade a refresh token (once) for a new pair',
    security: 'none',
    requestBody: { required: true, content: json('RefreshRequest') },
    success: {
      '200': { description: 'A new pair; the old refresh token is spent.', content: json('TokenResponse') },
    },
    problems: ['bad_request', 'validation', 'unauthorized', 'unsupported_media_type', 'payload_too_large'],
  },
  {
    method: 'get',
    path: '/changes',
    tag: 'feed',
    summary: 'The company’s change feed, oldest first',
    security: 'bearer',
    companyCall: true,
    parameters: [
      queryParam('cursor', 'Opaque; absent = from the beginning.'),
      limitParam('Changes', FEED_DEFAULT_LIMIT, FEED_MAX_LIMIT),
    ],
    success: {
      '200': {
        description: 'A page of changes and the cursor to continue (or poll) with.',
        content: json('ChangePage'),
      },
    },
    problems: ['unauthorized', 'bad_request'],
  },
  {
    method: 'get',
    path: '/issues',
    tag: 'issues',
    summary: 'The company’s issues of some statuses (by default the open work), in id order',
    description:
      'Lets a new workstation show the open work before the whole change feed has arrived; the feed stays the record, and of two copies of an issue the one with the higher `rev` wins. Only the company’s own issues are listed (not one the city withdrew from it).',
    security: 'bearer',
    companyCall: true,
    parameters: [
      queryParam(
        'status',
        'Comma-separated statuses (a repeated `status` is read as one list); absent = every status but `resolved`. An unknown status is 400 `bad_request`.',
        { type: 'string', examples: ['new,returned'] },
      ),
      queryParam(
        'after',
        'The previous page’s `next`: the page starts after this id. Absent = from the first.',
      ),
      limitParam('Issues', ISSUES_DEFAULT_LIMIT, ISSUES_MAX_LIMIT),
    ],
    success: {
      '200': {
        description: `A page of issues in id order and \`next\` (the last id, to pass as \`after\`), or null on the last page. Statuses: ${issueStatuses.join(', ')}.`,
        content: json('IssuePage'),
      },
    },
    problems: ['unauthorized', 'bad_request'],
  },
  {
    method: 'get',
    path: '/issues/{id}',
    tag: 'issues',
    summary: 'One issue',
    security: 'bearer',
    companyCall: true,
    parameters: [pathId('id', 'The issue’s id.')],
    success: { '200': { description: 'The issue.', headers: etagHeader, content: json('Issue') } },
    problems: ['unauthorized', 'not_found', 'withdrawn'],
  },
  {
    method: 'patch',
    path: '/issues/{id}',
    tag: 'issues',
    summary: 'Assign or reprioritise an issue',
    description:
      'Order of checks: auth → scope (404, 410) → role (403, supervisors) → idempotency → If-Match (428, 412 with the current issue) → body (400, 422) → state (409). Assigning a `new` issue moves it to `in_progress`.',
    security: 'bearer',
    companyCall: true,
    parameters: [
      pathId('id', 'The issue’s id.'),
      idempotencyKey,
      header('If-Match', 'The rev the change is based on: `"<rev>"`.', true),
    ],
    requestBody: { required: true, content: json('IssuePatch') },
    success: {
      '200': { description: 'The changed issue.', headers: etagHeader, content: json('IssueEnvelope') },
    },
    problems: [
      'unauthorized',
      'not_found',
      'withdrawn',
      'forbidden',
      'missing_idempotency_key',
      'idempotency_mismatch',
      'precondition_required',
      'precondition_failed',
      'bad_request',
      'validation',
      'issue_state',
      'unsupported_media_type',
      'payload_too_large',
    ],
  },
  {
    method: 'head',
    path: '/photos/{sha256}',
    tag: 'photos',
    summary: 'Can the company already reach these bytes?',
    security: 'bearer',
    companyCall: true,
    parameters: [pathId('sha256', 'Lowercase hex SHA-256 of the bytes.')],
    success: { '200': { description: 'Reachable.' } },
    problems: ['unauthorized', 'not_found'],
  },
  {
    method: 'get',
    path: '/photos/{sha256}',
    tag: 'photos',
    summary: 'The bytes of a photo',
    security: 'bearer',
    companyCall: true,
    parameters: [
      pathId('sha256', 'Lowercase hex SHA-256 of the bytes.'),
      header('If-None-Match', '`"<sha256>"` answers 304.', false),
    ],
    success: {
      '200': {
        description: 'The bytes, with `ETag` and a long private `Cache-Control`.',
        content: Object.fromEntries(
          photoMediaTypes.map((type) => [type, { schema: { type: 'string', contentMediaType: type } }]),
        ),
      },
      '304': { description: 'Not modified.' },
    },
    problems: ['unauthorized', 'not_found'],
  },
  {
    method: 'put',
    path: '/photos/{sha256}',
    tag: 'photos',
    summary: 'Upload a photo by its content hash',
    description: `At most ${PHOTO_MAX_BYTES} bytes (413). The bytes must hash to the address (422) and be an image of the declared type, read from the bytes (415). No Idempotency-Key: the content is the identity.`,
    security: 'bearer',
    companyCall: true,
    parameters: [pathId('sha256', 'Lowercase hex SHA-256 of the bytes.')],
    requestBody: {
      required: true,
      content: Object.fromEntries(
        photoMediaTypes.map((type) => [type, { schema: { type: 'string', contentMediaType: type } }]),
      ),
    },
    success: {
      '200': { description: 'The company could already reach these bytes.', content: json('PhotoStored') },
      '201': { description: 'Stored.', content: json('PhotoStored') },
    },
    problems: ['unauthorized', 'payload_too_large', 'unsupported_media_type', 'validation'],
  },
  {
    method: 'post',
    path: '/issues/{id}/reports',
    tag: 'reports',
    summary: 'Send a resolution report',
    description:
      'The Idempotency-Key must equal `clientReportId`. Order: auth → scope (404, 410) → role (403: a supervisor who is not the assignee) → idempotency → body (400, 422 `validation` with `errors`) → state (409 `issue_state` with the current issue) → photos (422 `missing_photos` with `missing`).',
    security: 'bearer',
    companyCall: true,
    parameters: [pathId('id', 'The issue’s id.'), idempotencyKey],
    requestBody: { required: true, content: json('ReportSubmission') },
    success: {
      '201': { description: 'The report, and the issue now on moderation.', content: json('ReportCreated') },
    },
    problems: [
      'unauthorized',
      'not_found',
      'withdrawn',
      'forbidden',
      'missing_idempotency_key',
      'idempotency_mismatch',
      'bad_request',
      'validation',
      'issue_state',
      'missing_photos',
      'unsupported_media_type',
      'payload_too_large',
    ],
  },
  {
    method: 'get',
    path: '/stats/company',
    tag: 'stats',
    summary: 'The city’s figures for the company’s issues received in [from, to)',
    security: 'bearer',
    companyCall: true,
    parameters: [
      queryParam('from', 'Moscow date, included.', { type: 'string', format: 'date' }),
      queryParam('to', 'Moscow date, excluded.', { type: 'string', format: 'date' }),
    ],
    success: { '200': { description: 'The figures.', content: json('CompanyStats') } },
    problems: ['unauthorized', 'forbidden', 'bad_request', 'validation'],
  },
  {
    method: 'get',
    path: '/openapi.json',
    tag: 'meta',
    summary: 'This document',
    security: 'none',
    success: {
      '200': { description: 'OpenAPI 3.1.', content: { 'application/json': { schema: { type: 'object' } } } },
    },
    problems: [],
  },
  {
    method: 'post',
    path: '/sim/issues',
    tag: 'simulation',
    summary: 'A resident files an issue (missing fields are generated)',
    security: 'sim',
    requestBody: { required: false, content: json('SimIssueRequest') },
    success: { '201': { description: 'The new issue.', content: json('SimIssueAnswer') } },
    problems: ['unauthorized', 'forbidden', 'bad_request', 'validation'],
  },
  {
    method: 'post',
    path: '/sim/reports/{id}/decision',
    tag: 'simulation',
    summary: 'The moderator accepts or rejects a report',
    security: 'sim',
    parameters: [pathId('id', 'The report’s id.')],
    requestBody: { required: true, content: json('SimDecision') },
    success: {
      '200': { description: 'The decided report and its issue.', content: json('SimDecisionAnswer') },
    },
    problems: ['unauthorized', 'forbidden', 'not_found', 'bad_request', 'validation', 'issue_state'],
  },
  {
    method: 'post',
    path: '/sim/issues/{id}/rating',
    tag: 'simulation',
    summary: 'A resident rates the published answer',
    security: 'sim',
    parameters: [pathId('id', 'The issue’s id.')],
    requestBody: { required: true, content: json('SimRating') },
    success: { '201': { description: 'The rating.', content: json('SimRatingAnswer') } },
    problems: ['unauthorized', 'forbidden', 'not_found', 'bad_request', 'validation', 'issue_state'],
  },
  {
    method: 'post',
    path: '/sim/issues/{id}/dispute',
    tag: 'simulation',
    summary: 'A resident disputes the published answer: the issue is reopened with a new deadline',
    security: 'sim',
    parameters: [pathId('id', 'The issue’s id.')],
    success: { '200': { description: 'The reopened issue.', content: json('SimIssueAnswer') } },
    problems: ['unauthorized', 'forbidden', 'not_found', 'issue_state'],
  },
  {
    method: 'post',
    path: '/sim/issues/{id}/withdraw',
    tag: 'simulation',
    summary: 'The city withdraws the issue, or moves it to another organisation',
    security: 'sim',
    parameters: [pathId('id', 'The issue’s id.')],
    requestBody: { required: false, content: json('SimWithdraw') },
    success: { '200': { description: 'The issue as it is now.', content: json('SimIssueAnswer') } },
    problems: ['unauthorized', 'forbidden', 'not_found', 'bad_request', 'validation', 'issue_state'],
  },
  {
    method: 'put',
    path: '/sim/faults',
    tag: 'simulation',
    summary: 'Inject latency, 503s and dropped connections into company calls (seeded)',
    security: 'sim',
    requestBody: { required: true, content: json('SimFaults') },
    success: { '200': { description: 'The faults now in force.', content: json('SimFaultsAnswer') } },
    problems: ['unauthorized', 'forbidden', 'bad_request', 'validation'],
  },
  {
    method: 'get',
    path: '/sim/faults',
    tag: 'simulation',
    summary: 'The faults in force',
    security: 'sim',
    success: { '200': { description: 'The faults now in force.', content: json('SimFaultsAnswer') } },
    problems: ['unauthorized', 'forbidden'],
  },
  {
    method: 'get',
    path: '/sim/state',
    tag: 'simulation',
    summary: 'Every report the city has stored',
    security: 'sim',
    success: { '200': { description: 'All reports.', content: json('SimState') } },
    problems: ['unauthorized', 'forbidden'],
  },
];

function problemResponses(codes: ProblemCode[]): Record<string, JsonObject> {
  const byStatus = new Map<number, ProblemCode[]>();
  for (const code of codes) {
    const status = statusOfProblem(code);
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  const responses: Record<string, JsonObject> = {};
  for (const [status, statusCodes] of byStatus) {
    responses[String(status)] = {
      description: `A problem document; code ${statusCodes.map((code) => `\`${code}\``).join(' or ')}.`,
      content: { 'application/problem+json': { schema: ref('Problem') } },
    };
  }
  return responses;
}

const securityOf = (security: Security): JsonObject[] =>
  security === 'none' ? [] : [{ [security === 'bearer' ? 'bearerAuth' : 'simulationToken']: [] }];

/** Paths of the document, relative to the server URL `/api/v1`. */
export const documentedOperations = (options: { sim: boolean }): OperationSpec[] =>
  operations.filter((operation) => options.sim || operation.tag !== 'simulation');

export function buildOpenApiDocument(options: { sim: boolean }): JsonObject {
  const paths: Record<string, Record<string, JsonObject>> = {};
  for (const operation of documentedOperations(options)) {
    const responses = { ...operation.success, ...problemResponses(operation.problems) };
    if (operation.companyCall === true && options.sim) {
      responses['503'] = {
        description: 'An injected fault (simulation): code `unavailable`, with `Retry-After`.',
        content: { 'application/problem+json': { schema: ref('Problem') } },
      };
    }
    const entry: JsonObject = {
      operationId: `${operation.method}${operation.path
        .replace(/[{}]/g, '')
        .replace(/\/(\w)/g, (_m, c: string) => c.toUpperCase())
        .replace(/[^A-Za-z0-9]/g, '')}`,
      summary: operation.summary,
      tags: [operation.tag],
      security: securityOf(operation.security),
      responses,
    };
    if (operation.description !== undefined) entry['description'] = operation.description;
    if (operation.parameters !== undefined) entry['parameters'] = operation.parameters;
    if (operation.requestBody !== undefined) entry['requestBody'] = operation.requestBody;
    paths[operation.path] = { ...paths[operation.path], [operation.method]: entry };
  }
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'Наш город — the city API for management companies (reference server)',
      version: '1.0.0',
      description: [
        'The city API v1 as the Gorod Desk reference city server implements it (see shared/city-api.md).',
        'Every error is an RFC 9457 problem document (`application/problem+json`).',
        '',
        'Where the contract is silent, this server decided:',
        ...serverDecisions.map((decision) => `- ${decision}`),
      ].join('\n'),
    },
    servers: [{ url: '/api/v1' }],
    tags: [...new Set(documentedOperations(options).map((operation) => operation.tag))].map((name) => ({
      name,
    })),
    paths,
    components: {
      schemas: componentSchemas(),
      securitySchemes: {
        bearerAuth: {
          type: 'http',
          scheme: 'bearer',
          description: 'The access token from /auth/token or /auth/refresh.',
        },
        simulationToken: {
          type: 'http',
          scheme: 'bearer',
          description: 'The simulation token the server printed at start (only with --sim).',
        },
      },
    },
  };
}
