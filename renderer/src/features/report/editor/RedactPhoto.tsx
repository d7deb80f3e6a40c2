import { useState } from 'react';
import { Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ReportPhoto } from '@shared/domain';
import type { DeskDb } from '../../../db/database';
import type { PhotoRecord, PhotoRedaction } from '../../../db/records';
import { useWorkspace } from '../../../app/session/session-context';
import { usePhotoUrl } from '../../../components/photo/use-photo-url';
import { keepPhoto } from '../photo-intake';
import { photoPipeline, type MarkedRect, type PhotoPipeline } from '../photos';
import { RedactDialog } from '../RedactDialog';
import { failureDetail } from './failure-text';

interface Props {
  record: PhotoRecord;
  /** The blurred photo (a new one; the original is left as it was), or null when cancelled. */
  onDone: (replacement: ReportPhoto | null) => void;
}

/**
 * Redaction of one of the report's photos, once its bytes are at hand. A photo blurred before
 * (faces found on the device, rectangles drawn here) is redone from its unblurred source, so a
 * rectangle can be undone; that source never leaves the device.
 */
export function RedactPhoto({ record, onDone }: Props) {
  const { db } = useWorkspace();
  const sourceSha256 = record.redaction?.sourceSha256;
  const source = useLiveQuery(
    async () => (sourceSha256 ? ((await db.photos.get(sourceSha256)) ?? null) : record),
    [db, sourceSha256, record],
  );
  const photo = usePhotoUrl(source?.sha256 ?? record.sha256, {
    width: record.width,
    height: record.height,
    origin: 'company',
  });
  if (photo.state !== 'ready' || !source) return null;
  return (
    <PhotoRedaction
      db={db}
      url={photo.url}
      record={source}
      redaction={record.redaction ?? null}
      onDone={onDone}
    />
  );
}

interface RedactionProps extends Props {
  db: DeskDb;
  url: string;
  /** How the photo being redone was blurred; null for a photo never blurred. */
  redaction?: PhotoRedaction | null;
  pipeline?: Pick<PhotoPipeline, 'redact'>;
}

/** Blurs the rectangles into a new photo kept on this device; a failure is said, not thrown. */
export function PhotoRedaction({
  db,
  url,
  record,
  redaction = null,
  onDone,
  pipeline = photoPipeline,
}: RedactionProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const { blob } = record;
  if (!blob) return null;

  const apply = async (rects: MarkedRect[]) => {
    // Every rectangle undone: the unblurred photo itself goes into the report.
    if (rects.length === 0) return onDone({ sha256: record.sha256, role: 'after' });
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
          // Hidden by hand over a photo the detector could not check: still unchecked by it.
          warnings: record.facesUnchecked ? ['faces_unchecked'] : [],
        },
        rects,
      );
      onDone(
        await keepPhoto(db, redacted, 'after', {
          sourceSha256: record.sha256,
          rects,
          facesFound: redaction?.facesFound ?? 0,
        }),
      );
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
      initialRects={redaction?.rects ?? []}
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
