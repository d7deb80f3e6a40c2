import { createHashRouter, Navigate, type RouteObject } from 'react-router';
import { Shell } from './Shell';
import { QueuePage } from '../features/queue/QueuePage';
import { MyWorkPage } from '../features/report/MyWorkPage';
import { RatingsPage } from '../features/ratings/RatingsPage';
import { SyncPage } from '../features/sync-status/SyncPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { Landing } from './landing/Landing';

// Hash routes work the same from file:// in Electron and from any static web server.
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Shell />,
    children: [
      // The person's last section, or their role's own screen.
      { index: true, element: <Landing /> },
      // Each screen owns the routes below it (an issue's panel, a report editor, a drill-down).
      { path: 'queue/*', element: <QueuePage /> },
      { path: 'my/*', element: <MyWorkPage /> },
      { path: 'ratings/*', element: <RatingsPage /> },
      { path: 'sync', element: <SyncPage /> },
      { path: 'settings', element: <SettingsPage /> },
      { path: '*', element: <Navigate to="/" replace /> },
    ],
  },
];

export const createAppRouter = () => createHashRouter(routes);
