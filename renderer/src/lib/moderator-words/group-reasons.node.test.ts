import { describe, expect, it } from 'vitest';
import { moderatorComments } from '../../../../city-server/src/seed/demo-data/report-texts';
import { groupReasons, SAME_REASON } from './group-reasons';
import { wordSimilarity, wordStems } from './normalise';

// The demo city's moderators' reasons (city-server's seed), and the same reasons as a moderator
// retypes them: other punctuation and case, a word swapped for a synonym, an ending changed.
const retyped: [seed: number, comment: string][] = [
  [0, 'На фото не виден результат работ, приложите фото после устранения!'],
  [1, 'Фото не соответствуют адресу обращения'],
  [2, 'Ответ формальный. Опишите выполненные работы.'],
  [2, 'ответ носит формальный характер, опишите какие работы выполнены'],
  [3, 'Фотографии сделаны до выполнения работ. Нужно фото после устранения.'],
  [4, 'Проблема устранена не полностью по фото, требуется доработка.'],
  [5, 'Не указан срок выполнения работ.'],
  [6, 'Фото плохого качества, результат работ не виден.'],
  [7, 'Ответ не по сути обращения.'],
  [8, 'На фото после работ та же проблема, выполните работы повторно.'],
  [9, 'Приложите фото общим планом места работ.'],
];

const similarity = (a: string, b: string) => wordSimilarity(wordStems(a), wordStems(b));

describe('the moderators’ words', () => {
  it('are compared without case, punctuation, ё, endings or the little words', () => {
    expect(wordStems('Ответ носит ФОРМАЛЬНЫЙ характер. Опишите, какие работы выполнены!')).toEqual([
      'ответ',
      'носит',
      'форма',
      'харак',
      'опиши',
      'работ',
      'выпол',
    ]);
    expect(similarity('Ещё раз: фото — не то.', 'еще раз фото то')).toBe(1);
  });

  // The closest two of the seed's reasons (no result seen / taken before the work) share 4 of 9
  // stems, 0.44; the farthest retyped wording (плохого for низкого, виден for не просматривается)
  // shares 4 of 8 with its own, 0.50: SAME_REASON sits between.
  it('tell each of the seed’s reasons from every other, and each retyped one joins its own', () => {
    moderatorComments.forEach((a, i) =>
      moderatorComments.forEach((b, j) => {
        if (i < j) expect(similarity(a, b), `${a} / ${b}`).toBeLessThan(SAME_REASON);
      }),
    );
    for (const [seed, comment] of retyped) {
      expect(similarity(comment, moderatorComments[seed] ?? ''), comment).toBeGreaterThanOrEqual(SAME_REASON);
    }
  });
});

describe('grouping the reasons', () => {
  it('counts the seed’s reasons and their retyped wordings as ten reasons, named by the commonest wording', () => {
    const comments = [...moderatorComments, ...moderatorComments, ...retyped.map(([, comment]) => comment)];
    const groups = groupReasons(comments);
    expect(groups).toHaveLength(moderatorComments.length);
    const formal = groups.find((group) => group.label === moderatorComments[2]);
    expect(formal?.count).toBe(4);
    expect(formal?.wordings).toHaveLength(3);
    expect(groups.reduce((sum, group) => sum + group.count, 0)).toBe(comments.length);
    expect(groups[0]).toMatchObject({ label: moderatorComments[2], count: 4 });
  });

  it('puts the most frequent reason first and ignores empty comments', () => {
    const groups = groupReasons([
      'Не указаны сроки выполнения работ.',
      '  ',
      'Фотоматериалы не соответствуют адресу обращения.',
      'фотоматериалы не соответствуют адресу обращения',
      'Фотоматериалы не соответствуют адресу обращения.',
    ]);
    expect(groups.map(({ label, count }) => [label, count])).toEqual([
      ['Фотоматериалы не соответствуют адресу обращения.', 3],
      ['Не указаны сроки выполнения работ.', 1],
    ]);
  });
});
