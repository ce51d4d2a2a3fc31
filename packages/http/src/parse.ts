import { CloseoutError } from '@closeout/core';
import type { z } from 'zod';

/** Parses request input with `schema`, or throws `VALIDATION_FAILED` listing every offending field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new CloseoutError('VALIDATION_FAILED', `Invalid ${what}`, {
    details: {
      issues: result.error.issues.map((issue) => ({
        path: issue.path.map(String).join('.'),
        message: issue.message,
      })),
    },
  });
}
