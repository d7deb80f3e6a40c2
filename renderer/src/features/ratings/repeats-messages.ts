// The words of the repeat complaints panel (components/RepeatsCard.tsx). Russian plurals take
// _one, _few, _many and _other; English carries the same keys (`typeof ru`).
const ru = {
  title: 'Повторные жалобы',
  caption_one:
    '{{count}} заявка периода пришла туда, где в предыдущие 30 дней заявку по той же теме закрыли: исправление не удержалось.',
  caption_few:
    '{{count}} заявки периода пришли туда, где в предыдущие 30 дней заявку по той же теме закрыли: исправление не удержалось.',
  caption_many:
    '{{count}} заявок периода пришли туда, где в предыдущие 30 дней заявку по той же теме закрыли: исправление не удержалось.',
  caption_other:
    '{{count}} заявки периода пришли туда, где в предыдущие 30 дней заявку по той же теме закрыли: исправление не удержалось.',
  none: 'В этом периоде повторных жалоб нет.',
  computing: 'Ищем повторные жалобы…',
  byTopic: 'По темам',
  byBuilding: 'По домам',
  byStaff: 'Кто закрыл прежнюю заявку',
  repeats: 'Повторных',
  share: 'Доля',
  nobody: 'Не назначено',
  openQueue: 'Открыть в очереди: {{name}}',
};

const en: typeof ru = {
  title: 'Repeat complaints',
  caption_one:
    '{{count}} issue of the period came where an issue on the same topic had been resolved in the 30 days before: the fix did not hold.',
  caption_few:
    '{{count}} issues of the period came where an issue on the same topic had been resolved in the 30 days before: the fix did not hold.',
  caption_many:
    '{{count}} issues of the period came where an issue on the same topic had been resolved in the 30 days before: the fix did not hold.',
  caption_other:
    '{{count}} issues of the period came where an issue on the same topic had been resolved in the 30 days before: the fix did not hold.',
  none: 'No repeat complaints in this period.',
  computing: 'Looking for repeat complaints…',
  byTopic: 'By topic',
  byBuilding: 'By building',
  byStaff: 'Who resolved the earlier issue',
  repeats: 'Repeats',
  share: 'Share',
  nobody: 'Unassigned',
  openQueue: 'Open in the queue: {{name}}',
};

export const repeatsMessages = { ru, en };
