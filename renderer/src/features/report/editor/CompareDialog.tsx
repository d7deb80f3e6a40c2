import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { PhotoRef } from '@shared/domain';
import { PhotoThumb } from '../../../components/photo/PhotoThumb';

interface Props {
  /** The resident's photo the work is checked against. */
  resident: PhotoRef;
  /** One of the report's photos. */
  photo: PhotoRef;
  onClose: () => void;
}

/** The resident's photo beside one of the report's, to check both show the same place. */
export function CompareDialog({ resident, photo, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Dialog open maxWidth="lg" onClose={onClose}>
      <DialogTitle>{t('report.editor.compareTitle')}</DialogTitle>
      <DialogContent>
        <Stack direction="row" spacing={2}>
          <PhotoThumb {...resident} origin="resident" size={420} alt={t('report.editor.residentPhotos')} />
          <PhotoThumb {...photo} origin="company" size={420} alt={t('report.editor.roleAfter')} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('report.editor.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}
