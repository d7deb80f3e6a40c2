import type { Language } from '../ipc/settings';

/** The one map from the app's language to the locale its numbers and dates are written in. */
export const localeOf: Record<Language, string> = { ru: 'ru-RU', en: 'en-GB' };
