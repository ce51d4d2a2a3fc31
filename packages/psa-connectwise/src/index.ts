/**
 * `@closeout/psa-connectwise`: the ConnectWise PSA (Manage) adapter for closeout.
 *
 * @packageDocumentation
 */

export type { ConnectWiseAdapter } from './adapter.js';
export { connectwise } from './adapter.js';
export type { FieldError, Operation } from './errors.js';
export { normalizeNoteText } from './notes.js';
export type { ConnectWiseOptions, ConnectWiseRetryOptions } from './options.js';
