import type { z } from 'zod';
import type { AccountContext } from '../context.js';
import { CloseoutError, sessionNotFound } from '../errors.js';
import { sessionEvent } from '../history/events.js';
import { IdSchema } from '../model/inputs.js';
import type { Finalization, Session, TicketRef } from '../model/session.js';
import { parseInput } from '../model/validate.js';
import { timeEntryDraft } from '../previews/service.js';
import type { PsaAdapter } from '../psa/adapter.js';
import { finalize, isFinalized } from '../sessions/mutations.js';
import { withSpan } from '../telemetry/tracer.js';
import { log } from '../util/logger.js';
import type { WritebackAttempt } from './attempt.js';
import { acquireClaim, type WritebackClaim } from './claim.js';
import type { WritebackDraft } from './draft.js';
import { alreadyFinalized, providerMismatch, psaGone, stalePreview } from './errors.js';
import type { JournaledTimeEntry, WritebackJournal, WritebackKind } from './journal.js';
import { KINDS, type WritebackKindSpec } from './kinds.js';
import { planWriteback, type WritebackPlan } from './plan.js';
import {
  NoteTextSchema,
  type TimeEntryInputSchema,
  type WritebackInput,
  WritebackInputSchema,
  type WritebackResult,
  writebackResultOf,
} from './result.js';
import type { WritebackStep } from './step.js';
import { timeEntriesUnsupported, timeEntryInput, timeEntryWithoutTicket } from './time-entry.js';
import { resolveTimeEntry } from './time-entry-input.js';
import { WRITEBACK_WRITES, type WriteContext } from './writes.js';

type TimeEntryEdits = z.output<typeof TimeEntryInputSchema>;

/** How long a writeback's claim lasts without renewal; every step renews it. */
export const DEFAULT_WRITEBACK_LEASE_MS = 60_000;

/** How far before the journaled attempt time `findNote` looks, for a PSA clock running behind ours. */
export const DEFAULT_NOTE_LOOKUP_MARGIN_MS = 5 * 60_000;

/** Options of {@link writebackService}. */
export interface WritebackServiceOptions {
  /** Where the text comes from when the caller sends none (the current preview). */
  draft: WritebackDraft;
  /** Claim lease in ms (default {@link DEFAULT_WRITEBACK_LEASE_MS}); a crashed attempt's claim frees after it. */
  leaseMs?: number;
  /** See {@link DEFAULT_NOTE_LOOKUP_MARGIN_MS}. */
  noteLookupMarginMs?: number;
  /**
   * Called at every step boundary. A throw there fails the attempt like every other error (claim
   * released, journal kept); a promise that never settles stands for a process that died there.
   * For fault-injection tests.
   */
  onStep?: (step: WritebackStep, info: { sessionId: string; kind: WritebackKind }) => void | Promise<void>;
}

/** Resolve and escalate for one account. */
export interface WritebackApi {
  resolve(sessionId: string, input: WritebackInput): Promise<WritebackResult>;
  escalate(sessionId: string, input: WritebackInput): Promise<WritebackResult>;
}

/** What a log line may say about an error: its code or class, never a message that might quote a secret. */
const errorKind = (error: unknown): string =>
  CloseoutError.isInstance(error) ? error.code : error instanceof Error ? error.name : typeof error;

interface Destination {
  psa: PsaAdapter;
  ticket: TicketRef;
}

/** Creates the writeback service of one account. Internal: hosts reach it as `acme.resolve` / `acme.escalate`. */
export function writebackService(ctx: AccountContext, options: WritebackServiceOptions): WritebackApi {
  const leaseMs = options.leaseMs ?? DEFAULT_WRITEBACK_LEASE_MS;
  const lookupMarginMs = options.noteLookupMarginMs ?? DEFAULT_NOTE_LOOKUP_MARGIN_MS;

  async function loadOpen(sessionId: string): Promise<Session> {
    const session = await ctx.storage.getSession(ctx.accountId, sessionId);
    if (session === null) throw sessionNotFound(sessionId);
    if (isFinalized(session)) throw alreadyFinalized(session);
    return session;
  }

  /** Where the note goes, or `null` for a local-only writeback. */
  function destination(
    sessionId: string,
    plan: WritebackPlan,
    psa: PsaAdapter | undefined,
  ): Destination | null {
    if (plan.ticket === null) return null;
    if (psa === undefined) {
      if (plan.pinned) throw psaGone(sessionId, plan.ticket.id);
      return null;
    }
    // Posting to another PSA than the ticket's would put the note on an unrelated ticket there.
    if (psa.provider !== plan.ticket.provider) throw providerMismatch(plan.ticket.provider, psa.provider);
    return { psa, ticket: plan.ticket };
  }

  /**
   * A time entry is asked for: the destination must be a PSA that can log and read one back.
   * Checked before anything is posted, so the call changes nothing.
   */
  function checkTimeEntries(sessionId: string, to: Destination | null): void {
    if (to === null) throw timeEntryWithoutTicket(sessionId);
    if (to.psa.addTimeEntry === undefined || to.psa.getTimeEntry === undefined) {
      throw timeEntriesUnsupported(to.psa.provider);
    }
  }

  /** The entry to log: the draft with the caller's edits, written as the actor's PSA member. */
  async function draftTimeEntry(
    sessionId: string,
    input: { timeEntry?: TimeEntryEdits | undefined; actor?: string | undefined },
  ): Promise<JournaledTimeEntry | undefined> {
    if (input.timeEntry === undefined) return undefined;
    const draft = await timeEntryDraft(ctx, sessionId);
    return resolveTimeEntry(draft, input.timeEntry, ctx.psaMember(input.actor));
  }

  async function draftText(sessionId: string, spec: WritebackKindSpec, basedOnVersion: number) {
    const draft = await options.draft(sessionId, spec.preview);
    if (draft.stateVersion !== basedOnVersion) {
      throw stalePreview(sessionId, basedOnVersion, draft.stateVersion);
    }
    return parseInput(NoteTextSchema, draft.markdown, 'preview text');
  }

  /**
   * Finalizes the session under the claim (storage lets the claim's holder through the freeze).
   * The session must still be at the version the text was drafted from: nothing else could
   * change it while the claim or a pinned journal froze it.
   */
  async function commitFinalization(
    sessionId: string,
    finalization: Finalization,
    claim: WritebackClaim,
    actor: string | undefined,
  ): Promise<Session> {
    const mctx = { now: ctx.nowIso(), newId: ctx.newId };
    const guard = { now: ctx.clock.now().getTime(), claimToken: claim.token };
    const entries = (next: Session) => [
      sessionEvent('finalized', next.stateVersion, next.updatedAt, actor, {
        outcome: finalization.outcome,
        basedOnVersion: finalization.basedOnVersion,
        noteType: finalization.note.type,
        ...(finalization.note.externalId === undefined ? {} : { noteId: finalization.note.externalId }),
        ...(finalization.status === undefined ? {} : { status: finalization.status }),
        ...(finalization.timeEntry === undefined ? {} : { timeEntryId: finalization.timeEntry.externalId }),
      }),
    ];
    const next = await ctx.storage.updateSession(
      ctx.accountId,
      sessionId,
      (current) => {
        if (isFinalized(current)) throw alreadyFinalized(current);
        if (current.stateVersion !== finalization.basedOnVersion) {
          throw stalePreview(sessionId, finalization.basedOnVersion, current.stateVersion);
        }
        return finalize(current, finalization, mctx);
      },
      guard,
      entries,
    );
    if (next === null) throw sessionNotFound(sessionId);
    ctx.emit(sessionId, entries(next));
    return next;
  }

  async function onPsa(args: {
    kind: WritebackKind;
    spec: WritebackKindSpec;
    sessionId: string;
    plan: WritebackPlan;
    text: string;
    to: Destination;
    claim: WritebackClaim;
    allowDuplicateNote: boolean;
    actor: string | undefined;
    timeEntry: JournaledTimeEntry | undefined;
    step: (s: WritebackStep) => Promise<void>;
  }): Promise<Session> {
    const { kind, spec, sessionId, plan, text, to, claim, actor } = args;
    const member = ctx.psaMember(actor);
    const attempt: WritebackAttempt = { ctx, sessionId, ...to, claim, actor, step: args.step };
    // Settings are read on every attempt, so fixing a wrong status id and retrying works.
    const settings = await ctx.storage.getSettings(ctx.accountId);
    const statusId = settings[spec.setting];

    let journal: WritebackJournal = plan.pinned
      ? plan.journal
      : {
          kind,
          text,
          basedOnVersion: plan.basedOnVersion,
          startedAt: ctx.nowIso(),
          ticket: to.ticket,
          ...(member === undefined ? {} : { member }),
          ...(args.timeEntry === undefined ? {} : { timeEntry: args.timeEntry }),
        };
    let w: WriteContext = {
      attempt,
      kind,
      spec,
      allowDuplicateNote: args.allowDuplicateNote,
      lookupMarginMs,
      notifyContact: settings.notifyContact ?? false,
      status: statusId === undefined ? undefined : { id: statusId, name: undefined },
    };
    const writes = WRITEBACK_WRITES.filter((write) => write.applies(w, journal));
    // A pinned writeback has posted already: its checks were made by the attempt that started it.
    if (!plan.pinned) for (const write of writes) if (write.preflight) w = await write.preflight(w);

    const stepAttributes = { 'closeout.session.id': sessionId, 'closeout.writeback.kind': kind };
    for (const write of writes) {
      if (write.done(journal)) continue;
      const before = journal;
      journal = await withSpan(
        write.span,
        { attributes: { ...stepAttributes, ...write.attributes?.(w) } },
        async (span) => {
          const after = await write.run(w, before);
          if (write.resultAttributes) span.setAttributes(write.resultAttributes(after));
          return after;
        },
      );
    }

    const verified = journal.verifiedStatus;
    const finalization: Finalization = {
      outcome: spec.outcome,
      text,
      basedOnVersion: journal.basedOnVersion,
      note: {
        type: spec.noteType,
        externalId: journal.noteId,
        ...(journal.noteVerified === true ? { verified: true as const } : {}),
      },
      ...(verified === undefined
        ? {
            statusTransitionSkippedReason:
              `The ticket's status was left unchanged: the account setting ${spec.setting} is not set ` +
              `(set it with settings.update({ ${spec.setting}: … }))`,
          }
        : { status: { ...verified, verified: true as const } }),
      ...(journal.timeEntryId === undefined
        ? {}
        : {
            timeEntry: {
              externalId: journal.timeEntryId,
              minutes: journal.timeEntryMinutes ?? journal.timeEntry?.minutes ?? 0,
              verified: true as const,
            },
          }),
      finalizedAt: ctx.nowIso(),
    };
    const next = await commitFinalization(sessionId, finalization, claim, actor);
    await args.step('finalized');
    try {
      await claim.save({ ...(claim.journal ?? journal), finalizedAt: finalization.finalizedAt });
    } catch (error) {
      // The session is final either way; the journal mark only tells an operator it completed.
      log(ctx.logger, 'warn', 'writeback journal not closed', { sessionId, error: errorKind(error) });
    }
    await args.step('journal_closed');
    return next;
  }

  async function run(
    kind: WritebackKind,
    sessionId: string,
    rawInput: WritebackInput,
  ): Promise<WritebackResult> {
    const id = parseInput(IdSchema, sessionId, 'session id');
    const input = parseInput(WritebackInputSchema, rawInput, `${kind} input`);
    const spec = KINDS[kind];
    const step = async (s: WritebackStep) => {
      await options.onStep?.(s, { sessionId: id, kind });
    };

    // Everything that can be checked without the claim is checked first, so a call bound to fail
    // writes nothing, and a slow preview is drafted before the claim rather than under it.
    const psa = await ctx.psa();
    let drafted: string | undefined;
    let timeEntry: JournaledTimeEntry | undefined;
    {
      const session = await loadOpen(id);
      const needJournal =
        input.text === undefined ||
        input.timeEntry !== undefined ||
        input.basedOnVersion !== session.stateVersion;
      const journal = needJournal
        ? ((await ctx.storage.getWriteback(ctx.accountId, id))?.journal ?? null)
        : null;
      const plan = planWriteback(kind, session, journal, input);
      const to = destination(id, plan, psa);
      if (input.timeEntry !== undefined && !plan.pinned) checkTimeEntries(id, to);
      if (!plan.pinned && plan.text === undefined) drafted = await draftText(id, spec, input.basedOnVersion);
      if (!plan.pinned) timeEntry = await draftTimeEntry(id, input);
      // The adapter's own configuration check (an Autotask role…), before anything is posted.
      if (timeEntry !== undefined && to !== null)
        await to.psa.checkTimeEntry?.(to.ticket, timeEntryInput(timeEntry));
    }

    const claim = await acquireClaim(ctx, id, leaseMs);
    try {
      // Re-checked under the claim: another attempt may have finished or started meanwhile.
      const plan = planWriteback(kind, await loadOpen(id), claim.journal, input);
      const to = destination(id, plan, psa);
      const text = plan.text ?? drafted ?? (await draftText(id, spec, input.basedOnVersion));
      if (input.timeEntry !== undefined && !plan.pinned) {
        checkTimeEntries(id, to);
        if (timeEntry === undefined) {
          timeEntry = await draftTimeEntry(id, input);
          if (timeEntry !== undefined && to !== null) {
            await to.psa.checkTimeEntry?.(to.ticket, timeEntryInput(timeEntry));
          }
        }
      }
      await step('claimed');

      let next: Session;
      if (to === null) {
        next = await commitFinalization(
          id,
          {
            outcome: spec.localOutcome,
            text,
            basedOnVersion: plan.basedOnVersion,
            note: { type: spec.noteType },
            finalizedAt: ctx.nowIso(),
          },
          claim,
          input.actor,
        );
        await step('finalized');
      } else {
        next = await onPsa({
          kind,
          spec,
          sessionId: id,
          plan,
          text,
          to,
          claim,
          allowDuplicateNote: input.allowDuplicateNote ?? false,
          actor: input.actor,
          timeEntry: plan.pinned ? undefined : timeEntry,
          step,
        });
      }
      const result = writebackResultOf(next) as WritebackResult;
      log(ctx.logger, 'info', `session ${result.outcome}`, {
        sessionId: id,
        stateVersion: result.stateVersion,
        noteId: result.note.externalId,
        statusId: result.status?.id,
      });
      return result;
    } catch (error) {
      log(ctx.logger, 'warn', 'writeback failed; its journal is kept for a retry', {
        sessionId: id,
        kind,
        error: errorKind(error),
      });
      throw error;
    } finally {
      await claim.release().catch((error: unknown) => {
        // An unreleased claim only delays a retry until its lease runs out.
        log(ctx.logger, 'warn', 'writeback claim not released', { sessionId: id, error: errorKind(error) });
      });
    }
  }

  /** The writeback as one span; its steps and PSA calls are its children. */
  const traced = (kind: WritebackKind, sessionId: string, input: WritebackInput) =>
    withSpan(
      `writeback ${kind}`,
      { attributes: { 'closeout.account.id': ctx.accountId, 'closeout.session.id': sessionId } },
      async (span) => {
        const result = await run(kind, sessionId, input);
        span.setAttributes({
          'closeout.writeback.outcome': result.outcome,
          'closeout.session.state_version': result.stateVersion,
          'closeout.note.id': result.note.externalId,
          'closeout.status.verified_id': result.status?.id,
          'closeout.time_entry.id': result.timeEntry?.externalId,
        });
        return result;
      },
    );

  return {
    resolve: (sessionId, input) => traced('resolve', sessionId, input),
    escalate: (sessionId, input) => traced('escalate', sessionId, input),
  };
}
