// The field report's words (My work, the report editor, photos), Russian and English; merged in i18n/.
export const reportMessages = {
  ru: {
    title: 'Мои заявки',
  },
  en: {
    title: 'My work',
  },
};
