// The words of the «return rate by reason» panel (components/ReturnReasonsCard.tsx). Russian
// plurals take _one, _few, _many and _other; English carries the same keys (`typeof ru`).
const ru = {
  title: 'Возвраты по причинам',
  caption_one:
    '{{count}} возврат ответов на заявки периода. Причины — слова модераторов; похожие формулировки сведены в одну.',
  caption_few:
    '{{count}} возврата ответов на заявки периода. Причины — слова модераторов; похожие формулировки сведены в одну.',
  caption_many:
    '{{count}} возвратов ответов на заявки периода. Причины — слова модераторов; похожие формулировки сведены в одну.',
  caption_other:
    '{{count}} возврата ответов на заявки периода. Причины — слова модераторов; похожие формулировки сведены в одну.',
  none: 'В этом периоде модератор не возвращал ответы.',
  reason: 'Причина',
  returns: 'Возвратов',
  share: 'Доля возвратов',
  issues: 'Заявок',
  alsoWritten: 'Также писали: {{wordings}}',
  withoutComment: 'Без комментария модератора: {{count}}',
};

const en: typeof ru = {
  title: 'Returns by reason',
  caption_one:
    '{{count}} return of answers to the period’s issues. Reasons are the moderators’ words; similar wordings are counted as one.',
  caption_few:
    '{{count}} returns of answers to the period’s issues. Reasons are the moderators’ words; similar wordings are counted as one.',
  caption_many:
    '{{count}} returns of answers to the period’s issues. Reasons are the moderators’ words; similar wordings are counted as one.',
  caption_other:
    '{{count}} returns of answers to the period’s issues. Reasons are the moderators’ words; similar wordings are counted as one.',
  none: 'The moderator returned no answers in this period.',
  reason: 'Reason',
  returns: 'Returns',
  share: 'Share of returns',
  issues: 'Issues',
  alsoWritten: 'Also written: {{wordings}}',
  withoutComment: 'Without a moderator’s comment: {{count}}',
};

export const returnReasonsMessages = { ru, en };
