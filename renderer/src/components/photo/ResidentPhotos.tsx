import { Box } from '@mui/material';
import type { Issue } from '@shared/domain';
import { PhotoThumb } from './PhotoThumb';

interface Props {
  photos: Issue['residentPhotos'];
  /** The name of the photo at `index` (0-based) for people who cannot see it. */
  altOf: (index: number) => string;
  size?: number;
  /** Opens the photo in a viewer; without it the thumbnails are plain tiles. */
  onOpen?: (sha256: string) => void;
}

/** A resident's photos of an issue as a strip of thumbnails, each fetched once through sync. */
export function ResidentPhotos({ photos, altOf, size, onOpen }: Props) {
  return (
    <Box sx={{ display: 'flex', gap: size !== undefined && size < 84 ? 0.75 : 1, flexWrap: 'wrap' }}>
      {photos.map((photo, index) => (
        <PhotoThumb
          key={photo.sha256}
          sha256={photo.sha256}
          width={photo.width}
          height={photo.height}
          origin="resident"
          size={size}
          alt={altOf(index)}
          onOpen={onOpen === undefined ? undefined : () => onOpen(photo.sha256)}
        />
      ))}
    </Box>
  );
}
