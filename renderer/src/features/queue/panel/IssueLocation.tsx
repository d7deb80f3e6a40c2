import type { DeskError } from '@shared/ipc';
import { FailureMessage } from '../../../components/failure/FailureMessage';
import { useState } from 'react';
import { Box, Button, Typography } from '@mui/material';
import MapOutlinedIcon from '@mui/icons-material/MapOutlined';
import { useTranslation } from 'react-i18next';
import type { IssueRecord } from '../../../db/records';
import { useDesk } from '../../../app/desk-context';

/** Yandex Maps with a pin at the place (allow-listed for the system browser). */
export const yandexMapUrl = (lat: number, lng: number): string =>
  `https://yandex.ru/maps/?pt=${lng.toFixed(6)},${lat.toFixed(6)}&z=17&l=map`;

/** The address and coordinates, and a link that opens the place on a map outside the app. */
export function IssueLocation({ issue }: { issue: IssueRecord }) {
  const { t } = useTranslation();
  const desk = useDesk();
  const [error, setError] = useState<DeskError | null>(null);
  const open = async () => {
    const result = await desk.shell.openExternal(yandexMapUrl(issue.lat, issue.lng));
    setError(result.ok ? null : result.error);
  };
  return (
    <Box>
      <Typography variant="body2" sx={{ fontWeight: 500 }} data-testid="panel-address">
        {issue.address}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {issue.district} · {t('queue.panel.coordinates')}: {issue.lat.toFixed(6)}, {issue.lng.toFixed(6)}
      </Typography>
      <Button
        size="small"
        startIcon={<MapOutlinedIcon />}
        onClick={() => void open()}
        sx={{ mt: 0.5, ml: -0.5, textTransform: 'none' }}
      >
        {t('queue.panel.openMap')}
      </Button>
      {error && (
        <FailureMessage
          inline
          testId="map-failure"
          title={t('queue.panel.mapFailedTitle')}
          failure={{ code: error.code, detail: error.message }}
        />
      )}
    </Box>
  );
}
