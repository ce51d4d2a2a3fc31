import { z } from 'zod';
import { ActorSchema } from '../history/events.js';
import { LanguageSchema } from '../language/codes.js';
import { LIMITS } from './limits.js';
import { TicketRefSchema } from './session.js';
import { storableId, storableText } from './storable.js';

// Input schemas for the public mutations. Texts are trimmed; empty, invisible, oversize or
// unstorable texts (lone surrogates, NUL) are rejected: see storable.ts.

const text = storableText;
const dateInput = z
  .union([z.date(), z.iso.datetime({ offset: true })])
  .transform((v) => (typeof v === 'string' ? new Date(v) : v).toISOString());
/** A status id; ConnectWise uses numbers, others strings, so both are accepted and kept as text. */
const statusId = z.union([storableId(LIMITS.id), z.number().int().nonnegative()]).transform(String);

/** Options every mutation accepts. */
export const MutationOptionsSchema = z.object({
  /** Fails with `VERSION_CONFLICT` unless the session is at this version. */
  expectedVersion: z.number().int().positive().optional(),
  /** Who made the change (e.g. `tech:jdoe`), recorded in the session's history and its events. */
  actor: ActorSchema.optional(),
});
export type MutationOptions = z.input<typeof MutationOptionsSchema>;

export const CreateSessionInputSchema = z.object({
  problem: text(LIMITS.problem),
  /** The language of the session's notes (`de`, `ja`, …); absent: the account's, else detected. */
  language: LanguageSchema.optional(),
  ticket: TicketRefSchema.nullish(),
});
export type CreateSessionInput = z.input<typeof CreateSessionInputSchema>;

export const AddFindingInputSchema = z.object({ text: text(LIMITS.findingText) });
export type AddFindingInput = z.input<typeof AddFindingInputSchema>;

export const RecordDecisionInputSchema = z.object({
  text: text(LIMITS.decisionText),
  rationale: text(LIMITS.decisionText).optional(),
});
export type RecordDecisionInput = z.input<typeof RecordDecisionInputSchema>;

export const ProposeFixInputSchema = z.object({
  title: text(LIMITS.fixTitle),
  steps: z.array(text(LIMITS.fixStep)).max(LIMITS.fixSteps).default([]),
});
export type ProposeFixInput = z.input<typeof ProposeFixInputSchema>;

export const RecordOutcomeInputSchema = z
  .object({
    /** The fix the outcome is for; absent → the active fix (the one most recently proposed). */
    fixId: storableId(LIMITS.id).optional(),
    status: z.enum(['failed', 'partial', 'success']),
    appliedAt: dateInput.optional(),
    verifiedAt: dateInput.optional(),
    partialNotes: text(LIMITS.outcomeText).optional(),
    failureReason: text(LIMITS.outcomeText).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.status === 'failed' && !v.failureReason) {
      ctx.addIssue({
        code: 'custom',
        path: ['failureReason'],
        message: 'a failed outcome needs failureReason',
      });
    }
    if (v.status === 'partial' && !v.partialNotes) {
      ctx.addIssue({
        code: 'custom',
        path: ['partialNotes'],
        message: 'a partial outcome needs partialNotes',
      });
    }
    // A field that contradicts the status would be stored and then shown beside it ("success,
    // failure reason: …"); the caller meant one of the two, so neither is guessed.
    if (v.failureReason !== undefined && v.status !== 'failed') {
      ctx.addIssue({
        code: 'custom',
        path: ['failureReason'],
        message: `failureReason belongs to a failed outcome, not a ${v.status} one`,
      });
    }
    if (v.partialNotes !== undefined && v.status !== 'partial') {
      ctx.addIssue({
        code: 'custom',
        path: ['partialNotes'],
        message: `partialNotes belong to a partial outcome, not a ${v.status} one`,
      });
    }
  });
export type RecordOutcomeInput = z.input<typeof RecordOutcomeInputSchema>;

export const LinkTicketInputSchema = TicketRefSchema;
export type LinkTicketInput = z.input<typeof LinkTicketInputSchema>;

export const SettingsUpdateSchema = z.object({
  resolvedStatusId: statusId.nullable().optional(),
  escalatedStatusId: statusId.nullable().optional(),
  timeEntryBillable: z.boolean().nullable().optional(),
  /** `true` e-mails the ticket's contact about customer-visible notes; `false` or `null` (default) does not. */
  notifyContact: z.boolean().nullable().optional(),
  language: LanguageSchema.nullable().optional(),
});
/** A settings change: a value sets, `null` clears, an absent key leaves the setting as it is. */
export type SettingsUpdate = z.input<typeof SettingsUpdateSchema>;

/**
 * Account and session ids as they arrive from callers. Whitespace, control and zero-width
 * characters are refused anywhere in the id, never trimmed: `'acme '` must not silently reach the
 * tenant `acme`.
 */
export const IdSchema = storableId(LIMITS.id);
