import type { Logger } from '@closeout/core';

/** Logs through `logger` when it has a method for `level`; a broken logger never breaks a call. */
export function log(
  logger: Logger | undefined,
  level: keyof Logger,
  message: string,
  fields: Record<string, unknown>,
): void {
  try {
    logger?.[level]?.({ ...fields, lib: 'closeout', psa: 'connectwise' }, message);
  } catch {
    // Logging is best effort.
  }
}
