import { useState } from 'react';
import { Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { ReportPhoto } from '@shared/domain';
import type { DeskDb } from '../../../db/database';
import type { PhotoRecord } from '../../../db/records';
import { useWorkspace } from '../../../app/session/session-context';
import { usePhotoUrl } from '../../../components/photo/use-photo-url';
import { keepPhoto } from '../photo-intake';
import { photoPipeline, type PhotoPipeline } from '../photos';
import { RedactDialog } from '../RedactDialog';
import { failureDetail } from './failure-text';

interface Props {
  record: PhotoRecord;
  /** The blurred photo (a new one; the original is left as it was), or null when cancelled. */
  onDone: (replacement: ReportPhoto | null) => void;
}

/** Redaction of one of the report's photos, once its bytes are at hand. */
export function RedactPhoto({ record, onDone }: Props) {
  const { db } = useWorkspace();
  const photo = usePhotoUrl(record.sha256, {
    width: record.width,
    height: record.height,
    origin: 'company',
  });
  if (photo.state !== 'ready') return null;
  return <PhotoRedaction db={db} url={photo.url} record={record} onDone={onDone} />;
}

interface RedactionProps extends Props {
  db: DeskDb;
  url: string;
  pipeline?: Pick<PhotoPipeline, 'redact'>;
}

/** Blurs the drawn rectangles into a new photo kept on this device; a failure is said, not thrown. */
export function PhotoRedaction({ db, url, record, onDone, pipeline = photoPipeline }: RedactionProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const { blob } = record;
  if (!blob) return null;

  const apply = async (rects: Parameters<PhotoPipeline['redact']>[1]) => {
    setBusy(true);
    setFailure(null);
    try {
      const redacted = await pipeline.redact(
        {
          blob,
          sha256: record.sha256,
          width: record.width,
          height: record.height,
          bytes: record.bytes,
          capturedAt: record.capturedAt ?? null,
          location: record.location ?? null,
          stats: record.stats ?? null,
          originalName: null,
          warnings: [],
        },
        rects,
      );
      onDone(await keepPhoto(db, redacted, 'after'));
    } catch (error) {
      console.error('The photo could not be redacted', error);
      setFailure(failureDetail(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <RedactDialog
      url={url}
      width={record.width}
      height={record.height}
      busy={busy}
      error={
        failure !== null && (
          <>
            {t('report.redaction.failed')}
            <Typography variant="caption" component="div">
              {t('report.details', { detail: failure })}
            </Typography>
          </>
        )
      }
      onClose={() => onDone(null)}
      onApply={(rects) => void apply(rects)}
    />
  );
}
