import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Readable } from 'node:stream';

// The server reads every request body itself, whatever its type, and hands the handler a
// description of it instead of failing early. That keeps the contract's order of checks
// (a body is judged only at the body step, after auth, scope, role and idempotency) and
// answers an oversized body with a proper 413 after reading it, instead of cutting the
// connection while the client is still sending.

export type RequestBody =
  | { kind: 'empty' }
  | { kind: 'json'; value: unknown }
  | { kind: 'malformed_json'; raw: string; reason: string }
  | { kind: 'bytes'; mediaType: string; data: Buffer }
  | { kind: 'too_large'; mediaType: string; receivedBytes: number; limit: number };

/** A box for the parsed body, so that handlers can recognise it with `instanceof`. */
export class ParsedBody {
  constructor(readonly content: RequestBody) {}
}

export const bodyOf = (request: FastifyRequest): RequestBody =>
  request.body instanceof ParsedBody ? request.body.content : { kind: 'empty' };

/** How much of an oversized body is read and thrown away before the connection is cut after all. */
const DRAIN_ALLOWANCE_BYTES = 64 * 1024 * 1024;

export const mediaTypeOf = (contentTypeHeader: string | undefined): string =>
  (contentTypeHeader ?? '').split(';')[0]?.trim().toLowerCase() ?? '';

export const isJsonMediaType = (mediaType: string): boolean =>
  mediaType === 'application/json' || /^application\/[\w.-]+\+json$/.test(mediaType);

/** JSON.parse, refusing keys that could poison prototypes once the value is merged somewhere. */
function parseJsonSafely(raw: string): RequestBody {
  try {
    const value: unknown = JSON.parse(raw, (key, inner: unknown) => {
      if (key === '__proto__' || key === 'constructor')
        throw new SyntaxError(`the key "${key}" is not allowed`);
      return inner;
    });
    return { kind: 'json', value };
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'not JSON';
    return { kind: 'malformed_json', raw: raw.slice(0, 1000), reason };
  }
}

function readBody(payload: Readable, limit: number, mediaType: string): Promise<RequestBody> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let receivedBytes = 0;
    payload.on('data', (chunk: Buffer | string) => {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      receivedBytes += buffer.length;
      if (receivedBytes <= limit) {
        chunks.push(buffer);
      } else if (receivedBytes > limit + DRAIN_ALLOWANCE_BYTES) {
        // Past any reasonable upload: stop reading; the connection goes with it.
        payload.destroy(new Error('request body far beyond the limit'));
      }
    });
    payload.on('error', reject);
    payload.on('end', () => {
      if (receivedBytes > limit) {
        resolve({ kind: 'too_large', mediaType, receivedBytes, limit });
        return;
      }
      const data = Buffer.concat(chunks, receivedBytes);
      if (data.length === 0) resolve({ kind: 'empty' });
      else if (isJsonMediaType(mediaType)) resolve(parseJsonSafely(data.toString('utf8')));
      else resolve({ kind: 'bytes', mediaType, data });
    });
  });
}

/** Replaces Fastify's parsers with one that accepts every content type and describes the body. */
export function installBodyReader(app: FastifyInstance, defaultLimit: number): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', async (request: FastifyRequest, payload: Readable) => {
    const limit = request.routeOptions.bodyLimit ?? defaultLimit;
    const mediaType = mediaTypeOf(request.headers['content-type']);
    return new ParsedBody(await readBody(payload, limit, mediaType));
  });
}
