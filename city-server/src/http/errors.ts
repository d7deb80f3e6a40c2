import { z } from 'zod';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { HttpProblem, PROBLEM_MEDIA_TYPE, type ServerProblemCode } from './problem';

// Whatever goes wrong, the answer is a problem document: the handlers' own HttpProblems,
// Fastify's errors (a broken URL, an unreadable Content-Type...), unknown routes (404),
// known paths called with the wrong method (405), and the server's own failures (500,
// logged, never a stack trace in the answer).

export function sendProblem(reply: FastifyReply, problem: HttpProblem): FastifyReply {
  for (const [name, value] of Object.entries(problem.headers)) reply.header(name, value);
  return reply.code(problem.status).type(PROBLEM_MEDIA_TYPE).send(JSON.stringify(problem.toDocument()));
}

const codeByStatus: Record<number, ServerProblemCode> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  409: 'issue_state',
  410: 'withdrawn',
  412: 'precondition_failed',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  422: 'validation',
  428: 'precondition_required',
  429: 'rate_limited',
  503: 'unavailable',
};

const fastifyErrorDetails: Record<string, string> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'The request body is larger than this call accepts.',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'The Content-Type header is not one this call accepts.',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'The body does not have the length its Content-Length header says.',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'The JSON body is empty.',
  FST_ERR_CTP_INVALID_JSON_BODY: 'The body is not valid JSON.',
  FST_ERR_BAD_URL: 'The URL is not valid.',
};

/** Turns anything thrown into the problem the caller should get. */
export function problemOf(error: unknown): HttpProblem {
  if (error instanceof HttpProblem) return error;
  if (error instanceof z.ZodError) return new HttpProblem('bad_request', 'The request is not valid.');
  if (error instanceof Error && 'statusCode' in error && typeof error.statusCode === 'number') {
    const status = error.statusCode;
    const code = codeByStatus[status] ?? (status >= 400 && status < 500 ? 'bad_request' : 'internal');
    if (code !== 'internal') {
      const fastifyCode = 'code' in error && typeof error.code === 'string' ? error.code : '';
      return new HttpProblem(code, fastifyErrorDetails[fastifyCode] ?? 'The request could not be handled.');
    }
  }
  return new HttpProblem('internal', 'The server failed to handle the request; the failure was logged.');
}

interface KnownRoute {
  pattern: RegExp;
  methods: Set<string>;
}

const patternOf = (url: string): RegExp =>
  new RegExp(`^${url.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:[A-Za-z0-9_]+/g, '[^/]+')}/?$`);

export interface RegisteredRoute {
  method: string;
  url: string;
}

/**
 * Installs the error and not-found handlers. Call before registering routes: it watches
 * them being added to tell "no such path" (404) from "not with this method" (405).
 * Returns the routes it saw (the OpenAPI test checks each is documented).
 */
export function installProblemHandlers(app: FastifyInstance): () => RegisteredRoute[] {
  const knownRoutes = new Map<string, KnownRoute>();
  app.addHook('onRoute', (route) => {
    if (route.url.includes('*')) return;
    const known = knownRoutes.get(route.url) ?? { pattern: patternOf(route.url), methods: new Set<string>() };
    for (const method of [route.method].flat()) known.methods.add(method);
    knownRoutes.set(route.url, known);
  });

  app.setErrorHandler((error: FastifyError | HttpProblem, request: FastifyRequest, reply: FastifyReply) => {
    const problem = problemOf(error);
    if (problem.status >= 500) request.log.error({ err: error }, 'request failed');
    return sendProblem(reply, problem);
  });

  app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0] ?? request.url;
    const allowed = new Set<string>();
    for (const known of knownRoutes.values()) {
      if (known.pattern.test(path)) for (const method of known.methods) allowed.add(method);
    }
    // A path that fits a route whose method matches was still not routed (an overlong
    // parameter, say): that is "no such thing", not "wrong method".
    if (allowed.size > 0 && !allowed.has(request.method)) {
      const allow = [...allowed].sort().join(', ');
      return sendProblem(
        reply,
        new HttpProblem(
          'method_not_allowed',
          `${request.method} is not allowed here; use ${allow}.`,
          {},
          { Allow: allow },
        ),
      );
    }
    return sendProblem(reply, new HttpProblem('not_found', `There is no ${request.method} ${path}.`));
  });

  return () =>
    [...knownRoutes.entries()].flatMap(([url, known]) =>
      [...known.methods].map((method) => ({ method, url })),
    );
}

/** For Fastify's `frameworkErrors` option: errors raised before routing (a malformed URL). */
export function frameworkErrorHandler(
  error: FastifyError,
  _request: FastifyRequest,
  reply: FastifyReply,
): void {
  void sendProblem(reply, problemOf(error));
}
