/**
 * A pino- or console-shaped logger. closeout calls `logger[level](fields, message)`; every method
 * is optional. Fields never carry a credential or note text, only ids, codes and counts.
 */
export interface Logger {
  debug?(...args: unknown[]): void;
  info?(...args: unknown[]): void;
  warn?(...args: unknown[]): void;
  error?(...args: unknown[]): void;
}

/** Logs through `logger` when it has a method for `level`; never throws. */
export function log(
  logger: Logger | undefined,
  level: keyof Logger,
  message: string,
  fields: Record<string, unknown> = {},
): void {
  try {
    logger?.[level]?.({ ...fields, lib: 'closeout' }, message);
  } catch {
    // A broken logger must not break the operation it reports on.
  }
}
