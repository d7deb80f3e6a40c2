import { useTranslation } from 'react-i18next';
import { REPORT_PHOTOS_MAX } from '@shared/domain';
import type { IntakeFailure } from '../photo-intake';

/** The technical side of a failure, for the "Подробнее" line and the log. */
export function failureDetail(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Why a file did not become one of the report's photos, in the person's language. */
export function useFailureText(): (failure: IntakeFailure) => string {
  const { t } = useTranslation();
  return ({ name, failure }) => {
    switch (failure.code) {
      case 'too_many':
        return t('report.photoErrors.tooMany', { max: REPORT_PHOTOS_MAX });
      case 'unsupported_type':
        return failure.heic
          ? t('report.photoErrors.heic', { name })
          : t('report.photoErrors.unsupported', { name, kind: failure.detected.toUpperCase() });
      case 'too_large':
        return t('report.photoErrors.tooLarge', {
          name,
          size: (failure.bytes / 1048576).toFixed(1),
          limit: (failure.limitBytes / 1048576).toFixed(0),
        });
      case 'corrupt':
        return t('report.photoErrors.corrupt', { name });
      case 'internal':
        return t('report.photoErrors.internal', { name, detail: failure.detail });
    }
  };
}
