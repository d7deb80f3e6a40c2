import type { Random } from '../random';

// Residents' ratings of published answers: mostly fours and fives, with a stubborn tail of
// ones and twos from people who see the same pothole out of their window.

/** Shares of scores 1..5 among rated answers. */
const scoreShares = [0.1, 0.05, 0.08, 0.2, 0.57] as const;

/** How often a resident bothers to comment, by score 1..5. */
const commentShares = [0.9, 0.85, 0.6, 0.45, 0.35] as const;

const comments: readonly (readonly string[])[] = [
  [
    'Ничего не сделано! Фото не соответствует действительности.',
    'Отписка. Как было, так и есть.',
    'Фото с другого подъезда!',
    'Позор! Ничего не изменилось.',
    'Проблема не решена, буду жаловаться дальше.',
    'Никто не приходил, а ответ — «выполнено».',
  ],
  [
    'Сделано кое-как, через два дня всё вернулось.',
    'Убрали только то, что попало в кадр.',
    'Долго и некачественно.',
    'На фото всё красиво, а в жизни — нет.',
  ],
  [
    'Сделали частично.',
    'Сделано, но качество так себе.',
    'Сделали только после второго обращения.',
    'Посмотрим, надолго ли.',
  ],
  [
    'Сделали, но не сразу.',
    'Спасибо, но можно было и побыстрее.',
    'Хорошо, но через неделю опять будет то же самое.',
    'Сделали нормально, спасибо.',
    'В целом сделано, мелочи остались.',
  ],
  [
    'Спасибо, сделали быстро!',
    'Благодарю за оперативность.',
    'Спасибо мастеру!',
    'Наконец-то! Спасибо.',
    'Всё сделали, молодцы.',
    'Отлично, спасибо за работу.',
    'Спасибо, что так быстро отреагировали.',
  ],
];

export function drawScore(rng: Random): number {
  return rng.weightedIndex(scoreShares) + 1;
}

/** A disputing resident is an unhappy one. */
export function drawUnhappyScore(rng: Random): number {
  return rng.chance(0.7) ? 1 : 2;
}

export function drawRatingComment(rng: Random, score: number): string | null {
  const index = Math.min(4, Math.max(0, score - 1));
  if (!rng.chance(commentShares[index] ?? 0.5)) return null;
  return rng.pick(comments[index] ?? []);
}
