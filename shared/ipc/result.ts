// Results across the bridge as values, never as thrown errors (Signal Desktop's pattern):
// an IPC rejection loses its type on the way; a value keeps it.
export interface DeskError {
  code: string;
  message: string;
}

export type DeskResult<T> = { ok: true; value: T } | { ok: false; error: DeskError };

export const ok = <T>(value: T): DeskResult<T> => ({ ok: true, value });
export const fail = (code: string, message: string): DeskResult<never> => ({
  ok: false,
  error: { code, message },
});
