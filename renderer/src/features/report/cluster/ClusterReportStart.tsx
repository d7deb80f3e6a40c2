import { useEffect, useState } from 'react';
import { Alert, Box, Button, LinearProgress } from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { answerableInReplica } from '../../../db/cluster-reports';
import { useClusterSnapshot } from '../../../lib/clusters/use-cluster-snapshot';
import { useWorkspace } from '../../../app/session/session-context';
import { openClusterDraft } from './cluster-drafts';

/**
 * `/my/:issueId/cluster-report`: opens the shared report answering the issue and the others of
 * its cluster it may be answered with (from My work or the issue panel), then the editor.
 */
export function ClusterReportStart() {
  const { t } = useTranslation();
  const { issueId = '' } = useParams();
  const { db, user } = useWorkspace();
  const navigate = useNavigate();
  const snapshot = useClusterSnapshot(db);
  const [nothing, setNothing] = useState(false);
  const clusterId = snapshot.byIssue.get(issueId);
  const issueIds = (clusterId === undefined ? undefined : snapshot.clusters.get(clusterId)?.issueIds) ?? [];
  const key = issueIds.join(',');

  useEffect(() => {
    if (!snapshot.loaded) return;
    let live = true;
    void (async () => {
      const { issue, others } = await answerableInReplica(db, issueId, key === '' ? [] : key.split(','));
      if (!live) return;
      if (!issue || others.length === 0) {
        setNothing(true);
        return;
      }
      const place = await openClusterDraft(db, issueId, others, user.id);
      if (live) void navigate(`/my/${place.issueId}/report/${place.clientReportId}`, { replace: true });
    })();
    return () => {
      live = false;
    };
  }, [db, issueId, key, snapshot.loaded, user.id, navigate]);

  if (!nothing) return <LinearProgress aria-label={t('clusterReport.opening')} />;
  return (
    <Box sx={{ p: 3 }}>
      <Button startIcon={<ArrowBackIcon />} onClick={() => void navigate('/my')} sx={{ mb: 2 }}>
        {t('report.editor.back')}
      </Button>
      <Alert severity="info">{t('clusterReport.nothingTogether')}</Alert>
    </Box>
  );
}
