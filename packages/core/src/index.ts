/**
 * `@closeout/core`: session state with a version on every change, outcome-aware resolution notes
 * and escalation packages, and PSA writeback whose status change is always verified.
 *
 * The pieces for writing a model-backed note generator of your own (the prompts, the bundle and
 * its renderer, the preview kind table) are in `@closeout/core/prompts`.
 *
 * @packageDocumentation
 */

export type { Bundle, BundleDecision, BundleFinding, BundleFix } from './bundle/types.js';
export type { AccountScope, Closeout, CloseoutOptions } from './closeout.js';
export { createCloseout, DEFAULT_FALLBACK_RETRY_MS } from './closeout.js';
export type {
  CloseoutErrorOptions,
  ErrorCode,
  FieldIssue,
  NoteVerificationReason,
  StatusRef,
} from './errors.js';
export {
  CloseoutError,
  ERROR_CODES,
  ERROR_HTTP_STATUS,
  ERRORS_DOC_URL,
  GeneratorError,
  PSANoteVerificationError,
  PSAStatusVerificationError,
  PsaRequestError,
} from './errors.js';
export type {
  AuditedSentence,
  ClaimAuditInput,
  ClaimAuditor,
  ClaimAuditResult,
  DraftSentence,
} from './generators/auditor.js';
export { draftSentences } from './generators/auditor.js';
export { findResolutionClaim } from './generators/closure.js';
export type { PreviewSections, Violation } from './generators/guard.js';
export { checkFaithfulness } from './generators/guard.js';
export type { PreviewKind } from './generators/kinds.js';
export { formatTime, renderEscalationPackage, renderResolutionNote } from './generators/render.js';
export type { EscalationPackageSections, ResolutionNoteSections, TriedFix } from './generators/schemas.js';
export {
  ESCALATION_SECTION_TITLES,
  EscalationPackageSectionsSchema,
  ResolutionNoteSectionsSchema,
  TriedFixSchema,
} from './generators/schemas.js';
export { TEMPLATE_GENERATOR_ID, templateGenerator } from './generators/template.js';
export type { GenerateRequest, GeneratorOutput, NoteGenerator, TokenUsage } from './generators/types.js';
export type { EventHandler } from './history/emitter.js';
export type { CloseoutEvent, SessionEvent, SessionEventType } from './history/events.js';
export { ActorSchema, SessionEventSchema, SessionEventTypeSchema } from './history/events.js';
export type { SessionSummary } from './history/summary.js';
export { SessionSummarySchema, summarizeSession } from './history/summary.js';
export type { Language } from './language/codes.js';
export { DEFAULT_LANGUAGE, LANGUAGES, LanguageSchema } from './language/codes.js';
export { detectLanguage } from './language/detect.js';
export type {
  AddFindingInput,
  CreateSessionInput,
  LinkTicketInput,
  MutationOptions,
  ProposeFixInput,
  RecordDecisionInput,
  RecordOutcomeInput,
  SettingsUpdate,
} from './model/inputs.js';
export {
  AddFindingInputSchema,
  CreateSessionInputSchema,
  LinkTicketInputSchema,
  MutationOptionsSchema,
  ProposeFixInputSchema,
  RecordDecisionInputSchema,
  RecordOutcomeInputSchema,
  SettingsUpdateSchema,
} from './model/inputs.js';
export { LIMITS } from './model/limits.js';
export type {
  AccountSettings,
  Decision,
  Finalization,
  Finding,
  Fix,
  FixStatus,
  NoteType,
  Session,
  SessionStatus,
  TicketRef,
} from './model/session.js';
export {
  AccountSettingsSchema,
  DecisionSchema,
  FinalizationSchema,
  FindingSchema,
  FixSchema,
  FixStatusSchema,
  NoteTypeSchema,
  SessionSchema,
  SessionStatusSchema,
  TicketRefSchema,
} from './model/session.js';
export type { PreviewKeyParts } from './previews/cache-key.js';
export { previewCacheKey } from './previews/cache-key.js';
export type { ContactEmail } from './previews/contact-email.js';
export type { PreviewOptions, PreviewsApi } from './previews/service.js';
export type { TimeEntryDraft } from './previews/time-entry.js';
export type { CachedPreview, Preview, PreviewFallback } from './previews/types.js';
export type {
  ContactNotification,
  PsaAdapter,
  PsaMemberOption,
  PsaNote,
  PsaNoteInput,
  PsaOption,
  PsaStatus,
  PsaTicket,
  PsaTimeEntry,
  PsaTimeEntryInput,
} from './psa/adapter.js';
export type { NoteFormat } from './psa/note-format.js';
export type { RedactionResult } from './redaction/redact.js';
export { redact, redactionMask, redactSecrets } from './redaction/redact.js';
export type { RedactionRule } from './redaction/rules.js';
export { REDACTION_RULES } from './redaction/rules.js';
export type { ListPosition, ListSessionsQuery, SessionPage, StorageListQuery } from './sessions/list.js';
export { DEFAULT_LIST_LIMIT, ListSessionsQuerySchema, MAX_LIST_LIMIT } from './sessions/list.js';
export type { SecretsMasked, SecretsMode } from './sessions/masking.js';
export type { SessionMutationResult, SessionsApi } from './sessions/service.js';
export type { SettingsApi } from './settings/service.js';
export type {
  DeleteSessionResult,
  StorageAdapter,
  StoredWriteback,
  UnfinishedWriteback,
  WritebackClaimResult,
} from './storage/adapter.js';
export type { Clock } from './util/clock.js';
export { systemClock } from './util/clock.js';
export { newId } from './util/ids.js';
export type { Logger } from './util/logger.js';
export type { SessionWriteGuard } from './writeback/freeze.js';
export { assertNotFrozen, isPinned } from './writeback/freeze.js';
export type { WritebackJournal, WritebackKind } from './writeback/journal.js';
export type { RecoverWritebacksOptions, RecoverWritebacksResult } from './writeback/recovery.js';
export { RECOVERY_ACTOR } from './writeback/recovery.js';
export type {
  TimeEntryInput,
  WritebackInput,
  WritebackOutcome,
  WritebackResult,
} from './writeback/result.js';
export { NoteTextSchema, TimeEntryInputSchema, WritebackInputSchema } from './writeback/result.js';
