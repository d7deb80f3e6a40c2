import { describe, expect, it } from 'vitest';
import { generateBenchWorld } from './bench';
import { generateDemoWorld } from './demo';
import { violations } from './test/world-rules';

// The consistency rules every seed world must keep (test/world-rules.ts), on the demo and
// the benchmark worlds; a world takes a few seconds, more on a machine shared with other work.

const WORLD_TIMEOUT = { timeout: 60_000 };

const NOW = new Date('2026-11-24T12:00:00+03:00');

describe('seed worlds keep the consistency rules', () => {
  it('the demo world', WORLD_TIMEOUT, () => {
    expect(violations(generateDemoWorld({ now: NOW, seed: 1 }), NOW)).toEqual([]);
  });

  it('the demo world for another seed and a weekend evening', WORLD_TIMEOUT, () => {
    const now = new Date('2026-03-08T21:30:00+03:00');
    expect(violations(generateDemoWorld({ now, seed: 20260308 }), now)).toEqual([]);
  });

  it('a 2,000-issue benchmark world', () => {
    expect(violations(generateBenchWorld({ issues: 2000, now: NOW, seed: 5 }), NOW)).toEqual([]);
  });
});

describe('the rules themselves', () => {
  it('catch a broken world', () => {
    const world = generateBenchWorld({ issues: 300, now: NOW, seed: 9 });
    const issue = world.issues.find((i) => i.issue.status === 'resolved');
    const rejected = world.reports.find((r) => r.report.status === 'rejected');
    const rating = world.ratings[0];
    const report = world.reports.find((r) => r.report.photos.length > 0);
    if (!issue || !rejected || !rating || !report) throw new Error('the world lacks what the test breaks');
    issue.issue.deadlineAt = '2030-01-01T23:59:59+03:00';
    rating.rating.reportId = rejected.report.id;
    report.report.photos = [{ sha256: 'f'.repeat(64), role: 'after' }];
    const found = violations(world, NOW).join('\n');
    expect(found).toContain(`issue ${issue.issue.id} (resolved): deadlineAt`);
    expect(found).toContain(`rating ${rating.rating.id}: report is not an accepted report of its issue`);
    expect(found).toContain(`report ${report.report.id}`);
  });
});
