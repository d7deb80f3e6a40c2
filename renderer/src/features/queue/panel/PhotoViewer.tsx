import { useEffect, useState } from 'react';
import { Box, CircularProgress, Dialog, IconButton, Typography } from '@mui/material';
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import CloseIcon from '@mui/icons-material/Close';
import { useTranslation } from 'react-i18next';
import { usePhotoUrl, type PhotoHint } from '../../../components/photo/use-photo-url';

export interface ViewerPhoto extends PhotoHint {
  sha256: string;
  caption: string;
}

interface Props {
  photos: readonly ViewerPhoto[];
  /** The photo shown; null when closed. */
  index: number | null;
  onIndex: (index: number) => void;
  onClose: () => void;
}

function FullPhoto({ photo }: { photo: ViewerPhoto }) {
  const { t } = useTranslation();
  const url = usePhotoUrl(photo.sha256, photo);
  if (url.state === 'loading')
    return <CircularProgress sx={{ color: 'grey.300' }} aria-label={photo.caption} />;
  if (url.state === 'unavailable')
    return <Typography color="grey.300">{t('common.photo.unavailable')}</Typography>;
  return (
    <Box
      component="img"
      src={url.url}
      alt={photo.caption}
      data-testid="photo-full"
      sx={{
        maxWidth: '100%',
        maxHeight: 'calc(100vh - 140px)',
        objectFit: 'contain',
        imageRendering: 'auto',
      }}
    />
  );
}

/** The full-size viewer: arrows or the buttons go through the photos, Esc closes. */
export function PhotoViewer({ photos, index, onIndex, onClose }: Props) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(index);
  if (index !== null && index !== shown) setShown(index);
  const photo = shown === null ? undefined : photos[shown];
  const total = photos.length;

  useEffect(() => {
    if (index === null) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'ArrowLeft' && index > 0) onIndex(index - 1);
      if (event.key === 'ArrowRight' && index < total - 1) onIndex(index + 1);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [index, total, onIndex]);

  return (
    <Dialog
      open={index !== null}
      onClose={onClose}
      maxWidth={false}
      aria-label={shown === null ? undefined : t('queue.photo.viewer', { index: shown + 1, total })}
      slotProps={{ paper: { sx: { bgcolor: '#111', color: 'grey.100', maxWidth: '92vw' } } }}
    >
      <Box sx={{ display: 'flex', alignItems: 'center', px: 2, py: 1, gap: 1 }}>
        <Typography variant="body2" sx={{ flexGrow: 1 }}>
          {shown !== null && t('queue.photo.viewer', { index: shown + 1, total })}
          {photo ? ` · ${photo.caption}` : ''}
        </Typography>
        <IconButton onClick={onClose} aria-label={t('queue.photo.close')} sx={{ color: 'grey.100' }}>
          <CloseIcon />
        </IconButton>
      </Box>
      <Box
        sx={{ display: 'flex', alignItems: 'center', gap: 1, px: 1, pb: 2, minWidth: 480, minHeight: 360 }}
      >
        <IconButton
          disabled={shown === null || shown === 0}
          onClick={() => shown !== null && onIndex(shown - 1)}
          aria-label={t('queue.photo.previous')}
          sx={{ color: 'grey.100' }}
        >
          <ChevronLeftIcon />
        </IconButton>
        <Box sx={{ flex: 1, display: 'grid', placeItems: 'center' }}>
          {photo && <FullPhoto photo={photo} />}
        </Box>
        <IconButton
          disabled={shown === null || shown >= total - 1}
          onClick={() => shown !== null && onIndex(shown + 1)}
          aria-label={t('queue.photo.next')}
          sx={{ color: 'grey.100' }}
        >
          <ChevronRightIcon />
        </IconButton>
      </Box>
    </Dialog>
  );
}
