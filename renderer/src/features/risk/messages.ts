// The «Под угрозой» view's words, Russian and English; merged into the app's resources in i18n/.
// Each reason code of the model (compute/types.ts) has its sentence; the numbers come rounded.
// Russian plurals carry _one/_few/_many/_other; English carries the same keys so both files match.

const ru = {
  title: 'Под угрозой',
  hint: 'Открытые заявки, которые могут не успеть к сроку: по истории компании, загрузке исполнителей и оставшимся рабочим часам',
  empty: 'Заявок под угрозой нет.',
  loading: 'Считаем, какие заявки могут опоздать…',
  count_one: '{{count}} заявка',
  count_few: '{{count}} заявки',
  count_many: '{{count}} заявок',
  count_other: '{{count}} заявки',
  toQueue: 'К очереди',
  viewLink: 'Под угрозой: открытые заявки, которые могут не успеть к сроку',
  listLabel: 'Заявки под угрозой',
  nobody: 'Не назначен',
  hoursLeft: 'до срока {{hours}} раб. ч',
  reason: {
    expected_late:
      'Ожидается ещё {{expected}} раб. ч, до срока {{left}} раб. ч: из {{alike}} похожих заявок {{scope}} опоздали {{late}}',
    scopeTopic: 'этой темы',
    scopeCompany: 'компании',
    beyond_history: 'Ждёт отчёта {{elapsed}} раб. ч — дольше почти всех {{samples}} прошлых заявок этой темы',
    no_history: 'Истории по теме ещё нет; до срока {{left}} раб. ч',
    unassigned: 'Никто не назначен, а прошла половина срока: оценка ×{{factor}}',
    heavy_load: 'У исполнителя {{open}} открытых заявок при обычных {{typical}}: оценка ×{{factor}}',
    rework: 'Отчёт возвращён на доработку',
  },
};

const en: typeof ru = {
  title: 'At risk',
  hint: 'Open issues that may miss their deadline: from the company’s history, the assignees’ load and the working hours left',
  empty: 'No issues at risk.',
  loading: 'Working out which issues may be late…',
  count_one: '{{count}} issue',
  count_few: '{{count}} issues',
  count_many: '{{count}} issues',
  count_other: '{{count}} issues',
  toQueue: 'To the queue',
  viewLink: 'At risk: open issues that may miss their deadline',
  listLabel: 'Issues at risk',
  nobody: 'Not assigned',
  hoursLeft: '{{hours}} working h to the deadline',
  reason: {
    expected_late:
      '{{expected}} working h still expected, {{left}} working h to the deadline: {{late}} of {{alike}} alike issues {{scope}} were late',
    scopeTopic: 'of this topic',
    scopeCompany: 'of the company',
    beyond_history:
      'Waiting for a report for {{elapsed}} working h, longer than nearly all {{samples}} past issues of this topic',
    no_history: 'No history for this topic yet; {{left}} working h to the deadline',
    unassigned: 'Nobody assigned with half the time gone: estimate ×{{factor}}',
    heavy_load: 'The assignee holds {{open}} open issues where {{typical}} is usual: estimate ×{{factor}}',
    rework: 'The report was returned for rework',
  },
};

export const riskMessages = { ru, en };
