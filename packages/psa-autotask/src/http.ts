/**
 * The HTTP layer: ky with Autotask's headers, the toolkit's retry policies and error mapping,
 * response checking, and the zone's base URL. Everything above it deals in parsed values and
 * `PsaRequestError`s.
 *
 * @module
 */
import {
  type AdapterLog,
  adapterLog,
  createRetry,
  type HttpRetryPolicy,
  idempotentRetry,
  readAnswer,
  retryLogHook,
} from '@closeout/core/psa';
import ky, { isHTTPError, type KyInstance } from 'ky';
import type { z } from 'zod';
import type { Auth } from './auth.js';
import { callOf, fromResponse, fromTransport, type Target, unexpectedAnswer } from './errors.js';
import type { ResolvedOptions } from './options.js';
import { discoverZone, type Zone } from './zone.js';

/** One API call: `path` relative to `…/V1.0/`, or `url`, an absolute `nextPageUrl` on the zone. */
export type ApiRequest =
  | {
      method: 'GET' | 'POST' | 'PATCH';
      path: string;
      json?: unknown;
      /** A resource id to write as (`ImpersonationResourceId`), over the adapter's own. */
      impersonate?: number;
    }
  | { method: 'GET'; url: string };

export class AutotaskHttp {
  readonly #ky: KyInstance;
  readonly #auth: Auth;
  readonly #log: AdapterLog;
  readonly #read: HttpRetryPolicy;
  readonly #query: HttpRetryPolicy;
  readonly #create: HttpRetryPolicy;
  readonly #zone: Zone;
  #base: string | undefined;

  constructor(options: ResolvedOptions, auth: Auth) {
    this.#auth = auth;
    this.#log = adapterLog(options.logger, 'autotask');
    this.#read = idempotentRetry(options.retry);
    // A query is a POST that only reads: repeating it is as safe as a GET.
    this.#query = idempotentRetry(options.retry, ['post']);
    this.#create = createRetry(options.retry);
    this.#ky = ky.create({
      timeout: options.timeoutMs,
      ...(options.fetch ? { fetch: options.fetch } : {}),
      hooks: {
        beforeRetry: [retryLogHook(this.#log, 'autotask: retrying')],
      },
    });
    this.#zone = discoverZone({ ky: this.#ky, zoneUrl: options.zoneUrl, auth, retry: this.#read });
  }

  async #url(target: Target, req: ApiRequest): Promise<string> {
    this.#base ??= await this.#zone.apiBase();
    if (!('url' in req)) return `${this.#base}${req.path}`;
    // A nextPageUrl is followed verbatim, but only on the zone: the credentials go nowhere else.
    if (!req.url.startsWith(this.#base)) {
      throw unexpectedAnswer(target, 'a nextPageUrl outside the API zone', 200);
    }
    return req.url;
  }

  /** Sends one request and returns the response; every failure is a `PsaRequestError`. */
  async send(target: Target, req: ApiRequest): Promise<Response> {
    const url = await this.#url(target, req);
    const json = 'json' in req ? req.json : undefined;
    const retry = req.method !== 'POST' ? this.#read : target.query === true ? this.#query : this.#create;
    try {
      const response = await this.#ky(url, {
        method: req.method,
        headers: {
          ...this.#auth.apiHeaders(),
          ...('impersonate' in req && req.impersonate !== undefined
            ? { ImpersonationResourceId: String(req.impersonate) }
            : {}),
          Accept: 'application/json',
          ...(json === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        ...(json === undefined ? {} : { json }),
        retry,
        context: { operation: target.operation },
      });
      this.#log('debug', 'autotask: request', {
        operation: target.operation,
        method: req.method,
        status: response.status,
      });
      return response;
    } catch (error) {
      if (isHTTPError(error)) {
        this.#log('debug', 'autotask: request failed', {
          operation: target.operation,
          method: req.method,
          status: error.response.status,
        });
        throw await fromResponse(error.response, target, this.#auth.redact);
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
