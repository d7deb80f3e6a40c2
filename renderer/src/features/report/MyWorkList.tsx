import { categoryName } from '@shared/i18n';
import { Alert, Box, Snackbar, Stack, Typography } from '@mui/material';
import { useLocation } from 'react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useLanguage } from '../../app/desk-context';
import { useWorkspace } from '../../app/session/session-context';
import { useClusterSnapshot } from '../../lib/clusters/use-cluster-snapshot';
import { MyWorkCard } from './MyWorkCard';
import { useMyWork } from './use-my-work';
import { useFirstPullStage } from '../../db/use-first-pull';
import { issuesInSharedDrafts, togetherCounts } from './cluster/together';

export function MyWorkList() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { db } = useWorkspace();
  const items = useMyWork();
  const firstPullStage = useFirstPullStage(db);
  const location = useLocation();
  const state: unknown = location.state;
  const [submitted, setSubmitted] = useState(
    typeof state === 'object' && state !== null && 'submitted' in state && state.submitted === true,
  );
  const categories = useLiveQuery(() => db.categories.toArray(), [db]);
  const snapshot = useClusterSnapshot(db);
  const together = items ? togetherCounts(items, snapshot) : new Map<string, number>();
  const sharedDrafts = useLiveQuery(
    async () =>
      issuesInSharedDrafts(
        await db.reports
          .where('localState')
          .anyOf('draft', 'refused')
          .filter((report) => report.cluster !== undefined)
          .toArray(),
      ),
    [db],
  );
  const topicName = (id: string) => {
    const topic = categories?.find((c) => c.id === id);
    return topic ? categoryName(topic, language) : id;
  };
  return (
    <Box sx={{ p: 3, maxWidth: 1000 }}>
      <Typography variant="h5" component="h1">
        {t('report.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t('report.subtitle')}
      </Typography>
      {items && items.length === 0 && (
        // Until the first pull has brought the open work, "nothing assigned" would not be true.
        <Alert severity="info">
          {t(firstPullStage === 'open_work' ? 'report.pullingOpenWork' : 'report.empty')}
        </Alert>
      )}
      <Snackbar open={submitted} autoHideDuration={6000} onClose={() => setSubmitted(false)}>
        <Alert
          severity="success"
          variant="filled"
          onClose={() => setSubmitted(false)}
          data-testid="report-submitted"
        >
          {t('report.editor.submitted')}
        </Alert>
      </Snackbar>
      <Stack spacing={1.5}>
        {items?.map((item) => (
          <MyWorkCard
            key={item.issue.id}
            item={item}
            topicName={topicName(item.issue.categoryId)}
            together={together.get(item.issue.id) ?? 0}
            inSharedDraft={sharedDrafts?.has(item.issue.id) ?? false}
          />
        ))}
      </Stack>
    </Box>
  );
}
