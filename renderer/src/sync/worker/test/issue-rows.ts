import { issueRecord } from '../../../db/test/issue-record';
import type { IssueRecord } from '../../../db/records';

/** `count` issues as the replica keeps them, with ids `i-<from>`…: enough to write and count. */
export const issueRows = (from: number, count: number): IssueRecord[] =>
  Array.from({ length: count }, (_, k) => issueRecord({ id: `i-${String(from + k).padStart(6, '0')}` }));
