import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Box, CircularProgress, CssBaseline, ThemeProvider } from '@mui/material';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider } from 'react-router';
import type { i18n } from 'i18next';
import type { DeskApi, Language } from '@shared/ipc';
import { createDeskTheme } from './theme';
import { DeskContext, LanguageContext, type LanguageControl } from './desk-context';
import { createAppRouter } from './routes';
import { SessionProvider } from './session/SessionProvider';
import { useSession } from './session/session-context';
import { LoginPage } from '../features/auth/LoginPage';
import { DatePickersProvider } from '../components/moscow-date/DatePickersProvider';

/** The sign-in form until someone is signed in; their workspace after. */
function Gate({ router }: { router: ReturnType<typeof createAppRouter> }) {
  const { state } = useSession();
  // After a sign-out the next person starts at their own landing, not on the screen the last
  // one left; a reload keeps the place.
  const wasSignedIn = useRef(false);
  useEffect(() => {
    if (state.kind === 'signed-out' && wasSignedIn.current) void router.navigate('/', { replace: true });
    wasSignedIn.current = state.kind === 'signed-in';
  }, [router, state.kind]);
  if (state.kind === 'loading')
    return (
      <Box sx={{ height: '100vh', display: 'grid', placeItems: 'center' }}>
        <CircularProgress />
      </Box>
    );
  if (state.kind === 'signed-out') return <LoginPage />;
  return <RouterProvider router={router} />;
}

interface Props {
  desk: DeskApi;
  i18n: i18n;
  initialLanguage: Language;
  router?: ReturnType<typeof createAppRouter>;
}

export function App({ desk, i18n, initialLanguage, router }: Props) {
  const [language, setLanguageState] = useState<Language>(initialLanguage);
  const theme = useMemo(() => createDeskTheme(language), [language]);
  const appRouter = useMemo(() => router ?? createAppRouter(), [router]);

  const setLanguage = useCallback<LanguageControl['setLanguage']>(
    async (next) => {
      await i18n.changeLanguage(next);
      document.documentElement.lang = next;
      setLanguageState(next);
      const saved = await desk.settings.update({ language: next });
      return saved.ok ? null : saved.error;
    },
    [desk, i18n],
  );
  const languageControl = useMemo(() => ({ language, setLanguage }), [language, setLanguage]);

  return (
    <DeskContext.Provider value={desk}>
      <I18nextProvider i18n={i18n}>
        <LanguageContext.Provider value={languageControl}>
          <ThemeProvider theme={theme}>
            <CssBaseline />
            <DatePickersProvider language={language}>
              <SessionProvider>
                <Gate router={appRouter} />
              </SessionProvider>
            </DatePickersProvider>
          </ThemeProvider>
        </LanguageContext.Provider>
      </I18nextProvider>
    </DeskContext.Provider>
  );
}
