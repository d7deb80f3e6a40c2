import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent } from '@mui/material';
import { useTranslation } from 'react-i18next';

/** The computer's camera, where it has one: a frame is taken as a JPEG file for the photo pipeline. */
export function CameraDialog({ onShot, onClose }: { onShot: (file: File) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let stream: MediaStream | null = null;
    let live = true;
    navigator.mediaDevices
      .getUserMedia({ video: { width: { ideal: 1920 }, height: { ideal: 1080 } }, audio: false })
      .then((s) => {
        if (!live) return s.getTracks().forEach((track) => track.stop());
        stream = s;
        if (video.current) video.current.srcObject = s;
      })
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, []);

  const shoot = () => {
    const element = video.current;
    if (!element || element.videoWidth === 0) return;
    const canvas = document.createElement('canvas');
    canvas.width = element.videoWidth;
    canvas.height = element.videoHeight;
    canvas.getContext('2d')?.drawImage(element, 0, 0);
    canvas.toBlob(
      (blob) => {
        if (blob) onShot(new File([blob], `camera-${Date.now()}.jpg`, { type: 'image/jpeg' }));
      },
      'image/jpeg',
      0.92,
    );
  };

  return (
    <Dialog open maxWidth="md" onClose={onClose}>
      <DialogContent>
        {error ? (
          <Alert severity="error">{t('report.photoErrors.cameraUnavailable', { detail: error })}</Alert>
        ) : (
          <video
            ref={video}
            autoPlay
            playsInline
            muted
            style={{ width: '100%', maxHeight: '60vh', background: '#000' }}
          />
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('report.editor.closeCamera')}</Button>
        <Button variant="contained" disabled={error !== null} onClick={shoot}>
          {t('report.editor.takePhoto')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
