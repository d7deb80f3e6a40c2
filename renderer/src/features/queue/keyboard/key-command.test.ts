import { describe, expect, it } from 'vitest';
import { keyCommand, type KeyPress } from './key-command';

const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  inEditable: false,
  inPopup: false,
  onControl: false,
  ...extra,
});

describe('the queue’s keys', () => {
  it('move with arrows or j/k (also on the Russian layout), open with Enter', () => {
    expect(keyCommand(press('ArrowDown'))).toEqual({ kind: 'move', by: 1 });
    expect(keyCommand(press('k'))).toEqual({ kind: 'move', by: -1 });
    expect(keyCommand(press('о'))).toEqual({ kind: 'move', by: 1 });
    expect(keyCommand(press('Enter'))).toEqual({ kind: 'open' });
  });

  it('assign with a, mark with x, search with /, close with Esc', () => {
    expect(keyCommand(press('a'))).toEqual({ kind: 'assign' });
    expect(keyCommand(press('ф'))).toEqual({ kind: 'assign' });
    expect(keyCommand(press('x'))).toEqual({ kind: 'mark' });
    expect(keyCommand(press('/'))).toEqual({ kind: 'search' });
    expect(keyCommand(press('Escape'))).toEqual({ kind: 'close' });
  });

  it('leave typing, dialogs, shortcuts with modifiers and Enter on a button alone', () => {
    expect(keyCommand(press('a', { inEditable: true }))).toBeNull();
    expect(keyCommand(press('j', { inPopup: true }))).toBeNull();
    expect(keyCommand(press('Escape', { inPopup: true }))).toBeNull();
    expect(keyCommand(press('a', { ctrlKey: true }))).toBeNull();
    expect(keyCommand(press('Enter', { onControl: true }))).toBeNull();
    expect(keyCommand(press('j', { onControl: true }))).toEqual({ kind: 'move', by: 1 });
  });
});
