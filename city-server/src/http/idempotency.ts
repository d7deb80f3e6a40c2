import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { CityStore } from '../store/store';
import type { StoredAnswer } from '../store/idempotency-keys';
import type { RequestBody } from './body';
import { canonicalJson } from './canonical-json';
import { HttpProblem } from './problem';

// The idempotency step of a write: a key is required; a key seen before with the same
// request replays the stored first answer; with a different request it is refused.
// A new key's answer is stored by the handler inside the transaction of the write itself.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type IdempotencyOutcome =
  | { kind: 'replay'; answer: StoredAnswer }
  | { kind: 'fresh'; companyId: string; key: string; fingerprint: string };

/** What makes two requests "the same": method, path and the JSON-equal body. */
function fingerprintOf(request: FastifyRequest, body: RequestBody): string {
  const path = request.url.split('?')[0] ?? request.url;
  const content =
    body.kind === 'json'
      ? canonicalJson(body.value)
      : body.kind === 'malformed_json'
        ? `malformed:${body.raw}`
        : body.kind === 'empty'
          ? 'empty'
          : `${body.kind}:${body.mediaType}`;
  return createHash('sha256').update(`${request.method} ${path}\n${content}`).digest('hex');
}

export function checkIdempotencyKey(
  store: CityStore,
  companyId: string,
  request: FastifyRequest,
  body: RequestBody,
): IdempotencyOutcome {
  const header = request.headers['idempotency-key'];
  const key = typeof header === 'string' ? header.trim() : undefined;
  if (key === undefined || key === '') {
    throw new HttpProblem(
      'missing_idempotency_key',
      'Send an Idempotency-Key: <uuid> header with every POST and PATCH.',
    );
  }
  if (!UUID.test(key)) {
    throw new HttpProblem('validation', 'The Idempotency-Key must be a UUID.', {
      errors: [{ field: 'Idempotency-Key', message: 'must be a UUID' }],
    });
  }
  const fingerprint = fingerprintOf(request, body);
  const stored = store.idempotencyKeys.find(companyId, key);
  if (stored === undefined) return { kind: 'fresh', companyId, key, fingerprint };
  if (stored.fingerprint !== fingerprint) {
    throw new HttpProblem(
      'idempotency_mismatch',
      'This Idempotency-Key was already used with a different request; use a new key for a new request.',
    );
  }
  return { kind: 'replay', answer: stored };
}

/** Stores a 2xx answer under its key; call inside the write's transaction. */
export function rememberAnswer(
  store: CityStore,
  outcome: Extract<IdempotencyOutcome, { kind: 'fresh' }>,
  status: number,
  body: string,
  nowMs: number,
): void {
  store.idempotencyKeys.insert(
    outcome.companyId,
    outcome.key,
    { fingerprint: outcome.fingerprint, status, body },
    nowMs,
  );
}

export function sendReplay(reply: FastifyReply, answer: StoredAnswer): FastifyReply {
  return reply
    .code(answer.status)
    .header('Idempotent-Replayed', 'true')
    .type('application/json; charset=utf-8')
    .send(answer.body);
}
