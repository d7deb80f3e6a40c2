import type { IssueRecord } from '../records';
import { issueRecord } from './issue-record';

/** `count` issues as the replica keeps them, with ids `i-<from>`…: enough to write and count. */
export const issueRows = (from: number, count: number): IssueRecord[] =>
  Array.from({ length: count }, (_, k) => issueRecord({ id: `i-${String(from + k).padStart(6, '0')}` }));
