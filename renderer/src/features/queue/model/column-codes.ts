import type { IssueStatus, Priority } from '@shared/domain';
import type { Dictionary } from './columns';

// The codes the queue's columns hold in place of values.

export const statusCode: Record<IssueStatus, number> = {
  new: 0,
  in_progress: 1,
  on_moderation: 2,
  resolved: 3,
  returned: 4,
  reopened: 5,
};
export const STATUS_CODES = 6;
/** The status code of a removed row until positions close up: no filter table has it. */
export const DEAD_STATUS = 255;
/** In rising urgency, so that the code is also the priority's rank. */
export const priorityCode: Record<Priority, number> = { normal: 0, high: 1, urgent: 2 };
export const PRIORITY_CODES = 3;

/**
 * Portal numbers share one zero-padded format (НГ-2026-0012345): their digits order them. The
 * value of the first 15 digits (what fits a double exactly), read without a string per row.
 */
export function numberSortKey(number: string): number {
  let value = 0;
  let digits = 0;
  for (let k = 0; k < number.length && digits < 15; k += 1) {
    const digit = number.charCodeAt(k) - 48;
    if (digit >= 0 && digit <= 9) {
      value = value * 10 + digit;
      digits += 1;
    }
  }
  return value;
}

export class DictionaryBuilder implements Dictionary {
  readonly values: string[] = [];
  readonly codes = new Map<string, number>();
  code(value: string): number {
    let code = this.codes.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(value);
      this.codes.set(value, code);
    }
    return code;
  }
}
