// The words of a report written once for a cluster of complaints, Russian and English; merged
// into the app's resources as `clusterReport.*` (i18n/resources.ts). Russian plurals carry
// _one/_few/_many/_other; English carries the same keys so both files match.

const ru = {
  answerTogether_one: 'Один отчёт на {{count}} похожую заявку',
  answerTogether_few: 'Один отчёт на {{count}} похожие заявки',
  answerTogether_many: 'Один отчёт на {{count}} похожих заявок',
  answerTogether_other: 'Один отчёт на {{count}} похожие заявки',
  continueTogether: 'Продолжить общий отчёт',
  sentTogether: 'Общий отчёт',
  opening: 'Готовим общий отчёт…',
  nothingTogether: 'Похожих заявок, на которые можно ответить вместе с этой, сейчас нет.',
  title_one: 'Отчёт получит {{count}} заявка',
  title_few: 'Отчёт получат {{count}} заявки',
  title_many: 'Отчёт получат {{count}} заявок',
  title_other: 'Отчёт получат {{count}} заявки',
  hint: 'Каждая заявка получит свой отчёт с этим текстом и фото, фото отправятся один раз. Снимите отметку, чтобы не отвечать на заявку, или дайте ей свой текст.',
  thisIssue: 'эта заявка',
  include: 'Ответить на заявку {{number}}',
  leftOut: 'Не получит отчёт',
  ownWords: 'Свой текст',
  sharedWords: 'Вернуть общий текст',
  ownText: 'Текст для заявки {{number}}',
  ownTextHelp: 'Только для этой заявки, вместо общего текста · {{count}} символов, минимум {{min}}',
  refused: 'Город не принял отчёт по заявке {{number}}',
  submit_one: 'Отправить отчёт в {{count}} заявку',
  submit_few: 'Отправить отчёт в {{count}} заявки',
  submit_many: 'Отправить отчёт в {{count}} заявок',
  submit_other: 'Отправить отчёт в {{count}} заявки',
  problems: {
    ownTextTooShort: 'Свой текст для заявки {{number}} короче {{min}} символов.',
    ownTextTooLong: 'Свой текст для заявки {{number}} длиннее {{max}} символов.',
  },
};

const en: typeof ru = {
  answerTogether_one: 'One report for {{count}} similar issue',
  answerTogether_few: 'One report for {{count}} similar issues',
  answerTogether_many: 'One report for {{count}} similar issues',
  answerTogether_other: 'One report for {{count}} similar issues',
  continueTogether: 'Continue the shared report',
  sentTogether: 'Shared report',
  opening: 'Preparing the shared report…',
  nothingTogether: 'No similar issues can be answered together with this one now.',
  title_one: 'This report answers {{count}} issue',
  title_few: 'This report answers {{count}} issues',
  title_many: 'This report answers {{count}} issues',
  title_other: 'This report answers {{count}} issues',
  hint: 'Each issue gets a report of its own with this text and these photos; the photos are sent once. Untick an issue to leave it out, or give it words of its own.',
  thisIssue: 'this issue',
  include: 'Answer issue {{number}}',
  leftOut: 'Gets no report',
  ownWords: 'Own words',
  sharedWords: 'Use the shared text',
  ownText: 'Text for issue {{number}}',
  ownTextHelp: 'For this issue only, instead of the shared text · {{count}} characters, at least {{min}}',
  refused: 'The city did not accept the report on issue {{number}}',
  submit_one: 'Send the report to {{count}} issue',
  submit_few: 'Send the report to {{count}} issues',
  submit_many: 'Send the report to {{count}} issues',
  submit_other: 'Send the report to {{count}} issues',
  problems: {
    ownTextTooShort: 'The own words for issue {{number}} are shorter than {{min}} characters.',
    ownTextTooLong: 'The own words for issue {{number}} are longer than {{max}} characters.',
  },
};

export const clusterReportMessages = { ru, en };
