import type { Messages } from './ru';

export const en: Messages = {
  app: {
    name: 'Gorod Desk',
    tagline: 'Management company workstation · «Our City» portal',
    moscowTime: 'Moscow',
  },
  nav: {
    queue: 'Queue',
    myWork: 'My work',
    ratings: 'Ratings',
    sync: 'Sync',
    settings: 'Settings',
    label: 'Sections',
  },
  screens: {
    queue: {
      title: 'Issue queue',
      description:
        "All of the company's issues: new, overdue, returned for rework — with filters and deadlines.",
    },
    myWork: {
      title: 'My work',
      description:
        'Issues assigned to you: write the report with photos offline and it is sent when the network is back.',
    },
    ratings: {
      title: 'Company ratings',
      description: "On-time share, returns, reopenings and residents' scores over a chosen period.",
    },
    sync: {
      title: 'Sync',
      description: 'The connection to the city server, the last sync and the queue of unsent changes.',
    },
    notYetConnected: 'This section starts working once the app is connected to the city server.',
  },
  settings: {
    title: 'Settings',
    language: 'Interface language',
    languageHint: 'Dates and deadlines are always shown in Moscow time.',
    about: 'About',
    version: 'Version',
    platform: 'Platform',
    platformElectron: 'Desktop app',
    platformWeb: 'Browser',
    os: 'System',
    saveFailed: 'Could not save the setting: {{reason}}',
  },
  languages: {
    ru: 'Русский',
    en: 'English',
  },
  errors: {
    title: 'Something went wrong',
    body: 'This screen could not be shown. Your data is kept on this computer — reload the window.',
    reload: 'Reload',
    details: 'Details for support',
  },
};
