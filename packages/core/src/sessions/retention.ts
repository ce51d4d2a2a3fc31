import { z } from 'zod';

/** The cut-off of `purgeFinalizedBefore`: a Date or an ISO-8601 timestamp with offset, as UTC ISO. */
export const PurgeBeforeSchema = z
  .union([z.date(), z.iso.datetime({ offset: true })])
  .transform((v) => (typeof v === 'string' ? new Date(v) : v))
  .refine((d) => !Number.isNaN(d.getTime()), { message: 'not a valid date' })
  .transform((d) => d.toISOString());
