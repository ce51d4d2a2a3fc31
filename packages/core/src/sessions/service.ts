import type { z } from 'zod';
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
import { maskInput, type SecretsMasked, type SecretsMode, type TextKeys } from './masking.js';
import * as m from './mutations.js';

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
  create(input: CreateSessionInput): Promise<SessionMutationResult>;
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
}

export function sessionsApi(ctx: AccountContext, secrets: SecretsMode = 'mask'): SessionsApi {
  async function mutate<I>(
    operation: string,
    sessionId: string,
    parsed: I,
    options: MutationOptions | undefined,
    transition: (s: Session, input: I, mctx: m.MutationContext) => Session,
    masked?: SecretsMasked,
  ): Promise<SessionMutationResult> {
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

  return {
    async create(input) {
      const { input: parsed, masked: secretsMasked } = masked(CreateSessionInputSchema, input, 'session', [
        'problem',
      ]);
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
      return withMasked(session, secretsMasked);
    },
    async get(sessionId) {
      const id = parseInput(IdSchema, sessionId, 'session id');
      const session = await ctx.storage.getSession(ctx.accountId, id);
      if (session === null) throw sessionNotFound(id);
      return session;
    },
    addFinding: async (id, input, options) => {
      const change = masked(AddFindingInputSchema, input, 'finding', ['text']);
      return mutate('addFinding', id, change.input, options, m.addFinding, change.masked);
    },
    recordDecision: async (id, input, options) => {
      const change = masked(RecordDecisionInputSchema, input, 'decision', ['text', 'rationale']);
      return mutate('recordDecision', id, change.input, options, m.recordDecision, change.masked);
    },
    proposeFix: async (id, input, options) => {
      const change = masked(ProposeFixInputSchema, input, 'fix', ['title', 'steps']);
      return mutate('proposeFix', id, change.input, options, m.proposeFix, change.masked);
    },
    recordOutcome: async (id, input, options) => {
      const change = masked(RecordOutcomeInputSchema, input, 'outcome', ['partialNotes', 'failureReason']);
      return mutate('recordOutcome', id, change.input, options, m.recordOutcome, change.masked);
    },
    linkTicket: async (id, input, options) =>
      mutate('linkTicket', id, parseInput(LinkTicketInputSchema, input, 'ticket'), options, m.linkTicket),
  };
}

/** The mutation result: the session, with `secretsMasked` only when something was masked. */
function withMasked(session: Session, masked: SecretsMasked | undefined): SessionMutationResult {
  return masked === undefined ? session : { ...session, secretsMasked: masked };
}
