import { lazy } from 'react';
import { createHashRouter, Navigate, type RouteObject } from 'react-router';
import { Shell } from './Shell';
import { QueuePage } from '../features/queue/QueuePage';
import { AtRiskViewLink } from '../features/risk/AtRiskViewLink';
import { Landing } from './landing/Landing';

// Sign-in, the shell and the queue (where a dispatcher lands) are in the first chunk; the other
// screens load when first opened (Shell shows a fallback meanwhile), ratings with its charts.
const MyWorkPage = lazy(() =>
  import('../features/report/MyWorkPage').then(({ MyWorkPage }) => ({ default: MyWorkPage })),
);
const RatingsPage = lazy(() =>
  import('../features/ratings/RatingsPage').then(({ RatingsPage }) => ({ default: RatingsPage })),
);
const AtRiskPage = lazy(() =>
  import('../features/risk/AtRiskPage').then(({ AtRiskPage }) => ({ default: AtRiskPage })),
);
const SyncPage = lazy(() =>
  import('../features/sync-status/SyncPage').then(({ SyncPage }) => ({ default: SyncPage })),
);
const SettingsPage = lazy(() =>
  import('../features/settings/SettingsPage').then(({ SettingsPage }) => ({ default: SettingsPage })),
);

// Hash routes work the same from file:// in Electron and from any static web server.
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Shell />,
    children: [
      // The person's last section, or their role's own screen.
      { index: true, element: <Landing /> },
      // Each screen owns the routes below it (an issue's panel, a report editor, a drill-down).
      // The queue shows «Под угрозой» beside its views; the risk screen opens issues in the queue's panel.
      { path: 'queue/*', element: <QueuePage viewsAside={<AtRiskViewLink />} /> },
      { path: 'at-risk', element: <AtRiskPage /> },
      { path: 'my/*', element: <MyWorkPage /> },
      { path: 'ratings/*', element: <RatingsPage /> },
      { path: 'sync', element: <SyncPage /> },
      { path: 'settings', element: <SettingsPage /> },
      { path: '*', element: <Navigate to="/" replace /> },
    ],
  },
];

export const createAppRouter = () => createHashRouter(routes);
