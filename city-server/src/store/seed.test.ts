import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyPassword } from '../auth/passwords';
import { fixtureWorld, ISSUE } from '../test/fixtures';
import { TEST_SCRYPT_COST } from '../test/harness';
import { seedDatabase } from './seed';
import { openCityStore, type CityStore } from './store';

describe('seedDatabase', () => {
  const stores: { store: CityStore; folder: string }[] = [];
  const newStore = (): CityStore => {
    const folder = mkdtempSync(join(tmpdir(), 'city-server-seed-'));
    const store = openCityStore(folder);
    stores.push({ store, folder });
    return store;
  };
  afterEach(() => {
    for (const { store, folder } of stores.splice(0)) {
      store.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('writes the world, with hashed passwords and times in Moscow form', async () => {
    const store = newStore();
    const world = fixtureWorld();
    const first = world.issues[0];
    if (first === undefined) throw new Error('the fixture has issues');
    first.issue.createdAt = '2026-03-02T07:00:00Z';
    const summary = await seedDatabase(store, world, { scryptCost: TEST_SCRYPT_COST });
    expect(summary).toMatchObject({
      companies: 2,
      issues: world.issues.length,
      reports: world.reports.length,
    });

    const login = store.catalog.login('dispatcher');
    expect(login?.passwordHash).toMatch(/^scrypt\$1024\$/);
    expect(login?.passwordHash).not.toContain('demo');
    expect(await verifyPassword('demo', login?.passwordHash ?? '')).toBe(true);
    expect(await verifyPassword('Demo', login?.passwordHash ?? '')).toBe(false);

    expect(store.issues.find(first.issue.id)?.issue.createdAt).toBe('2026-03-02T10:00:00+03:00');
    expect(store.issues.find(ISSUE.withdrawn)?.companyId).toBeNull();
    // The reopened issue keeps its first deadline (Tue 3 March) beside the current one.
    expect(store.issues.find(ISSUE.reopened)).toMatchObject({
      firstDeadlineAt: '2026-03-03T23:59:59+03:00',
      issue: { deadlineAt: '2026-03-11T23:59:59+03:00' },
    });
    expect(store.reports.all()).toHaveLength(world.reports.length);
  });

  it('goes only into an empty database', async () => {
    const store = newStore();
    await seedDatabase(store, fixtureWorld(), { scryptCost: TEST_SCRYPT_COST });
    await expect(seedDatabase(store, fixtureWorld(), { scryptCost: TEST_SCRYPT_COST })).rejects.toThrow(
      /not empty/,
    );
  });

  it('refuses a world with broken references or records, writing nothing', async () => {
    const store = newStore();
    const broken = fixtureWorld();
    const report = broken.reports[0];
    if (report === undefined) throw new Error('the fixture has reports');
    report.report.issueId = 'is-nowhere';
    await expect(seedDatabase(store, broken, { scryptCost: TEST_SCRYPT_COST })).rejects.toThrow(
      /unknown issue/,
    );
    const badIssue = fixtureWorld();
    const issue = badIssue.issues[0];
    if (issue === undefined) throw new Error('the fixture has issues');
    Object.assign(issue.issue, { status: 'lost' });
    await expect(seedDatabase(store, badIssue, { scryptCost: TEST_SCRYPT_COST })).rejects.toThrow();
    expect(store.isEmpty()).toBe(true);
  });
});
