import { useCallback, useRef, useState, type RefObject } from 'react';
import type { QueueResult } from '../model/queue-result';

/**
 * The issues the dispatcher marked for a bulk change: one at a time, a range from the last
 * one marked (Shift), or everything shown.
 */
export function useMarks(shown: RefObject<{ rows: QueueResult }>, rows: QueueResult) {
  const [marked, setMarked] = useState<ReadonlySet<string>>(new Set());
  const markAnchor = useRef<number | null>(null);

  const toggleMark = useCallback(
    (id: string, index: number, range: boolean) => {
      const current = shown.current.rows;
      const anchor = markAnchor.current;
      setMarked((before) => {
        const next = new Set(before);
        if (range && anchor !== null) {
          const [from, to] = anchor < index ? [anchor, index] : [index, anchor];
          for (const each of current.ids(from, to + 1)) next.add(each);
        } else if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      });
      markAnchor.current = index;
    },
    [shown],
  );
  const toggleAll = useCallback(() => {
    setMarked((current) => {
      const ids = rows.ids();
      const allShown = ids.length > 0 && ids.every((id) => current.has(id));
      return allShown ? new Set() : new Set(ids);
    });
  }, [rows]);
  const clearMarks = useCallback(() => setMarked(new Set()), []);
  /** Where a Shift-range starts from: the row the keyboard or a click last went to. */
  const setMarkAnchor = useCallback((index: number) => {
    markAnchor.current = index;
  }, []);

  return { marked, toggleMark, toggleAll, clearMarks, setMarkAnchor };
}
