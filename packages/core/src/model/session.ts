import { z } from 'zod';
import { LanguageSchema } from '../language/codes.js';
import { LIMITS } from './limits.js';
import { storableId } from './storable.js';

/** An ISO-8601 timestamp with offset, as stored. */
export const Timestamp = z.iso.datetime({ offset: true });

/** A ticket in a PSA: which provider, and the ticket's id there. */
export const TicketRefSchema = z.object({
  provider: storableId(50),
  /** Refused, not trimmed, when it holds whitespace: `' 1'` is not ticket `1`. */
  id: storableId(LIMITS.id),
});
export type TicketRef = z.infer<typeof TicketRefSchema>;

/** Something the technician or the assistant established while troubleshooting. */
export const FindingSchema = z.object({
  id: z.string(),
  text: z.string(),
  createdAt: Timestamp,
});
export type Finding = z.infer<typeof FindingSchema>;

/** A choice made during the session, with its reason. */
export const DecisionSchema = z.object({
  id: z.string(),
  text: z.string(),
  rationale: z.string().optional(),
  createdAt: Timestamp,
});
export type Decision = z.infer<typeof DecisionSchema>;

/** Where a fix stands: proposed, or the outcome recorded after applying it. */
export const FixStatusSchema = z.enum(['proposed', 'failed', 'partial', 'success']);
export type FixStatus = z.infer<typeof FixStatusSchema>;

/** A proposed fix and, once applied, its outcome. */
export const FixSchema = z.object({
  id: z.string(),
  title: z.string(),
  steps: z.array(z.string()),
  status: FixStatusSchema,
  proposedAt: Timestamp,
  appliedAt: Timestamp.optional(),
  verifiedAt: Timestamp.optional(),
  partialNotes: z.string().optional(),
  failureReason: z.string().optional(),
});
export type Fix = z.infer<typeof FixSchema>;

/** Lifecycle of a session. Every status but `open` is final. */
export const SessionStatusSchema = z.enum([
  'open',
  'resolved',
  'escalated',
  'resolved_local',
  'escalated_local',
]);
export type SessionStatus = z.infer<typeof SessionStatusSchema>;

/** The kind of PSA note a writeback posts. */
export const NoteTypeSchema = z.enum(['resolution', 'internal_analysis', 'discussion']);
export type NoteType = z.infer<typeof NoteTypeSchema>;

/** What a resolve or escalate left behind: the text, where it went, and the verified status. */
export const FinalizationSchema = z.object({
  outcome: z.enum(['resolved', 'escalated', 'resolved_local', 'escalated_local']),
  text: z.string(),
  basedOnVersion: z.number().int(),
  note: z.object({
    type: NoteTypeSchema,
    externalId: z.string().optional(),
    /** The note was read back by id and showed the visibility and text posted (`getNote`). */
    verified: z.literal(true).optional(),
  }),
  status: z.object({ id: z.string(), name: z.string(), verified: z.literal(true) }).optional(),
  statusTransitionSkippedReason: z.string().optional(),
  /** The time entry logged on the ticket, proven by reading it back. */
  timeEntry: z
    .object({ externalId: z.string(), minutes: z.number().int(), verified: z.literal(true) })
    .optional(),
  finalizedAt: Timestamp,
});
export type Finalization = z.infer<typeof FinalizationSchema>;

/** One troubleshooting session on one ticket, with its monotonically increasing state version. */
export const SessionSchema = z.object({
  id: z.string(),
  accountId: z.string(),
  stateVersion: z.number().int().positive(),
  status: SessionStatusSchema,
  problem: z.string(),
  /**
   * The language the session's notes are written in, when the host said so at creation. Absent:
   * the account's `language` setting, else detected from the session's text.
   */
  language: LanguageSchema.optional(),
  ticket: TicketRefSchema.nullable(),
  findings: z.array(FindingSchema),
  decisions: z.array(DecisionSchema),
  fixes: z.array(FixSchema),
  activeFixId: z.string().nullable(),
  finalization: FinalizationSchema.nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Session = z.infer<typeof SessionSchema>;

/** Per-account settings: the PSA statuses a resolve and an escalate move the ticket to, and time entry defaults. */
export const AccountSettingsSchema = z.object({
  resolvedStatusId: z.string().optional(),
  escalatedStatusId: z.string().optional(),
  /** Whether a drafted time entry is billable (`previews.timeEntry`); absent → billable. */
  timeEntryBillable: z.boolean().optional(),
  /**
   * Whether posting a note asks the PSA to e-mail the ticket's contact (default off). Sent on every
   * note as the PSA's own flag (ConnectWise `processNotifications`, HaloPSA `sendemail`); a PSA
   * without such a flag (Autotask) leaves it to its own rules.
   */
  notifyContact: z.boolean().optional(),
  /** The language of the account's notes when a session names none; absent: detected per session. */
  language: LanguageSchema.optional(),
});
export type AccountSettings = z.infer<typeof AccountSettingsSchema>;
