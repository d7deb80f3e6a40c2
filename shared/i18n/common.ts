// The words every screen shares, one word for each thing: statuses, priorities, roles,
// deadlines, photos and failures. The renderer reads them as `common.*`; the main process reads them
// directly. The status words are the city portal's own («На доработке», «Открыта повторно»).
import type { Words } from './types';
import { failuresEn, failuresRu } from './failures';

const ru = {
  status: {
    new: 'Новая',
    in_progress: 'В работе',
    on_moderation: 'На модерации',
    resolved: 'Решена',
    returned: 'На доработке',
    reopened: 'Открыта повторно',
  },
  priority: { normal: 'обычный', high: 'высокий', urgent: 'срочный' },
  roles: { dispatcher: 'Диспетчер', supervisor: 'Мастер участка', manager: 'Руководитель' },
  deadline: {
    daysShort: '{{count}} р.д.',
    hoursShort: '{{count}} ч',
    minutesShort: '{{count}} мин',
    overdueShort: 'просрочено {{span}}',
    todayShort: 'сегодня, {{span}}',
    workingDays_one: '{{count}} рабочий день',
    workingDays_few: '{{count}} рабочих дня',
    workingDays_many: '{{count}} рабочих дней',
    workingDays_other: '{{count}} рабочего дня',
    leftLong: 'Осталось: {{days}} и {{hours}} ч {{minutes}} мин сегодня',
    overdueLong: 'Просрочено: {{days}} и {{hours}} ч {{minutes}} мин сегодня',
    dueAt: 'Срок: {{when}} (МСК)',
  },
  repeat: {
    mark: 'Повторная жалоба',
  },
  // The shared photo thumbnail's and the queue's viewer's word for a photo not on this device.
  photo: { unavailable: 'Фото недоступно без связи с городом' },
  failure: {
    details: 'Подробнее',
    code: 'Код: {{code}}',
  },
  failures: failuresRu,
};

const en: Words<typeof ru> = {
  status: {
    new: 'New',
    in_progress: 'In progress',
    on_moderation: 'On moderation',
    resolved: 'Resolved',
    returned: 'Returned for rework',
    reopened: 'Reopened',
  },
  priority: { normal: 'normal', high: 'high', urgent: 'urgent' },
  roles: { dispatcher: 'Dispatcher', supervisor: 'Field supervisor', manager: 'Manager' },
  deadline: {
    daysShort: '{{count}} wd',
    hoursShort: '{{count}} h',
    minutesShort: '{{count}} min',
    overdueShort: 'overdue {{span}}',
    todayShort: 'today, {{span}}',
    workingDays_one: '{{count}} working day',
    workingDays_few: '{{count}} working days',
    workingDays_many: '{{count}} working days',
    workingDays_other: '{{count}} working days',
    leftLong: 'Left: {{days}} and {{hours}} h {{minutes}} min today',
    overdueLong: 'Overdue: {{days}} and {{hours}} h {{minutes}} min today',
    dueAt: 'Deadline: {{when}} (Moscow)',
  },
  repeat: {
    mark: 'Repeat complaint',
  },
  photo: { unavailable: 'The photo is unavailable without the city' },
  failure: {
    details: 'Details',
    code: 'Code: {{code}}',
  },
  failures: failuresEn,
};

export const commonMessages = { ru, en };
export type CommonMessages = typeof ru;
