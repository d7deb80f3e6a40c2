import type { Role } from '@shared/domain';
import { navItems } from '../nav';

/** The screen each role works on most: where a person lands the first time they sign in. */
export const homeOfRole: Readonly<Record<Role, string>> = {
  dispatcher: '/queue',
  supervisor: '/my',
  manager: '/ratings',
};

/** The part of the storage the last screen is kept in (localStorage in the app). */
export type ScreenMemory = Pick<Storage, 'getItem' | 'setItem'>;

const keyOf = (userId: string) => `gorod-desk:last-screen:${userId}`;

/** The section a path belongs to (`/queue/НГ-1` → `/queue`), or null for a path of no section. */
export function sectionOf(pathname: string): string | null {
  const first = `/${pathname.split('/').filter(Boolean)[0] ?? ''}`;
  return navItems.some((item) => item.path === first) ? first : null;
}

/** Where a person lands after signing in: the last section they used, else their role's own. */
export function landingFor(memory: ScreenMemory, user: { id: string; role: Role }): string {
  const last = memory.getItem(keyOf(user.id));
  return (last !== null && sectionOf(last)) || homeOfRole[user.role];
}

/** Notes the section a person is on, for their next sign-in on this computer. */
export function rememberScreen(memory: ScreenMemory, userId: string, pathname: string): void {
  const section = sectionOf(pathname);
  if (section === null) return;
  try {
    memory.setItem(keyOf(userId), section);
  } catch {
    // A full or disabled storage only costs the convenience of landing where one left off.
  }
}
