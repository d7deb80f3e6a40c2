import { Box, CircularProgress } from '@mui/material';
import BrokenImageIcon from '@mui/icons-material/BrokenImage';
import { useWorkspace } from '../auth/session-context';
import { usePhotoUrl } from '../queue/hooks/use-photo-url';

interface Props {
  sha256: string;
  width: number;
  height: number;
  origin: 'company' | 'resident';
  size?: number;
  alt: string;
}

/** A photo from this device (or fetched once from the city and kept), as a fixed-size tile. */
export function PhotoThumb({ sha256, width, height, origin, size = 128, alt }: Props) {
  const { db, client } = useWorkspace();
  const photo = usePhotoUrl(sha256, { db, client, width, height, origin });
  return (
    <Box
      sx={{
        width: size,
        height: size,
        borderRadius: 1,
        overflow: 'hidden',
        bgcolor: 'grey.200',
        display: 'grid',
        placeItems: 'center',
      }}
    >
      {photo.state === 'ready' ? (
        <Box
          component="img"
          src={photo.url}
          alt={alt}
          sx={{ width: '100%', height: '100%', objectFit: 'cover' }}
        />
      ) : photo.state === 'loading' ? (
        <CircularProgress size={20} />
      ) : (
        <BrokenImageIcon color="disabled" />
      )}
    </Box>
  );
}
