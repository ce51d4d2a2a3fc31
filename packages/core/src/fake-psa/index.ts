/**
 * `@closeout/core/fake-psa`: `fakePsa()`, an in-memory PSA with switchable faults, for demos,
 * examples and tests. Unlike `@closeout/core/testing` it needs no test runner, so a host can run
 * it in a sandbox or a local development server.
 *
 * @packageDocumentation
 */
export type {
  FakePsa,
  FakePsaInjectOptions,
  FakePsaOptions,
  FakePsaTicket,
  FakePsaTicketSeed,
} from '../testing/fake-psa.js';
export { fakePsa } from '../testing/fake-psa.js';
export type { FakePsaBoard } from '../testing/fake-psa-boards.js';
export { FAKE_PSA_DEFAULT_BOARDS } from '../testing/fake-psa-boards.js';
export type { FakePsaFault } from '../testing/fake-psa-faults.js';
// The harness types a simulated PSA is written against, here too so that code using them (the
// vendor simulators of `@closeout/simulators`) needs no test runner.
export type { PsaConformanceHarness, PsaFault, PsaHeldNote, PsaOperation } from '../testing/psa-harness.js';
