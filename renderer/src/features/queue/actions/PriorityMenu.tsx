import { Menu, MenuItem } from '@mui/material';
import { priorities, type Priority } from '@shared/domain';
import { PriorityLabel } from '../../../components/PriorityLabel';

interface Props {
  anchor: HTMLElement | null;
  current: Priority | null;
  onPick: (priority: Priority) => void;
  onClose: () => void;
}

/** The three priorities, most urgent first. */
export function PriorityMenu({ anchor, current, onPick, onClose }: Props) {
  return (
    <Menu anchorEl={anchor} open={anchor !== null} onClose={onClose}>
      {[...priorities].reverse().map((priority) => (
        <MenuItem
          key={priority}
          dense
          selected={priority === current}
          onClick={() => {
            onClose();
            onPick(priority);
          }}
        >
          <PriorityLabel priority={priority} />
        </MenuItem>
      ))}
    </Menu>
  );
}
