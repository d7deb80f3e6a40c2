import { Box } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { Language } from '@shared/ipc';
import type { DeskDb } from '../../../db/database';
import { useClusterSnapshot } from '../../../lib/clusters/use-cluster-snapshot';
import { ClusterSiblings } from './ClusterSiblings';
import { RepeatNotice } from './RepeatNotice';
import { PanelSection } from '../panel/PanelSection';

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
    <>
      {repeat && (
        <Box sx={{ px: 2, pt: 1.5 }}>
          <RepeatNotice db={db} repeat={repeat} language={language} onOpenIssue={onOpenIssue} />
        </Box>
      )}
      {cluster && (
        <PanelSection title={t('clusters.panel.title')}>
          <ClusterSiblings
            db={db}
            issueId={issueId}
            cluster={cluster}
            canAssign={canAssign}
            onAssignAll={onAssignAll}
            onOpenIssue={onOpenIssue}
          />
        </PanelSection>
      )}
    </>
  );
}
