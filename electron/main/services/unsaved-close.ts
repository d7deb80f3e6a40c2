import type { MessageBoxSyncOptions, WebContents } from 'electron';
import type { Language } from '@shared/ipc';
import { APP_NAME, mainStrings } from '../i18n';

const STAY = 0;
const LEAVE = 1;

/** The question asked when the page holds a write still on its way to disk. */
export function unsavedCloseOptions(language: Language): MessageBoxSyncOptions {
  const text = mainStrings[language].unsaved;
  return {
    type: 'warning',
    title: APP_NAME,
    message: text.message,
    detail: text.detail,
    buttons: [text.stay, text.leave],
    defaultId: STAY,
    cancelId: STAY,
    noLink: true,
  };
}

/**
 * The page refuses to unload while a draft is being written (renderer/src/platform/unload-guard.ts).
 * Electron would then keep the window open without a word; instead the person is asked, in the
 * language of the settings, and closes anyway only if they choose to.
 */
export function askBeforeClosingUnsaved(
  contents: Pick<WebContents, 'on'>,
  ask: (options: MessageBoxSyncOptions) => number,
  language: () => Language,
): void {
  contents.on('will-prevent-unload', (event) => {
    // preventDefault here overrides the page's refusal: the window goes.
    if (ask(unsavedCloseOptions(language())) === LEAVE) event.preventDefault();
  });
}
