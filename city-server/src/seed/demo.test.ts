import { describe, expect, it } from 'vitest';
import { isWorkingDay } from '@shared/calendar';
import { generateDemoWorld } from './demo';
import type { SeedIssue, SeedWorld } from './world';

// What makes the demo city believable to a Moscow dispatcher: the right companies and
// people, the portal's categories and SLAs, a year of seasonal complaints on real streets,
// every stage of the workflow on screen, and texts that do not repeat.

const NOW = new Date('2026-11-24T12:00:00+03:00');
const world: SeedWorld = generateDemoWorld({ now: NOW, seed: 1 });
const nowMs = NOW.getTime();
const issuesOf = (companyId: string): SeedIssue[] => world.issues.filter((i) => i.companyId === companyId);
const main = issuesOf('co-obs');
const neighbour = issuesOf('co-obu');
const category = (id: string) => {
  const found = world.categories.find((c) => c.id === id);
  if (found === undefined) throw new Error(`no category ${id}`);
  return found;
};
const isOpen = (i: SeedIssue): boolean => i.issue.status !== 'resolved';
const monthOf = (i: SeedIssue): number => Number(i.issue.createdAt.slice(5, 7));

describe('the demo world', () => {
  it('is the same for the same seed and now, and different for another seed', () => {
    const again = generateDemoWorld({ now: NOW, seed: 1 });
    expect(again.issues).toEqual(world.issues);
    expect(again.reports).toEqual(world.reports);
    expect(again.ratings).toEqual(world.ratings);
    expect(again.photos.map((p) => p.sha256)).toEqual(world.photos.map((p) => p.sha256));
    const other = generateDemoWorld({ now: NOW, seed: 2 });
    expect(other.issues[100]?.issue.description).not.toBe(world.issues[100]?.issue.description);
    // Two more worlds: a second or two each, more on a machine shared with other work.
  }, 60_000);

  it('has the Жилищник of Орехово-Борисово Северное and its southern neighbour', () => {
    expect(world.companies).toEqual([
      {
        id: 'co-obs',
        name: 'ГБУ «Жилищник района Орехово-Борисово Северное»',
        district: 'Орехово-Борисово Северное',
      },
      {
        id: 'co-obu',
        name: 'ГБУ «Жилищник района Орехово-Борисово Южное»',
        district: 'Орехово-Борисово Южное',
      },
    ]);
    expect(main.length).toBeGreaterThanOrEqual(3000);
    expect(main.length).toBeLessThanOrEqual(4000);
    expect(neighbour.length).toBeGreaterThanOrEqual(200);
    expect(neighbour.length).toBeLessThanOrEqual(700);
  });

  it('has staff with Russian full names and the demo logins', () => {
    const staffOf = (companyId: string) => world.staff.filter((s) => s.companyId === companyId);
    const count = (companyId: string, role: string) =>
      staffOf(companyId).filter((s) => s.role === role).length;
    expect(staffOf('co-obs')).toHaveLength(30);
    expect([
      count('co-obs', 'dispatcher'),
      count('co-obs', 'supervisor'),
      count('co-obs', 'manager'),
    ]).toEqual([5, 22, 3]);
    expect(staffOf('co-obs').filter((s) => !s.active)).toHaveLength(3);
    expect(staffOf('co-obu')).toHaveLength(6);
    for (const member of world.staff) {
      expect(member.id).toMatch(/^st-\d{3}$/);
      expect(member.name).toMatch(/^[А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+(вич|вна|ич|ична)$/);
    }
    const loginOf = (login: string) => {
      const found = world.logins.find((l) => l.login === login);
      const member = world.staff.find((s) => s.id === found?.staffId);
      return {
        password: found?.password,
        role: member?.role,
        companyId: member?.companyId,
        active: member?.active,
      };
    };
    expect(loginOf('dispatcher')).toEqual({
      password: 'demo',
      role: 'dispatcher',
      companyId: 'co-obs',
      active: true,
    });
    expect(loginOf('supervisor')).toEqual({
      password: 'demo',
      role: 'supervisor',
      companyId: 'co-obs',
      active: true,
    });
    expect(loginOf('manager')).toEqual({
      password: 'demo',
      role: 'manager',
      companyId: 'co-obs',
      active: true,
    });
    expect(loginOf('neighbour.dispatcher')).toEqual({
      password: 'demo',
      role: 'dispatcher',
      companyId: 'co-obu',
      active: true,
    });
  });

  it('has the portal’s eight sections with realistic topics and SLAs', () => {
    const tops = world.categories.filter((c) => c.parentId === null);
    const topicList = world.categories.filter((c) => c.parentId !== null);
    expect(tops.map((c) => c.nameRu)).toEqual(
      expect.arrayContaining(['Мой дом', 'Мой двор', 'Моя дорога', 'Мой парк']),
    );
    expect(tops).toHaveLength(8);
    for (const top of tops) expect(topicList.some((t) => t.parentId === top.id)).toBe(true);
    expect(topicList.length).toBeGreaterThanOrEqual(30);
    expect(topicList.length).toBeLessThanOrEqual(45);
    expect(topicList.filter((t) => t.slaWorkingDays === 8).length / topicList.length).toBeGreaterThan(0.35);
    expect(category('entrance-lift').slaWorkingDays).toBe(1);
    expect(category('utilities-no-heating').slaWorkingDays).toBe(1);
    expect(category('building-roof-leak').slaWorkingDays).toBe(3);
    expect(category('building-icicles').slaWorkingDays).toBeLessThanOrEqual(2);
    expect(category('yard-snow').slaWorkingDays).toBeLessThanOrEqual(2);
    expect(category('yard-rubbish').afterPhotoRequired).toBe(true);
    expect(topicList.some((t) => !t.afterPhotoRequired)).toBe(true);
  });

  it('shows every stage of the workflow, with overdue and due-today issues', () => {
    for (const issues of [main, world.issues]) {
      const statuses = new Set(issues.map((i) => i.issue.status));
      expect([...statuses].sort()).toEqual([
        'in_progress',
        'new',
        'on_moderation',
        'reopened',
        'resolved',
        'returned',
      ]);
    }
    const open = main.filter(isOpen);
    expect(open.filter((i) => Date.parse(i.issue.deadlineAt) < nowMs).length).toBeGreaterThan(0);
    expect(isWorkingDay('2026-11-24')).toBe(true);
    expect(open.filter((i) => i.issue.deadlineAt.startsWith('2026-11-24')).length).toBeGreaterThan(0);
    expect(main.some((i) => i.issue.priority === 'urgent')).toBe(true);
    expect(main.some((i) => i.issue.priority === 'high')).toBe(true);
    // Old issues are done; the open ones are recent, save a few stuck ones.
    const old = main.filter((i) => nowMs - Date.parse(i.issue.receivedAt) > 60 * 86_400_000);
    expect(old.filter(isOpen).length / old.length).toBeLessThan(0.01);
    const reopened = main.find((i) => i.issue.status === 'reopened');
    expect(reopened?.events.some((e) => e.kind === 'reopened')).toBe(true);
    const returned = main.find((i) => i.issue.status === 'returned');
    expect(returned?.issue.moderatorComment?.length).toBeGreaterThan(10);
  });

  it('follows the seasons', () => {
    const share = (months: number[], ids: string[]): number => {
      const inMonths = main.filter((i) => months.includes(monthOf(i)));
      return inMonths.filter((i) => ids.includes(i.issue.categoryId)).length / inMonths.length;
    };
    const winterTopics = ['yard-snow', 'road-snow', 'building-icicles'];
    expect(share([12, 1, 2], winterTopics)).toBeGreaterThan(0.2);
    expect(share([6, 7, 8], winterTopics)).toBe(0);
    expect(share([6, 7, 8], ['greenery-grass', 'yard-playground'])).toBeGreaterThan(
      share([12, 1, 2], ['greenery-grass', 'yard-playground']) * 5,
    );
    expect(share([10], ['utilities-no-heating', 'utilities-low-temperature'])).toBeGreaterThan(
      share([7], ['utilities-no-heating', 'utilities-low-temperature']) * 5,
    );
  });

  it('places issues on real streets of each district', () => {
    const northStreets = [
      'Ореховый бульвар',
      'Шипиловская улица',
      'Шипиловский проезд',
      'улица Мусы Джалиля',
      'Борисовский проезд',
      'улица Генерала Белова',
      'Каширское шоссе',
      'улица Маршала Захарова',
    ];
    for (const { issue } of main) {
      expect(northStreets.some((street) => issue.address.startsWith(`${street}, д. `))).toBe(true);
      expect(issue.lat).toBeGreaterThan(55.605);
      expect(issue.lat).toBeLessThan(55.63);
      expect(issue.lng).toBeGreaterThan(37.675);
      expect(issue.lng).toBeLessThan(37.75);
    }
    for (const { issue } of neighbour) {
      expect(issue.lat).toBeGreaterThan(55.59);
      expect(issue.lat).toBeLessThan(55.615);
    }
    expect(new Set(main.map((i) => i.issue.address)).size).toBeGreaterThan(100);
  });

  it('numbers issues the portal’s way', () => {
    for (const { issue } of world.issues) {
      expect(issue.number).toMatch(/^НГ-\d{4}-\d{7}$/);
      expect(issue.number.slice(3, 7)).toBe(issue.createdAt.slice(0, 4));
    }
  });

  it('writes varied texts with every token filled in', () => {
    for (let start = 0; start + 30 <= main.length; start += 30) {
      const screen = main.slice(start, start + 30).map((i) => i.issue.description);
      expect(new Set(screen).size).toBe(30);
    }
    expect(new Set(main.map((i) => i.issue.description)).size / main.length).toBeGreaterThan(0.97);
    for (const { issue } of world.issues) {
      expect(issue.title.length).toBeGreaterThan(5);
      expect(issue.title.length).toBeLessThanOrEqual(80);
      expect(issue.description.length).toBeGreaterThan(30);
      expect(`${issue.title} ${issue.description}`).not.toMatch(/[{}]|undefined/);
    }
    for (const { report } of world.reports) expect(report.text).not.toMatch(/[{}]|undefined|\s{2}/);
  });

  it('answers mostly on time, with returned reports, ratings and resident photos in realistic shares', () => {
    const firstReport = new Map<string, string>();
    for (const { report } of world.reports)
      if (!firstReport.has(report.issueId)) firstReport.set(report.issueId, report.submittedAt);
    let first = 0;
    let onTime = 0;
    for (const { issue, events } of world.issues) {
      const submittedAt = firstReport.get(issue.id);
      const reopened = events.find((e) => e.kind === 'reopened');
      if (submittedAt === undefined) continue;
      first += 1;
      // A reopened issue's deadline was reset; its first answer is judged by the original one.
      const original = reopened === undefined ? issue.deadlineAt : null;
      if (original !== null ? Date.parse(submittedAt) < Date.parse(original) : true) onTime += 1;
    }
    expect(onTime / first).toBeGreaterThan(0.82);
    expect(onTime / first).toBeLessThan(0.93);
    const statuses = world.reports.map((r) => r.report.status);
    expect(statuses.filter((s) => s === 'rejected').length / statuses.length).toBeGreaterThan(0.08);
    const resolved = world.issues.filter((i) => i.issue.status === 'resolved').length;
    expect(world.ratings.length / resolved).toBeGreaterThan(0.3);
    expect(world.ratings.length / resolved).toBeLessThan(0.6);
    const scores = world.ratings.map((r) => r.rating.score);
    expect(scores.filter((s) => s >= 4).length / scores.length).toBeGreaterThan(0.6);
    expect(world.ratings.some((r) => r.rating.score === 1 && r.rating.comment !== null)).toBe(true);
    const withPhotos =
      world.issues.filter((i) => i.issue.residentPhotos.length > 0).length / world.issues.length;
    expect(withPhotos).toBeGreaterThan(0.7);
    expect(withPhotos).toBeLessThan(0.9);
    expect(Math.max(...world.issues.map((i) => i.issue.residentPhotos.length))).toBe(3);
  });

  it('draws a few dozen small photos', () => {
    expect(world.photos.length).toBeGreaterThanOrEqual(40);
    expect(world.photos.length).toBeLessThanOrEqual(80);
    for (const photo of world.photos) {
      expect(photo.mediaType).toBe('image/jpeg');
      expect(photo.bytes.length).toBeLessThan(20_000);
    }
  });
});
