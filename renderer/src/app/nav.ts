import type { SvgIconComponent } from '@mui/icons-material';
import InboxIcon from '@mui/icons-material/Inbox';
import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import InsightsIcon from '@mui/icons-material/Insights';
import SyncIcon from '@mui/icons-material/Sync';
import SettingsIcon from '@mui/icons-material/Settings';

export interface NavItem {
  path: string;
  labelKey: 'nav.queue' | 'nav.myWork' | 'nav.ratings' | 'nav.sync' | 'nav.settings';
  icon: SvgIconComponent;
}

export const navItems: readonly NavItem[] = [
  { path: '/queue', labelKey: 'nav.queue', icon: InboxIcon },
  { path: '/my', labelKey: 'nav.myWork', icon: AssignmentIndIcon },
  { path: '/ratings', labelKey: 'nav.ratings', icon: InsightsIcon },
  { path: '/sync', labelKey: 'nav.sync', icon: SyncIcon },
  { path: '/settings', labelKey: 'nav.settings', icon: SettingsIcon },
];
