import {
  AddFindingInputSchema,
  CreateSessionInputSchema,
  ERROR_CODES,
  type ErrorCode,
  EscalationPackageSectionsSchema,
  MutationOptionsSchema,
  type Preview,
  ProposeFixInputSchema,
  RecordDecisionInputSchema,
  RecordOutcomeInputSchema,
  ResolutionNoteSectionsSchema,
  SessionSchema,
  type TimeEntryDraft,
  WritebackInputSchema,
  type WritebackResult,
} from '@closeout/core';
import { z } from 'zod';
import { LinkTicketBodySchema, SessionHistorySchema, SessionPageSchema } from './host-schemas.js';
import { HTTP_ERROR_CODES, type HttpErrorCode } from './http-error.js';

// The HTTP API's bodies and answers as zod schemas. Request bodies are core's own input schemas
// (plus `expectedVersion` on mutations), so the handler validates with exactly what core enforces;
// the answers describe what core returns. `/openapi.json` and the client's types are generated from
// these, so a field added here reaches both without being copied by hand.

// A mutation body holds the change's fields beside `expectedVersion`. The `actor` of the mutation
// options is left out: it comes from the host's `authenticate`, never from the request.
const options = MutationOptionsSchema.pick({ expectedVersion: true }).shape;

/** `POST /ai-sessions`. */
export const CreateSessionBody = CreateSessionInputSchema;
/** `POST /ai-sessions/{id}/findings`. */
export const AddFindingBody = AddFindingInputSchema.safeExtend(options);
/** `POST /ai-sessions/{id}/decisions`. */
export const RecordDecisionBody = RecordDecisionInputSchema.safeExtend(options);
/** `POST /ai-sessions/{id}/fixes`. */
export const ProposeFixBody = ProposeFixInputSchema.safeExtend(options);
/** `PATCH /ai-sessions/{id}/outcome`. */
export const RecordOutcomeBody = RecordOutcomeInputSchema.safeExtend(options);
/** `POST /ai-sessions/{id}/resolution-note/post` and `…/escalation-package/post`. */
export const WritebackBody = WritebackInputSchema.omit({ actor: true });
/** `PUT /ai-sessions/{id}/ticket`. */
export const LinkTicketBody = LinkTicketBodySchema;

/** A session, as every session endpoint answers it. */
export const SessionResponse = SessionSchema;

/** A page of `GET /ai-sessions`. */
export const SessionPageResponse = SessionPageSchema;
/** The answer of `GET /ai-sessions/{id}/history`. */
export const SessionHistoryResponse = SessionHistorySchema;

/** A preview of a resolution note or an escalation package. */
export const PreviewResponse = z.object({
  kind: z.enum(['resolution_note', 'escalation_package']),
  sessionId: z.string(),
  stateVersion: z.number().int().positive(),
  markdown: z.string(),
  sections: z.union([ResolutionNoteSectionsSchema, EscalationPackageSectionsSchema]),
  generatorId: z.string(),
  generatedAt: z.string(),
  cached: z.boolean(),
  usage: z
    .object({
      inputTokens: z.number().int(),
      outputTokens: z.number().int(),
      cacheReadInputTokens: z.number().int(),
      cacheCreationInputTokens: z.number().int(),
      thinkingTokens: z.number().int().optional(),
    })
    .optional(),
  /**
   * Whether posting this note e-mails the ticket's contact: `yes`, `no`, or `psa_rules` when the
   * PSA has no per-note flag and its own rules decide (Autotask). From the account setting
   * `notifyContact`, read on every call.
   */
  contactEmail: z.enum(['yes', 'no', 'psa_rules']).optional(),
  fallback: z
    .object({
      from: z.string().describe('The id of the generator whose drafts were refused, or which failed.'),
      reason: z.enum(['output_invalid', 'generator_failed']),
      violations: z.array(z.object({ code: z.string(), path: z.string() })),
    })
    .optional()
    .describe(
      "Present only when this draft is the fallback generator's (by default the offline template) because the configured generator failed or its drafts were refused.",
    ),
});

/** What a resolve or an escalate answers once the session is finalized. */
export const WritebackResultResponse = z.object({
  outcome: z.enum(['resolved', 'escalated', 'resolved_local', 'escalated_local']),
  sessionId: z.string(),
  stateVersion: z.number().int().positive(),
  note: z.object({
    type: z.enum(['resolution', 'internal_analysis', 'discussion']),
    externalId: z.string().optional(),
    /** The note was read back by id with the visibility and text posted. */
    verified: z.literal(true).optional(),
  }),
  status: z.object({ id: z.string(), name: z.string(), verified: z.literal(true) }).optional(),
  statusTransitionSkippedReason: z.string().optional(),
  timeEntry: z
    .object({ externalId: z.string(), minutes: z.number().int(), verified: z.literal(true) })
    .optional(),
});

/** The drafted time entry of `POST /ai-sessions/{id}/time-entry/preview`. */
export const TimeEntryDraftResponse = z.object({
  sessionId: z.string(),
  stateVersion: z.number().int().positive(),
  start: z.string(),
  end: z.string(),
  minutes: z.number().int().positive(),
  notes: z.string(),
  billable: z.boolean(),
});

/** A code an error body may carry. */
export type ApiErrorCode = ErrorCode | HttpErrorCode;

/** Every code an error body may carry: closeout's own and the HTTP layer's. */
export const ErrorCodeSchema = z.enum([...ERROR_CODES, ...HTTP_ERROR_CODES] as [
  ApiErrorCode,
  ...ApiErrorCode[],
]);

/** The body of every error answer. */
export const ErrorBodySchema = z.object({
  error: z.object({
    code: ErrorCodeSchema,
    message: z.string(),
    details: z.record(z.string(), z.unknown()),
  }),
});

/** The body of every error answer: `{error: {code, message, details}}`. */
export type ErrorBody = z.output<typeof ErrorBodySchema>;

// The answers above restate types core declares as interfaces. These checks fail the typecheck
// the moment the two drift apart in either direction.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameAsCore: [
  Same<z.output<typeof WritebackResultResponse>, WritebackResult>,
  Same<Omit<z.output<typeof PreviewResponse>, 'sections'>, Omit<Preview, 'sections'>>,
  Same<z.output<typeof TimeEntryDraftResponse>, TimeEntryDraft>,
] = [true, true, true];
void sameAsCore;

/** The request bodies by the name `/openapi.json` gives them under `components.schemas`. */
export const REQUEST_SCHEMAS = {
  CreateSessionBody,
  AddFindingBody,
  RecordDecisionBody,
  ProposeFixBody,
  RecordOutcomeBody,
  WritebackBody,
  LinkTicketBody,
} as const;

/** The answers by the name `/openapi.json` gives them under `components.schemas`. */
export const RESPONSE_SCHEMAS = {
  Session: SessionResponse,
  Preview: PreviewResponse,
  TimeEntryDraft: TimeEntryDraftResponse,
  WritebackResult: WritebackResultResponse,
  SessionPage: SessionPageResponse,
  SessionHistory: SessionHistoryResponse,
  ErrorCode: ErrorCodeSchema,
  ErrorBody: ErrorBodySchema,
} as const;
