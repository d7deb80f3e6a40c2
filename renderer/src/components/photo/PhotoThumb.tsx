import { Box, ButtonBase, CircularProgress, Tooltip } from '@mui/material';
import BrokenImageOutlinedIcon from '@mui/icons-material/BrokenImageOutlined';
import { useTranslation } from 'react-i18next';
import { usePhotoUrl, type PhotoHint } from './use-photo-url';

interface Props extends PhotoHint {
  sha256: string;
  /** What the photo shows, for people who cannot see it (the button's name when it opens a viewer). */
  alt: string;
  size?: number;
  /** Opens the photo in a viewer; without it the thumbnail is a plain tile. */
  onOpen?: () => void;
}

const frame = (size: number) => ({
  width: size,
  height: size,
  borderRadius: 1,
  overflow: 'hidden',
  display: 'grid',
  placeItems: 'center',
});

/**
 * A square photo from this device (or fetched once through sync and kept): a tile, or a button
 * that opens the viewer; a clear placeholder while it comes and when it cannot be had.
 */
export function PhotoThumb({ sha256, width, height, origin, alt, size = 84, onOpen }: Props) {
  const { t } = useTranslation();
  const photo = usePhotoUrl(sha256, { width, height, origin });
  const content =
    photo.state === 'ready' ? (
      <Box
        component="img"
        src={photo.url}
        alt={onOpen ? '' : alt}
        sx={{ width: '100%', height: '100%', objectFit: 'cover' }}
      />
    ) : photo.state === 'loading' ? (
      <CircularProgress size={size > 100 ? 20 : 18} aria-label={alt} />
    ) : (
      <BrokenImageOutlinedIcon color="disabled" />
    );
  if (!onOpen) return <Box sx={{ ...frame(size), bgcolor: 'grey.200' }}>{content}</Box>;
  return (
    <Tooltip title={photo.state === 'unavailable' ? t('common.photo.unavailable') : ''}>
      <ButtonBase
        onClick={onOpen}
        aria-label={alt}
        data-testid="photo-thumb"
        sx={{
          ...frame(size),
          border: 1,
          borderColor: 'divider',
          bgcolor: '#eef1f4',
          '&:focus-visible': { outline: '2px solid #1f5fa8', outlineOffset: 2 },
        }}
      >
        {content}
      </ButtonBase>
    </Tooltip>
  );
}
