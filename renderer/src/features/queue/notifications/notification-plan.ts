import { isDueToday, moscowDateOf } from '@shared/calendar';
import type { NotificationChoices } from '@shared/ipc';
import type { QueueRow } from '../model/queue-row';
import { isAssignable } from '../model/deadline-window';

/** What has been announced already, kept between runs so nobody hears of the same thing twice. */
export interface NotificationMemory {
  /** Urgent new issues announced (pruned to those still urgent and new). */
  readonly urgent: readonly string[];
  /** Issues announced as due on `date` (Moscow): once a day per issue. */
  readonly dueToday: { readonly date: string; readonly ids: readonly string[] };
}

export const emptyMemory: NotificationMemory = { urgent: [], dueToday: { date: '', ids: [] } };

export type PlannedNotification =
  | { readonly kind: 'urgent'; readonly rows: readonly QueueRow[] }
  | { readonly kind: 'dueToday'; readonly rows: readonly QueueRow[] };

export interface PlanInput {
  rows: readonly QueueRow[];
  nowMs: number;
  memory: NotificationMemory;
  choices: NotificationChoices;
  /** Check deadlines now: on start and after each sync, not on every change of the replica. */
  checkDueToday: boolean;
  /** Whose issues concern this person: a supervisor hears of their own, a dispatcher of all. */
  concerns: (row: QueueRow) => boolean;
}

export interface Plan {
  notifications: PlannedNotification[];
  memory: NotificationMemory;
}

/** An issue that reached the company as urgent and nobody has taken into work yet. */
export const isUrgentArrival = (row: QueueRow): boolean => row.status === 'new' && row.priority === 'urgent';

/**
 * Decides what to announce: new urgent issues not announced before, and (when asked to check)
 * open issues whose deadline falls today and that were not announced today. A choice turned
 * off in Settings announces nothing but still remembers, so turning it on later does not
 * bring a flood of old news.
 */
export function planNotifications(input: PlanInput): Plan {
  const { rows, nowMs, memory, choices } = input;
  const notifications: PlannedNotification[] = [];

  const urgentNow = rows.filter(isUrgentArrival);
  const announced = new Set(memory.urgent);
  const arrivals = urgentNow.filter((row) => !announced.has(row.id) && input.concerns(row));
  if (arrivals.length > 0 && choices.urgentIssues) notifications.push({ kind: 'urgent', rows: arrivals });
  const stillUrgent = new Set(urgentNow.map((row) => row.id));
  const urgent = [...memory.urgent.filter((id) => stillUrgent.has(id)), ...arrivals.map((row) => row.id)];

  let dueToday = memory.dueToday;
  if (input.checkDueToday) {
    const today = moscowDateOf(nowMs);
    const told = new Set(dueToday.date === today ? dueToday.ids : []);
    const now = new Date(nowMs);
    const due = rows.filter(
      (row) =>
        isAssignable(row.status) &&
        !told.has(row.id) &&
        input.concerns(row) &&
        isDueToday(now, new Date(row.deadlineMs)),
    );
    if (due.length > 0 && choices.dueToday) notifications.push({ kind: 'dueToday', rows: due });
    dueToday = { date: today, ids: [...told, ...due.map((row) => row.id)] };
  }
  return { notifications, memory: { urgent, dueToday } };
}
