// The desktop shell's own words (the application menu, the tray, the About box), read by the
// main process; plain data with {{placeholders}} filled by fillIn (no i18next in main).
import type { Words } from './types';

export const APP_NAME = 'Gorod Desk';

const ru = {
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
    hide: 'Скрыть {{app}}',
    hideOthers: 'Скрыть остальные',
    showAll: 'Показать все',
  },
  tray: {
    syncNow: 'Синхронизировать сейчас',
    open: 'Открыть',
    quit: 'Выход',
    pendingSome: '{{app}} — не отправлено: {{count}}',
    pendingNone: '{{app}} — всё отправлено',
  },
  about: {
    title: 'О программе',
    detail:
      'Версия {{version}}\nРабочее место управляющей компании для обращений жителей с портала «Наш город».',
  },
  unsaved: {
    message: 'Черновик отчёта ещё сохраняется',
    detail:
      'Если закрыть окно сейчас, последние изменения отчёта не сохранятся. Подождите секунду — и окно можно будет закрыть.',
    stay: 'Подождать',
    leave: 'Закрыть без сохранения',
  },
};

const en: Words<typeof ru> = {
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
    hide: 'Hide {{app}}',
    hideOthers: 'Hide Others',
    showAll: 'Show All',
  },
  tray: {
    syncNow: 'Sync now',
    open: 'Open',
    quit: 'Quit',
    pendingSome: '{{app}} — unsent: {{count}}',
    pendingNone: '{{app}} — everything sent',
  },
  about: {
    title: 'About',
    detail:
      "Version {{version}}\nThe workstation of a management company for residents' issues from «Nash Gorod».",
  },
  unsaved: {
    message: 'The report draft is still being saved',
    detail:
      'If the window closes now, the latest changes to the report are lost. Wait a second, and the window can be closed.',
    stay: 'Wait',
    leave: 'Close without saving',
  },
};

export const shellMessages = { ru, en };
export type ShellMessages = typeof ru;
