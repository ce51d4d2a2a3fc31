import { z } from 'zod';
import { ActorSchema } from '../history/events.js';
import { LanguageSchema } from '../language/codes.js';
import { LIMITS } from './limits.js';
import { TicketRefSchema } from './session.js';

// Input schemas for the public mutations. Texts are trimmed; empty or oversize texts are rejected.

const text = (max: number) => z.string().trim().min(1).max(max);
const dateInput = z
  .union([z.date(), z.iso.datetime({ offset: true })])
  .transform((v) => (typeof v === 'string' ? new Date(v) : v).toISOString());
/** A status id; ConnectWise uses numbers, others strings, so both are accepted and kept as text. */
const statusId = z
  .union([z.string().trim().min(1).max(LIMITS.id), z.number().int().nonnegative()])
  .transform(String);

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
    fixId: z.string().min(1).max(LIMITS.id).optional(),
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
  });
export type RecordOutcomeInput = z.input<typeof RecordOutcomeInputSchema>;

export const LinkTicketInputSchema = TicketRefSchema;
export type LinkTicketInput = z.input<typeof LinkTicketInputSchema>;

export const SettingsUpdateSchema = z.object({
  resolvedStatusId: statusId.nullable().optional(),
  escalatedStatusId: statusId.nullable().optional(),
  /** `true` e-mails the ticket's contact about customer-visible notes; `false` or `null` (default) does not. */
  notifyContact: z.boolean().nullable().optional(),
  language: LanguageSchema.nullable().optional(),
});
/** A settings change: a value sets, `null` clears, an absent key leaves the setting as it is. */
export type SettingsUpdate = z.input<typeof SettingsUpdateSchema>;

/**
 * Account and session ids as they arrive from callers. Surrounding whitespace is refused, never
 * trimmed: `'acme '` must not silently reach the tenant `acme`.
 */
export const IdSchema = z
  .string()
  .min(1)
  .max(LIMITS.id)
  .refine((id) => id.trim() === id, { message: 'must not start or end with whitespace' });
