import { Box, ButtonBase, CircularProgress, Tooltip } from '@mui/material';
import BrokenImageOutlinedIcon from '@mui/icons-material/BrokenImageOutlined';
import { useTranslation } from 'react-i18next';
import { usePhotoUrl, type PhotoSource } from '../hooks/use-photo-url';

interface Props {
  sha256: string;
  source: PhotoSource;
  label: string;
  size?: number;
  onOpen: () => void;
}

/** A square thumbnail that opens the viewer; a clear placeholder when the photo cannot be had. */
export function PhotoThumb({ sha256, source, label, size = 84, onOpen }: Props) {
  const { t } = useTranslation();
  const photo = usePhotoUrl(sha256, source);
  return (
    <Tooltip title={photo.state === 'unavailable' ? t('queue.photo.unavailable') : ''}>
      <ButtonBase
        onClick={onOpen}
        aria-label={label}
        data-testid="photo-thumb"
        sx={{
          width: size,
          height: size,
          borderRadius: 1,
          overflow: 'hidden',
          border: 1,
          borderColor: 'divider',
          bgcolor: '#eef1f4',
          '&:focus-visible': { outline: '2px solid #1f5fa8', outlineOffset: 2 },
        }}
      >
        {photo.state === 'ready' ? (
          <Box
            component="img"
            src={photo.url}
            alt=""
            sx={{ width: '100%', height: '100%', objectFit: 'cover' }}
          />
        ) : photo.state === 'loading' ? (
          <CircularProgress size={18} />
        ) : (
          <BrokenImageOutlinedIcon color="disabled" />
        )}
      </ButtonBase>
    </Tooltip>
  );
}
