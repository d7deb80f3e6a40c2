import { Alert, Snackbar } from '@mui/material';
import type { QueueMessage } from './use-queue-changes';

/** What became of the dispatcher's last change (queued, skipped, failed), for a few seconds. */
export function ChangeMessage({ message, onClose }: { message: QueueMessage | null; onClose: () => void }) {
  return (
    <Snackbar
      open={message !== null}
      autoHideDuration={5000}
      onClose={onClose}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'left' }}
    >
      <Alert severity={message?.severity ?? 'success'} onClose={onClose} data-testid="queue-message">
        {message?.text}
      </Alert>
    </Snackbar>
  );
}
