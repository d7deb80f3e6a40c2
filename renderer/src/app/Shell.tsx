import {
  AppBar,
  Badge,
  Box,
  Drawer,
  List,
  ListItemButton,
  ListItemIcon,
  ListItemText,
  Toolbar,
  Typography,
} from '@mui/material';
import LocationCityIcon from '@mui/icons-material/LocationCity';
import { Suspense } from 'react';
import { NavLink, Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { navItems } from './nav';
import { MoscowClock } from './MoscowClock';
import { ErrorBoundary } from './ErrorBoundary';
import { SyncIndicator } from './SyncIndicator';
import { FirstPullProgress } from './first-pull/FirstPullProgress';
import { RouteFallback } from './RouteFallback';
import { UserMenu } from './UserMenu';
import { Notices } from './Notices';
import { SessionExpiredDialog } from './SessionExpiredDialog';
import { useUnsentCount } from '../db/use-sync-status';
import { useWorkspace } from './session/session-context';
import { QueueBackground } from '../features/queue/QueueBackground';
import { useRememberScreen } from './landing/Landing';
import { useNextTask } from '../lib/use-next-task';

const drawerWidth = 232;

export function Shell() {
  const { t } = useTranslation();
  const unsent = useUnsentCount(useWorkspace().db);
  useRememberScreen();
  // The shell is painted first; the screen in it is built in the next task.
  const screenReady = useNextTask();
  return (
    <Box sx={{ display: 'flex', height: '100vh' }}>
      <AppBar position="fixed" sx={{ zIndex: (theme) => theme.zIndex.drawer + 1 }}>
        <Toolbar
          variant="dense"
          // Nothing in the bar wraps or shrinks but the tagline.
          sx={{ gap: 1.5, whiteSpace: 'nowrap', '& > :not([data-gives-way])': { flexShrink: 0 } }}
        >
          <LocationCityIcon />
          <Typography variant="h6" component="div" sx={{ fontSize: 17 }}>
            {t('app.name')}
          </Typography>
          {/* The tagline gives way first: the first pull's progress and the sync state are work. */}
          <Typography
            variant="body2"
            noWrap
            title={t('app.tagline')}
            data-gives-way=""
            sx={{ opacity: 0.9, minWidth: 0, flexShrink: 1, display: { xs: 'none', xl: 'block' } }}
          >
            {t('app.tagline')}
          </Typography>
          <Box sx={{ flexGrow: 1 }} />
          <FirstPullProgress />
          <SyncIndicator />
          <MoscowClock />
          <UserMenu />
        </Toolbar>
      </AppBar>
      <Drawer
        variant="permanent"
        sx={{
          width: drawerWidth,
          flexShrink: 0,
          '& .MuiDrawer-paper': { width: drawerWidth, boxSizing: 'border-box' },
        }}
      >
        <Toolbar variant="dense" />
        <List component="nav" aria-label={t('nav.label')} sx={{ px: 1 }}>
          {navItems.map(({ path, labelKey, icon: Icon }) => (
            <ListItemButton
              key={path}
              component={NavLink}
              to={path}
              sx={{ mb: 0.5, '&.active': { bgcolor: 'action.selected', fontWeight: 600 } }}
            >
              <ListItemIcon sx={{ minWidth: 36 }}>
                {path === '/sync' ? (
                  <Badge badgeContent={unsent} color="warning" max={999} data-testid="unsent-badge">
                    <Icon fontSize="small" />
                  </Badge>
                ) : (
                  <Icon fontSize="small" />
                )}
              </ListItemIcon>
              <ListItemText primary={t(labelKey)} />
            </ListItemButton>
          ))}
        </List>
      </Drawer>
      <Box component="main" sx={{ flexGrow: 1, overflow: 'auto', bgcolor: 'background.default' }}>
        <Toolbar variant="dense" />
        <ErrorBoundary>
          <Suspense fallback={<RouteFallback />}>{screenReady && <Outlet />}</Suspense>
        </ErrorBoundary>
      </Box>
      <Notices />
      <SessionExpiredDialog />
      <QueueBackground />
    </Box>
  );
}
