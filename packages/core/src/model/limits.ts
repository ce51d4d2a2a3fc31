/**
 * Size limits on what a session may hold. They keep one session's document, and the bundle a
 * generator sees, bounded; input over a limit is rejected with `VALIDATION_FAILED`.
 */
export const LIMITS = {
  /** Characters in the problem statement. */
  problem: 4_000,
  /** Characters in one finding. */
  findingText: 4_000,
  /** Characters in a decision or its rationale. */
  decisionText: 2_000,
  /** Characters in a fix title. */
  fixTitle: 300,
  /** Characters in one step of a fix. */
  fixStep: 1_000,
  /** Steps in one fix. */
  fixSteps: 50,
  /** Characters in `partialNotes` or `failureReason`. */
  outcomeText: 4_000,
  /** Findings in one session. */
  findings: 500,
  /** Decisions in one session. */
  decisions: 200,
  /** Fixes in one session. */
  fixes: 100,
  /** Characters in a note posted to the PSA. */
  noteText: 30_000,
  /** Characters in a time entry's notes. */
  timeEntryNotes: 2_000,
  /** Minutes in one time entry (Autotask takes at most 24 hours). */
  timeEntryMinutes: 1_440,
  /** Characters in an account, session, ticket or status id. */
  id: 200,
} as const;
