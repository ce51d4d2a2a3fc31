import { z } from 'zod';
import { type AccountContext, accountContext } from './context.js';
import type { ClaimAuditor } from './generators/auditor.js';
import { templateGenerator } from './generators/template.js';
import type { NoteGenerator } from './generators/types.js';
import { type EventHandler, eventEmitter } from './history/emitter.js';
import { IdSchema } from './model/inputs.js';
import { parseInput } from './model/validate.js';
import { type PreviewsApi, type PreviewsDeps, previewsService } from './previews/service.js';
import { SingleFlight } from './previews/single-flight.js';
import type { PsaMemberOption, PsaOption } from './psa/adapter.js';
import type { SecretsMode } from './sessions/masking.js';
import { type SessionsApi, sessionsApi } from './sessions/service.js';
import { type SettingsApi, settingsApi } from './settings/service.js';
import type { StorageAdapter } from './storage/adapter.js';
import { type Clock, systemClock } from './util/clock.js';
import type { Logger } from './util/logger.js';
import {
  type RecoverWritebacksOptions,
  type RecoverWritebacksResult,
  recoverWritebacks,
} from './writeback/recovery.js';
import type { WritebackInput, WritebackResult } from './writeback/result.js';
import { writebackService } from './writeback/service.js';

/**
 * How long a fallback preview is served before the configured generator is asked again: five
 * minutes. Long enough that a failing model is not called on every click, short enough that a
 * provider outage does not hide good drafts for the rest of the session.
 */
export const DEFAULT_FALLBACK_RETRY_MS = 5 * 60_000;

/** Options for {@link createCloseout}. */
export interface CloseoutOptions {
  /** Where sessions, previews and writeback journals live. */
  storage: StorageAdapter;
  /**
   * The PSA to post to: one adapter for every account, or a resolver from account id to that
   * account's adapter (`undefined` → the account has no PSA and writebacks stay local).
   */
  psa?: PsaOption;
  /**
   * Who a writeback is written as in the PSA: maps the account and the writeback's `actor` to the
   * PSA member (ConnectWise member identifier), resource (Autotask resource id) or agent (HaloPSA
   * agent id). Notes and time entries are then attributed to that person where the PSA allows it
   * (ConnectWise `member`, Autotask impersonation, Halo `actionby_agent_id`). Absent, or
   * `undefined` for an actor: the API user.
   */
  psaMember?: PsaMemberOption;
  /** Where time comes from; inject one for deterministic tests. */
  clock?: Clock;
  /** A pino- or console-shaped logger. */
  logger?: Logger;
  /**
   * Writes the preview drafts. Default: `templateGenerator()` (offline, deterministic). For an LLM,
   * `anthropicGenerator()` from `@closeout/core/anthropic`.
   */
  generator?: NoteGenerator;
  /**
   * Drafts the preview when `generator` fails or its drafts are refused by the faithfulness guard
   * after its one retry: the preview then carries `fallback` (whose drafts, and why), so the
   * technician always has a draft to read and edit. Default: `templateGenerator()`, faithful by
   * construction. `null`: no fallback; such a preview throws `GENERATOR_FAILED` or
   * `GENERATOR_OUTPUT_INVALID` as before.
   */
  fallbackGenerator?: NoteGenerator | null;
  /**
   * How long a fallback preview is served from the cache before `generator` is asked again, in
   * milliseconds; default {@link DEFAULT_FALLBACK_RETRY_MS}. A normal preview is cached for good.
   */
  fallbackRetryMs?: number;
  /**
   * Labels each sentence of `generator`'s drafts with a model (`anthropicClaimAuditor()` from
   * `@closeout/core/anthropic`, `openaiClaimAuditor()` from `@closeout/core/openai`): a sentence
   * that asserts the issue is resolved while the active fix is not a `success` is refused like
   * the lexical guard's finds. One extra call per draft, only over a fix that is not a success.
   * Its id is part of the preview cache key.
   */
  claimAudit?: ClaimAuditor;
  /**
   * Receives every entry of every session's history (a change, a generated preview, a writeback
   * step) as a `CloseoutEvent`, after it is stored and after the operation answered its
   * caller. Never awaited: a handler that throws, rejects or is slow is logged and changes nothing.
   */
  onEvent?: EventHandler;
  /**
   * `'mask'` (default): secrets in session texts (passwords, keys, tokens, connection strings) are
   * masked before the session is stored, and each mutation result says how many in
   * `secretsMasked`. `'keep'`: texts are stored as given and masked only on their way to a
   * generator.
   */
  secrets?: SecretsMode;
}

/** Everything closeout does for one tenant (MSP). Sessions of other accounts are invisible here. */
export interface AccountScope {
  readonly accountId: string;
  readonly sessions: SessionsApi;
  readonly settings: SettingsApi;
  /** Outcome-aware drafts: the resolution note and the escalation package of a session. */
  readonly previews: PreviewsApi;
  /**
   * Posts the resolution note (customer-visible) to the session's ticket, moves the ticket to the
   * `resolvedStatusId` setting's status, proves the change by re-reading the ticket, and finalizes
   * the session (+1 version). Without a ticket or a PSA the text is kept and the session ends
   * `resolved_local`. Safe to retry after any failure: it resumes and never posts a second note.
   * While it runs the session is frozen: its mutations answer `WRITEBACK_IN_PROGRESS`. Over a fix
   * that is not a recorded `success` it needs `confirmUnresolved: true`.
   *
   * @throws `ALREADY_FINALIZED`, `STALE_PREVIEW`, `WRITEBACK_IN_PROGRESS`, `OUTCOME_NOT_RESOLVED` (409);
   *   `PSA_STATUS_VERIFICATION_FAILED`, `PSA_REQUEST_FAILED` (502); `VALIDATION_FAILED` (400).
   *   See docs/writeback.md for what to do with each.
   */
  resolve(sessionId: string, input: WritebackInput): Promise<WritebackResult>;
  /**
   * As {@link AccountScope.resolve}, for an escalation: posts the escalation package as an
   * internal-analysis note (never customer-visible) and moves the ticket to `escalatedStatusId`.
   */
  escalate(sessionId: string, input: WritebackInput): Promise<WritebackResult>;
}

/** The closeout instance a host app creates once. */
export interface Closeout {
  /** Scopes every call to one tenant. Throws `VALIDATION_FAILED` on an empty or oversize id. */
  account(accountId: string): AccountScope;
  /**
   * Finishes, across all accounts, every writeback a process left unfinished: its note may be on
   * the ticket (the journal is pinned) and no live claim holds it (the process died and its lease
   * ran out, or the attempt failed and nobody retried). Each is retried as a technician's retry
   * would be, with the same exactly-once rules: one note at most, the status verified. Safe to run
   * on every instance at once: the claim lets one of them finish each writeback, the others skip
   * it. Run it at start-up and on an interval (longer than the 60 s lease); see docs/writeback.md.
   *
   * @throws `VALIDATION_FAILED` for a bad `limit`, or a storage without `listUnfinishedWritebacks`.
   */
  recoverWritebacks(options?: RecoverWritebacksOptions): Promise<RecoverWritebacksResult>;
}

/**
 * Creates closeout.
 *
 * @example
 * ```ts
 * const closeout = createCloseout({ storage: memoryStorage() });
 * const acme = closeout.account('acme-msp');
 * const session = await acme.sessions.create({ problem: 'Outlook keeps asking for a password' });
 * ```
 */
export function createCloseout(options: CloseoutOptions): Closeout {
  const clock = options.clock ?? systemClock;
  const emit = eventEmitter(options.onEvent, options.logger);
  const fallbackRetryMs = parseInput(
    z.number().int().min(0).optional(),
    options.fallbackRetryMs,
    'fallbackRetryMs',
  );
  const previewDeps: PreviewsDeps = {
    generator: options.generator ?? templateGenerator(),
    fallbackGenerator:
      options.fallbackGenerator === undefined ? templateGenerator() : options.fallbackGenerator,
    ...(options.claimAudit === undefined ? {} : { claimAudit: options.claimAudit }),
    fallbackRetryMs: fallbackRetryMs ?? DEFAULT_FALLBACK_RETRY_MS,
    flights: new SingleFlight(),
  };
  const closeout: Closeout = {
    recoverWritebacks: (recoverOptions) =>
      recoverWritebacks(
        {
          storage: options.storage,
          clock,
          logger: options.logger,
          finish: (accountId, kind, sessionId, input) => closeout.account(accountId)[kind](sessionId, input),
        },
        recoverOptions,
      ),
    account(accountId) {
      const id = parseInput(IdSchema, accountId, 'account id');
      const ctx: AccountContext = accountContext({
        accountId: id,
        storage: options.storage,
        clock,
        logger: options.logger,
        psa: options.psa,
        psaMember: options.psaMember,
        emit,
      });
      const previews = previewsService(ctx, previewDeps);
      // A writeback without `text` posts the current preview of its kind (cached, so usually no
      // generator call): the technician confirmed exactly what the preview showed.
      const writeback = writebackService(ctx, {
        draft: (sessionId, kind) => previews.draft(kind, sessionId),
      });
      return {
        accountId: id,
        sessions: sessionsApi(ctx, options.secrets ?? 'mask'),
        settings: settingsApi(ctx),
        previews: previews.api,
        resolve: writeback.resolve,
        escalate: writeback.escalate,
      };
    },
  };
  return closeout;
}
