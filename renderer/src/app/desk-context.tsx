import { createContext, useContext } from 'react';
import type { DeskApi, DeskError, Language } from '@shared/ipc';

export const DeskContext = createContext<DeskApi | null>(null);

export function useDesk(): DeskApi {
  const desk = useContext(DeskContext);
  if (!desk) throw new Error('useDesk is used outside <DeskContext.Provider>');
  return desk;
}

export interface LanguageControl {
  language: Language;
  /** Switches the UI and remembers the choice through the platform; resolves to an error message or null. */
  setLanguage: (language: Language) => Promise<DeskError | null>;
}

export const LanguageContext = createContext<LanguageControl | null>(null);

export function useLanguage(): LanguageControl {
  const control = useContext(LanguageContext);
  if (!control) throw new Error('useLanguage is used outside <LanguageContext.Provider>');
  return control;
}
