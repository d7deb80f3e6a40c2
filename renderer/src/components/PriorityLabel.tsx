import { styled } from '@mui/material/styles';
import KeyboardDoubleArrowUpIcon from '@mui/icons-material/KeyboardDoubleArrowUp';
import KeyboardArrowUpIcon from '@mui/icons-material/KeyboardArrowUp';
import { useTranslation } from 'react-i18next';
import type { Priority } from '@shared/domain';

const Label = styled('span')(({ theme }) => ({
  display: 'inline-flex',
  alignItems: 'center',
  gap: 2,
  fontSize: 12.5,
  whiteSpace: 'nowrap',
  color: theme.palette.text.secondary,
  '& svg': { fontSize: 16 },
  '&[data-priority="high"]': { color: '#a85500', fontWeight: 600 },
  '&[data-priority="urgent"]': { color: theme.palette.error.main, fontWeight: 600 },
}));

/** A priority as an icon and its word (`common.priority.*`); normal is quiet so the others stand out. */
export function PriorityLabel({ priority }: { priority: Priority }) {
  const { t } = useTranslation();
  return (
    <Label data-priority={priority}>
      {priority === 'urgent' && <KeyboardDoubleArrowUpIcon fontSize="inherit" />}
      {priority === 'high' && <KeyboardArrowUpIcon fontSize="inherit" />}
      {t(`common.priority.${priority}`)}
    </Label>
  );
}
