import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '@shared/ipc';
import { translations } from './resources';

export const resources = {
  ru: { translation: translations.ru },
  en: { translation: translations.en },
} as const;

export async function createI18n(language: Language): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'ru',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
