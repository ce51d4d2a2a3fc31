import type { AccountContext } from '../context.js';
import { sessionNotFound } from '../errors.js';
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
import * as m from './mutations.js';

/**
 * The sessions of one account. Every mutation bumps `stateVersion` by exactly 1 in the same atomic
 * write as the change, accepts `{expectedVersion}` for optimistic concurrency, is rejected with
 * `WRITEBACK_IN_PROGRESS` while a writeback of the session runs (or its note may be on the ticket
 * unfinished), and with `ALREADY_FINALIZED` once the session is resolved or escalated. A rejected
 * call changes nothing.
 */
export interface SessionsApi {
  /** Starts a session at `stateVersion` 1, optionally linked to a PSA ticket. */
  create(input: CreateSessionInput): Promise<Session>;
  /** Reads a session; `SESSION_NOT_FOUND` when it is not in this account. */
  get(sessionId: string): Promise<Session>;
  addFinding(sessionId: string, input: AddFindingInput, options?: MutationOptions): Promise<Session>;
  recordDecision(sessionId: string, input: RecordDecisionInput, options?: MutationOptions): Promise<Session>;
  /** Proposes a fix; it becomes the active fix. */
  proposeFix(sessionId: string, input: ProposeFixInput, options?: MutationOptions): Promise<Session>;
  /**
   * Records how a fix turned out (the active fix unless `fixId` is given). `failed` needs
   * `failureReason`, `partial` needs `partialNotes`; `appliedAt` defaults to now.
   */
  recordOutcome(sessionId: string, input: RecordOutcomeInput, options?: MutationOptions): Promise<Session>;
  /** Links (or re-links) the session to a PSA ticket. */
  linkTicket(sessionId: string, input: LinkTicketInput, options?: MutationOptions): Promise<Session>;
}

export function sessionsApi(ctx: AccountContext): SessionsApi {
  async function mutate<I>(
    operation: string,
    sessionId: string,
    parsed: I,
    options: MutationOptions | undefined,
    transition: (s: Session, input: I, mctx: m.MutationContext) => Session,
  ): Promise<Session> {
    const id = parseInput(IdSchema, sessionId, 'session id');
    const { expectedVersion } = parseInput(MutationOptionsSchema, options ?? {}, 'options');
    const mctx: m.MutationContext = { now: ctx.nowIso(), newId: ctx.newId };
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
    );
    if (next === null) throw sessionNotFound(id);
    log(ctx.logger, 'debug', `session ${operation}`, { sessionId: id, stateVersion: next.stateVersion });
    return next;
  }

  return {
    async create(input) {
      const parsed = parseInput(CreateSessionInputSchema, input, 'session');
      const now = ctx.nowIso();
      const session: Session = {
        id: ctx.newId('ses'),
        accountId: ctx.accountId,
        stateVersion: 1,
        status: 'open',
        problem: parsed.problem,
        ticket: parsed.ticket ?? null,
        findings: [],
        decisions: [],
        fixes: [],
        activeFixId: null,
        finalization: null,
        createdAt: now,
        updatedAt: now,
      };
      await ctx.storage.insertSession(session);
      log(ctx.logger, 'debug', 'session created', { sessionId: session.id });
      return session;
    },
    async get(sessionId) {
      const id = parseInput(IdSchema, sessionId, 'session id');
      const session = await ctx.storage.getSession(ctx.accountId, id);
      if (session === null) throw sessionNotFound(id);
      return session;
    },
    addFinding: async (id, input, options) =>
      mutate('addFinding', id, parseInput(AddFindingInputSchema, input, 'finding'), options, m.addFinding),
    recordDecision: async (id, input, options) =>
      mutate(
        'recordDecision',
        id,
        parseInput(RecordDecisionInputSchema, input, 'decision'),
        options,
        m.recordDecision,
      ),
    proposeFix: async (id, input, options) =>
      mutate('proposeFix', id, parseInput(ProposeFixInputSchema, input, 'fix'), options, m.proposeFix),
    recordOutcome: async (id, input, options) =>
      mutate(
        'recordOutcome',
        id,
        parseInput(RecordOutcomeInputSchema, input, 'outcome'),
        options,
        m.recordOutcome,
      ),
    linkTicket: async (id, input, options) =>
      mutate('linkTicket', id, parseInput(LinkTicketInputSchema, input, 'ticket'), options, m.linkTicket),
  };
}
