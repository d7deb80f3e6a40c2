import type { MessageBoxOptions } from 'electron';
import type { Language } from '@shared/ipc';
import { APP_NAME, mainStrings } from '../i18n';

/** The About box: the same on every OS (macOS's own panel knows nothing of the language setting). */
export function aboutBoxOptions(language: Language, version: string): MessageBoxOptions {
  const text = mainStrings[language].about;
  return {
    type: 'info',
    title: text.title,
    message: APP_NAME,
    detail: text.detail(version),
    buttons: ['OK'],
  };
}
