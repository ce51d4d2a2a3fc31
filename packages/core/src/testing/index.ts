/**
 * `@closeout/core/testing`: the conformance suites every adapter runs, and test doubles.
 * Needs vitest (an optional peer dependency).
 *
 * @packageDocumentation
 */

export type { PsaConformanceHarness, PsaFault, PsaHeldNote, PsaOperation } from './psa-harness.js';
export type { StorageConformanceOptions } from './storage-conformance.js';
export { runStorageConformance } from './storage-conformance.js';
