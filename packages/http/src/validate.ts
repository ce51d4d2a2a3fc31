import { CloseoutError } from '@closeout/core';
import type { z } from 'zod';

/**
 * Parses a request body with its route's schema, or throws `VALIDATION_FAILED` listing every
 * offending field in `details.issues`, the same shape core answers for its own inputs.
 */
export function parseBody<S extends z.ZodType>(schema: S, body: Record<string, unknown>): z.output<S> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
  const fields = [...new Set(issues.map((i) => i.path || '(body)'))];
  throw new CloseoutError('VALIDATION_FAILED', `Invalid request body: ${fields.join(', ')}`, {
    details: { issues },
  });
}
