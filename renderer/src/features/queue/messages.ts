// The queue's and the issue panel's words, Russian and English; merged into the app's resources in i18n/.
export const queueMessages = {
  ru: {
    title: 'Очередь заявок',
  },
  en: {
    title: 'Issue queue',
  },
};
