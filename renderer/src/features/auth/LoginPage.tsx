import { useEffect, useState, type FormEvent } from 'react';
import {
  Alert,
  AlertTitle,
  Box,
  Button,
  Paper,
  Stack,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import LocationCityIcon from '@mui/icons-material/LocationCity';
import { useTranslation } from 'react-i18next';
import { DEFAULT_CITY_SERVER_URL, Language, languages } from '@shared/ipc';
import { useDesk, useLanguage } from '../../app/desk-context';
import { useSession, type SignInFailure } from '../../app/session/session-context';
import { FailureMessage } from '../../components/failure/FailureMessage';

/** The reference server that `npm start` runs on this computer carries the demo city. */
function isLocalDemoServer(serverUrl: string): boolean {
  try {
    return ['127.0.0.1', 'localhost'].includes(new URL(serverUrl).hostname);
  } catch {
    return false;
  }
}

export function LoginPage() {
  const { t } = useTranslation();
  const desk = useDesk();
  const { signIn } = useSession();
  const { language, setLanguage } = useLanguage();
  const [serverUrl, setServerUrl] = useState(DEFAULT_CITY_SERVER_URL);
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<SignInFailure | null>(null);

  useEffect(() => {
    void desk.settings.get().then((settings) => {
      if (settings.ok) setServerUrl(settings.value.cityServerUrl);
    });
  }, [desk]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(await signIn(serverUrl.trim(), login, password));
    setBusy(false);
  };

  return (
    <Box
      component="main"
      sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', bgcolor: 'background.default', p: 2 }}
    >
      <Paper variant="outlined" sx={{ width: 440, p: 4 }}>
        <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', mb: 1 }}>
          <LocationCityIcon color="primary" sx={{ fontSize: 36 }} />
          <Typography variant="h5" component="h1" sx={{ flexGrow: 1 }}>
            {t('auth.title')}
          </Typography>
          <ToggleButtonGroup
            size="small"
            exclusive
            value={language}
            aria-label={t('settings.language')}
            onChange={(_event, value: unknown) => {
              const parsed = Language.safeParse(value);
              if (parsed.success) void setLanguage(parsed.data);
            }}
          >
            {languages.map((code) => (
              // The language's own name, shown and spoken alike (a spoken name unlike the
              // visible «EN» fails WCAG 2.5.3).
              <ToggleButton key={code} value={code} sx={{ textTransform: 'none', py: 0.25 }}>
                {t(`languages.${code}`)}
              </ToggleButton>
            ))}
          </ToggleButtonGroup>
        </Stack>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 3 }}>
          {t('auth.subtitle')}
        </Typography>
        <Box component="form" onSubmit={(e) => void submit(e)} noValidate>
          <Stack spacing={2}>
            <TextField
              label={t('auth.login')}
              value={login}
              onChange={(e) => setLogin(e.target.value)}
              autoComplete="username"
              autoFocus
              required
              fullWidth
            />
            <TextField
              label={t('auth.password')}
              type="password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              autoComplete="current-password"
              required
              fullWidth
            />
            <TextField
              label={t('auth.server')}
              value={serverUrl}
              onChange={(e) => setServerUrl(e.target.value)}
              helperText={t('auth.serverHint')}
              size="small"
              fullWidth
            />
            {failure && <FailureMessage failure={failure} testId="sign-in-failure" />}
            <Button type="submit" variant="contained" size="large" disabled={busy || !login || !password}>
              {busy ? t('auth.submitting') : t('auth.submit')}
            </Button>
          </Stack>
        </Box>
        {isLocalDemoServer(serverUrl) && (
          <Alert severity="info" variant="outlined" sx={{ mt: 3 }}>
            <AlertTitle>{t('auth.demoTitle')}</AlertTitle>
            {t('auth.demoBody')}
          </Alert>
        )}
      </Paper>
    </Box>
  );
}
