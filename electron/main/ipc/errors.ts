/**
 * A failure a handler reports with a code the renderer translates (the message is English,
 * for the log and for bug reports). Anything else thrown becomes code `failed`.
 */
export class DeskHandlerError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'DeskHandlerError';
  }
}
