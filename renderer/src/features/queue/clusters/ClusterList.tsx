import { useMemo } from 'react';
import { Box, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { ClusterSnapshot } from '../../../lib/clusters/client';
import type { QueueResult } from '../model/queue-result';
import type { QueueRow } from '../model/queue-row';
import { clustersShown } from './clusters-shown';
import { ClusterRow, type ClusterRowContext } from './ClusterRow';

interface Props extends ClusterRowContext {
  snapshot: ClusterSnapshot;
  /** The rows the view and filters show: the clusters with any of them are listed. */
  result: QueueResult;
}

/** The queue with «Похожие» on: each cluster of the issues shown as one expandable row. */
export function ClusterList(props: Props) {
  const { snapshot, result, ...context } = props;
  const { t } = useTranslation();
  const clusters = useMemo(
    () => clustersShown(snapshot.clusters, new Set(result.ids())),
    [snapshot.clusters, result],
  );
  const rowOf = (id: string): QueueRow | undefined => {
    const position = result.columns.positions.get(id);
    return position === undefined ? undefined : result.columns.rows[position];
  };
  if (!snapshot.loaded || clusters.length === 0)
    return (
      <Typography sx={{ p: 3 }} color="text.secondary" data-testid="clusters-empty">
        {t(snapshot.loaded ? 'clusters.empty' : 'clusters.loading')}
      </Typography>
    );
  return (
    <Box
      role="list"
      aria-label={t('clusters.listLabel')}
      data-testid="cluster-list"
      sx={{ flex: 1, minHeight: 0, overflow: 'auto', bgcolor: 'background.paper' }}
    >
      {clusters.map((cluster) => (
        <ClusterRow
          key={cluster.id}
          cluster={cluster}
          rows={cluster.issueIds.map(rowOf).filter((row) => row !== undefined)}
          {...context}
        />
      ))}
    </Box>
  );
}
