import { Box, Typography } from '@mui/material';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { groupReasons } from '../../../lib/moderator-words/group-reasons';
import type { ReturnedAnswer } from '../checks/answer-check';

/** More reasons than this are counted, not listed: the supervisor needs the main ones. */
const SHOWN_REASONS = 12;

/** Why the moderator returned this company's answers on the topic: the reasons grouped, commonest first. */
export function ReturnReasons({ returned }: { returned: readonly ReturnedAnswer[] }) {
  const { t } = useTranslation();
  const groups = useMemo(() => groupReasons(returned.map((it) => it.comment)), [returned]);
  return (
    <Box sx={{ mt: 1 }} data-testid="return-reasons">
      <Typography variant="subtitle2">{t('checks.answer.reasonsTitle')}</Typography>
      {groups.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {t('checks.answer.reasonsNone')}
        </Typography>
      ) : (
        <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
          {groups.slice(0, SHOWN_REASONS).map((group) => (
            <Typography component="li" variant="body2" key={group.label} data-testid="return-reason">
              {group.label}{' '}
              <Typography component="span" variant="body2" color="text.secondary">
                — {t('checks.answer.reasonCount', { count: group.count })}
              </Typography>
            </Typography>
          ))}
          {groups.length > SHOWN_REASONS && (
            <Typography component="li" variant="body2" color="text.secondary">
              {t('checks.answer.moreReasons', { count: groups.length - SHOWN_REASONS })}
            </Typography>
          )}
        </Box>
      )}
    </Box>
  );
}
