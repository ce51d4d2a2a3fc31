import type { z } from 'zod';
import { CloseoutError, validationError } from '../errors.js';
import type {
  AddFindingInputSchema,
  LinkTicketInputSchema,
  ProposeFixInputSchema,
  RecordDecisionInputSchema,
  RecordOutcomeInputSchema,
} from '../model/inputs.js';
import { LIMITS } from '../model/limits.js';
import type { Finalization, Fix, Session } from '../model/session.js';

// Pure state transitions. Each takes the current session and returns the next one with
// `stateVersion` + 1, or throws without side effects. Storage applies them atomically, so the
// checks here (finalized, expected version, unknown fix) see exactly the state being replaced.

/** What a transition needs besides the session: the time and fresh ids. */
export interface MutationContext {
  now: string;
  newId(prefix: string): string;
}

/** True for every status but `open`. */
export function isFinalized(session: Session): boolean {
  return session.status !== 'open';
}

/** Checks the preconditions shared by every mutation. */
export function assertMutable(session: Session, expectedVersion: number | undefined): void {
  if (isFinalized(session)) {
    throw new CloseoutError(
      'ALREADY_FINALIZED',
      `Session ${session.id} is ${session.status} and can no longer change`,
      {
        details: { sessionId: session.id, status: session.status },
      },
    );
  }
  if (expectedVersion !== undefined && expectedVersion !== session.stateVersion) {
    throw new CloseoutError(
      'VERSION_CONFLICT',
      `Session ${session.id} is at version ${session.stateVersion}, not ${expectedVersion}`,
      { details: { sessionId: session.id, expectedVersion, actualVersion: session.stateVersion } },
    );
  }
}

function bump(session: Session, ctx: MutationContext, change: Partial<Session>): Session {
  return { ...session, ...change, stateVersion: session.stateVersion + 1, updatedAt: ctx.now };
}

function assertRoom(count: number, limit: number, field: string): void {
  if (count >= limit) {
    throw validationError('Session is full', [
      { path: field, message: `at most ${limit} ${field} per session` },
    ]);
  }
}

export function addFinding(
  session: Session,
  input: z.output<typeof AddFindingInputSchema>,
  ctx: MutationContext,
): Session {
  assertRoom(session.findings.length, LIMITS.findings, 'findings');
  const finding = { id: ctx.newId('fnd'), text: input.text, createdAt: ctx.now };
  return bump(session, ctx, { findings: [...session.findings, finding] });
}

export function recordDecision(
  session: Session,
  input: z.output<typeof RecordDecisionInputSchema>,
  ctx: MutationContext,
): Session {
  assertRoom(session.decisions.length, LIMITS.decisions, 'decisions');
  const decision = {
    id: ctx.newId('dec'),
    text: input.text,
    ...(input.rationale === undefined ? {} : { rationale: input.rationale }),
    createdAt: ctx.now,
  };
  return bump(session, ctx, { decisions: [...session.decisions, decision] });
}

export function proposeFix(
  session: Session,
  input: z.output<typeof ProposeFixInputSchema>,
  ctx: MutationContext,
): Session {
  assertRoom(session.fixes.length, LIMITS.fixes, 'fixes');
  const fix: Fix = {
    id: ctx.newId('fix'),
    title: input.title,
    steps: input.steps,
    status: 'proposed',
    proposedAt: ctx.now,
  };
  // The most recently proposed fix is the active one: the one a technician is working on now.
  return bump(session, ctx, { fixes: [...session.fixes, fix], activeFixId: fix.id });
}

export function recordOutcome(
  session: Session,
  input: z.output<typeof RecordOutcomeInputSchema>,
  ctx: MutationContext,
): Session {
  const fixId = input.fixId ?? session.activeFixId;
  if (fixId === null) {
    throw validationError('No fix to record an outcome for', [
      { path: 'fixId', message: 'the session has no proposed fix; propose one first' },
    ]);
  }
  const index = session.fixes.findIndex((f) => f.id === fixId);
  const current = session.fixes[index];
  if (current === undefined) {
    throw validationError('Unknown fix', [
      { path: 'fixId', message: `no fix ${fixId} in session ${session.id}` },
    ]);
  }
  // The outcome fields describe the latest outcome only: a failure reason does not survive a later
  // success, so the bundle never shows a stale reason next to a new status.
  const verifiedAt = input.verifiedAt ?? (input.status === 'success' ? current.verifiedAt : undefined);
  // Recording any outcome means the fix was applied; keep an earlier appliedAt unless one is given.
  // Defaulted, it is now, or the given verification time when that is earlier: a fix is applied no
  // later than it is verified.
  const appliedAt =
    input.appliedAt ??
    current.appliedAt ??
    (input.verifiedAt !== undefined && Date.parse(input.verifiedAt) < Date.parse(ctx.now)
      ? input.verifiedAt
      : ctx.now);
  // A fix cannot be confirmed before it was applied; the customer note would print that timeline.
  if (verifiedAt !== undefined && Date.parse(verifiedAt) < Date.parse(appliedAt)) {
    throw validationError('verifiedAt is earlier than appliedAt', [
      {
        path: input.verifiedAt === undefined ? 'appliedAt' : 'verifiedAt',
        message: `verifiedAt ${verifiedAt} is before appliedAt ${appliedAt}`,
      },
    ]);
  }
  const next: Fix = {
    id: current.id,
    title: current.title,
    steps: current.steps,
    proposedAt: current.proposedAt,
    status: input.status,
    appliedAt,
  };
  if (verifiedAt !== undefined) next.verifiedAt = verifiedAt;
  if (input.status === 'partial') next.partialNotes = input.partialNotes;
  if (input.status === 'failed') next.failureReason = input.failureReason;
  const fixes = session.fixes.slice();
  fixes[index] = next;
  return bump(session, ctx, { fixes });
}

export function linkTicket(
  session: Session,
  input: z.output<typeof LinkTicketInputSchema>,
  ctx: MutationContext,
): Session {
  return bump(session, ctx, { ticket: { provider: input.provider, id: input.id } });
}

/** Moves an open session to its final status. Used by writeback. */
export function finalize(session: Session, finalization: Finalization, ctx: MutationContext): Session {
  const status = finalization.outcome;
  return bump(session, ctx, { status, finalization });
}
