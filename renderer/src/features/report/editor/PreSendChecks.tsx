import { Alert, List, ListItem, ListItemIcon, ListItemText, Typography } from '@mui/material';
import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutlineOutlined';
import ReportProblemOutlinedIcon from '@mui/icons-material/ReportProblemOutlined';
import type { ReportPhoto } from '@shared/domain';
import { useTranslation } from 'react-i18next';
import type { PhotoRecord } from '../../../db/records';
import { checkPhoto, type CheckedIssue } from '../checks/photo-checks';

interface Props {
  photos: readonly ReportPhoto[];
  records: ReadonlyMap<string, PhotoRecord>;
  issue: CheckedIssue;
  now?: Date;
}

/**
 * The checks of the report's "after" photos, beside the Send button: each with what was found and
 * what to do. Advice only: nothing here stops the report from being sent.
 */
export function PreSendChecks({ photos, records, issue, now = new Date() }: Props) {
  const { t } = useTranslation();
  const checked = photos
    .filter((photo) => photo.role === 'after')
    .map((photo, index) => ({ index: index + 1, record: records.get(photo.sha256) }))
    .filter((it): it is { index: number; record: PhotoRecord } => it.record !== undefined);
  if (checked.length === 0) return null;
  const rows = checked.flatMap(({ index, record }) =>
    checkPhoto(
      {
        capturedAt: record.capturedAt ?? null,
        location: record.location ?? null,
        stats: record.stats ?? null,
      },
      issue,
      now,
    ).map((result) => ({ index, result })),
  );
  const anyFailed = rows.some(({ result }) => !result.passed);
  return (
    <Alert
      severity={anyFailed ? 'warning' : 'success'}
      icon={false}
      sx={{ mb: 2 }}
      data-testid="pre-send-checks"
    >
      <Typography variant="subtitle2">{t('checks.title')}</Typography>
      <Typography variant="body2" color="text.secondary">
        {t('checks.hint')}
      </Typography>
      <List dense disablePadding>
        {rows.map(({ index, result }) => {
          const words = t(`checks.items.${result.code}`, { returnObjects: true, ...result.numbers });
          return (
            <ListItem
              key={`${index}-${result.code}`}
              disableGutters
              data-testid="pre-send-check"
              data-passed={result.passed}
            >
              <ListItemIcon sx={{ minWidth: 32 }}>
                {result.passed ? (
                  <CheckCircleOutlineIcon color="success" fontSize="small" titleAccess={t('checks.passed')} />
                ) : (
                  <ReportProblemOutlinedIcon
                    color="warning"
                    fontSize="small"
                    titleAccess={t('checks.failed')}
                  />
                )}
              </ListItemIcon>
              <ListItemText
                primary={`${t('checks.photo', { index })} · ${words.label}: ${words.reason}`}
                secondary={result.passed ? undefined : words.next}
              />
            </ListItem>
          );
        })}
      </List>
    </Alert>
  );
}
