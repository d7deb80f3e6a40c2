// The catalogue of failures a person can meet: what happened and what to do next, by code.
// Filled in by the failure catalogue; see failure-codes.ts for the codes.
import type { Words } from './types';

export const failuresRu = {
  unknown: {
    what: 'Произошла непредвиденная ошибка.',
    next: 'Повторите действие. Если ошибка повторяется, сообщите в техподдержку, приложив «Подробнее».',
  },
};

export const failuresEn: Words<typeof failuresRu> = {
  unknown: {
    what: 'Something unexpected went wrong.',
    next: 'Try again. If it keeps happening, tell support and include the Details line.',
  },
};
