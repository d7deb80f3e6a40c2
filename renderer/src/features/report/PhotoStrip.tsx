import {
  Alert,
  Box,
  IconButton,
  Paper,
  Stack,
  ToggleButton,
  ToggleButtonGroup,
  Tooltip,
} from '@mui/material';
import DeleteIcon from '@mui/icons-material/Delete';
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import BlurOnIcon from '@mui/icons-material/BlurOn';
import CompareIcon from '@mui/icons-material/Compare';
import { useTranslation } from 'react-i18next';
import { PhotoRole, type ReportPhoto } from '@shared/domain';
import type { PhotoRecord } from '../../db/records';
import { checkCaptureTime } from './photos';
import { PhotoThumb } from '../../components/photo/PhotoThumb';

export interface PhotoStripProps {
  photos: readonly ReportPhoto[];
  records: ReadonlyMap<string, PhotoRecord>;
  issueReceivedAt: string;
  editable: boolean;
  canCompare: boolean;
  onChange: (photos: ReportPhoto[]) => void;
  onRedact: (sha256: string) => void;
  onCompare: (sha256: string) => void;
}

/** The report's photos in order: role, order, removal, redaction and the same-angle check. */
export function PhotoStrip({
  photos,
  records,
  issueReceivedAt,
  editable,
  canCompare,
  onChange,
  onRedact,
  onCompare,
}: PhotoStripProps) {
  const { t } = useTranslation();
  const move = (index: number, by: number) => {
    const next = [...photos];
    const [photo] = next.splice(index, 1);
    if (photo) next.splice(index + by, 0, photo);
    onChange(next);
  };
  return (
    <Stack direction="row" spacing={1.5} sx={{ flexWrap: 'wrap', rowGap: 1.5 }} data-testid="report-photos">
      {photos.map((photo, index) => {
        const record = records.get(photo.sha256);
        const warning =
          photo.role === 'after' && record
            ? checkCaptureTime(record.capturedAt ?? null, issueReceivedAt)
            : null;
        return (
          <Paper
            key={`${photo.sha256}-${index}`}
            variant="outlined"
            sx={{ p: 1, width: 164 }}
            data-testid="report-photo"
          >
            <PhotoThumb
              sha256={photo.sha256}
              width={record?.width ?? 1}
              height={record?.height ?? 1}
              origin="company"
              size={146}
              alt={t(photo.role === 'after' ? 'report.editor.roleAfter' : 'report.editor.roleBefore')}
            />
            <ToggleButtonGroup
              size="small"
              exclusive
              fullWidth
              disabled={!editable}
              value={photo.role}
              sx={{ mt: 1 }}
              onChange={(_event, value: unknown) => {
                const role = PhotoRole.safeParse(value);
                if (role.success)
                  onChange(photos.map((p, i) => (i === index ? { ...p, role: role.data } : p)));
              }}
            >
              <ToggleButton value="before">{t('report.editor.roleBefore')}</ToggleButton>
              <ToggleButton value="after">{t('report.editor.roleAfter')}</ToggleButton>
            </ToggleButtonGroup>
            {editable && (
              <Box sx={{ display: 'flex', justifyContent: 'space-between', mt: 0.5 }}>
                <Tooltip title={t('report.editor.moveLeft')}>
                  <span>
                    <IconButton
                      size="small"
                      disabled={index === 0}
                      onClick={() => move(index, -1)}
                      aria-label={t('report.editor.moveLeft')}
                    >
                      <ChevronLeftIcon fontSize="small" />
                    </IconButton>
                  </span>
                </Tooltip>
                <Tooltip title={t('report.editor.redact')}>
                  <IconButton
                    size="small"
                    onClick={() => onRedact(photo.sha256)}
                    aria-label={t('report.editor.redact')}
                  >
                    <BlurOnIcon fontSize="small" />
                  </IconButton>
                </Tooltip>
                {canCompare && (
                  <Tooltip title={t('report.editor.compare')}>
                    <IconButton
                      size="small"
                      onClick={() => onCompare(photo.sha256)}
                      aria-label={t('report.editor.compare')}
                    >
                      <CompareIcon fontSize="small" />
                    </IconButton>
                  </Tooltip>
                )}
                <Tooltip title={t('report.editor.remove')}>
                  <IconButton
                    size="small"
                    onClick={() => onChange(photos.filter((_p, i) => i !== index))}
                    aria-label={t('report.editor.remove')}
                  >
                    <DeleteIcon fontSize="small" />
                  </IconButton>
                </Tooltip>
                <Tooltip title={t('report.editor.moveRight')}>
                  <span>
                    <IconButton
                      size="small"
                      disabled={index === photos.length - 1}
                      onClick={() => move(index, 1)}
                      aria-label={t('report.editor.moveRight')}
                    >
                      <ChevronRightIcon fontSize="small" />
                    </IconButton>
                  </span>
                </Tooltip>
              </Box>
            )}
            {warning && (
              <Alert severity="warning" sx={{ mt: 0.5, py: 0, fontSize: 12 }}>
                {t(`report.warnings.${warning}`)}
              </Alert>
            )}
          </Paper>
        );
      })}
    </Stack>
  );
}
