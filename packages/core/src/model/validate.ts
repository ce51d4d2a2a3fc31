import type { z } from 'zod';
import { type FieldIssue, validationError } from '../errors.js';

/**
 * Parses `input` with `schema`, or throws `VALIDATION_FAILED` listing every offending field.
 * This is the one gate at the public boundary: nothing reaches storage unparsed.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues: FieldIssue[] = result.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
  throw validationError(`Invalid ${what}`, issues);
}
