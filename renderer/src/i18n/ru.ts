// The renderer shell's own words (navigation, sign-in, sync, settings), Russian first; en.ts
// has the same keys (`Words<typeof ru>`). Features keep theirs beside them (features/*/messages.ts),
// the words every screen shares are in shared/i18n; i18n/index.ts merges them all.
export const ru = {
  app: {
    name: 'Gorod Desk',
    tagline: 'Рабочее место управляющей компании · «Наш город»',
    moscowTime: 'Москва',
  },
  nav: {
    queue: 'Очередь',
    myWork: 'Мои заявки',
    ratings: 'Рейтинг',
    sync: 'Синхронизация',
    settings: 'Настройки',
    label: 'Разделы',
  },
  screens: {
    queue: {
      title: 'Очередь заявок',
      description:
        'Все заявки компании: новые, просроченные, возвращённые на доработку — с фильтрами и сроками.',
    },
    myWork: {
      title: 'Мои заявки',
      description:
        'Заявки, назначенные вам: отчёт с фото можно написать без сети и отправить, когда связь появится.',
    },
    ratings: {
      title: 'Рейтинг компании',
      description: 'Доля ответов в срок, возвраты, повторные обращения и оценки жителей за выбранный период.',
    },
    sync: {
      title: 'Синхронизация',
      description: 'Связь с сервером города, последняя синхронизация и очередь неотправленных изменений.',
    },
    notYetConnected: 'Этот раздел заработает, когда приложение подключится к серверу города.',
  },
  settings: {
    title: 'Настройки',
    language: 'Язык интерфейса',
    languageHint: 'Даты и сроки всегда показываются по московскому времени.',
    about: 'О программе',
    version: 'Версия',
    platform: 'Платформа',
    platformElectron: 'Настольное приложение',
    platformWeb: 'Браузер',
    os: 'Система',
    saveFailedTitle: 'Настройка не сохранена',
    notifications: 'Уведомления',
    notifyUrgent: 'Новая срочная заявка',
    notifyDueToday: 'Срок заявки истекает сегодня',
    server: 'Сервер города',
    serverHint: 'Сервер меняется на экране входа: выйдите и укажите другой адрес.',
  },
  languages: {
    ru: 'Русский',
    en: 'English',
  },
  auth: {
    title: 'Вход в Gorod Desk',
    subtitle: 'Войдите под учётной записью сотрудника управляющей компании.',
    server: 'Сервер города',
    serverHint: 'Адрес сервера «Наш город», к которому подключается рабочее место.',
    login: 'Логин',
    password: 'Пароль',
    submit: 'Войти',
    submitting: 'Вход…',
    demoTitle: 'Демо-город',
    demoBody:
      'Логины dispatcher (диспетчер), supervisor (мастер участка), manager (руководитель) и neighbour.dispatcher (соседний район), пароль demo.',
    expiredTitle: 'Сессия истекла',
    expiredBody:
      'Сервер города попросил войти снова. Всё, что вы сделали, сохранено на этом компьютере и будет отправлено после входа.',
    signInAgain: 'Войти снова',
    signOut: 'Выйти',
    signOutTitle: 'Выйти из Gorod Desk?',
    signOutUnsent_one:
      '{{count}} изменение ещё не отправлено в город. Оно останется на этом компьютере и уйдёт, когда вы снова войдёте.',
    signOutUnsent_few:
      '{{count}} изменения ещё не отправлены в город. Они останутся на этом компьютере и уйдут, когда вы снова войдёте.',
    signOutUnsent_many:
      '{{count}} изменений ещё не отправлены в город. Они останутся на этом компьютере и уйдут, когда вы снова войдёте.',
    signOutUnsent_other:
      '{{count}} изменения ещё не отправлены в город. Они останутся на этом компьютере и уйдут, когда вы снова войдёте.',
    cancel: 'Отмена',
  },
  sync: {
    online: 'В сети',
    offline: 'Нет сети',
    syncing: 'Синхронизация…',
    syncNow: 'Синхронизировать сейчас',
    lastSuccess: 'Последняя синхронизация: {{when}}',
    never: 'Ещё не синхронизировано',
    nextAttempt: 'Следующая попытка: {{when}}',
    failedTitle: 'Синхронизация не удалась',
    offlineNote:
      'Нет подключения к сети. Изменения сохраняются на этом компьютере и будут отправлены автоматически.',
    status: 'Состояние',
    pendingTitle: 'Очередь отправки',
    pendingEmpty: 'Все изменения отправлены в город.',
    historyTitle: 'Отправлено недавно',
    kinds: { report: 'Отчёт по заявке {{number}}', issue_patch: 'Изменение заявки {{number}}' },
    states: {
      waiting: 'Ожидает отправки',
      sending: 'Отправляется',
      sendingPhotos: 'Отправка фото: {{done}} из {{total}}',
      sent: 'Отправлено',
      refused: 'Отклонено городом',
    },
    attempts: 'Попыток: {{count}}',
    lastErrorTitle: 'Последняя ошибка',
    retry: 'Отправить снова',
    discard: 'Отменить изменение',
    details: 'Подробности',
    key: 'Ключ идемпотентности',
    createdAt: 'Создано: {{when}}',
    pendingBadge: 'Не отправлено: {{count}}',
    patchDescription: 'Исполнитель: {{assignee}}; приоритет: {{priority}}',
    unchanged: 'без изменений',
  },
  notices: {
    assignmentConflict:
      'Заявку {{number}} уже изменил другой сотрудник: сейчас исполнитель — {{assignee}}. Ваше назначение не отправлено.',
    reportRefused: 'Город не принял отчёт по заявке {{number}}. {{message}} Отчёт сохранён.',
    changeRefused: 'Город не принял изменение. {{message}}',
    open: 'Открыть',
    retry: 'Повторить',
    nobody: 'не назначен',
  },
  errors: {
    title: 'Что-то пошло не так',
    body: 'Экран не смог отобразиться. Ваши данные сохранены на этом компьютере — перезагрузите окно.',
    reload: 'Перезагрузить',
    details: 'Подробности для техподдержки',
  },
};
