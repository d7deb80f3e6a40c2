// One scheme: each part's words are `{ru, en}` with `en` typed after `ru`, so a missing English
// word fails the type check. The i18next resources are built here from all of them:
// common.* (shared/i18n/common.ts), the shell's keys (ru.ts, en.ts) and one key per feature.
import type { Language } from '@shared/ipc';
import { commonMessages } from '@shared/i18n';
import { queueMessages } from '../features/queue/messages';
import { clusterMessages } from '../features/queue/clusters/messages';
import { checksMessages } from '../features/report/checks/messages';
import { ratingsMessages } from '../features/ratings/messages';
import { repeatsMessages } from '../features/ratings/repeats-messages';
import { returnReasonsMessages } from '../features/ratings/return-reasons-messages';
import { reportMessages } from '../features/report/messages';
import { clusterReportMessages } from '../features/report/cluster/messages';
import { riskMessages } from '../features/risk/messages';
import { ru } from './ru';
import { en } from './en';

const shell = { ru, en };

function wordsFor(language: Language) {
  return {
    ...shell[language],
    common: commonMessages[language],
    queue: queueMessages[language],
    clusters: clusterMessages[language],
    ratings: ratingsMessages[language],
    returnReasons: returnReasonsMessages[language],
    repeats: repeatsMessages[language],
    report: reportMessages[language],
    clusterReport: clusterReportMessages[language],
    risk: riskMessages[language],
    checks: checksMessages[language],
  };
}

export const translations = { ru: wordsFor('ru'), en: wordsFor('en') };
export type Translation = ReturnType<typeof wordsFor>;
