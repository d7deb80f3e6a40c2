import { useState } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Divider,
  ListItemText,
  Menu,
  MenuItem,
} from '@mui/material';
import AccountCircleIcon from '@mui/icons-material/AccountCircle';
import { useTranslation } from 'react-i18next';
import { unsentCount } from '../db/outbox';
import { useSession, useWorkspace } from './session/session-context';

export function UserMenu() {
  const { t } = useTranslation();
  const { signOut } = useSession();
  const { user, db } = useWorkspace();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [confirmUnsent, setConfirmUnsent] = useState<number | null>(null);

  const requestSignOut = async () => {
    setAnchor(null);
    const unsent = await unsentCount(db);
    if (unsent > 0) setConfirmUnsent(unsent);
    else await signOut();
  };

  return (
    <>
      <Button
        data-testid="user-menu"
        color="inherit"
        startIcon={<AccountCircleIcon />}
        onClick={(e) => setAnchor(e.currentTarget)}
        sx={{ textTransform: 'none' }}
      >
        {user.name}
      </Button>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        <ListItemText
          sx={{ px: 2, py: 1 }}
          primary={t(`common.roles.${user.role}`)}
          secondary={user.companyName}
        />
        <Divider />
        <MenuItem onClick={() => void requestSignOut()}>{t('auth.signOut')}</MenuItem>
      </Menu>
      <Dialog open={confirmUnsent !== null} onClose={() => setConfirmUnsent(null)}>
        <DialogTitle>{t('auth.signOutTitle')}</DialogTitle>
        <DialogContent>
          <DialogContentText>{t('auth.signOutUnsent', { count: confirmUnsent ?? 0 })}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setConfirmUnsent(null)}>{t('auth.cancel')}</Button>
          <Button color="warning" onClick={() => void signOut()}>
            {t('auth.signOut')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
