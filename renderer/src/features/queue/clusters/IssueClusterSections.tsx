import { Box, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { Language } from '@shared/ipc';
import type { DeskDb } from '../../../db/database';
import { useClusterSnapshot } from '../../../lib/clusters/use-cluster-snapshot';
import { ClusterSiblings } from './ClusterSiblings';
import { RepeatNotice } from './RepeatNotice';

interface Props {
  db: DeskDb;
  issueId: string;
  language: Language;
  canAssign: boolean;
  onAssignAll: (issueIds: readonly string[]) => void;
  onOpenIssue: (id: string) => void;
}

/** What the issue panel adds from the clusters' worker: the repeat mark, and the issue's cluster. */
export function IssueClusterSections({ db, issueId, language, canAssign, onAssignAll, onOpenIssue }: Props) {
  const { t } = useTranslation();
  const snapshot = useClusterSnapshot(db);
  const repeat = snapshot.repeats.get(issueId);
  const clusterId = snapshot.byIssue.get(issueId);
  const cluster = clusterId === undefined ? undefined : snapshot.clusters.get(clusterId);
  if (!repeat && !cluster) return null;
  return (
    <Box sx={{ px: 2, pt: 1.5, display: 'flex', flexDirection: 'column', gap: 1.5 }}>
      {repeat && <RepeatNotice db={db} repeat={repeat} language={language} onOpenIssue={onOpenIssue} />}
      {cluster && (
        <Box component="section" aria-label={t('clusters.panel.title')}>
          <Typography
            variant="overline"
            component="h3"
            color="text.secondary"
            sx={{ display: 'block', lineHeight: 1.6, mb: 0.5, fontWeight: 600, letterSpacing: 0.6 }}
          >
            {t('clusters.panel.title')}
          </Typography>
          <ClusterSiblings
            db={db}
            issueId={issueId}
            cluster={cluster}
            canAssign={canAssign}
            onAssignAll={onAssignAll}
            onOpenIssue={onOpenIssue}
          />
        </Box>
      )}
    </Box>
  );
}
