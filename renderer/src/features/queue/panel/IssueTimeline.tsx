import { Box, Typography } from '@mui/material';
import InboxOutlinedIcon from '@mui/icons-material/InboxOutlined';
import PersonOutlineIcon from '@mui/icons-material/PersonOutlined';
import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import ReplayIcon from '@mui/icons-material/Replay';
import FlagOutlinedIcon from '@mui/icons-material/FlagOutlined';
import EventOutlinedIcon from '@mui/icons-material/EventOutlined';
import RemoveCircleOutlineIcon from '@mui/icons-material/RemoveCircleOutlined';
import DescriptionOutlinedIcon from '@mui/icons-material/DescriptionOutlined';
import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutlineOutlined';
import StarOutlineIcon from '@mui/icons-material/StarBorder';
import type { SvgIconComponent } from '@mui/icons-material';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Language } from '@shared/ipc';
import { formatMoscowDateTime } from '../../../i18n/format';
import { staffName, type QueueLookups } from '../model/lookups';
import { PhotoThumb } from '../../../components/photo/PhotoThumb';
import type { TimelineEntry } from './timeline';

interface Props {
  entries: readonly TimelineEntry[];
  lookups: QueueLookups;
  language: Language;
  onOpenPhoto: (sha256: string) => void;
}

const icons: Record<TimelineEntry['kind'], SvgIconComponent> = {
  received: InboxOutlinedIcon,
  assigned: PersonOutlineIcon,
  status: SwapHorizIcon,
  reopened: ReplayIcon,
  priority: FlagOutlinedIcon,
  deadline: EventOutlinedIcon,
  removed: RemoveCircleOutlineIcon,
  report: DescriptionOutlinedIcon,
  decision: CheckCircleOutlineIcon,
  rating: StarOutlineIcon,
};

function headline(entry: TimelineEntry, t: TFunction, lookups: QueueLookups, language: Language): string {
  const author = (id: string) => staffName(lookups, id) ?? id;
  switch (entry.kind) {
    case 'received':
      return t('queue.timeline.received');
    case 'assigned':
      return entry.to === null
        ? t('queue.timeline.unassigned')
        : t('queue.timeline.assigned', { name: author(entry.to) });
    case 'status':
      return t('queue.timeline.status', {
        from: entry.from ? t(`common.status.${entry.from}`) : '—',
        to: t(`common.status.${entry.to}`),
      });
    case 'reopened':
      return t('queue.timeline.reopened');
    case 'priority':
      return t('queue.timeline.priority', {
        from: entry.from ? t(`common.priority.${entry.from}`) : '—',
        to: t(`common.priority.${entry.to}`),
      });
    case 'deadline':
      return t('queue.timeline.deadline', { when: formatMoscowDateTime(entry.to, language) });
    case 'removed':
      return t('queue.timeline.removed');
    case 'report':
      return entry.state === 'submitted'
        ? t('queue.timeline.reportSubmitted', { author: author(entry.authorId) })
        : entry.state === 'draft'
          ? t('queue.timeline.reportDraft', { author: author(entry.authorId) })
          : t('queue.timeline.reportWaiting', { author: author(entry.authorId) });
    case 'decision':
      return entry.accepted ? t('queue.timeline.reportAccepted') : t('queue.timeline.reportRejected');
    case 'rating':
      return t('queue.timeline.rating', { score: entry.score });
  }
}

const toneOf = (entry: TimelineEntry): string =>
  entry.kind === 'decision'
    ? entry.accepted
      ? 'success.main'
      : 'warning.dark'
    : entry.kind === 'reopened' || entry.kind === 'removed'
      ? 'secondary.dark'
      : entry.kind === 'rating'
        ? entry.score <= 2
          ? 'error.main'
          : 'success.main'
        : 'primary.main';

/** The issue's history as a vertical line of events, the newest at the bottom. */
export function IssueTimeline({ entries, lookups, language, onOpenPhoto }: Props) {
  const { t } = useTranslation();
  if (entries.length === 0)
    return (
      <Typography variant="body2" color="text.secondary">
        {t('queue.timeline.empty')}
      </Typography>
    );
  return (
    <Box component="ol" sx={{ listStyle: 'none', m: 0, p: 0 }} data-testid="timeline">
      {entries.map((entry, index) => {
        const Icon = icons[entry.kind];
        const last = index === entries.length - 1;
        return (
          <Box
            component="li"
            key={`${entry.kind}-${entry.at}-${index}`}
            data-kind={entry.kind}
            sx={{ display: 'grid', gridTemplateColumns: '28px 1fr', columnGap: 1 }}
          >
            <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'center' }}>
              <Icon sx={{ fontSize: 18, color: toneOf(entry), mt: 0.25 }} />
              {!last && <Box sx={{ flex: 1, width: 2, bgcolor: 'divider', my: 0.25 }} />}
            </Box>
            <Box sx={{ pb: last ? 0 : 1.5, minWidth: 0 }}>
              <Typography variant="body2" sx={{ fontWeight: 500 }}>
                {headline(entry, t, lookups, language)}
              </Typography>
              <Typography variant="caption" color="text.secondary">
                {formatMoscowDateTime(entry.at, language)}
              </Typography>
              {entry.kind === 'report' && (
                <>
                  <Typography variant="body2" sx={{ mt: 0.5, whiteSpace: 'pre-wrap' }}>
                    {entry.text}
                  </Typography>
                  {entry.photos.length > 0 && (
                    <Box sx={{ display: 'flex', gap: 0.75, flexWrap: 'wrap', mt: 0.75 }}>
                      {entry.photos.map((photo, photoIndex) => (
                        <PhotoThumb
                          key={photo.sha256}
                          sha256={photo.sha256}
                          size={64}
                          width={0}
                          height={0}
                          origin="company"
                          alt={`${t('queue.photo.open', { index: photoIndex + 1, total: entry.photos.length })} · ${t(`queue.photo.${photo.role}`)}`}
                          onOpen={() => onOpenPhoto(photo.sha256)}
                        />
                      ))}
                    </Box>
                  )}
                </>
              )}
              {entry.kind === 'decision' && entry.comment && (
                <Box
                  sx={{
                    mt: 0.5,
                    pl: 1,
                    borderLeft: 3,
                    borderColor: entry.accepted ? 'success.light' : 'warning.light',
                  }}
                >
                  <Typography variant="caption" color="text.secondary">
                    {t('queue.panel.moderatorComment')}
                  </Typography>
                  <Typography variant="body2">{entry.comment}</Typography>
                </Box>
              )}
              {entry.kind === 'rating' && entry.comment && (
                <Typography variant="body2" sx={{ mt: 0.5, fontStyle: 'italic' }}>
                  «{entry.comment}»
                </Typography>
              )}
            </Box>
          </Box>
        );
      })}
    </Box>
  );
}
