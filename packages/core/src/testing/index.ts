/**
 * `@closeout/core/testing`: the conformance suites every adapter runs, and test doubles.
 * Needs vitest (an optional peer dependency).
 *
 * @packageDocumentation
 */

export type {
  FakePsa,
  FakePsaInjectOptions,
  FakePsaOptions,
  FakePsaTicket,
  FakePsaTicketSeed,
} from './fake-psa.js';
export { fakePsa } from './fake-psa.js';
export type { FakePsaBoard } from './fake-psa-boards.js';
export { FAKE_PSA_DEFAULT_BOARDS } from './fake-psa-boards.js';
export type { FakePsaFault } from './fake-psa-faults.js';
export { runPsaConformance } from './psa-conformance.js';
export type { PsaConformanceHarness, PsaFault, PsaHeldNote, PsaOperation } from './psa-harness.js';
export type { StorageConformanceOptions } from './storage-conformance.js';
export { runStorageConformance } from './storage-conformance.js';
