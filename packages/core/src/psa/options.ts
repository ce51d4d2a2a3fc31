/**
 * The options every HTTP adapter takes, as zod schemas with closeout's defaults, so each adapter's
 * options schema spreads them in and validates them the same way.
 *
 * @module
 */
import { z } from 'zod';
import { type Clock, systemClock } from '../util/clock.js';
import type { Logger } from '../util/logger.js';
import { PsaRetryOptionsSchema } from './retry.js';

/**
 * `timeoutMs` (default 30000), `retry` ({@link PsaRetryOptionsSchema}), `fetch`, `logger` and
 * `clock` (default the wall clock): spread into an adapter's `z.object({...})`.
 */
export const commonAdapterOptions = {
  timeoutMs: z.number().int().min(1).max(600_000).default(30_000),
  retry: PsaRetryOptionsSchema,
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
