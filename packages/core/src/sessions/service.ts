import type { z } from 'zod';
import type { AccountContext } from '../context.js';
import { sessionNotFound } from '../errors.js';
import { type SessionEvent, type SessionEventType, sessionEvent } from '../history/events.js';
import type {
  AddFindingInput,
  CreateSessionInput,
  LinkTicketInput,
  MutationOptions,
  ProposeFixInput,
  RecordDecisionInput,
  RecordOutcomeInput,
} from '../model/inputs.js';
import {
  AddFindingInputSchema,
  CreateSessionInputSchema,
  IdSchema,
  LinkTicketInputSchema,
  MutationOptionsSchema,
  ProposeFixInputSchema,
  RecordDecisionInputSchema,
  RecordOutcomeInputSchema,
} from '../model/inputs.js';
import type { Session } from '../model/session.js';
import { parseInput } from '../model/validate.js';
import { log } from '../util/logger.js';
import { writebackInProgress } from '../writeback/errors.js';
import {
  type ListSessionsQuery,
  ListSessionsQuerySchema,
  pageOf,
  type SessionPage,
  storageQueryOf,
} from './list.js';
import { maskInput, type SecretsMasked, type SecretsMode, type TextKeys } from './masking.js';
import * as m from './mutations.js';
import { PurgeBeforeSchema } from './retention.js';

/**
 * What a session mutation returns: the session as stored, and — when secrets were masked before
 * it was stored (`secrets: 'mask'`) — how many, so a UI can tell the technician that the text
 * they typed was stored masked. `secretsMasked` is absent when nothing was masked; it is not part
 * of the session and `get` does not return it.
 */
export type SessionMutationResult = Session & { readonly secretsMasked?: SecretsMasked };

/**
 * The sessions of one account. Every mutation bumps `stateVersion` by exactly 1 in the same atomic
 * write as the change, accepts `{expectedVersion}` for optimistic concurrency, is rejected with
 * `WRITEBACK_IN_PROGRESS` while a writeback of the session runs (or its note may be on the ticket
 * unfinished), and with `ALREADY_FINALIZED` once the session is resolved or escalated. A rejected
 * call changes nothing.
 */
export interface SessionsApi {
  /** Starts a session at `stateVersion` 1, optionally linked to a PSA ticket. */
  create(input: CreateSessionInput, options?: { actor?: string }): Promise<SessionMutationResult>;
  /** Reads a session; `SESSION_NOT_FOUND` when it is not in this account. */
  get(sessionId: string): Promise<Session>;
  addFinding(
    sessionId: string,
    input: AddFindingInput,
    options?: MutationOptions,
  ): Promise<SessionMutationResult>;
  recordDecision(
    sessionId: string,
    input: RecordDecisionInput,
    options?: MutationOptions,
  ): Promise<SessionMutationResult>;
  /** Proposes a fix; it becomes the active fix. */
  proposeFix(
    sessionId: string,
    input: ProposeFixInput,
    options?: MutationOptions,
  ): Promise<SessionMutationResult>;
  /**
   * Records how a fix turned out (the active fix unless `fixId` is given). `failed` needs
   * `failureReason`, `partial` needs `partialNotes`; `appliedAt` defaults to now.
   */
  recordOutcome(
    sessionId: string,
    input: RecordOutcomeInput,
    options?: MutationOptions,
  ): Promise<SessionMutationResult>;
  /** Links (or re-links) the session to a PSA ticket. */
  linkTicket(sessionId: string, input: LinkTicketInput, options?: MutationOptions): Promise<Session>;
  /**
   * A page of the account's sessions, most recently changed first (ties by id). Pass the page's
   * `nextCursor` as `cursor` for the next page; it is `null` on the last one. Filters combine:
   * `ticket`, `status` (one or several), `updatedAfter` / `updatedBefore` (exclusive), `limit` 1–100
   * (default 50). A cursor that did not come from a previous page is `VALIDATION_FAILED`.
   */
  list(query?: ListSessionsQuery): Promise<SessionPage>;
  /**
   * Deletes the session with its cached previews, writeback journal and history (nothing of it is
   * left). `SESSION_NOT_FOUND` when it is not in this account; `WRITEBACK_IN_PROGRESS` while a
   * writeback of it runs.
   */
  delete(sessionId: string): Promise<void>;
  /**
   * The session's audit trail, oldest first: every change, generated preview and writeback step,
   * with who did it (`actor`, when the call named one) and the ids and statuses involved.
   */
  history(sessionId: string): Promise<SessionEvent[]>;
  /**
   * Retention: deletes every finalized session (resolved, escalated or local) of the account last
   * changed before `before`, as {@link SessionsApi.delete} does. Open sessions are kept.
   */
  purgeFinalizedBefore(before: Date | string): Promise<{ deleted: number }>;
  /**
   * Retention: deletes cached previews that can never be served again — those of a state version
   * the session has since moved past, and those of deleted sessions.
   */
  purgeStalePreviews(): Promise<{ deleted: number }>;
}

/** What each mutation records in the history: its entry type and the ids and statuses involved. */
type Recorder<I> = { type: SessionEventType; details(next: Session, input: I): Record<string, unknown> };

const lastId = (items: readonly { id: string }[]) => items[items.length - 1]?.id;

const CreateOptionsSchema = MutationOptionsSchema.pick({ actor: true });

export function sessionsApi(ctx: AccountContext, secrets: SecretsMode = 'mask'): SessionsApi {
  async function mutate<I>(
    operation: string,
    sessionId: string,
    parsed: I,
    options: MutationOptions | undefined,
    transition: (s: Session, input: I, mctx: m.MutationContext) => Session,
    recorder: Recorder<I>,
    masked?: SecretsMasked,
  ): Promise<SessionMutationResult> {
    const id = parseInput(IdSchema, sessionId, 'session id');
    // No options is the common call; parsing an empty object would only hand back an empty one.
    const { expectedVersion, actor }: z.output<typeof MutationOptionsSchema> =
      options === undefined ? {} : parseInput(MutationOptionsSchema, options, 'options');
    const mctx: m.MutationContext = { now: ctx.nowIso(), newId: ctx.newId };
    const entries = (next: Session) => [
      sessionEvent(recorder.type, next.stateVersion, next.updatedAt, actor, recorder.details(next, parsed)),
    ];
    // The clock reading judges the writeback freeze: a writeback's live claim refuses the change.
    const guard = { now: ctx.clock.now().getTime() };
    const next = await ctx.storage.updateSession(
      ctx.accountId,
      id,
      (current) => {
        m.assertMutable(current, expectedVersion);
        return transition(current, parsed, mctx);
      },
      guard,
      entries,
    );
    if (next === null) throw sessionNotFound(id);
    ctx.emit(id, entries(next));
    log(ctx.logger, 'debug', `session ${operation}`, { sessionId: id, stateVersion: next.stateVersion });
    return withMasked(next, masked);
  }

  /** Validates `input` with `schema`, then masks its text fields `keys` before it is stored. */
  function masked<S extends z.ZodType<object>>(
    schema: S,
    input: unknown,
    what: string,
    keys: ReadonlyArray<TextKeys<z.output<S>>>,
  ) {
    return maskInput(secrets, parseInput(schema, input, what), keys);
  }

  /**
   * A public mutation: its input parsed with `schema` and its text fields `keys` masked, then
   * applied and recorded by {@link mutate}.
   */
  function operation<S extends z.ZodType<object>>(
    name: string,
    schema: S,
    what: string,
    keys: ReadonlyArray<TextKeys<z.output<S>>>,
    transition: (s: Session, input: z.output<S>, mctx: m.MutationContext) => Session,
    recorder: Recorder<z.output<S>>,
  ) {
    return async (sessionId: string, input: z.input<S>, options?: MutationOptions) => {
      const change = masked(schema, input, what, keys);
      return mutate(name, sessionId, change.input, options, transition, recorder, change.masked);
    };
  }

  return {
    async create(input, options) {
      const { input: parsed, masked: secretsMasked } = masked(CreateSessionInputSchema, input, 'session', [
        'problem',
      ]);
      const { actor } = parseInput(CreateOptionsSchema, options ?? {}, 'options');
      const now = ctx.nowIso();
      const session: Session = {
        id: ctx.newId('ses'),
        accountId: ctx.accountId,
        stateVersion: 1,
        status: 'open',
        problem: parsed.problem,
        ...(parsed.language === undefined ? {} : { language: parsed.language }),
        ticket: parsed.ticket ?? null,
        findings: [],
        decisions: [],
        fixes: [],
        activeFixId: null,
        finalization: null,
        createdAt: now,
        updatedAt: now,
      };
      const entries = [
        sessionEvent(
          'created',
          1,
          now,
          actor,
          session.ticket === null
            ? {}
            : { ticket: { provider: session.ticket.provider, id: session.ticket.id } },
        ),
      ];
      await ctx.storage.insertSession(session, entries);
      ctx.emit(session.id, entries);
      log(ctx.logger, 'debug', 'session created', { sessionId: session.id });
      return withMasked(session, secretsMasked);
    },
    async get(sessionId) {
      const id = parseInput(IdSchema, sessionId, 'session id');
      const session = await ctx.storage.getSession(ctx.accountId, id);
      if (session === null) throw sessionNotFound(id);
      return session;
    },
    addFinding: operation('addFinding', AddFindingInputSchema, 'finding', ['text'], m.addFinding, {
      type: 'finding_added',
      details: (next) => ({ findingId: lastId(next.findings) }),
    }),
    recordDecision: operation(
      'recordDecision',
      RecordDecisionInputSchema,
      'decision',
      ['text', 'rationale'],
      m.recordDecision,
      { type: 'decision_recorded', details: (next) => ({ decisionId: lastId(next.decisions) }) },
    ),
    proposeFix: operation('proposeFix', ProposeFixInputSchema, 'fix', ['title', 'steps'], m.proposeFix, {
      type: 'fix_proposed',
      details: (next) => ({ fixId: next.activeFixId }),
    }),
    recordOutcome: operation(
      'recordOutcome',
      RecordOutcomeInputSchema,
      'outcome',
      ['partialNotes', 'failureReason'],
      m.recordOutcome,
      {
        type: 'outcome_recorded',
        details: (next, parsed) => ({ fixId: parsed.fixId ?? next.activeFixId, status: parsed.status }),
      },
    ),
    linkTicket: operation('linkTicket', LinkTicketInputSchema, 'ticket', [], m.linkTicket, {
      type: 'ticket_linked',
      details: (_next, parsed) => ({ ticket: { provider: parsed.provider, id: parsed.id } }),
    }),
    async list(query) {
      const parsed = parseInput(ListSessionsQuerySchema, query ?? {}, 'list query');
      const storageQuery = storageQueryOf(parsed);
      const rows = await ctx.storage.listSessions(ctx.accountId, storageQuery);
      return pageOf(rows, storageQuery.limit - 1);
    },
    async delete(sessionId) {
      const id = parseInput(IdSchema, sessionId, 'session id');
      const result = await ctx.storage.deleteSession(ctx.accountId, id, { now: ctx.clock.now().getTime() });
      if (!result.deleted) {
        if (result.reason === 'not_found') throw sessionNotFound(id);
        throw writebackInProgress(id, 'claimed', { expiresAt: result.expiresAt });
      }
      log(ctx.logger, 'info', 'session deleted', { sessionId: id });
    },
    async history(sessionId) {
      const id = parseInput(IdSchema, sessionId, 'session id');
      // Read with the session: an entry list for an id this account does not hold answers 404.
      const [session, entries] = await Promise.all([
        ctx.storage.getSession(ctx.accountId, id),
        ctx.storage.getHistory(ctx.accountId, id),
      ]);
      if (session === null) throw sessionNotFound(id);
      return entries;
    },
    async purgeFinalizedBefore(before) {
      const iso = parseInput(PurgeBeforeSchema, before, 'purge date');
      const deleted = await ctx.storage.purgeFinalizedBefore(ctx.accountId, iso);
      log(ctx.logger, 'info', 'finalized sessions purged', { before: iso, deleted });
      return { deleted };
    },
    async purgeStalePreviews() {
      const deleted = await ctx.storage.purgeStalePreviews(ctx.accountId);
      log(ctx.logger, 'info', 'stale previews purged', { deleted });
      return { deleted };
    },
  };
}

/** The mutation result: the session, with `secretsMasked` only when something was masked. */
function withMasked(session: Session, masked: SecretsMasked | undefined): SessionMutationResult {
  return masked === undefined ? session : { ...session, secretsMasked: masked };
}
