import { useEffect, useRef } from 'react';
import { keyCommand, keyPressOf, type QueueKeyCommand } from './key-command';

/** Listens for the queue's shortcuts on the whole window while the queue is on screen. */
export function useQueueKeyboard(run: (command: QueueKeyCommand) => void): void {
  // The latest handler, without re-subscribing on every render.
  const handler = useRef(run);
  useEffect(() => {
    handler.current = run;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const command = keyCommand(keyPressOf(event));
      if (!command) return;
      event.preventDefault();
      handler.current(command);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
