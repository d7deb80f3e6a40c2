import { Button } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { PhotoRedaction } from '../../../db/records';
import type { PhotoCheckResult } from '../checks/photo-checks';
import { CheckItem } from './CheckItem';

interface Props {
  /** The photo's number among the "after" photos, from 1. */
  index: number;
  results: readonly PhotoCheckResult[];
  /** What was blurred on the photo (faces found on the device, areas hidden by hand). */
  redaction?: PhotoRedaction | null;
  /** Opens the photo beside the resident's, offered where the place may differ. */
  onCompare?: () => void;
}

/**
 * One photo's checks: each that failed on a line of its own with what to do, and those that
 * passed on one line, so that five good photos do not bury the one that needs retaking.
 */
export function PhotoCheckItems({ index, results, redaction, onCompare }: Props) {
  const { t } = useTranslation();
  const photo = t('checks.photo', { index });
  const wordsOf = (result: PhotoCheckResult) =>
    t(`checks.items.${result.code}`, { returnObjects: true, ...result.numbers });
  const passed = results.filter((result) => result.passed);
  const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase() + text.slice(1);
  const count = (origin: 'face' | 'manual') =>
    redaction?.rects.filter((r) => r.origin === origin).length ?? 0;
  return (
    <>
      {redaction && (
        <CheckItem
          passed
          primary={t('checks.faces', {
            photo,
            faces: count('face'),
            found: redaction.facesFound,
            manual: count('manual'),
          })}
          next=""
          details={t('checks.facesDetails')}
          testId="pre-send-check-faces"
        />
      )}
      {results
        .filter((result) => !result.passed)
        .map((result) => {
          const words = wordsOf(result);
          return (
            <CheckItem
              key={result.code}
              passed={false}
              primary={`${photo} · ${words.label}: ${words.reason}`}
              next={words.next}
              action={
                (result.code === 'other_place' || result.code === 'same_place_failed') && onCompare ? (
                  <Button size="small" onClick={onCompare}>
                    {t('report.editor.compare')}
                  </Button>
                ) : undefined
              }
            />
          );
        })}
      {passed.length > 0 && (
        <CheckItem
          passed
          primary={t('checks.allFine', {
            photo,
            checks: passed.map((result) => lowerFirst(wordsOf(result).label)).join(', '),
          })}
          next=""
          details={passed.map((result) => wordsOf(result).reason).join(' ')}
          testId="pre-send-check-passed"
        />
      )}
    </>
  );
}
