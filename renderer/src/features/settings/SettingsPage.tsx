import { useEffect, useState } from 'react';
import {
  Alert,
  Box,
  FormControl,
  FormControlLabel,
  FormHelperText,
  FormLabel,
  Paper,
  Radio,
  RadioGroup,
  Stack,
  Typography,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Language, languages, type AppInfo } from '@shared/ipc';
import { useDesk, useLanguage } from '../../app/desk-context';

export function SettingsPage() {
  const { t } = useTranslation();
  const desk = useDesk();
  const { language, setLanguage } = useLanguage();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void desk.app.info().then((result) => {
      if (live && result.ok) setInfo(result.value);
    });
    return () => {
      live = false;
    };
  }, [desk]);

  const chooseLanguage = async (value: string) => {
    const parsed = Language.safeParse(value);
    if (!parsed.success) return;
    setSaveError(await setLanguage(parsed.data));
  };

  return (
    <Box sx={{ p: 3, maxWidth: 720 }}>
      <Typography variant="h5" component="h1" gutterBottom>
        {t('settings.title')}
      </Typography>
      <Stack spacing={2}>
        <Paper variant="outlined" sx={{ p: 3 }}>
          <FormControl>
            <FormLabel id="language-label">{t('settings.language')}</FormLabel>
            <RadioGroup
              row
              aria-labelledby="language-label"
              value={language}
              onChange={(event) => void chooseLanguage(event.target.value)}
            >
              {languages.map((code) => (
                <FormControlLabel
                  key={code}
                  value={code}
                  control={<Radio />}
                  label={t(`languages.${code}`)}
                />
              ))}
            </RadioGroup>
            <FormHelperText>{t('settings.languageHint')}</FormHelperText>
          </FormControl>
          {saveError && (
            <Alert severity="error" sx={{ mt: 2 }}>
              {t('settings.saveFailed', { reason: saveError })}
            </Alert>
          )}
        </Paper>
        <Paper variant="outlined" sx={{ p: 3 }}>
          <Typography variant="subtitle1" gutterBottom>
            {t('settings.about')}
          </Typography>
          {info && (
            <Box
              component="dl"
              sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 2, m: 0 }}
            >
              <Typography component="dt" color="text.secondary">
                {t('settings.version')}
              </Typography>
              <Typography component="dd" sx={{ m: 0 }} data-testid="app-version">
                {info.version}
              </Typography>
              <Typography component="dt" color="text.secondary">
                {t('settings.platform')}
              </Typography>
              <Typography component="dd" sx={{ m: 0 }}>
                {info.platform === 'electron' ? t('settings.platformElectron') : t('settings.platformWeb')}
              </Typography>
              <Typography component="dt" color="text.secondary">
                {t('settings.os')}
              </Typography>
              <Typography component="dd" sx={{ m: 0, wordBreak: 'break-word' }}>
                {info.os}
              </Typography>
            </Box>
          )}
        </Paper>
      </Stack>
    </Box>
  );
}
