import { describe, expect, it } from 'vitest';
import { TextContext } from '../../../../../city-server/src/seed/demo-data/complaints';
import { composeReportText } from '../../../../../city-server/src/seed/demo-data/report-texts';
import { topics } from '../../../../../city-server/src/seed/demo-data/categories';
import { Random } from '../../../../../city-server/src/seed/random';
import { templatesFor } from '../templates';
import { checkAnswerText, type ReturnedAnswer } from './answer-check';

// Tried on the demo city's answers (city-server's seed): the detailed ones a moderator accepts,
// for every topic, and the formal ones it returns.

const house = {
  street: 'Шипиловская улица',
  number: 'д. 35, корп. 2',
  address: 'Шипиловская улица, д. 35, корп. 2',
  lat: 55.61,
  lng: 37.72,
  floors: 12,
  entrances: 4,
};

function seedAnswers(formal: boolean): { topicId: string; text: string }[] {
  const answers: { topicId: string; text: string }[] = [];
  topics.forEach(({ category }, index) => {
    for (let seed = 0; seed < 6; seed += 1) {
      const rng = new Random(index * 100 + seed);
      const context = new TextContext(rng, house, { company: 'ГБУ «Жилищник района»' });
      const options = { hasPhotos: true, hasBeforePhotos: seed % 2 === 0, formal };
      answers.push({ topicId: category.id, text: composeReportText(category.id, context, rng, options) });
    }
  });
  return answers;
}

const topicOf = (id: string) => topics.find(({ category }) => category.id === id)?.category;
const codes = (text: string, returned: ReturnedAnswer[] = [], templates: string[] = []) =>
  checkAnswerText(text, { returned, templates }).map((it) => it.code);

describe('the answer check', () => {
  it('passes every detailed answer of the demo city, on every topic, against the company’s templates', () => {
    const wrong = seedAnswers(false).filter(
      ({ topicId, text }) => codes(text, [], templatesFor(topicOf(topicId))).join() !== 'answer_specific',
    );
    expect(wrong.map(({ text }) => [text, codes(text)])).toEqual([]);
  });

  it('flags every formal answer of the demo city as saying nothing of what was done', () => {
    for (const { text } of seedAnswers(true)) expect(codes(text), text).toContain('answer_formal');
    expect(codes('Работы по обращению выполнены.')).toEqual(['answer_formal']);
  });

  it('flags an answer like one the moderator returned on the topic, naming the reason', () => {
    const returned = {
      text: 'Мусор вывезен, территория приведена в порядок.',
      comment: 'Фотоматериалы не соответствуют адресу обращения.',
      decidedAt: '2026-11-20T10:00:00+03:00',
    };
    const [like] = checkAnswerText('Мусор вывезен. Территория приведена в порядок!', {
      returned: [returned],
      templates: [],
    });
    expect(like).toEqual({
      code: 'answer_like_returned',
      passed: false,
      numbers: { similarity: 100 },
      returned,
    });
    expect(
      codes('У третьего подъезда вывезены два мешка мусора, площадка подметена и вымыта.', [returned]),
    ).toEqual(['answer_specific']);
  });

  it('flags a company template inserted and left as it was, and passes it once the particulars are written', () => {
    const templates = templatesFor(topicOf('yard-rubbish'));
    const [template] = templates;
    expect(codes(template ?? '', [], templates)).toEqual(['answer_template']);
    expect(
      codes(
        `${template} Вывезено три мешка бытового мусора и старый диван от 2-го подъезда, площадка вымыта.`,
        [],
        templates,
      ),
    ).toEqual(['answer_specific']);
  });

  it('flags a short answer and one that does not say what was done', () => {
    expect(codes('Мусор вывезен.')).toEqual(['answer_too_short']);
    expect(
      codes('Обращение передано подрядной организации, вывоз мусора запланирован на следующую неделю.'),
    ).toEqual(['answer_no_work_done']);
    expect(codes('   ')).toEqual([]);
  });
});
