import { z } from 'zod';
import { emptyMemory, type NotificationMemory } from './notification-plan';

// Kept in localStorage, one entry per database (company and person): it is only a note of what
// was already said, and losing it at worst repeats a notification.

const Stored = z.object({
  urgent: z.array(z.string()).max(10_000),
  dueToday: z.object({ date: z.string(), ids: z.array(z.string()).max(100_000) }),
});

export const memoryKey = (dbName: string): string => `gorod-desk.queue-notifications/${dbName}`;

export function loadMemory(storage: Pick<Storage, 'getItem'>, dbName: string): NotificationMemory {
  try {
    const raw = storage.getItem(memoryKey(dbName));
    const parsed = raw === null ? null : Stored.safeParse(JSON.parse(raw));
    return parsed?.success ? parsed.data : emptyMemory;
  } catch {
    return emptyMemory;
  }
}

export function saveMemory(
  storage: Pick<Storage, 'setItem'>,
  dbName: string,
  memory: NotificationMemory,
): void {
  try {
    storage.setItem(memoryKey(dbName), JSON.stringify(memory));
  } catch {
    // A full or unavailable storage only means a notification may be repeated.
  }
}
