import { CloseoutError } from '@closeout/core';

/** A field-level problem, in the shape core lists under `details.issues` of `VALIDATION_FAILED`. */
export interface Issue {
  path: string;
  message: string;
}

/**
 * Builds a `VALIDATION_FAILED` error the way core does: the message names the offending fields,
 * `details.issues` says what is wrong with each. No input value is ever quoted.
 */
export function invalid(message: string, issues: Issue[]): CloseoutError {
  const fields = [...new Set(issues.map((i) => i.path || '(input)'))];
  return new CloseoutError('VALIDATION_FAILED', `${message}: ${fields.join(', ')}`, { details: { issues } });
}
