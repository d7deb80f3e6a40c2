import { describe, expect, it } from 'vitest';
import { checkCaptureTime } from './capture-time';

describe('checkCaptureTime', () => {
  const received = '2026-03-28T16:00:00+03:00';

  it('warns when the photo was taken before the issue was received', () => {
    expect(checkCaptureTime('2026-03-28T15:59:59+03:00', received)).toBe('taken_before_issue');
    expect(checkCaptureTime('2025-11-01T10:00:00+03:00', received)).toBe('taken_before_issue');
  });

  it('compares instants, not wall clocks', () => {
    // 17:30 in Yekaterinburg (+05:00) is 15:30 in Moscow: before.
    expect(checkCaptureTime('2026-03-28T17:30:00+05:00', received)).toBe('taken_before_issue');
    // 14:30 UTC is 17:30 in Moscow: after.
    expect(checkCaptureTime('2026-03-28T14:30:00Z', received)).toBeNull();
  });

  it('says nothing for photos taken at or after receipt', () => {
    expect(checkCaptureTime(received, received)).toBeNull();
    expect(checkCaptureTime('2026-03-30T09:00:00+03:00', received)).toBeNull();
  });

  it('says nothing when either time is unknown or unreadable', () => {
    expect(checkCaptureTime(null, received)).toBeNull();
    expect(checkCaptureTime('yesterday', received)).toBeNull();
    expect(checkCaptureTime('2026-03-28T10:00:00+03:00', 'not a time')).toBeNull();
  });
});
