import { Alert, List, Typography } from '@mui/material';
import type { ReportPhoto } from '@shared/domain';
import { useTranslation } from 'react-i18next';
import type { PhotoRecord } from '../../../db/records';
import { checkAnswerText, type AnswerContext } from '../checks/answer-check';
import { checkPhoto, type CheckedIssue } from '../checks/photo-checks';
import { AnswerCheckItems } from './AnswerCheckItems';
import { PhotoCheckItems } from './PhotoCheckItems';
import type { SamePlaceResults } from './use-same-place';
import { ReturnReasons } from './ReturnReasons';

interface Props {
  photos: readonly ReportPhoto[];
  records: ReadonlyMap<string, PhotoRecord>;
  issue: CheckedIssue;
  /** The answer's text, and what it is checked against (this company's returns on the topic, its templates). */
  text?: string;
  answer?: AnswerContext;
  /** Each "after" photo's comparison with the resident's photo, by its SHA-256, once made. */
  samePlace?: SamePlaceResults;
  /** Opens the after-photo beside the resident's (CompareDialog). */
  onCompare?: (sha256: string) => void;
  now?: Date;
}

/**
 * The checks before sending, beside the Send button: the answer's text, then each "after" photo,
 * each with what was found and what to do, and why the moderator returned this company's answers
 * on the topic. Advice only: nothing here stops the report from being sent.
 */
export function PreSendChecks({
  photos,
  records,
  issue,
  text = '',
  answer,
  samePlace,
  onCompare,
  now = new Date(),
}: Props) {
  const { t } = useTranslation();
  const checked = photos
    .filter((photo) => photo.role === 'after')
    .map((photo, index) => ({ index: index + 1, record: records.get(photo.sha256) }))
    .filter((it): it is { index: number; record: PhotoRecord } => it.record !== undefined);
  const photoResults = checked.map(({ index, record }) => ({
    index,
    redaction: record.redaction ?? null,
    sha256: record.sha256,
    results: checkPhoto(
      {
        capturedAt: record.capturedAt ?? null,
        location: record.location ?? null,
        stats: record.stats ?? null,
        samePlace: samePlace?.get(record.sha256),
        facesUnchecked: record.facesUnchecked === true,
      },
      issue,
      now,
    ),
  }));
  const answerResults = answer === undefined ? [] : checkAnswerText(text, answer);
  if (photoResults.length === 0 && answerResults.length === 0 && (answer?.returned.length ?? 0) === 0)
    return null;
  const anyFailed =
    photoResults.some(({ results }) => results.some((it) => !it.passed)) ||
    answerResults.some((it) => !it.passed);
  return (
    <Alert
      severity={anyFailed ? 'warning' : 'success'}
      icon={false}
      sx={{ mb: 2, '& .MuiAlert-message': { width: '100%' } }}
      data-testid="pre-send-checks"
    >
      <Typography variant="subtitle2">{t('checks.title')}</Typography>
      <Typography variant="body2" color="text.secondary">
        {t('checks.hint')}
      </Typography>
      <List dense disablePadding>
        <AnswerCheckItems results={answerResults} />
        {photoResults.map(({ index, sha256, results, redaction }) => (
          <PhotoCheckItems
            key={index}
            index={index}
            results={results}
            redaction={redaction}
            onCompare={onCompare ? () => onCompare(sha256) : undefined}
          />
        ))}
      </List>
      {answer !== undefined && <ReturnReasons returned={answer.returned} />}
    </Alert>
  );
}
