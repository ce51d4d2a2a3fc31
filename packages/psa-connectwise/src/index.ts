/**
 * `@closeout/psa-connectwise`: the ConnectWise PSA (Manage) adapter for closeout.
 *
 * @packageDocumentation
 */

/** Text as `findNote` compares it (the toolkit's, from `@closeout/core/psa`). */
export { normalizeNoteText } from '@closeout/core/psa';
export type { ConnectWiseAdapter } from './adapter.js';
export { connectwise } from './adapter.js';
export type { FieldError, Operation } from './errors.js';
export type { ConnectWiseOptions, ConnectWiseRetryOptions } from './options.js';
