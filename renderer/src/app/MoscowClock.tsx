import { useEffect, useState } from 'react';
import { Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { formatMoscowClock } from '../i18n/format';
import { useLanguage } from './desk-context';

/** Deadlines are in Moscow time; the clock beside them is too, wherever the computer is. */
export function MoscowClock() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), 15_000);
    return () => window.clearInterval(timer);
  }, []);
  return (
    <Typography variant="body2" data-testid="moscow-clock" sx={{ opacity: 0.9 }}>
      {t('app.moscowTime')}: {formatMoscowClock(now, language)}
    </Typography>
  );
}
