import type { ElementType } from 'react';
import { styled, type Theme } from '@mui/material/styles';
import type { TFunction } from 'i18next';
import KeyboardDoubleArrowUpIcon from '@mui/icons-material/KeyboardDoubleArrowUp';
import KeyboardArrowUpIcon from '@mui/icons-material/KeyboardArrowUp';
import { useTranslation } from 'react-i18next';
import type { Priority } from '@shared/domain';

/** Also applied by the queue to plain elements of its own (`[data-priority]`). */
export const priorityLabelStyles = ({ theme }: { theme: Theme }) => ({
  display: 'inline-flex',
  alignItems: 'center',
  gap: 2,
  fontSize: 12.5,
  whiteSpace: 'nowrap',
  color: theme.palette.text.secondary,
  '& svg': { fontSize: 16 },
  '&[data-priority="high"]': { color: '#a85500', fontWeight: 600 },
  '&[data-priority="urgent"]': { color: theme.palette.error.main, fontWeight: 600 },
});
const Label = styled('span')(priorityLabelStyles);

/** A priority as an icon and its word (`common.priority.*`); normal is quiet so the others stand out. */
export function PriorityLabel({ priority }: { priority: Priority }) {
  const { t } = useTranslation();
  return <PriorityMark priority={priority} t={t} root={Label} />;
}

/** The label on an element of the caller's choice (a plain span under `priorityLabelStyles` applied from above). */
export function PriorityMark({
  priority,
  t,
  root: Element = 'span',
}: {
  priority: Priority;
  t: TFunction;
  root?: ElementType;
}) {
  return (
    <Element data-priority={priority}>
      {priority === 'urgent' && <KeyboardDoubleArrowUpIcon fontSize="inherit" />}
      {priority === 'high' && <KeyboardArrowUpIcon fontSize="inherit" />}
      {t(`common.priority.${priority}`)}
    </Element>
  );
}
