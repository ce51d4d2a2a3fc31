/**
 * `@closeout/core/psa`: the toolkit for PSA adapter authors. What every adapter needs and none
 * should write again: input checks that fail like core's, the mapping of HTTP answers and transport
 * failures to `PsaRequestError` (`retryable` and `ambiguous` from the method and status,
 * `Retry-After` read), retry policies for ky, a credential scrubber (verbatim, URL-encoded and
 * base64 forms), the tenant's request budget (a rolling window shared by every integration, read
 * from the vendor's own count where it reports one), a logger helper, the `findNote` and `getNote` text comparisons, a TTL cache and the note
 * renderer behind `noteFormat`.
 *
 * The `PsaAdapter` interface itself and `PsaRequestError` come from the root, `@closeout/core`.
 *
 * @packageDocumentation
 */

export type {
  ContactNotification,
  PsaAdapter,
  PsaNote,
  PsaNoteInput,
  PsaStatus,
  PsaTicket,
  PsaTimeEntry,
  PsaTimeEntryInput,
} from './adapter.js';
export { TtlCache } from './cache.js';
export { isAmbiguousStatus, isNonIdempotent, isRetryableStatus, retryAfterMs } from './http-status.js';
export type { AdapterLog } from './log.js';
export { adapterLog, retryLogHook } from './log.js';
export type { NoteFormat } from './note-format.js';
export { NOTE_FORMATS, renderNote } from './note-format.js';
export { commonAdapterOptions } from './options.js';
export type { BudgetedCall, RequestBudgetLimit, RequestBudgetUsage } from './request-budget.js';
export { RequestBudget } from './request-budget.js';
export type { PsaCall, ResponseErrorOptions } from './request-errors.js';
export {
  compact,
  outsideText,
  readAnswer,
  readErrorBody,
  responseError,
  retryAfterSeconds,
  transportError,
  unexpectedAnswer,
} from './request-errors.js';
export type { HttpRetryPolicy, PsaRetryOptions, ResolvedRetryOptions } from './retry.js';
export { createRetry, idempotentRetry, PsaRetryOptionsSchema } from './retry.js';
export type { CredentialScrubber, CredentialScrubberOptions } from './scrub.js';
export { credentialForms, credentialScrubber } from './scrub.js';
export { isCustomerVisible, normalizeNoteText, sameNoteText } from './text.js';
export {
  checkNoteId,
  checkNoteInput,
  checkNoteQuery,
  checkProvider,
  checkTimeEntryInput,
  checkTimeEntryQuery,
  credentialSchema,
  isSecureUrl,
  parseInput,
  positiveIntId,
  validationError,
} from './validation.js';
