import { ListItem, ListItemIcon, ListItemText } from '@mui/material';
import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutlineOutlined';
import ReportProblemOutlinedIcon from '@mui/icons-material/ReportProblemOutlined';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  passed: boolean;
  /** What was checked and what was found. */
  primary: string;
  /** What to do, shown when the check failed. */
  next: string;
  /** The findings behind a passed line, shown on hover. */
  details?: string;
  testId?: string;
  /** A button beside the line: what the supervisor can do about it here. */
  action?: ReactNode;
}

/** One line of the checks before sending: passed or "take note", and what to do about it. */
export function CheckItem({ passed, primary, next, details, testId = 'pre-send-check', action }: Props) {
  const { t } = useTranslation();
  return (
    <ListItem
      disableGutters
      data-testid={testId}
      data-passed={passed}
      title={details}
      secondaryAction={action}
    >
      <ListItemIcon sx={{ minWidth: 32 }}>
        {passed ? (
          <CheckCircleOutlineIcon color="success" fontSize="small" titleAccess={t('checks.passed')} />
        ) : (
          <ReportProblemOutlinedIcon color="warning" fontSize="small" titleAccess={t('checks.failed')} />
        )}
      </ListItemIcon>
      <ListItemText primary={primary} secondary={passed ? undefined : next} />
    </ListItem>
  );
}
