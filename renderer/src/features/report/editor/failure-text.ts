/** The technical side of a failure, for the "Подробнее" line and the log. */
export function failureDetail(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
