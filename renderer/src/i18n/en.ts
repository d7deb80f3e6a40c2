import type { Words } from '@shared/i18n';
import type { ru } from './ru';

export const en: Words<typeof ru> = {
  app: {
    name: 'Gorod Desk',
    tagline: 'Management company workstation · “Our City” portal',
    moscowTime: 'Moscow',
    loadingScreen: 'Opening the section…',
  },
  firstPull: {
    label: "First download of the city's issues",
    openWorkStart: 'Loading the open issues from the city…',
    openWork: 'Loading the open issues: {{received}}…',
    receivedSoFar_one: '{{received}} issue loaded',
    receivedSoFar_few: '{{received}} issues loaded',
    receivedSoFar_many: '{{received}} issues loaded',
    receivedSoFar_other: '{{received}} issues loaded',
    receivedOf_one: 'Loaded {{received}} of ≈{{expected}} issue',
    receivedOf_few: 'Loaded {{received}} of ≈{{expected}} issues',
    receivedOf_many: 'Loaded {{received}} of ≈{{expected}} issues',
    receivedOf_other: 'Loaded {{received}} of ≈{{expected}} issues',
    left: '≈{{duration}} left',
    leftUnknown: 'estimating the time left',
    paused: 'will go on once the city can be reached',
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
    saveFailedTitle: 'The setting was not saved',
    notifications: 'Notifications',
    notifyUrgent: 'A new urgent issue',
    notifyDueToday: "An issue's deadline ends today",
    server: 'City server',
    serverHint: 'The server is chosen on the sign-in screen: sign out and enter another address.',
  },
  languages: {
    ru: 'Русский',
    en: 'English',
  },
  auth: {
    title: 'Sign in to Gorod Desk',
    subtitle: 'Sign in with your management company staff account.',
    server: 'City server',
    serverHint: 'The address of the “Our City” server this workstation connects to.',
    login: 'Login',
    password: 'Password',
    submit: 'Sign in',
    submitting: 'Signing in…',
    demoTitle: 'Demo city',
    demoBody:
      'Logins dispatcher, supervisor, manager and neighbour.dispatcher (the neighbouring district), password demo.',
    expiredTitle: 'Session expired',
    expiredBody:
      'The city server asks you to sign in again. Everything you did is kept on this computer and will be sent after you sign in.',
    signInAgain: 'Sign in again',
    signOut: 'Sign out',
    signOutTitle: 'Sign out of Gorod Desk?',
    signOutUnsent_one:
      '{{count}} change has not reached the city yet. It stays on this computer and is sent when you sign in again.',
    // English uses _one and _other; _few and _many exist because Russian has them (same keys in both).
    signOutUnsent_few:
      '{{count}} changes have not reached the city yet. They stay on this computer and are sent when you sign in again.',
    signOutUnsent_many:
      '{{count}} changes have not reached the city yet. They stay on this computer and are sent when you sign in again.',
    signOutUnsent_other:
      '{{count}} changes have not reached the city yet. They stay on this computer and are sent when you sign in again.',
    cancel: 'Cancel',
  },
  sync: {
    online: 'Online',
    offline: 'Offline',
    syncing: 'Syncing…',
    syncNow: 'Sync now',
    lastSuccess: 'Last sync: {{when}}',
    never: 'Not synced yet',
    nextAttempt: 'Next attempt: {{when}}',
    failedTitle: 'Sync failed',
    offlineNote: 'No network. Changes are kept on this computer and sent automatically.',
    status: 'Status',
    pendingTitle: 'Outbox',
    pendingEmpty: 'Every change has reached the city.',
    historyTitle: 'Recently sent',
    kinds: { report: 'Report on issue {{number}}', issue_patch: 'Change of issue {{number}}' },
    states: {
      waiting: 'Waiting',
      sending: 'Sending',
      sendingPhotos: 'Sending photos: {{done}} of {{total}}',
      sent: 'Sent',
      refused: 'Refused by the city',
    },
    attempts: 'Attempts: {{count}}',
    lastErrorTitle: 'Last error',
    retry: 'Send again',
    discard: 'Discard the change',
    details: 'Details',
    key: 'Idempotency key',
    createdAt: 'Created: {{when}}',
    pendingBadge: 'Unsent: {{count}}',
    patchDescription: 'Assignee: {{assignee}}; priority: {{priority}}',
    unchanged: 'unchanged',
  },
  notices: {
    assignmentConflict:
      'Issue {{number}} was changed by someone else first: the assignee is now {{assignee}}. Your assignment was not sent.',
    reportRefused: 'The city did not accept the report on issue {{number}}. {{message}} The report is kept.',
    changeRefused: 'The city did not accept a change. {{message}}',
    open: 'Open',
    retry: 'Retry',
    nobody: 'nobody',
  },
  errors: {
    title: 'Something went wrong',
    body: 'This screen could not be shown. Your data is kept on this computer — reload the window.',
    reload: 'Reload',
    details: 'Details for support',
  },
};
