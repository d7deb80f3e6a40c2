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
import type { MarkedRect, RedactionRect } from './photos';
import { RedactionBox } from './RedactionBox';

interface Props {
  url: string;
  width: number;
  height: number;
  busy: boolean;
  /** Why the last attempt failed; the rectangles stay for another try. */
  error?: ReactNode;
  /** The rectangles blurred now (faces found on the device, earlier ones drawn by hand), shown blurred over `url`. */
  initialRects?: readonly MarkedRect[];
  onApply: (rects: MarkedRect[]) => void;
  onClose: () => void;
}

/**
 * Rectangles over the unblurred photo, in the photo's own pixels, for the pipeline to blur: each
 * is shown blurred as it will be sent; one found by the face detector or drawn earlier can be
 * undone, and new ones drawn by hand.
 */
export function RedactDialog({
  url,
  width,
  height,
  busy,
  error,
  initialRects = [],
  onApply,
  onClose,
}: Props) {
  const { t } = useTranslation();
  const frame = useRef<HTMLDivElement>(null);
  const [rects, setRects] = useState<MarkedRect[]>([...initialRects]);
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
  const faces = rects.filter((rect) => rect.origin === 'face').length;
  const changed = JSON.stringify(rects) !== JSON.stringify(initialRects);

  return (
    <Dialog open maxWidth="lg" onClose={onClose}>
      <DialogTitle>{t('report.redaction.title')}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {t('report.redaction.hint')}
        </Typography>
        {initialRects.some((rect) => rect.origin === 'face') && (
          <Typography variant="body2" sx={{ mb: 1 }} data-testid="redaction-faces">
            {t('report.redaction.faces', { count: faces })}
          </Typography>
        )}
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
              if (rect.width > 2 && rect.height > 2) setRects([...rects, { ...rect, origin: 'manual' }]);
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
          {rects.map((rect, index) => (
            <RedactionBox
              key={index}
              rect={rect}
              photo={{ width, height }}
              label={t(rect.origin === 'face' ? 'report.redaction.face' : 'report.redaction.manual', {
                index: index + 1,
              })}
              undoLabel={t('report.redaction.undo', { index: index + 1 })}
              onUndo={busy ? undefined : () => setRects(rects.filter((_r, i) => i !== index))}
            />
          ))}
          {current && <RedactionBox rect={current} photo={{ width, height }} />}
        </Box>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => setRects([])} disabled={rects.length === 0 || busy}>
          {t(initialRects.length > 0 ? 'report.redaction.undoAll' : 'report.redaction.clear')}
        </Button>
        <Button onClick={onClose} disabled={busy}>
          {t('report.redaction.cancel')}
        </Button>
        <Button variant="contained" disabled={!changed || busy} onClick={() => onApply(rects)}>
          {t('report.redaction.apply')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
