/**
 * `@closeout/core/testing`: the conformance suites every adapter runs, and test doubles.
 * Needs vitest (an optional peer dependency).
 *
 * @packageDocumentation
 */

// The fake PSA also has a subpath of its own, @closeout/core/fake-psa, that needs no vitest.
export * from '../fake-psa/index.js';
export { crashOnJournalSave } from './crash-storage.js';
export type { CredentialEcho, RunSurfaces, SpanRecord } from './credential-echoes.js';
export {
  credentialEchoes,
  credentialFragments,
  FRAGMENT_LENGTH,
  leakedFragments,
  reachableStrings,
} from './credential-echoes.js';
export { runPsaConformance } from './psa-conformance.js';
export type {
  PsaConformanceHarness,
  PsaFault,
  PsaHeldNote,
  PsaHeldTimeEntry,
  PsaOperation,
} from './psa-harness.js';
export type { StorageConformanceOptions } from './storage-conformance.js';
export { runStorageConformance } from './storage-conformance.js';
