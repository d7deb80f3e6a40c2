import { createHmac, timingSafeEqual } from 'node:crypto';
import { HttpProblem } from './problem';

// Feed cursors: a position in the server sequence, bound to the company and signed, so a
// client can only send back what the server gave it. Anything else (garbled, forged,
// another company's) is a 400.

const VERSION = 'v1';

const signatureOf = (secret: string, companyId: string, seq: number): Buffer =>
  createHmac('sha256', secret).update(`${VERSION}:${companyId}:${seq}`).digest().subarray(0, 16);

export function encodeCursor(secret: string, companyId: string, seq: number): string {
  const position = Buffer.from(`${VERSION}:${seq}`).toString('base64url');
  return `${position}.${signatureOf(secret, companyId, seq).toString('base64url')}`;
}

/** The sequence number after which the page starts. */
export function decodeCursor(secret: string, companyId: string, cursor: string): number {
  const invalid = new HttpProblem(
    'bad_request',
    'The cursor is not one this server gave you; start again without one.',
    {
      errors: [{ field: 'cursor', message: 'not a valid cursor' }],
    },
  );
  const [position, signature, ...rest] = cursor.split('.');
  if (position === undefined || signature === undefined || rest.length > 0) throw invalid;
  const match = /^v1:(0|[1-9][0-9]{0,15})$/.exec(Buffer.from(position, 'base64url').toString('latin1'));
  if (match?.[1] === undefined) throw invalid;
  const seq = Number(match[1]);
  const expected = signatureOf(secret, companyId, seq);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw invalid;
  // Base64url has more than one spelling of the same bytes; only the canonical one is ours.
  if (encodeCursor(secret, companyId, seq) !== cursor) throw invalid;
  return seq;
}
