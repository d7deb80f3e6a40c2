import type { RefObject } from 'react';
import type { QueueResult } from '../model/queue-result';
import type { QueueKeyCommand } from './key-command';

/** What the queue's shortcuts act on: the rows shown, the keyboard's place, the panel, the marks. */
export interface KeyCommandContext {
  rows: QueueResult;
  activeIndex: number;
  openId: string | null;
  canAssign: boolean;
  markedCount: number;
  gridRef: RefObject<HTMLDivElement | null>;
  searchRef: RefObject<HTMLInputElement | null>;
  openIssue: (id: string, index?: number) => void;
  closeIssue: () => void;
  setActive: (id: string, index: number) => void;
  toggleMark: (id: string, index: number, range: boolean) => void;
  clearMarks: () => void;
  startAssign: () => void;
}

/** Carries out one of the queue's shortcuts. */
export function runKeyCommand(command: QueueKeyCommand, context: KeyCommandContext): void {
  const { rows, activeIndex, openId } = context;
  switch (command.kind) {
    case 'move': {
      if (rows.length === 0) return;
      const from = activeIndex < 0 ? (command.by > 0 ? -1 : rows.length) : activeIndex;
      const index = Math.max(0, Math.min(rows.length - 1, from + command.by));
      const row = rows.at(index);
      if (!row) return;
      context.gridRef.current?.focus({ preventScroll: true });
      // With the panel open it follows the keyboard, so a dispatcher can read issue after issue.
      if (openId) context.openIssue(row.id, index);
      else context.setActive(row.id, index);
      return;
    }
    case 'open': {
      const row = rows.at(activeIndex);
      if (row) context.openIssue(row.id, activeIndex);
      return;
    }
    case 'assign':
      context.startAssign();
      return;
    case 'mark': {
      const row = rows.at(activeIndex);
      if (row && context.canAssign) context.toggleMark(row.id, activeIndex, false);
      return;
    }
    case 'search':
      context.searchRef.current?.focus();
      context.searchRef.current?.select();
      return;
    case 'close':
      if (openId) context.closeIssue();
      else if (context.markedCount > 0) context.clearMarks();
      return;
  }
}
