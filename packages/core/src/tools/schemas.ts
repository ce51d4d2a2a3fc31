import { z } from 'zod';
import {
  AddFindingInputSchema,
  CreateSessionInputSchema,
  IdSchema,
  MutationOptionsSchema,
  ProposeFixInputSchema,
  RecordDecisionInputSchema,
  RecordOutcomeInputSchema,
} from '../model/inputs.js';
import { NoteTextSchema } from '../writeback/result.js';

// The input of each assistant tool: the SDK's own input schema of the call the tool makes, plus the
// session id and `expectedVersion`, so a tool validates with exactly what the SDK enforces and its
// JSON Schema is generated from the same source. The `actor` of the mutation options is left out:
// who acts is the host's to say, never the model's.

const sessionId = IdSchema.describe('The session id closeout_start_session answered (ses_…).');
const expectedVersion = MutationOptionsSchema.shape.expectedVersion.describe(
  'Optional: the state version you last saw; a stale one answers VERSION_CONFLICT instead of changing the session.',
);
const target = { sessionId, expectedVersion };

/** `closeout_start_session`. */
export const StartSessionToolInput = CreateSessionInputSchema.extend({
  problem: CreateSessionInputSchema.shape.problem.describe(
    'The problem as the user reported it, in one or two sentences.',
  ),
  ticket: CreateSessionInputSchema.shape.ticket.describe(
    'The PSA ticket the session is about, {provider, id} (e.g. {"provider":"connectwise","id":"48213"}); the note is posted to it.',
  ),
}).strict();

/** `closeout_add_finding`. */
export const AddFindingToolInput = AddFindingInputSchema.extend({
  ...target,
  text: AddFindingInputSchema.shape.text.describe(
    'What was established, as a plain fact (a log line, a test result).',
  ),
}).strict();

/** `closeout_record_decision`. */
export const RecordDecisionToolInput = RecordDecisionInputSchema.extend({
  ...target,
  text: RecordDecisionInputSchema.shape.text.describe('What was decided.'),
  rationale: RecordDecisionInputSchema.shape.rationale.describe('Optional: why.'),
}).strict();

/** `closeout_propose_fix`. */
export const ProposeFixToolInput = ProposeFixInputSchema.extend({
  ...target,
  title: ProposeFixInputSchema.shape.title.describe(
    'The fix in a few words, e.g. "Reinstall the HP Universal Print Driver".',
  ),
  steps: ProposeFixInputSchema.shape.steps.describe('Optional: the steps to apply it, in order.'),
}).strict();

const outcome = RecordOutcomeInputSchema.shape;

/** `closeout_record_outcome`. The SDK's refinements (a reason for `failed`, notes for `partial`) stay. */
export const RecordOutcomeToolInput = RecordOutcomeInputSchema.safeExtend({
  ...target,
  status: outcome.status.describe(
    '"success" only when the fix was verified to work; "failed" or "partial" otherwise.',
  ),
  fixId: outcome.fixId.describe('Optional: the fix the outcome is for; absent → the active fix.'),
  failureReason: outcome.failureReason.describe(
    'Required for "failed": what happened when the fix was tried.',
  ),
  partialNotes: outcome.partialNotes.describe(
    'Required for "partial": what works now and what still does not.',
  ),
  appliedAt: outcome.appliedAt.describe('Optional, ISO-8601: when the fix was applied (default now).'),
  verifiedAt: outcome.verifiedAt.describe(
    'Optional, ISO-8601: when the fix was seen to work; not before appliedAt.',
  ),
});

/** `closeout_get_session`. */
export const GetSessionToolInput = z.strictObject({ sessionId });

/** Which document: the customer resolution note (the default), or the internal escalation package. */
export const NoteKindSchema = z
  .enum(['resolve', 'escalate'])
  .default('resolve')
  .describe(
    '"resolve" (default): the customer-visible resolution note; "escalate": the internal escalation package (never customer-visible).',
  );

/** `closeout_preview_note`. */
export const PreviewNoteToolInput = z.strictObject({ sessionId, kind: NoteKindSchema });

/**
 * `closeout_post_note`. Strict: there is no field by which a model could confirm a post itself (a
 * `confirm` key is refused, not ignored); the confirmation comes from the host's human.
 */
export const PostNoteToolInput = z.strictObject({
  sessionId,
  kind: NoteKindSchema,
  basedOnVersion: z
    .number()
    .int()
    .positive()
    .optional()
    .describe(
      'The stateVersion of the preview you showed (closeout_preview_note answers it); a session changed since answers ' +
        'STALE_PREVIEW. Absent → the current state, whose draft the technician is shown now.',
    ),
  text: NoteTextSchema.optional().describe('Optional: an edited note text; absent → the preview as drafted.'),
  confirmUnresolved: z
    .boolean()
    .optional()
    .describe(
      'Resolve although the active fix is not recorded as a success (only when the technician said so); the human sees this too.',
    ),
});
