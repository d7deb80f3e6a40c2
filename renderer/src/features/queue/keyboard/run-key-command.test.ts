import { describe, expect, it, vi } from 'vitest';
import { row } from '../test/fixtures';
import { buildColumns } from '../model/columns';
import { QueueResult } from '../model/queue-result';
import { runKeyCommand, type KeyCommandContext } from './run-key-command';

const rows = () => {
  const columns = buildColumns([row({ id: 'a' }), row({ id: 'b' }), row({ id: 'c' })]);
  return new QueueResult(columns, Uint32Array.from([0, 1, 2]));
};

const context = (over: Partial<KeyCommandContext>): KeyCommandContext => ({
  rows: rows(),
  activeIndex: 0,
  openId: null,
  canAssign: true,
  markedCount: 0,
  gridRef: { current: null },
  searchRef: { current: null },
  openIssue: vi.fn(),
  closeIssue: vi.fn(),
  setActive: vi.fn(),
  toggleMark: vi.fn(),
  clearMarks: vi.fn(),
  startAssign: vi.fn(),
  ...over,
});

describe('the queue’s shortcuts', () => {
  it('move the keyboard’s place within the rows, and the panel with it when it is open', () => {
    const closed = context({ activeIndex: 2 });
    runKeyCommand({ kind: 'move', by: 1 }, closed);
    expect(closed.setActive).toHaveBeenCalledWith('c', 2);
    const open = context({ activeIndex: 0, openId: 'a' });
    runKeyCommand({ kind: 'move', by: 1 }, open);
    expect(open.openIssue).toHaveBeenCalledWith('b', 1);
  });

  it('mark only for someone who can assign; Esc closes the panel first, then unmarks', () => {
    const supervisor = context({ canAssign: false, activeIndex: 1 });
    runKeyCommand({ kind: 'mark' }, supervisor);
    expect(supervisor.toggleMark).not.toHaveBeenCalled();
    const open = context({ openId: 'a', markedCount: 2 });
    runKeyCommand({ kind: 'close' }, open);
    expect(open.closeIssue).toHaveBeenCalled();
    expect(open.clearMarks).not.toHaveBeenCalled();
    const marked = context({ markedCount: 2 });
    runKeyCommand({ kind: 'close' }, marked);
    expect(marked.clearMarks).toHaveBeenCalled();
  });
});
