/**
 * `@closeout/psa-halo`: the HaloPSA adapter for closeout.
 *
 * @packageDocumentation
 */

export type { HaloAdapter } from './adapter.js';
export { halo } from './adapter.js';
export { normalizeHtmlNote } from './notes.js';
export type { HaloOptions, HaloRateLimitOptions } from './options.js';
