// The words both processes need, as plain data: the renderer builds its i18next resources
// from them (renderer/src/i18n) and the main process reads them directly (electron/main/i18n.ts).
export type { Words } from './types';
export { localeOf } from './locale';
export { categoryName, categoryPath } from './category';
export { fillIn } from './interpolate';
export { commonMessages, type CommonMessages } from './common';
export { shellMessages, type ShellMessages, APP_NAME } from './shell';
export { failuresRu, failuresEn } from './failures';
export {
  failureKeyOf,
  failureKeys,
  cityErrorKinds,
  problemCodes,
  deskErrorCodes,
  syncCodes,
  type FailureKey,
} from './failure-codes';
