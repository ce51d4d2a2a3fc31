/**
 * The HTTP layer: ky with ConnectWise's headers, retry policy, error mapping, response checking
 * and pagination. Everything above it deals in parsed values and `PsaRequestError`s.
 *
 * @module
 */
import { PsaRequestError } from '@closeout/core';
import ky, { isHTTPError, type KyInstance, type RetryOptions } from 'ky';
import { z } from 'zod';
import type { Auth } from './auth.js';
import { type Codebase, discoverCodebase } from './codebase.js';
import { fromResponse, fromTransport, type Target, unexpectedAnswer } from './errors.js';
import { log } from './log.js';
import type { ResolvedOptions } from './options.js';
import { idempotentRetry, notePostRetry } from './retry.js';

/** One API call. `path` is relative to `…/apis/3.0/`, without a leading slash. */
export interface ApiRequest {
  method: 'GET' | 'POST' | 'PATCH';
  path: string;
  searchParams?: Record<string, string | number>;
  json?: unknown;
}

/** A parsed answer and the response it came in (for headers such as `Link`). */
export interface ApiAnswer<T> {
  data: T;
  response: Response;
}

// A guard against a server whose Link header never stops: 1000 pages of 1000 items.
const MAX_PAGES = 1000;

export class ConnectWiseHttp {
  readonly #ky: KyInstance;
  readonly #auth: Auth;
  readonly #options: ResolvedOptions;
  readonly #idempotent: RetryOptions;
  readonly #post: RetryOptions;
  readonly #codebase: Codebase;
  #base: string | undefined;

  constructor(options: ResolvedOptions, auth: Auth) {
    this.#options = options;
    this.#auth = auth;
    this.#idempotent = idempotentRetry(options.retry);
    this.#post = notePostRetry(options.retry);
    this.#ky = ky.create({
      timeout: options.timeoutMs,
      ...(options.fetch ? { fetch: options.fetch } : {}),
      hooks: {
        beforeRetry: [
          ({ options: o, error, retryCount }) =>
            log(this.#options.logger, 'warn', 'connectwise: retrying', {
              operation: (o.context as { operation?: string }).operation,
              retryCount,
              status: isHTTPError(error) ? error.response.status : undefined,
              error: isHTTPError(error) ? undefined : error.name,
            }),
        ],
      },
    });
    this.#codebase = discoverCodebase({
      ky: this.#ky,
      options,
      retry: this.#idempotent,
      redact: auth.redact,
    });
  }

  /**
   * Sends one request and returns the response; every failure is a `PsaRequestError`. A 404 from
   * the web server rather than the API (no ConnectWise error body) means the codebase moved, as a
   * cloud upgrade does: the codebase is looked up again once and the request retried there. The
   * request never reached the API, so this is safe for the note POST too.
   */
  async send(target: Target, req: ApiRequest, moved = false): Promise<Response> {
    // After the first call the base is known; skipping the await keeps the hot path lean.
    this.#base ??= await this.#codebase.apiBase();
    const base = this.#base;
    const logger = this.#options.logger;
    const started = logger ? performance.now() : 0;
    try {
      const query = req.searchParams ? `?${queryString(req.searchParams)}` : '';
      const response = await this.#ky(`${base}${req.path}${query}`, {
        method: req.method,
        headers: {
          ...this.#auth.apiHeaders(),
          ...(req.json === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        ...(req.json === undefined ? {} : { json: req.json }),
        retry: req.method === 'POST' ? this.#post : this.#idempotent,
        context: { operation: target.operation },
      });
      if (logger) {
        log(logger, 'debug', 'connectwise: request', {
          operation: target.operation,
          method: req.method,
          path: req.path,
          status: response.status,
          ms: Math.round(performance.now() - started),
        });
      }
      return response;
    } catch (error) {
      if (isHTTPError(error)) {
        log(this.#options.logger, 'debug', 'connectwise: request failed', {
          operation: target.operation,
          method: req.method,
          path: req.path,
          status: error.response.status,
        });
        if (!moved && (await looksLikeMovedCodebase(error.response))) {
          const fresh = await this.#codebase.rediscover(base);
          if (fresh !== undefined) {
            log(this.#options.logger, 'warn', 'connectwise: the codebase moved; using the new one', {
              operation: target.operation,
            });
            this.#base = fresh;
            return this.send(target, req, true);
          }
        }
        throw await fromResponse(error.response, target, this.#auth.redact);
      }
      throw fromTransport(error, target, this.#auth.redact);
    }
  }

  /** Sends a request and checks its JSON answer against `schema`. */
  async json<S extends z.ZodType>(
    target: Target,
    req: ApiRequest,
    schema: S,
  ): Promise<ApiAnswer<z.output<S>>> {
    const response = await this.send(target, req);
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      // The answer was cut off mid-body: for the note POST it was already stored.
      throw fromTransport(error, target, this.#auth.redact);
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw unexpectedAnswer(target, 'a body that is not JSON (is `site` the API host?)', response.status);
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      throw unexpectedAnswer(target, 'JSON that is not the documented shape', response.status);
    }
    return { data: parsed.data, response };
  }

  /**
   * Every item of a list endpoint, page after page (`page`, `pageSize`). A page with a
   * `Link: …; rel="next"` header is followed by the next; without a Link header a full page means
   * there may be more. The Link URL itself is not followed, so credentials only go to `site`.
   */
  async list<S extends z.ZodType>(
    target: Target,
    path: string,
    searchParams: Record<string, string | number>,
    item: S,
  ): Promise<z.output<S>[]> {
    const items: z.output<S>[] = [];
    const pageSize = this.#options.pageSize;
    for (let page = 1; page <= MAX_PAGES; page++) {
      const { data, response } = await this.json(
        target,
        { method: 'GET', path, searchParams: { ...searchParams, page, pageSize } },
        z.array(item),
      );
      items.push(...data);
      const link = response.headers.get('link');
      const more = link === null ? data.length === pageSize : /;\s*rel="?next"?/i.test(link);
      if (!more || data.length === 0) return items;
    }
    throw new PsaRequestError(
      `ConnectWise kept announcing more pages after ${MAX_PAGES} while listing ${path}`,
      {
        retryable: false,
        details: { operation: target.operation, reason: 'unexpected_response' },
      },
    );
  }
}

/**
 * A 404 without ConnectWise's JSON error body (`{code, message}`): the web server's own page for a
 * path it does not serve, which is what an old codebase path answers after an upgrade. A missing
 * ticket or board answers with the JSON body and is left alone.
 */
async function looksLikeMovedCodebase(response: Response): Promise<boolean> {
  if (response.status !== 404) return false;
  const text = await response
    .clone()
    .text()
    .catch(() => '');
  try {
    const body: unknown = JSON.parse(text);
    return !(typeof body === 'object' && body !== null && 'code' in body);
  } catch {
    return true;
  }
}

/**
 * Spaces as `%20`, not the `+` of URLSearchParams: ConnectWise conditions are full of spaces and
 * not every decoder reads `+` as one. Built here rather than through ky's `searchParams`, which
 * constructs the Request a second time.
 */
const queryString = (params: Record<string, string | number>): string =>
  Object.entries(params)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
    .join('&');
