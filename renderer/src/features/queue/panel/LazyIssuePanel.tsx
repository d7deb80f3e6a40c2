import { lazy, Suspense, type ComponentProps } from 'react';
import { RouteFallback } from '../../../app/RouteFallback';
import type { IssuePanel as IssuePanelType } from './IssuePanel';

// The panel loads when an issue is first opened, not with the queue's first screen.
const IssuePanelCode = lazy(() => import('./IssuePanel').then(({ IssuePanel }) => ({ default: IssuePanel })));

/** The issue panel, with a «Загрузка…» line while its code loads the first time. */
export function IssuePanel(props: ComponentProps<typeof IssuePanelType>) {
  return (
    <Suspense fallback={<RouteFallback />}>
      <IssuePanelCode {...props} />
    </Suspense>
  );
}
