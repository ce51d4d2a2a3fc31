import { z } from 'zod';

// What a generator returns: structured sections, never markdown. Core checks them against the
// session (see guard.ts) and renders the markdown itself (see render.ts), so every outcome and
// every fix title in a note comes from the record, not from the generator's wording.

const text = (max: number) => z.string().trim().min(1).max(max);

/** An entry about a fix that was applied. */
export const TriedFixSchema = z.object({
  fixId: z
    .string()
    .min(1)
    .max(200)
    .describe('The id of a recorded fix, copied exactly from the session, e.g. fix_01JD3…'),
  status: z
    .enum(['success', 'failed', 'partial'])
    .describe(
      "The fix's recorded status, copied exactly. Fixes still `proposed` were not tried: leave them out.",
    ),
  summary: text(600).describe('One or two sentences: what was done and what it changed.'),
});
export type TriedFix = z.infer<typeof TriedFixSchema>;

/**
 * A customer-facing resolution note. `outcome` is `resolved` only when the active fix is recorded
 * as `success`; then `resolution` names it and how it was confirmed. Otherwise `resolution` is
 * null and `nextSteps` says what happens next.
 */
export const ResolutionNoteSectionsSchema = z.object({
  outcome: z
    .enum(['resolved', 'not_resolved'])
    .describe('`resolved` only when the active fix is recorded as success; otherwise `not_resolved`.'),
  summary: text(1_200).describe('Two or three sentences for the customer on where things stand.'),
  resolution: z
    .object({
      fixId: z.string().min(1).max(200).describe('The id of the active fix, recorded as success.'),
      whatFixedIt: text(600).describe('What was changed that fixed the issue, in plain words.'),
      howConfirmed: text(600).describe(
        'How the fix was confirmed, using the recorded verification time if any.',
      ),
    })
    .nullable()
    .describe('Only when the active fix is recorded as success; null otherwise.'),
  tried: z
    .array(TriedFixSchema)
    .max(100)
    .describe(
      'The applied fixes, in the order proposed. Must include the active fix when it failed or partly worked.',
    ),
  nextSteps: z
    .array(text(300))
    .max(10)
    .describe('What happens next. At least one step whenever the outcome is not_resolved.'),
});
export type ResolutionNoteSections = z.infer<typeof ResolutionNoteSectionsSchema>;

/**
 * An internal escalation package for the next engineer: exactly five sections, in this order —
 * Problem, What we've confirmed, What we've tried, Current hypothesis, Suggested next steps.
 */
export const EscalationPackageSectionsSchema = z.object({
  problem: text(1_500).describe(
    "The problem as reported and as it stands now, for an engineer who wasn't there.",
  ),
  confirmed: z
    .array(text(400))
    .max(40)
    .describe('Facts established during troubleshooting (from the findings and decisions), one per entry.'),
  tried: z
    .array(TriedFixSchema)
    .max(100)
    .describe('Every applied fix (status success, failed or partial), in the order proposed.'),
  hypothesis: text(1_000).describe('The current best explanation of the cause, and how sure we are.'),
  nextSteps: z
    .array(text(300))
    .min(1)
    .max(10)
    .describe('Concrete next steps for the next engineer, most promising first.'),
});
export type EscalationPackageSections = z.infer<typeof EscalationPackageSectionsSchema>;

/** The titles of the five escalation sections, in their fixed order. */
export const ESCALATION_SECTION_TITLES = [
  'Problem',
  "What we've confirmed",
  "What we've tried",
  'Current hypothesis',
  'Suggested next steps',
] as const;
