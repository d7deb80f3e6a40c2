import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useSession } from './session/session-context';

/** The city ended the session: say so politely, keep everything, offer to sign in again. */
export function SessionExpiredDialog() {
  const { t } = useTranslation();
  const { state, reauthenticate } = useSession();
  return (
    <Dialog open={state.kind === 'signed-in' && state.expired}>
      <DialogTitle>{t('auth.expiredTitle')}</DialogTitle>
      <DialogContent>
        <DialogContentText>{t('auth.expiredBody')}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button variant="contained" onClick={reauthenticate}>
          {t('auth.signInAgain')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
