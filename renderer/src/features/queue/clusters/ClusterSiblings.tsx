import { useState } from 'react';
import { Box, Button, Link, Typography } from '@mui/material';
import PersonAddAlt1Icon from '@mui/icons-material/PersonAddAlt1';
import CallSplitIcon from '@mui/icons-material/CallSplit';
import DynamicFeedIcon from '@mui/icons-material/DynamicFeed';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { ClusterRecord } from '@shared/clusters';
import type { DeskDb } from '../../../db/database';
import { splitOffIssues } from '../../../db/cluster-overrides';
import type { IssueRecord } from '../../../db/records';
import { ResidentPhotos } from '../../../components/photo/ResidentPhotos';
import { StatusChip } from '../../../components/StatusChip';

interface Props {
  db: DeskDb;
  issueId: string;
  cluster: ClusterRecord;
  canAssign: boolean;
  onAssignAll: (issueIds: readonly string[]) => void;
  onOpenIssue: (id: string) => void;
  /** How many issues one report of the viewer's could answer with this one (0: none, or not theirs). */
  answerTogether?: number;
  onAnswerTogether?: () => void;
}

function Sibling({ issue, onOpen }: { issue: IssueRecord; onOpen: () => void }) {
  const { t } = useTranslation();
  return (
    <Box component="li" data-testid="cluster-sibling" sx={{ py: 1, borderTop: 1, borderColor: 'divider' }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
        <Link component="button" type="button" variant="body2" onClick={onOpen} sx={{ fontWeight: 600 }}>
          {issue.number}
        </Link>
        <StatusChip status={issue.status} />
      </Box>
      <Typography variant="body2" sx={{ mt: 0.25, whiteSpace: 'pre-wrap' }}>
        {issue.description}
      </Typography>
      {issue.residentPhotos.length > 0 && (
        <Box sx={{ mt: 0.5 }}>
          <ResidentPhotos
            photos={issue.residentPhotos}
            size={56}
            altOf={(index) => t('clusters.panel.photo', { index: index + 1, number: issue.number })}
          />
        </Box>
      )}
    </Box>
  );
}

/** The other complaints of the issue's cluster, in their residents' words, and what a dispatcher does with the cluster. */
export function ClusterSiblings(props: Props) {
  const { db, issueId, cluster, canAssign, onAssignAll, onOpenIssue, answerTogether = 0 } = props;
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const otherIds = cluster.issueIds.filter((id) => id !== issueId);
  const others = useLiveQuery(
    async () => (await db.issues.bulkGet(otherIds)).filter((issue) => issue !== undefined),
    [db, otherIds.join(',')],
  );
  const splitOff = async () => {
    setBusy(true);
    try {
      await splitOffIssues(db, [issueId]);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Box data-testid="cluster-siblings" data-cluster-id={cluster.id}>
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
        {t('clusters.panel.others', { count: otherIds.length })}
      </Typography>
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', my: 1 }}>
        {answerTogether > 1 && props.onAnswerTogether && (
          // The report is written in My work: the panel only opens it there.
          <Button
            size="small"
            variant="contained"
            startIcon={<DynamicFeedIcon />}
            onClick={props.onAnswerTogether}
            sx={{ textTransform: 'none' }}
            data-testid="cluster-answer-together"
          >
            {t('clusters.panel.answerTogether', { count: answerTogether })}
          </Button>
        )}
        {canAssign && (
          <Button
            size="small"
            variant="outlined"
            startIcon={<PersonAddAlt1Icon />}
            onClick={() => onAssignAll(cluster.issueIds)}
            sx={{ textTransform: 'none' }}
            data-testid="cluster-assign-all"
          >
            {t('clusters.panel.assignAll', { count: cluster.count })}
          </Button>
        )}
        <Button
          size="small"
          color="inherit"
          startIcon={<CallSplitIcon />}
          disabled={busy}
          onClick={() => void splitOff()}
          sx={{ textTransform: 'none' }}
          data-testid="cluster-split-off"
        >
          {t('clusters.panel.splitOff')}
        </Button>
      </Box>
      <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0 }}>
        {(others ?? []).map((issue) => (
          <Sibling key={issue.id} issue={issue} onOpen={() => onOpenIssue(issue.id)} />
        ))}
      </Box>
    </Box>
  );
}
