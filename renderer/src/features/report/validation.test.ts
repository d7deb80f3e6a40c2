import { describe, expect, it } from 'vitest';
import { reportProblems } from './validation';

const after = { sha256: 'a'.repeat(64), role: 'after' as const };
const before = { sha256: 'b'.repeat(64), role: 'before' as const };
const context = {
  afterPhotoRequired: true,
  receivedAt: '2026-11-20T10:00:00+03:00',
  now: new Date('2026-11-24T12:00:00+03:00'),
};
const good = {
  text: 'Мусор вывезен, площадка убрана.',
  photos: [before, after],
  completedAt: '2026-11-24T11:00:00+03:00',
};

describe('report rules', () => {
  it('accept a report the city would accept', () => {
    expect(reportProblems(good, context)).toEqual([]);
  });

  it('count characters as the city does: code points after trimming', () => {
    // 19 letters and an emoji of two UTF-16 units: 20 code points, enough.
    expect(reportProblems({ ...good, text: `   ${'я'.repeat(19)}🧹   ` }, context)).toEqual([]);
    expect(reportProblems({ ...good, text: `   ${'я'.repeat(19)}   ` }, context)).toEqual([
      { code: 'textTooShort', min: 20 },
    ]);
    expect(reportProblems({ ...good, text: 'я'.repeat(4001) }, context)).toEqual([
      { code: 'textTooLong', max: 4000 },
    ]);
  });

  it('want an after-photo where the topic requires one, and at most 10 photos', () => {
    expect(reportProblems({ ...good, photos: [before] }, context)).toEqual([{ code: 'afterPhotoRequired' }]);
    expect(reportProblems({ ...good, photos: [before] }, { ...context, afterPhotoRequired: false })).toEqual(
      [],
    );
    expect(reportProblems({ ...good, photos: Array.from({ length: 11 }, () => after) }, context)).toEqual([
      { code: 'tooManyPhotos', max: 10 },
    ]);
  });

  it('refuse a completion time in the future or before the issue was received', () => {
    expect(reportProblems({ ...good, completedAt: '2026-11-24T13:00:00+03:00' }, context)).toEqual([
      { code: 'completedInFuture' },
    ]);
    expect(reportProblems({ ...good, completedAt: '2026-11-19T13:00:00+03:00' }, context)).toEqual([
      { code: 'completedBeforeReceived' },
    ]);
  });
});
