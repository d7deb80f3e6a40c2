import type { PhotoWarning } from './types';

/**
 * An "after" photo must show the repair, so one taken before the issue was even received is most
 * likely an old picture; the moderator returns such reports. Unknown or unreadable times give no
 * warning: many photos carry no capture time at all.
 */
export function checkCaptureTime(
  capturedAt: string | null,
  issueReceivedAt: string,
): Extract<PhotoWarning, 'taken_before_issue'> | null {
  if (capturedAt === null) return null;
  const captured = Date.parse(capturedAt);
  const received = Date.parse(issueReceivedAt);
  if (Number.isNaN(captured) || Number.isNaN(received)) return null;
  return captured < received ? 'taken_before_issue' : null;
}
