import type { DeskError } from '@shared/ipc';
import { FailureMessage } from '../../components/failure/FailureMessage';
import { useEffect, useState } from 'react';
import {
  Box,
  FormControl,
  FormControlLabel,
  FormHelperText,
  FormGroup,
  FormLabel,
  Paper,
  Radio,
  RadioGroup,
  Stack,
  Switch,
  Typography,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Language, languages, type AppInfo, type DeskSettings, type NotificationChoices } from '@shared/ipc';
import { useDesk, useLanguage } from '../../app/desk-context';

export function SettingsPage() {
  const { t } = useTranslation();
  const desk = useDesk();
  const { language, setLanguage } = useLanguage();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [saveError, setSaveError] = useState<DeskError | null>(null);
  const [settings, setSettings] = useState<DeskSettings | null>(null);

  useEffect(() => {
    let live = true;
    void desk.app.info().then((result) => {
      if (live && result.ok) setInfo(result.value);
    });
    void desk.settings.get().then((result) => {
      if (live && result.ok) setSettings(result.value);
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

  const chooseNotifications = async (patch: Partial<NotificationChoices>) => {
    if (!settings) return;
    const saved = await desk.settings.update({ notifications: { ...settings.notifications, ...patch } });
    if (saved.ok) setSettings(saved.value);
    setSaveError(saved.ok ? null : saved.error);
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
            <FailureMessage
              testId="settings-failure"
              title={t('settings.saveFailedTitle')}
              failure={{ code: saveError.code, detail: saveError.message }}
            />
          )}
        </Paper>
        {settings && (
          <Paper variant="outlined" sx={{ p: 3 }}>
            <FormLabel component="legend">{t('settings.notifications')}</FormLabel>
            <FormGroup>
              <FormControlLabel
                control={
                  <Switch
                    checked={settings.notifications.urgentIssues}
                    onChange={(e) => void chooseNotifications({ urgentIssues: e.target.checked })}
                  />
                }
                label={t('settings.notifyUrgent')}
              />
              <FormControlLabel
                control={
                  <Switch
                    checked={settings.notifications.dueToday}
                    onChange={(e) => void chooseNotifications({ dueToday: e.target.checked })}
                  />
                }
                label={t('settings.notifyDueToday')}
              />
            </FormGroup>
            <Typography variant="subtitle2" sx={{ mt: 2 }}>
              {t('settings.server')}
            </Typography>
            <Typography variant="body2" data-testid="settings-server">
              {settings.cityServerUrl}
            </Typography>
            <FormHelperText>{t('settings.serverHint')}</FormHelperText>
          </Paper>
        )}
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
