import type { FastifyReply } from 'fastify';

// A JSON answer serialised once: the same string is sent and, for a write, stored under the
// idempotency key, so a replay is byte-for-byte the first answer.

export interface JsonAnswer {
  status: number;
  body: string;
  headers: Record<string, string>;
}

export const jsonAnswer = (
  status: number,
  value: unknown,
  headers: Record<string, string> = {},
): JsonAnswer => ({
  status,
  body: JSON.stringify(value),
  headers,
});

export function sendAnswer(reply: FastifyReply, answer: JsonAnswer): FastifyReply {
  for (const [name, value] of Object.entries(answer.headers)) reply.header(name, value);
  return reply.code(answer.status).type('application/json; charset=utf-8').send(answer.body);
}
