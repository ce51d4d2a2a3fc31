import { validationError } from '@closeout/core/psa';

/** A field-level problem, in the shape core lists under `details.issues` of `VALIDATION_FAILED`. */
export type { FieldIssue as Issue } from '@closeout/core';

/**
 * Builds a `VALIDATION_FAILED` error the way core does (the toolkit's `validationError`): the
 * message names the offending fields, `details.issues` says what is wrong with each.
 */
export const invalid = validationError;
