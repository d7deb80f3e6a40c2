import type { Language } from '@shared/ipc';

/** What the main process itself shows: the application menu, the tray and the About box. */
export interface MainStrings {
  menu: {
    file: string;
    syncNow: string;
    closeWindow: string;
    quit: string;
    edit: string;
    undo: string;
    redo: string;
    cut: string;
    copy: string;
    paste: string;
    selectAll: string;
    view: string;
    reload: string;
    forceReload: string;
    devTools: string;
    resetZoom: string;
    zoomIn: string;
    zoomOut: string;
    fullScreen: string;
    window: string;
    minimize: string;
    zoom: string;
    front: string;
    help: string;
    about: string;
    portal: string;
    services: string;
    hide: string;
    hideOthers: string;
    showAll: string;
  };
  tray: {
    syncNow: string;
    open: string;
    quit: string;
    /** The tooltip: how many changes wait to be sent. */
    pending: (count: number) => string;
  };
  about: {
    title: string;
    detail: (version: string) => string;
  };
}

const appName = 'Gorod Desk';

export const mainStrings: Record<Language, MainStrings> = {
  ru: {
    menu: {
      file: 'Файл',
      syncNow: 'Синхронизировать',
      closeWindow: 'Закрыть окно',
      quit: 'Выход',
      edit: 'Правка',
      undo: 'Отменить',
      redo: 'Повторить',
      cut: 'Вырезать',
      copy: 'Копировать',
      paste: 'Вставить',
      selectAll: 'Выделить всё',
      view: 'Вид',
      reload: 'Перезагрузить',
      forceReload: 'Перезагрузить без кэша',
      devTools: 'Инструменты разработчика',
      resetZoom: 'Фактический размер',
      zoomIn: 'Увеличить',
      zoomOut: 'Уменьшить',
      fullScreen: 'Во весь экран',
      window: 'Окно',
      minimize: 'Свернуть',
      zoom: 'Изменить масштаб окна',
      front: 'Все окна — на передний план',
      help: 'Справка',
      about: 'О программе',
      portal: 'Портал «Наш город»',
      services: 'Службы',
      hide: `Скрыть ${appName}`,
      hideOthers: 'Скрыть остальные',
      showAll: 'Показать все',
    },
    tray: {
      syncNow: 'Синхронизировать сейчас',
      open: 'Открыть',
      quit: 'Выход',
      pending: (count) =>
        count > 0 ? `${appName} — не отправлено: ${count}` : `${appName} — всё отправлено`,
    },
    about: {
      title: 'О программе',
      detail: (version) =>
        `Версия ${version}\nРабочее место управляющей компании для обращений жителей с портала «Наш город».`,
    },
  },
  en: {
    menu: {
      file: 'File',
      syncNow: 'Sync',
      closeWindow: 'Close Window',
      quit: 'Quit',
      edit: 'Edit',
      undo: 'Undo',
      redo: 'Redo',
      cut: 'Cut',
      copy: 'Copy',
      paste: 'Paste',
      selectAll: 'Select All',
      view: 'View',
      reload: 'Reload',
      forceReload: 'Force Reload',
      devTools: 'Developer Tools',
      resetZoom: 'Actual Size',
      zoomIn: 'Zoom In',
      zoomOut: 'Zoom Out',
      fullScreen: 'Full Screen',
      window: 'Window',
      minimize: 'Minimize',
      zoom: 'Zoom',
      front: 'Bring All to Front',
      help: 'Help',
      about: 'About',
      portal: '«Nash Gorod» portal',
      services: 'Services',
      hide: `Hide ${appName}`,
      hideOthers: 'Hide Others',
      showAll: 'Show All',
    },
    tray: {
      syncNow: 'Sync now',
      open: 'Open',
      quit: 'Quit',
      pending: (count) => (count > 0 ? `${appName} — unsent: ${count}` : `${appName} — everything sent`),
    },
    about: {
      title: 'About',
      detail: (version) =>
        `Version ${version}\nThe workstation of a management company for residents' issues from «Nash Gorod».`,
    },
  },
};

export const APP_NAME = appName;
