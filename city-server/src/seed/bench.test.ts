import { describe, expect, it } from 'vitest';
import { generateBenchWorld } from './bench';
import { generateDemoWorld } from './demo';

// The benchmark world's own promises: the demo's companies and categories, exactly the
// number of issues asked for, every status, few photos, and the same world for a seed.
// The consistency rules are checked in world.test.ts.

const NOW = new Date('2026-11-24T12:00:00+03:00');

describe('the benchmark world', () => {
  // Two worlds of the default size: seconds each, more on a machine shared with other work.
  it(
    'is deterministic for a seed and shares the demo’s companies and categories',
    { timeout: 60_000 },
    () => {
      const world = generateBenchWorld({ issues: 500, now: NOW, seed: 3 });
      const again = generateBenchWorld({ issues: 500, now: NOW, seed: 3 });
      expect(again.issues).toEqual(world.issues);
      expect(again.reports).toEqual(world.reports);
      const demo = generateDemoWorld({ now: NOW, seed: 3 });
      expect(world.companies).toEqual(demo.companies);
      expect(world.categories).toEqual(demo.categories);
      expect(world.logins.map((l) => l.login)).toEqual(
        expect.arrayContaining(['dispatcher', 'supervisor', 'manager', 'neighbour.dispatcher']),
      );
      expect(world.staff.length).toBeLessThanOrEqual(15);
    },
  );

  it('generates 100,000 issues with every status, reusing a dozen photos', { timeout: 60_000 }, () => {
    const world = generateBenchWorld({ issues: 100_000, now: NOW, seed: 1 });
    expect(world.issues).toHaveLength(100_000);
    const statuses = new Map<string, number>();
    for (const { issue } of world.issues) statuses.set(issue.status, (statuses.get(issue.status) ?? 0) + 1);
    expect([...statuses.keys()].sort()).toEqual([
      'in_progress',
      'new',
      'on_moderation',
      'reopened',
      'resolved',
      'returned',
    ]);
    expect(world.companies.map((c) => world.issues.filter((i) => i.companyId === c.id).length > 0)).toEqual([
      true,
      true,
    ]);
    expect(world.reports.length).toBeGreaterThan(100_000);
    expect(world.ratings.length).toBeGreaterThan(20_000);
    expect(world.photos.length).toBeLessThanOrEqual(16);
    expect(new Set(world.issues.map((i) => i.issue.number)).size).toBe(100_000);
  });
});
