/**
 * `@closeout/psa-autotask`: the Datto/Kaseya Autotask PSA adapter for closeout.
 *
 * @packageDocumentation
 */

export type { AutotaskAdapter } from './adapter.js';
export { autotask } from './adapter.js';
export type { Operation } from './errors.js';
export type { AutotaskBudgetOptions, AutotaskOptions, AutotaskPublishLabels } from './options.js';
