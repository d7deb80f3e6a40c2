import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { PhotoRef } from '@shared/domain';
import { PhotoThumb } from '../../../components/photo/PhotoThumb';
import type { SamePlaceResult } from '../photos';

interface Props {
  /** The resident's photo the work is checked against. */
  resident: PhotoRef;
  /** One of the report's photos. */
  photo: PhotoRef;
  /** The comparison of the two, once made on this device, or 'failed' when it could not be made. */
  result?: SamePlaceResult | 'failed';
  onClose: () => void;
}

/** The resident's photo beside one of the report's, with the comparison's score: do both show the same place? */
export function CompareDialog({ resident, photo, result, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Dialog open maxWidth="lg" onClose={onClose}>
      <DialogTitle>{t('report.editor.compareTitle')}</DialogTitle>
      <DialogContent>
        <Stack direction="row" spacing={2}>
          <PhotoThumb {...resident} origin="resident" size={420} alt={t('report.editor.residentPhotos')} />
          <PhotoThumb {...photo} origin="company" size={420} alt={t('report.editor.roleAfter')} />
        </Stack>
        <Alert
          severity={
            result === undefined || result === 'failed' || !result.comparable
              ? 'info'
              : result.samePlace
                ? 'success'
                : 'warning'
          }
          sx={{ mt: 2 }}
          data-testid="compare-score"
        >
          {result === undefined
            ? t('report.editor.comparePending')
            : result === 'failed'
              ? t('checks.items.same_place_failed.reason')
              : !result.comparable
                ? t('checks.items.same_place_unknown.reason')
                : t('report.editor.compareScore', {
                    score: result.score,
                    inliers: result.inliers,
                    verdict: t(result.samePlace ? 'report.editor.compareSame' : 'report.editor.compareOther'),
                  })}
        </Alert>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('report.editor.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}
