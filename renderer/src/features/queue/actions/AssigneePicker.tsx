import { useMemo, useState, type KeyboardEvent } from 'react';
import {
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  List,
  ListItemButton,
  ListItemText,
  TextField,
  Typography,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { StaffRecord } from '../../../db/records';
import { normaliseSearchText } from '../model/search-text';

interface Props {
  open: boolean;
  /** How many issues the choice applies to. */
  count: number;
  staff: readonly StaffRecord[];
  /** The current assignee of a single issue, marked in the list. */
  currentId: string | null;
  onPick: (staffId: string) => void;
  onClose: () => void;
}

// Field supervisors do the work; dispatchers and managers come after them.
const roleOrder = { supervisor: 0, dispatcher: 1, manager: 2 } as const;

/** Picks an assignee by typing a few letters of the name and Enter, or by a click. */
export function AssigneePicker({ open, count, staff, currentId, onPick, onClose }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [highlight, setHighlight] = useState(0);
  const options = useMemo(() => {
    const wanted = normaliseSearchText(text);
    return staff
      .filter((person) => wanted === '' || normaliseSearchText(person.name).includes(wanted))
      .sort((a, b) => roleOrder[a.role] - roleOrder[b.role]);
  }, [staff, text]);
  const chosen = options[Math.min(highlight, options.length - 1)];

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setHighlight((index) => Math.min(index + 1, options.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setHighlight((index) => Math.max(index - 1, 0));
    } else if (event.key === 'Enter' && chosen) {
      event.preventDefault();
      onPick(chosen.id);
    }
  };

  return (
    <Dialog
      open={open}
      onClose={onClose}
      fullWidth
      maxWidth="xs"
      slotProps={{ transition: { onExited: () => setText('') } }}
    >
      <DialogTitle sx={{ pb: 1 }}>
        {count > 1 ? t('queue.picker.titleMany', { count }) : t('queue.picker.title')}
      </DialogTitle>
      <DialogContent sx={{ pb: 0 }}>
        <TextField
          autoFocus
          fullWidth
          size="small"
          label={t('queue.picker.search')}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setHighlight(0);
          }}
          onKeyDown={onKeyDown}
          slotProps={{
            htmlInput: {
              role: 'combobox',
              'aria-expanded': true,
              'aria-controls': 'assignee-options',
              'aria-activedescendant': chosen ? `assignee-${chosen.id}` : undefined,
            },
          }}
          sx={{ mt: 1 }}
        />
        <List id="assignee-options" role="listbox" dense sx={{ maxHeight: 340, overflow: 'auto', mt: 1 }}>
          {options.map((person, index) => (
            <ListItemButton
              key={person.id}
              id={`assignee-${person.id}`}
              role="option"
              aria-selected={person === chosen}
              selected={person === chosen}
              onMouseEnter={() => setHighlight(index)}
              onClick={() => onPick(person.id)}
              tabIndex={-1}
            >
              <ListItemText
                primary={person.name}
                secondary={t(`common.roles.${person.role}`)}
                slotProps={{ primary: { sx: { fontSize: 13.5 } }, secondary: { sx: { fontSize: 11.5 } } }}
              />
              {person.id === currentId && (
                <Box component="span" sx={{ fontSize: 11.5, color: 'text.secondary' }}>
                  {t('queue.picker.current')}
                </Box>
              )}
            </ListItemButton>
          ))}
          {options.length === 0 && (
            <Typography sx={{ p: 2 }} color="text.secondary">
              {t('queue.picker.noOptions')}
            </Typography>
          )}
        </List>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} sx={{ textTransform: 'none' }}>
          {t('queue.picker.cancel')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
