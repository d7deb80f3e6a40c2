import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { useDesk } from '../../app/desk-context';
import { useQueueNotifications } from './notifications/use-queue-notifications';

/**
 * The queue's work that goes on whatever screen is open: notifications of urgent and due
 * issues, and opening an issue asked for by a notification click or a deep link.
 * Mounted once in the shell.
 */
export function QueueBackground() {
  const desk = useDesk();
  const navigate = useNavigate();
  useEffect(
    () =>
      desk.onEvent((event) => {
        if (event.type === 'open-issue') void navigate(`/queue/${encodeURIComponent(event.issueId)}`);
      }),
    [desk, navigate],
  );
  useQueueNotifications();
  return null;
}
