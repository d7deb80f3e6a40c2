import { useRef, useState, type PointerEvent, type ReactNode } from 'react';
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Typography,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { RedactionRect } from './photos';

interface Props {
  url: string;
  width: number;
  height: number;
  busy: boolean;
  /** Why the last attempt failed; the rectangles stay for another try. */
  error?: ReactNode;
  onApply: (rects: RedactionRect[]) => void;
  onClose: () => void;
}

/** Rectangles drawn over the photo, in the photo's own pixels, for the pipeline to blur. */
export function RedactDialog({ url, width, height, busy, error, onApply, onClose }: Props) {
  const { t } = useTranslation();
  const frame = useRef<HTMLDivElement>(null);
  const [rects, setRects] = useState<RedactionRect[]>([]);
  const [start, setStart] = useState<{ x: number; y: number } | null>(null);
  const [current, setCurrent] = useState<RedactionRect | null>(null);

  /** From a point on screen to the photo's pixels (the image is shown scaled). */
  const toPhoto = (event: PointerEvent) => {
    const box = frame.current?.getBoundingClientRect();
    if (!box) return { x: 0, y: 0 };
    return {
      x: Math.round(((event.clientX - box.left) / box.width) * width),
      y: Math.round(((event.clientY - box.top) / box.height) * height),
    };
  };
  const rectBetween = (a: { x: number; y: number }, b: { x: number; y: number }): RedactionRect => ({
    x: Math.min(a.x, b.x),
    y: Math.min(a.y, b.y),
    width: Math.abs(a.x - b.x),
    height: Math.abs(a.y - b.y),
  });
  const shown = current ? [...rects, current] : rects;

  return (
    <Dialog open maxWidth="lg" onClose={onClose}>
      <DialogTitle>{t('report.redaction.title')}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {t('report.redaction.hint')}
        </Typography>
        {error && (
          <Alert severity="error" sx={{ mb: 1 }} data-testid="redaction-error">
            {error}
          </Alert>
        )}
        <Box
          ref={frame}
          data-testid="redaction-frame"
          sx={{
            position: 'relative',
            width: 'min(70vw, 900px)',
            aspectRatio: `${width} / ${height}`,
            cursor: 'crosshair',
            userSelect: 'none',
            touchAction: 'none',
          }}
          onPointerDown={(event) => {
            event.currentTarget.setPointerCapture(event.pointerId);
            setStart(toPhoto(event));
          }}
          onPointerMove={(event) => start && setCurrent(rectBetween(start, toPhoto(event)))}
          onPointerUp={(event) => {
            if (start) {
              const rect = rectBetween(start, toPhoto(event));
              if (rect.width > 2 && rect.height > 2) setRects([...rects, rect]);
            }
            setStart(null);
            setCurrent(null);
          }}
        >
          <Box
            component="img"
            src={url}
            alt=""
            draggable={false}
            sx={{ width: '100%', height: '100%', display: 'block' }}
          />
          {shown.map((rect, index) => (
            <Box
              key={index}
              sx={{
                position: 'absolute',
                left: `${(rect.x / width) * 100}%`,
                top: `${(rect.y / height) * 100}%`,
                width: `${(rect.width / width) * 100}%`,
                height: `${(rect.height / height) * 100}%`,
                border: '2px solid',
                borderColor: 'error.main',
                bgcolor: 'rgba(198,40,40,0.25)',
              }}
            />
          ))}
        </Box>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => setRects([])} disabled={rects.length === 0 || busy}>
          {t('report.redaction.clear')}
        </Button>
        <Button onClick={onClose} disabled={busy}>
          {t('report.redaction.cancel')}
        </Button>
        <Button variant="contained" disabled={rects.length === 0 || busy} onClick={() => onApply(rects)}>
          {t('report.redaction.apply')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
