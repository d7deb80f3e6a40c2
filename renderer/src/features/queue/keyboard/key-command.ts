/** What a key press means in the queue; null when the queue should leave it alone. */
export type QueueKeyCommand =
  | { kind: 'move'; by: number }
  | { kind: 'open' }
  | { kind: 'assign' }
  | { kind: 'mark' }
  | { kind: 'search' }
  | { kind: 'close' };

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** The key went to a text field, a select or similar: typing there is not a command. */
  inEditable: boolean;
  /** The key went to a dialog, a menu or a popup list, which handle their own keys. */
  inPopup: boolean;
  /** The key went to a button or link, where Enter and Space already mean "press". */
  onControl: boolean;
}

const PAGE = 20;

export function keyCommand(press: KeyPress): QueueKeyCommand | null {
  if (press.ctrlKey || press.metaKey || press.altKey || press.inPopup) return null;
  if (press.inEditable) return null;
  switch (press.key) {
    case 'ArrowDown':
    case 'j':
    case 'о': // j on the Russian layout: the shortcuts work whichever layout is on
      return { kind: 'move', by: 1 };
    case 'ArrowUp':
    case 'k':
    case 'л':
      return { kind: 'move', by: -1 };
    case 'PageDown':
      return { kind: 'move', by: PAGE };
    case 'PageUp':
      return { kind: 'move', by: -PAGE };
    case 'Enter':
      return press.onControl ? null : { kind: 'open' };
    case 'a':
    case 'ф':
      return { kind: 'assign' };
    case 'x':
    case 'ч':
      return { kind: 'mark' };
    case '/':
      return { kind: 'search' };
    case 'Escape':
      return { kind: 'close' };
    default:
      return null;
  }
}

/** Reads a DOM key event into a `KeyPress`. */
export function keyPressOf(event: KeyboardEvent): KeyPress {
  const target = event.target instanceof Element ? event.target : null;
  const editable =
    target !== null &&
    target.closest('input, textarea, select, [contenteditable="true"], [role="combobox"]') !== null;
  return {
    key: event.key,
    ctrlKey: event.ctrlKey,
    metaKey: event.metaKey,
    altKey: event.altKey,
    inEditable: editable,
    inPopup:
      target?.closest('[role="dialog"], [role="menu"], [role="listbox"], .MuiPopover-root, .MuiModal-root') !=
      null,
    onControl: target?.closest('button, a, [role="tab"], [role="button"]') != null,
  };
}
