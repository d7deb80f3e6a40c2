// The ratings screen's words, Russian and English; merged into the app's resources in i18n/.
export const ratingsMessages = {
  ru: {
    title: 'Рейтинг компании',
  },
  en: {
    title: 'Company ratings',
  },
};
