import { useRef, useState, type DragEvent } from 'react';
import { Alert, Box, Button, LinearProgress, Paper, Stack, Typography } from '@mui/material';
import AddPhotoAlternateIcon from '@mui/icons-material/AddPhotoAlternate';
import PhotoCameraIcon from '@mui/icons-material/PhotoCamera';
import { useTranslation } from 'react-i18next';
import { REPORT_PHOTOS_MAX } from '@shared/domain';
import { CameraDialog } from '../CameraDialog';
import { PhotoStrip, type PhotoStripProps } from '../PhotoStrip';
import { photoFailureOf } from './failure-text';
import { FailureMessage } from '../../../components/failure/FailureMessage';
import type { PhotoIntake } from './use-photo-intake';

interface Props extends PhotoStripProps {
  intake: PhotoIntake;
}

/** The report's photos: a drop zone, the file picker and camera, refusals, and the strip. */
export function PhotoSection({ photos, intake, editable, ...strip }: Props) {
  const { t } = useTranslation();
  const fileInput = useRef<HTMLInputElement>(null);
  const [camera, setCamera] = useState(false);
  const { addFiles, processing, failures, dismissFailure } = intake;

  return (
    <Paper
      variant="outlined"
      sx={{ p: 2, mb: 2 }}
      data-testid="photo-drop-zone"
      onDragOver={(event: DragEvent) => event.preventDefault()}
      onDrop={(event: DragEvent) => {
        event.preventDefault();
        void addFiles([...event.dataTransfer.files]);
      }}
    >
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
        <Typography variant="subtitle1" sx={{ flexGrow: 1 }}>
          {t('report.editor.photos')} ({photos.length}/{REPORT_PHOTOS_MAX})
        </Typography>
        {editable && (
          <>
            <Button
              startIcon={<AddPhotoAlternateIcon />}
              variant="outlined"
              onClick={() => fileInput.current?.click()}
            >
              {t('report.editor.addPhotos')}
            </Button>
            {typeof navigator.mediaDevices?.getUserMedia === 'function' && (
              <Button startIcon={<PhotoCameraIcon />} variant="outlined" onClick={() => setCamera(true)}>
                {t('report.editor.camera')}
              </Button>
            )}
          </>
        )}
        <input
          ref={fileInput}
          type="file"
          hidden
          multiple
          accept="image/jpeg,image/png,image/webp,image/heic,image/heif,.heic"
          data-testid="photo-input"
          onChange={(event) => {
            void addFiles([...(event.target.files ?? [])]);
            event.target.value = '';
          }}
        />
      </Stack>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {t('report.editor.photosHelp')}
      </Typography>
      {processing > 0 && (
        <Box sx={{ mb: 1 }}>
          <Typography variant="body2">{t('report.editor.processing')}</Typography>
          <LinearProgress />
        </Box>
      )}
      {failures.map((failure, index) => (
        <Alert
          key={index}
          severity="error"
          sx={{ mb: 1 }}
          data-testid="photo-error"
          onClose={() => dismissFailure(index)}
        >
          <FailureMessage
            inline
            title={failure.name}
            failure={photoFailureOf(failure)}
            testId="photo-failure"
          />
        </Alert>
      ))}
      <PhotoStrip photos={photos} editable={editable} {...strip} />
      {camera && (
        <CameraDialog
          onClose={() => setCamera(false)}
          onShot={(file) => {
            setCamera(false);
            void addFiles([file]);
          }}
        />
      )}
    </Paper>
  );
}
