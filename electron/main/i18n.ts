import type { Language } from '@shared/ipc';
import { APP_NAME, fillIn, shellMessages, type ShellMessages } from '@shared/i18n';

/** What the main process itself shows: the application menu, the tray and the About box. */
export interface MainStrings {
  menu: ShellMessages['menu'];
  tray: Omit<ShellMessages['tray'], 'pendingSome' | 'pendingNone'> & {
    /** The tooltip: how many changes wait to be sent. */
    pending: (count: number) => string;
  };
  about: { title: string; detail: (version: string) => string };
  /** Asked when the page refuses to unload: a draft is still on its way to disk. */
  unsaved: ShellMessages['unsaved'];
}

function stringsFor(language: Language): MainStrings {
  const words = shellMessages[language];
  const { pendingSome, pendingNone, ...tray } = words.tray;
  return {
    menu: { ...words.menu, hide: fillIn(words.menu.hide, { app: APP_NAME }) },
    tray: {
      ...tray,
      pending: (count) => fillIn(count > 0 ? pendingSome : pendingNone, { app: APP_NAME, count }),
    },
    about: { title: words.about.title, detail: (version) => fillIn(words.about.detail, { version }) },
    unsaved: words.unsaved,
  };
}

export const mainStrings: Record<Language, MainStrings> = { ru: stringsFor('ru'), en: stringsFor('en') };

export { APP_NAME };
