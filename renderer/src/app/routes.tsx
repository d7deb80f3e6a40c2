import { createHashRouter, Navigate, type RouteObject } from 'react-router';
import { Shell } from './Shell';
import { QueuePage } from '../features/queue/QueuePage';
import { MyWorkPage } from '../features/report/MyWorkPage';
import { RatingsPage } from '../features/ratings/RatingsPage';
import { SyncPage } from '../features/sync-status/SyncPage';
import { SettingsPage } from '../features/settings/SettingsPage';

// Hash routes work the same from file:// in Electron and from any static web server.
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Shell />,
    children: [
      { index: true, element: <Navigate to="/queue" replace /> },
      // Each screen owns the routes below it (an issue's panel, a report editor, a drill-down).
      { path: 'queue/*', element: <QueuePage /> },
      { path: 'my/*', element: <MyWorkPage /> },
      { path: 'ratings/*', element: <RatingsPage /> },
      { path: 'sync', element: <SyncPage /> },
      { path: 'settings', element: <SettingsPage /> },
      { path: '*', element: <Navigate to="/queue" replace /> },
    ],
  },
];

export const createAppRouter = () => createHashRouter(routes);
