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
        primary: { main: '#1f5fa8' },
        secondary: { main: '#00897b' },
        error: { main: '#c62828' },
        warning: { main: '#ed8b00' },
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
