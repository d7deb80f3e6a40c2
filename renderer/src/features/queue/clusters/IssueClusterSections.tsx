import { Box } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { Language } from '@shared/ipc';
import type { DeskDb } from '../../../db/database';
import { useLiveQuery } from 'dexie-react-hooks';
import { useClusterSnapshot } from '../../../lib/clusters/use-cluster-snapshot';
import { answerableInReplica } from '../../../db/cluster-reports';
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
  /** The person looking: on their own issue, one report may answer the cluster. */
  viewerId?: string;
  onAnswerTogether?: (issueId: string) => void;
}

/** What the issue panel adds from the clusters' worker: the repeat mark, and the issue's cluster. */
export function IssueClusterSections(props: Props) {
  const { db, issueId, language, canAssign, onAssignAll, onOpenIssue, viewerId, onAnswerTogether } = props;
  const { t } = useTranslation();
  const snapshot = useClusterSnapshot(db);
  const repeat = snapshot.repeats.get(issueId);
  const clusterId = snapshot.byIssue.get(issueId);
  const cluster = clusterId === undefined ? undefined : snapshot.clusters.get(clusterId);
  const memberKey = cluster?.issueIds.join(',') ?? '';
  // The person's own issue, with others of its cluster one report of theirs could answer.
  const together = useLiveQuery(async () => {
    if (memberKey === '') return 0;
    const { issue, others } = await answerableInReplica(db, issueId, memberKey.split(','));
    return viewerId !== undefined && issue?.assigneeId === viewerId && others.length > 0
      ? others.length + 1
      : 0;
  }, [db, issueId, memberKey, viewerId]);
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
            answerTogether={together ?? 0}
            {...(onAnswerTogether ? { onAnswerTogether: () => onAnswerTogether(issueId) } : {})}
          />
        </PanelSection>
      )}
    </>
  );
}
