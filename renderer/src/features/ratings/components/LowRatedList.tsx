import PhotoCameraOutlinedIcon from '@mui/icons-material/PhotoCameraOutlined';
import { Box, Button, Link, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useLanguage } from '../../../app/desk-context';
import type { LowRatedAnswer, LowRatedAnswers } from '../compute/low-rated';
import { issueQueueHref } from '../queue-links';
import { formatMoscowShort } from '../format';
import { Section } from './Section';

const FIRST_ANSWERS = 6;
const scoreBackground: Record<number, string> = { 1: 'error.main', 2: 'warning.dark' };

function LowRatedItem({ answer }: { answer: LowRatedAnswer }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { report } = answer;
  return (
    <Box
      component="li"
      sx={{ py: 1.25, borderTop: 1, borderColor: 'divider', listStyle: 'none', breakInside: 'avoid' }}
      data-testid="low-rated-item"
    >
      <Stack direction="row" spacing={1.5} sx={{ alignItems: 'flex-start' }}>
        <Box
          aria-label={t('ratings.lowRated.score', { score: answer.score })}
          title={t('ratings.lowRated.score', { score: answer.score })}
          sx={{
            flexShrink: 0,
            width: 28,
            height: 28,
            borderRadius: '50%',
            display: 'grid',
            placeItems: 'center',
            color: 'common.white',
            fontWeight: 700,
            bgcolor: scoreBackground[answer.score] ?? 'error.main',
            printColorAdjust: 'exact',
            WebkitPrintColorAdjust: 'exact',
          }}
        >
          {answer.score}
        </Box>
        <Box sx={{ minWidth: 0, flexGrow: 1 }}>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'baseline', flexWrap: 'wrap' }}>
            <Link
              component={RouterLink}
              to={issueQueueHref(answer.issueNumber)}
              aria-label={t('ratings.lowRated.openIssue', { number: answer.issueNumber })}
              sx={{ fontWeight: 600 }}
            >
              {answer.issueNumber}
            </Link>
            <Typography variant="body2" color="text.secondary" noWrap sx={{ minWidth: 0, flexShrink: 1 }}>
              {[answer.topic?.[language], answer.address].filter(Boolean).join(' · ')}
            </Typography>
            <Typography variant="caption" color="text.secondary" sx={{ ml: 'auto', whiteSpace: 'nowrap' }}>
              {t('ratings.lowRated.ratedAt', { time: formatMoscowShort(answer.ratedAt, language) })}
            </Typography>
          </Stack>
          <Typography
            variant="body2"
            sx={{ mt: 0.5, fontStyle: answer.comment ? 'normal' : 'italic' }}
            color={answer.comment ? 'text.primary' : 'text.secondary'}
          >
            {answer.comment ? `«${answer.comment}»` : t('ratings.lowRated.noComment')}
          </Typography>
          <Box sx={{ mt: 0.75, pl: 1.25, borderLeft: 3, borderColor: 'divider' }}>
            {report === null ? (
              <Typography variant="caption" color="text.secondary">
                {t('ratings.lowRated.noReport')}
              </Typography>
            ) : (
              <>
                <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                  <Typography variant="caption" color="text.secondary">
                    {t('ratings.lowRated.report')}:{' '}
                    {t('ratings.lowRated.byWhom', {
                      name: report.authorName ?? report.authorId,
                      time: report.submittedAt ? formatMoscowShort(report.submittedAt, language) : '—',
                    })}
                  </Typography>
                  <Stack
                    direction="row"
                    spacing={0.25}
                    sx={{ alignItems: 'center', color: 'text.secondary' }}
                  >
                    <PhotoCameraOutlinedIcon sx={{ fontSize: 14 }} />
                    <Typography variant="caption" data-testid="low-rated-photos">
                      {report.photoCount === 0
                        ? t('ratings.lowRated.noPhotos')
                        : t('ratings.lowRated.photos', { count: report.photoCount })}
                    </Typography>
                  </Stack>
                </Stack>
                <Typography
                  variant="body2"
                  color="text.secondary"
                  sx={{
                    display: '-webkit-box',
                    WebkitLineClamp: 2,
                    WebkitBoxOrient: 'vertical',
                    overflow: 'hidden',
                  }}
                >
                  {report.text}
                </Typography>
              </>
            )}
          </Box>
        </Box>
      </Stack>
    </Box>
  );
}

/** The answers residents scored lowest, with their words and the report they scored. */
export function LowRatedList({ lowRated }: { lowRated: LowRatedAnswers }) {
  const { t } = useTranslation();
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? lowRated.answers : lowRated.answers.slice(0, FIRST_ANSWERS);
  return (
    <Section
      title={t('ratings.lowRated.title')}
      caption={t('ratings.lowRated.caption')}
      testId="ratings-low-rated"
      action={
        lowRated.total > 0 && (
          <Typography variant="caption" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
            {t('ratings.lowRated.shown', { shown: shown.length, total: lowRated.total })}
          </Typography>
        )
      }
    >
      {lowRated.total === 0 ? (
        <Typography color="text.secondary">{t('ratings.lowRated.empty')}</Typography>
      ) : (
        <>
          <Box component="ul" sx={{ m: 0, p: 0 }}>
            {shown.map((answer) => (
              <LowRatedItem key={answer.ratingId} answer={answer} />
            ))}
          </Box>
          {lowRated.answers.length > FIRST_ANSWERS && (
            <Button size="small" onClick={() => setShowAll(!showAll)} data-print="hide">
              {showAll
                ? t('ratings.breakdown.showFewer')
                : t('ratings.breakdown.showAll', { count: lowRated.answers.length })}
            </Button>
          )}
        </>
      )}
    </Section>
  );
}
