import type { z } from 'zod';
import type { FieldError } from '@shared/domain';
import type { RequestBody } from './body';
import { HttpProblem } from './problem';

// The contract splits body errors in two: 400 `bad_request` when the body is not JSON or a
// field has the wrong JSON type (or is missing), 422 `validation` when the JSON is well
// formed but breaks a rule (a length, a format, an unknown field, a value out of range).

const typeIssueCodes = new Set(['invalid_type', 'invalid_union']);

const fieldName = (path: readonly PropertyKey[]): string =>
  path.length === 0 ? '(body)' : path.map((part) => String(part)).join('.');

export const fieldErrorsOf = (error: z.ZodError): FieldError[] =>
  error.issues.map((issue) => ({ field: fieldName(issue.path), message: issue.message }));

export function problemOfZodError(error: z.ZodError, what: string): HttpProblem {
  const errors = fieldErrorsOf(error);
  const isTypeError = error.issues.some((issue) => typeIssueCodes.has(issue.code));
  return isTypeError
    ? new HttpProblem('bad_request', `${what} has fields of the wrong type or missing`, { errors })
    : new HttpProblem('validation', `${what} breaks the rules of the contract`, { errors });
}

/** The JSON value of a body, or the problem the contract prescribes for a body that is not JSON. */
export function jsonOf(body: RequestBody, options: { optional?: boolean } = {}): unknown {
  switch (body.kind) {
    case 'json':
      return body.value;
    case 'empty':
      if (options.optional === true) return {};
      throw new HttpProblem('bad_request', 'A JSON body is required.');
    case 'malformed_json':
      throw new HttpProblem('bad_request', `The body is not valid JSON: ${body.reason}`);
    case 'too_large':
      throw new HttpProblem(
        'payload_too_large',
        `The body has ${body.receivedBytes} bytes; at most ${body.limit} are accepted here.`,
      );
    case 'bytes':
      throw new HttpProblem(
        'unsupported_media_type',
        `Send JSON with Content-Type: application/json, not ${body.mediaType || 'no type'}.`,
      );
  }
}

/** Parses a body with a schema, answering 400/413/415/422 as the contract says. */
export function parseBody<Schema extends z.ZodType>(
  schema: Schema,
  body: RequestBody,
  what: string,
  options: { optional?: boolean } = {},
): z.output<Schema> {
  const result = schema.safeParse(jsonOf(body, options));
  if (!result.success) throw problemOfZodError(result.error, what);
  return result.data;
}

/** Parses a query string with a schema: any mistake there is a 400. */
export function parseQuery<Schema extends z.ZodType>(schema: Schema, query: unknown): z.output<Schema> {
  const result = schema.safeParse(query);
  if (!result.success) {
    throw new HttpProblem('bad_request', 'The query parameters are not valid.', {
      errors: fieldErrorsOf(result.error),
    });
  }
  return result.data;
}
