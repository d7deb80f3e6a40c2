import { createTheme, type Theme } from '@mui/material/styles';
import { enUS, ruRU } from '@mui/material/locale';
import type { Language } from '@shared/ipc';

const muiLocales = { ru: ruRU, en: enUS } as const;

/** A calm, dense theme for a screen people watch all day. */
export function createDeskTheme(language: Language): Theme {
  return createTheme(
    {
      palette: {
        mode: 'light',
        // Every colour that carries text keeps 4.5:1 against white and the page (WCAG 2.1 AA):
        // MUI's own info (#0288d1), warning and teal fall short, as chips and as text.
        primary: { main: '#1f5fa8' },
        secondary: { main: '#00796b' },
        error: { main: '#c62828' },
        warning: { main: '#a85500', contrastText: '#ffffff' },
        info: { main: '#0263a0' },
        success: { main: '#1b6e20' },
        background: { default: '#f4f6f8', paper: '#ffffff' },
      },
      shape: { borderRadius: 6 },
      typography: {
        fontFamily: '"Inter", "Roboto", "Noto Sans", "DejaVu Sans", "Segoe UI", Arial, sans-serif',
        fontSize: 13,
        h5: { fontWeight: 600 },
        h6: { fontWeight: 600 },
      },
      components: {
        MuiButton: { defaultProps: { disableElevation: true } },
        MuiListItemButton: { styleOverrides: { root: { borderRadius: 6 } } },
      },
    },
    muiLocales[language],
  );
}
