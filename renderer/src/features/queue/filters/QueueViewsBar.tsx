import type { ReactNode } from 'react';
import { Box } from '@mui/material';
import type { Language } from '@shared/ipc';
import type { QueueView, ViewCounts } from '../model/views';
import { SimilarToggle } from '../clusters/SimilarToggle';
import { ViewTabs } from './ViewTabs';

interface Props {
  language: Language;
  view: QueueView;
  counts: ViewCounts | null;
  onView: (view: QueueView) => void;
  /** Views of other screens reached from the queue (the app puts «Под угрозой» here). */
  aside?: ReactNode;
  similar: boolean;
  /** How many clusters there are; null while they are being found. */
  clusterCount: number | null;
  onSimilar: (on: boolean) => void;
}

/** The queue's ready views, the views beside them, and the «Похожие» toggle. */
export function QueueViewsBar({
  language,
  view,
  counts,
  onView,
  aside,
  similar,
  clusterCount,
  onSimilar,
}: Props) {
  return (
    <Box sx={{ px: 1, display: 'flex', alignItems: 'center', gap: 1 }}>
      <Box sx={{ flex: 1, minWidth: 0 }}>
        <ViewTabs language={language} view={view} counts={counts} onChange={onView} />
      </Box>
      {aside}
      <SimilarToggle language={language} on={similar} count={clusterCount} onChange={onSimilar} />
    </Box>
  );
}
