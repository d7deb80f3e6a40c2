import { REPORT_PHOTOS_MAX } from '@shared/domain';
import type { IntakeFailure } from '../photo-intake';
import type { Failure } from '../../../i18n/failure';
import { formatMiB } from '../photos/errors';

/** The technical side of a failure, for the "Подробнее" line and the log. */
export function failureDetail(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Why a file did not become one of the report's photos, as a code of the failure catalogue. */
export function photoFailureOf({ failure }: IntakeFailure): Failure {
  switch (failure.code) {
    case 'too_many':
      return { code: 'photo_too_many', values: { max: REPORT_PHOTOS_MAX } };
    case 'unsupported_type':
      return failure.heic
        ? { code: 'photo_heic', detail: `detected: ${failure.detected}` }
        : { code: 'photo_unsupported_type', detail: `detected: ${failure.detected}` };
    case 'too_large':
      return {
        code: 'photo_too_large',
        detail: `${failure.bytes} bytes, limit ${failure.limitBytes}`,
        values: { size: formatMiB(failure.bytes), limit: formatMiB(failure.limitBytes) },
      };
    case 'corrupt':
      return { code: `photo_${failure.reason}`, detail: failure.reason };
    case 'internal':
      return { code: 'photo_internal', detail: failure.detail };
  }
}
