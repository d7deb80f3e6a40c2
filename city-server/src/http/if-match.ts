import type { Issue } from '@shared/domain';
import { HttpProblem } from './problem';

// Optimistic concurrency on an issue: its entity tag is its `rev`, written `"<rev>"`.
// Weak tags (`W/"3"`) and a bare number are read the same way, a list matches if any of
// its tags does, and `*` matches any existing issue (RFC 9110).

export const etagOf = (rev: number): string => `"${rev}"`;

function revsOf(header: string): Set<string> {
  return new Set(
    header
      .split(',')
      .map((tag) =>
        tag
          .trim()
          .replace(/^W\//, '')
          .replace(/^"(.*)"$/, '$1'),
      )
      .filter((tag) => tag !== ''),
  );
}

/** 428 without the header, 412 (with the current issue) when it does not name the current rev. */
export function checkIfMatch(header: string | undefined, current: Issue): void {
  if (header === undefined || header.trim() === '') {
    throw new HttpProblem(
      'precondition_required',
      `Send If-Match: "<rev>"; the issue is at rev ${current.rev}.`,
    );
  }
  const revs = revsOf(header);
  if (revs.has('*') || revs.has(String(current.rev))) return;
  throw new HttpProblem(
    'precondition_failed',
    `The issue changed since you read it: it is at rev ${current.rev}.`,
    { issue: current },
    { ETag: etagOf(current.rev) },
  );
}
