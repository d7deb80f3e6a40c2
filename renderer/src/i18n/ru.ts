// Russian is the default language of the app; every other language has the same keys.
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
    saveFailed: 'Не удалось сохранить настройку: {{reason}}',
  },
  languages: {
    ru: 'Русский',
    en: 'English',
  },
  errors: {
    title: 'Что-то пошло не так',
    body: 'Экран не смог отобразиться. Ваши данные сохранены на этом компьютере — перезагрузите окно.',
    reload: 'Перезагрузить',
    details: 'Подробности для техподдержки',
  },
} as const;

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof ru>;
