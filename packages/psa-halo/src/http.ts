/**
 * The HTTP layer: ky with the Bearer token, the rolling-window budget, retries, error mapping and
 * response checking. Everything above it deals in parsed values and `PsaRequestError`s.
 *
 * - Every call waits for room in the window before it is sent (a wait past `maxWaitMs` fails at once,
 *   retryable, nothing sent).
 * - A 401 drops the token and the call is sent once more with a fresh one: Halo refused it unread.
 * - A 429 blocks the window (the toolkit's `RequestBudget`) and the call is sent again when there is room,
 *   up to `retry.limit` times: a 429 proves nothing was stored, even for an action.
 * - 5xx and connection failures are retried by ky only for reads and the status change, never for
 *   the action POST: without an idempotency key a repeat could add the note twice.
 *
 * @module
 */
import { CloseoutError } from '@closeout/core';
import {
  type AdapterLog,
  type BudgetedCall,
  idempotentRetry,
  type PsaCall,
  RequestBudget,
  retryAfterMs,
  retryLogHook,
  transportError,
  unexpectedAnswer,
} from '@closeout/core/psa';
import ky, { isHTTPError, type KyInstance, type Options, type RetryOptions } from 'ky';
import type { z } from 'zod';
import { haloError } from './errors.js';
import type { ResolvedOptions } from './options.js';
import { type TokenClient, tokenClient } from './token.js';

/** Per ky call: what it is, and its latest attempt's place in the window. */
interface CallContext extends Record<string, unknown> {
  call: PsaCall;
  operation: string;
  /** ky hands hooks a shallow copy of the context: the budget's place lives in an object both share. */
  slot: { sent?: BudgetedCall };
}

export class HaloHttp {
  readonly #api: KyInstance;
  readonly #tokens: TokenClient;
  readonly #window: RequestBudget;
  readonly #o: ResolvedOptions;
  readonly #log: AdapterLog;
  readonly #repeatable: RetryOptions;

  constructor(o: ResolvedOptions, log: AdapterLog) {
    this.#o = o;
    this.#log = log;
    const base = ky.create({ timeout: o.timeoutMs, ...(o.fetch ? { fetch: o.fetch } : {}) });
    this.#tokens = tokenClient(o, base);
    this.#window = RequestBudget.shared(`halopsa|${o.url}|${o.clientId}`, o.rateLimit, () =>
      o.clock.now().getTime(),
    );
    // 429 is left to `send`: a rolling window needs longer waits than a backoff gives.
    this.#repeatable = {
      ...idempotentRetry(o.retry, ['get', 'post']),
      statusCodes: [502, 503, 504],
      afterStatusCodes: [503],
    };
    this.#api = base.extend({
      prefixUrl: `${o.url}/api/`,
      hooks: {
        beforeRequest: [
          async (request, options) => {
            const context = options.context as CallContext;
            const token = await this.#tokens.token();
            // A retry: the attempt before it has been answered.
            context.slot.sent?.answered();
            context.slot.sent = await this.#room(context.call);
            request.headers.set('Authorization', `Bearer ${token}`);
          },
        ],
        beforeRetry: [retryLogHook(log, 'halopsa: retrying')],
      },
    });
  }

  /** Waits for room in the tenant's budget and counts the call, or fails at once (nothing sent). */
  #room(call: PsaCall): Promise<BudgetedCall> {
    return this.#window.reserve(call, (ms) =>
      this.#log('debug', 'halopsa: waiting for the rate window', { operation: call.operation, ms }),
    );
  }

  /** Sends one request below `{url}/api/` and returns the 2xx response; every failure is a `PsaRequestError`. */
  async send(call: PsaCall, path: string, init: Options = {}): Promise<Response> {
    let renewed = false;
    for (let limited = 0; ; ) {
      let response: Response;
      let sentToken: string | undefined;
      // The budget's place of the last attempt, moved to its answer here (an afterResponse hook would
      // make ky clone every response).
      const context: CallContext = { call, operation: call.operation, slot: {} };
      try {
        response = await this.#api(path, { ...init, retry: call.creates ? 0 : this.#repeatable, context });
        context.slot.sent?.answered();
        this.#log('debug', 'halopsa: request', { operation: call.operation, status: response.status });
        return response;
      } catch (error) {
        context.slot.sent?.answered();
        if (CloseoutError.isInstance(error)) throw error;
        if (!isHTTPError(error)) throw transportError(error, call, this.#tokens.scrub);
        response = error.response;
        sentToken = error.request.headers.get('authorization')?.replace(/^Bearer /, '');
      }
      this.#log('debug', 'halopsa: request failed', { operation: call.operation, status: response.status });
      if (response.status === 401 && !renewed) {
        // The token died early (revoked, or Halo restarted): refused unread, so one resend is safe.
        renewed = true;
        if (sentToken !== undefined) this.#tokens.reject(sentToken);
        continue;
      }
      if (response.status === 429 && limited < this.#o.retry.limit) {
        const wait = this.#window.block(retryAfterMs(response.headers));
        if (this.#window.affords(wait)) {
          limited += 1;
          this.#log('warn', 'halopsa: rate limited', { operation: call.operation, ms: wait });
          continue;
        }
      }
      throw await haloError(response, call, this.#tokens.scrub);
    }
  }

  /** Sends a request and checks its JSON answer against `schema`. */
  async json<S extends z.ZodType>(
    call: PsaCall,
    path: string,
    schema: S,
    init?: Options,
  ): Promise<z.output<S>> {
    const response = await this.send(call, path, init);
    // A body cut off mid-way is a transport failure: for the action POST the note was stored.
    const text = await response.text().catch((error: unknown) => {
      throw transportError(error, call, this.#tokens.scrub);
    });
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw unexpectedAnswer(call, 'a body that is not JSON (is `url` the Halo address?)', response.status);
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success)
      throw unexpectedAnswer(call, 'JSON that is not the documented shape', response.status);
    return parsed.data;
  }
}
