/**
 * The HTTP layer: ky with Autotask's headers, the toolkit's retry policies, request budget and
 * error mapping, response checking, and the zone's base URL. Everything above it deals in parsed
 * values and `PsaRequestError`s.
 *
 * - Every call is counted in the tenant's budget (the toolkit's `RequestBudget`) before it is sent;
 *   the budget follows `ThresholdInformation`, which counts every integration's requests.
 * - The thread limit (Itgenatr005, as 429 or as 500 with `errors`) is retried with backoff, even for
 *   the note POST: nothing was stored. The hourly threshold is never retried: no retry within the
 *   hour can pass, so the budget is blocked and the call fails at once, retryable later.
 *
 * @module
 */
import { CloseoutError } from '@closeout/core';
import {
  type AdapterLog,
  adapterLog,
  type BudgetedCall,
  createRetry,
  type HttpRetryPolicy,
  idempotentRetry,
  RequestBudget,
  readAnswer,
  retryAfterMs,
  retryLogHook,
} from '@closeout/core/psa';
import ky, { isHTTPError, type KyInstance } from 'ky';
import type { z } from 'zod';
import type { Auth } from './auth.js';
import {
  callOf,
  errorsOf,
  fromResponse,
  fromTransport,
  limitRefusal,
  type Target,
  unexpectedAnswer,
} from './errors.js';
import type { ResolvedOptions } from './options.js';
import { type ReleaseThread, ThreadGate } from './threads.js';
import { ThresholdWire } from './wire.js';
import { discoverZone, type Zone } from './zone.js';

/**
 * One API call: `path` relative to `…/V1.0/`, or `url`, an absolute `nextPageUrl` on the zone,
 * which Autotask serves to a POST carrying the query's own filter body (a GET answers 405).
 */
export type ApiRequest =
  | { method: 'GET' | 'POST' | 'PATCH'; path: string; json?: unknown }
  | { method: 'POST'; url: string; json: unknown };

/**
 * Per ky call: what it is for, and its place in the budget. ky hands hooks a shallow copy of the
 * context, so the place is kept in a nested object both sides share.
 */
interface CallContext extends Record<string, unknown> {
  target: Target;
  operation: string;
  slot: { sent?: BudgetedCall; release?: ReleaseThread };
}

/** The endpoint a thread is counted on: the first path segment below `V1.0/` (`Tickets`, `TicketNotes`). */
const endpointOf = (url: string) => /\/v1\.0\/([^/?#]+)/i.exec(new URL(url).pathname)?.[1] ?? '';

/** The response an HTTP error carries (ky's `HTTPError`). */
const responseOf = (error: Error): Response | undefined => {
  const response = (error as { response?: unknown }).response;
  return response instanceof Response ? response : undefined;
};

/**
 * A policy that also retries the thread limit when it comes as a 500 (ky would not: a 500 is not
 * retried, and never for a POST), and never retries the hourly threshold, which no retry within
 * the hour can pass.
 */
function limitAware(policy: HttpRetryPolicy): HttpRetryPolicy {
  return {
    ...policy,
    shouldRetry: async (state) => {
      const response = responseOf(state.error);
      if (response !== undefined && (response.status === 429 || response.status === 500)) {
        const limit = limitRefusal(response.status, await errorsOf(response.clone()));
        if (limit === 'request_threshold') return false;
        // As a 429 the policy's own rules apply (Retry-After honoured); as a 500 no policy retries it.
        if (limit === 'thread_limit' && response.status === 500) return true;
      }
      return policy.shouldRetry(state);
    },
  };
}

export class AutotaskHttp {
  readonly #ky: KyInstance;
  readonly #auth: Auth;
  readonly #log: AdapterLog;
  readonly #read: HttpRetryPolicy;
  readonly #query: HttpRetryPolicy;
  readonly #create: HttpRetryPolicy;
  readonly #zone: Zone;
  readonly #budget: RequestBudget;
  readonly #threads: ThreadGate;
  readonly #options: ResolvedOptions;
  #base: string | undefined;
  /** The `ThresholdInformation` read under way, shared by concurrent calls. */
  #threshold: Promise<void> | undefined;

  constructor(options: ResolvedOptions, auth: Auth) {
    this.#auth = auth;
    this.#options = options;
    this.#log = adapterLog(options.logger, 'autotask');
    this.#read = limitAware(idempotentRetry(options.retry));
    // A query is a POST that only reads: repeating it is as safe as a GET.
    this.#query = limitAware(idempotentRetry(options.retry, ['post']));
    this.#create = limitAware(createRetry(options.retry));
    const now = () => options.clock.now().getTime();
    const tenant = `autotask|${options.zoneUrl ?? 'zone-lookup'}|${options.username.toLowerCase()}`;
    this.#budget = RequestBudget.shared(tenant, options.budget, now);
    this.#threads = ThreadGate.shared(tenant, options.threadLimit);
    this.#ky = ky.create({
      timeout: options.timeoutMs,
      ...(options.fetch ? { fetch: options.fetch } : {}),
      hooks: {
        beforeRequest: [
          async (request, init) => {
            const context = init.context as Partial<CallContext>;
            if (context.target === undefined || context.slot === undefined) return;
            // A retry: the attempt before it has been answered, and its thread is free.
            context.slot.sent?.answered();
            context.slot.release?.();
            context.slot.release = await this.#threads.acquire(endpointOf(request.url));
            const target = context.target;
            context.slot.sent =
              this.#budget.tryRecord() ??
              (await this.#budget.reserve(
                () => callOf(target),
                (ms) =>
                  this.#log('debug', 'autotask: waiting for the request budget', {
                    operation: target.operation,
                    ms,
                  }),
              ));
          },
        ],
        beforeRetry: [retryLogHook(this.#log, 'autotask: retrying')],
      },
    });
    this.#zone = discoverZone({ ky: this.#ky, zoneUrl: options.zoneUrl, auth, retry: this.#read });
  }

  async #url(target: Target, req: ApiRequest): Promise<string> {
    this.#base ??= await this.#zone.apiBase();
    if (!('url' in req)) return `${this.#base}${req.path}`;
    // A nextPageUrl is followed verbatim, but only on the zone: the credentials go nowhere else. The
    // path's case varies between a zone's own answers (`ATServicesRest`, `atservicesrest`).
    const base = new URL(this.#base);
    const next = URL.canParse(req.url) ? new URL(req.url) : undefined;
    if (
      next === undefined ||
      next.origin !== base.origin ||
      !next.pathname.toLowerCase().startsWith(base.pathname.toLowerCase())
    ) {
      throw unexpectedAnswer(target, 'a nextPageUrl outside the API zone', 200);
    }
    return req.url;
  }

  /**
   * Reads the tenant's use from `GET /ThresholdInformation` when the budget's last reading (shared
   * by every adapter of the tenant) is older than `budget.readEveryMs`, or was dropped after a
   * refusal, so the budget counts every integration's calls. A failed reading is logged, and the
   * budget goes on with its own count until the next one is due.
   */
  async #readThreshold(): Promise<void> {
    if (this.#threshold !== undefined) return this.#threshold;
    this.#threshold = this.#send(
      { operation: 'readThreshold', method: 'GET' },
      { method: 'GET', path: 'ThresholdInformation' },
    )
      .then((response) => response.json())
      .then((body: unknown) => {
        const reading = ThresholdWire.parse(body);
        this.#budget.report({
          used: reading.currentTimeframeRequestCount,
          limit: reading.externalRequestThreshold,
        });
      })
      .catch((error: unknown) => {
        // Not read: the next call tries again only once the interval has passed.
        this.#budget.report({ used: this.#budget.usage().used });
        this.#log('warn', 'autotask: could not read ThresholdInformation', {
          reason: CloseoutError.isInstance(error) ? error.details.reason : 'unreadable',
        });
      })
      .finally(() => {
        this.#threshold = undefined;
      });
    return this.#threshold;
  }

  /** The tenant's request budget, as this process knows it. */
  get budget(): RequestBudget {
    return this.#budget;
  }

  /** Sends one request and returns the response; every failure is a `PsaRequestError`. */
  async send(target: Target, req: ApiRequest): Promise<Response> {
    if (this.#thresholdDue()) await this.#readThreshold();
    return this.#send(target, req);
  }

  /** Whether the tenant's use is to be read before the next call. */
  #thresholdDue(): boolean {
    const every = this.#options.budget.readEveryMs;
    if (every === 0) return false;
    const age = this.#budget.reportAgeMs();
    return age === undefined || age >= every;
  }

  async #send(target: Target, req: ApiRequest): Promise<Response> {
    const url = await this.#url(target, req);
    const json = 'json' in req ? req.json : undefined;
    const retry = req.method !== 'POST' ? this.#read : target.query === true ? this.#query : this.#create;
    // The budget's place of the last attempt, moved to its answer below (not in an afterResponse hook,
    // which would make ky clone every response).
    const context: CallContext = { target, operation: target.operation, slot: {} };
    try {
      const response = await this.#ky(url, {
        method: req.method,
        headers: {
          ...this.#auth.apiHeaders(),
          Accept: 'application/json',
          ...(json === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        ...(json === undefined ? {} : { json }),
        retry,
        context,
      });
      context.slot.sent?.answered();
      context.slot.release?.();
      this.#log('debug', 'autotask: request', {
        operation: target.operation,
        method: req.method,
        status: response.status,
      });
      return response;
    } catch (error) {
      context.slot.sent?.answered();
      context.slot.release?.();
      if (CloseoutError.isInstance(error)) throw error;
      if (isHTTPError(error)) {
        this.#log('debug', 'autotask: request failed', {
          operation: target.operation,
          method: req.method,
          status: error.response.status,
        });
        const mapped = await fromResponse(error.response, target, this.#auth.redact);
        if (mapped.details.limit === 'request_threshold') {
          // Nothing passes until the window frees room: stop every call, and read the use again after.
          this.#budget.block(retryAfterMs(error.response.headers) ?? 60_000);
          this.#budget.forgetReport();
        }
        throw mapped;
      }
      throw fromTransport(error, target, this.#auth.redact);
    }
  }

  /** Sends a request and checks its JSON answer against `schema`. */
  async json<S extends z.ZodType>(target: Target, req: ApiRequest, schema: S): Promise<z.output<S>> {
    const response = await this.send(target, req);
    return readAnswer(response, callOf(target), schema, {
      scrub: this.#auth.redact,
      notJson: 'a body that is not JSON (is `zoneUrl` the REST base?)',
    });
  }
}
