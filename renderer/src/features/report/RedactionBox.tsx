import { Box, IconButton, Tooltip } from '@mui/material';
import UndoIcon from '@mui/icons-material/Undo';
import type { RedactionRect } from './photos';
import type { Size } from './photos/geometry';

interface Props {
  rect: RedactionRect;
  photo: Size;
  /** What the rectangle is (a found face, one drawn by hand); none for one being drawn. */
  label?: string;
  undoLabel?: string;
  onUndo?: () => void;
}

/** One rectangle over the photo in the redaction dialog, blurred as it will be sent, with its undo. */
export function RedactionBox({ rect, photo, label, undoLabel, onUndo }: Props) {
  return (
    <Box
      role={label ? 'img' : undefined}
      aria-label={label}
      data-testid={label ? 'redaction-rect' : undefined}
      sx={{
        position: 'absolute',
        left: `${(rect.x / photo.width) * 100}%`,
        top: `${(rect.y / photo.height) * 100}%`,
        width: `${(rect.width / photo.width) * 100}%`,
        height: `${(rect.height / photo.height) * 100}%`,
        border: '2px solid',
        borderColor: 'error.main',
        backdropFilter: 'blur(10px)',
        bgcolor: 'rgba(198,40,40,0.15)',
      }}
    >
      {onUndo && undoLabel && (
        <Tooltip title={undoLabel}>
          <IconButton
            size="small"
            aria-label={undoLabel}
            data-testid="redaction-undo"
            onPointerDown={(event) => event.stopPropagation()}
            onPointerUp={(event) => event.stopPropagation()}
            onClick={onUndo}
            sx={{
              position: 'absolute',
              top: 0,
              right: 0,
              transform: 'translate(50%, -50%)',
              bgcolor: 'background.paper',
              border: '1px solid',
              borderColor: 'error.main',
              p: 0.25,
              '&:hover': { bgcolor: 'background.paper' },
            }}
          >
            <UndoIcon sx={{ fontSize: 16 }} />
          </IconButton>
        </Tooltip>
      )}
    </Box>
  );
}
