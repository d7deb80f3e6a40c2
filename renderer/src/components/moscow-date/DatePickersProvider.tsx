import type { ReactNode } from 'react';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { AdapterDateFns } from '@mui/x-date-pickers/AdapterDateFns';
import { enUS as pickerWordsEn, ruRU as pickerWordsRu } from '@mui/x-date-pickers/locales';
import { enGB, ru } from 'date-fns/locale';
import type { Language } from '@shared/ipc';

// British English, not American: day first and a 24-hour clock in English too.
const adapterLocales = { ru, en: enGB } as const;
const pickerWords = {
  ru: pickerWordsRu.components.MuiLocalizationProvider.defaultProps.localeText,
  en: pickerWordsEn.components.MuiLocalizationProvider.defaultProps.localeText,
} as const;

/** Date and time fields in the app's language, whatever the computer's locale. */
export function DatePickersProvider({ language, children }: { language: Language; children: ReactNode }) {
  return (
    <LocalizationProvider
      dateAdapter={AdapterDateFns}
      adapterLocale={adapterLocales[language]}
      localeText={pickerWords[language]}
    >
      {children}
    </LocalizationProvider>
  );
}
