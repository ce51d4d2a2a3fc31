import { z } from 'zod';
import { type Clock, systemClock } from '../util/clock.js';
import type { Logger } from '../util/logger.js';

/**
 * The option fields every adapter takes beside its credentials, for spreading into its zod
 * options schema: `fetch` (tests inject it), `logger` (pino- or console-shaped) and `clock`
 * (default: the wall clock). Each is checked for shape only.
 *
 * ```ts
 * import { adapterRuntimeFields } from '@closeout/core/psa';
 * import { z } from 'zod';
 *
 * const OptionsSchema = z.object({ apiKey: z.string(), ...adapterRuntimeFields }).strict();
 * ```
 */
export const adapterRuntimeFields = {
  fetch: z
    .custom<typeof fetch>((v) => typeof v === 'function', { error: 'must be a fetch function' })
    .optional(),
  logger: z
    .custom<Logger>((v) => typeof v === 'object' && v !== null, { error: 'must be a logger' })
    .optional(),
  clock: z
    .custom<Clock>((v) => typeof v === 'object' && v !== null && typeof (v as Clock).now === 'function', {
      error: 'must have now()',
    })
    .default(systemClock),
};
