/**
 * Where the REST API of an instance lives: `https://{site}/{codebase}apis/3.0/`. The codebase
 * (`v4_6_release/`, `v2025_1/`…) is configured or looked up once per adapter from the public
 * `GET https://{site}/login/companyinfo/{companyId}`.
 *
 * @module
 */
import { PsaRequestError } from '@closeout/core';
import { isHTTPError, type KyInstance, type RetryOptions } from 'ky';
import { fromResponse, fromTransport, type Target } from './errors.js';
import type { ResolvedOptions } from './options.js';
import { CompanyInfoWire } from './wire.js';

export interface Codebase {
  /** The API base URL, ending with `/apis/3.0/`. */
  apiBase(): Promise<string>;
  /**
   * Looks the codebase up again after `stale` answered as if the API had moved (a cloud upgrade
   * moves it to a new release path). Returns the new base, or `undefined` when the codebase was
   * configured or the lookup names the same one: then the 404 was not about the codebase.
   * Concurrent callers share one lookup.
   */
  rediscover(stale: string): Promise<string | undefined>;
}

const TARGET: Target = { operation: 'discoverCodebase', method: 'GET' };

function configurationError(origin: string, problem: string): PsaRequestError {
  return new PsaRequestError(
    `ConnectWise codebase discovery failed: ${problem}. Set \`site\` to the API host ` +
      '(api-na.myconnectwise.net, api-eu.…, api-au.… or your on-premises host), check `companyId`, ' +
      'or pass `codebase` (e.g. "v4_6_release/") to skip the lookup',
    { retryable: false, details: { operation: 'discoverCodebase', reason: 'configuration', site: origin } },
  );
}

export function discoverCodebase(args: {
  ky: KyInstance;
  options: ResolvedOptions;
  retry: RetryOptions;
  redact: (text: string) => string;
}): Codebase {
  const { ky, options, retry, redact } = args;
  const origin = options.site;
  const baseFor = (codebase: string) => `${origin}/${codebase}apis/3.0/`;
  if (options.codebase !== undefined) {
    const base = baseFor(options.codebase);
    return { apiBase: async () => base, rediscover: async () => undefined };
  }

  async function lookUp(): Promise<string> {
    let response: Response;
    try {
      // Public endpoint: no credentials are sent to it.
      response = await ky.get(`${origin}/login/companyinfo/${encodeURIComponent(options.companyId)}`, {
        headers: { Accept: 'application/json' },
        retry,
        context: { operation: TARGET.operation },
      });
    } catch (error) {
      if (isHTTPError(error)) {
        if (error.response.status === 404) {
          throw configurationError(origin, `${origin} does not know the company in \`companyId\` (404)`);
        }
        throw await fromResponse(error.response, TARGET, redact);
      }
      throw fromTransport(error, TARGET, redact);
    }
    const text = await response.text().catch(() => '');
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw configurationError(origin, `${origin} answered company info with a page that is not JSON`);
    }
    if (body === null || (typeof body === 'object' && !('Codebase' in body))) {
      throw configurationError(origin, `${origin} does not know the company in \`companyId\``);
    }
    const info = CompanyInfoWire.safeParse(body);
    if (!info.success) {
      throw configurationError(origin, `${origin} answered company info without a usable Codebase`);
    }
    return baseFor(`${info.data.Codebase.replace(/^\/|\/$/g, '')}/`);
  }

  let pending: Promise<string> | undefined;
  const apiBase = () => {
    // Once per adapter; a failed lookup is forgotten so the next call tries again.
    pending ??= lookUp().catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
  return {
    apiBase,
    async rediscover(stale) {
      // Only the first caller to see the stale base starts a new lookup; the others wait for it.
      if ((await pending?.catch(() => undefined)) === stale) pending = undefined;
      const fresh = await apiBase();
      return fresh === stale ? undefined : fresh;
    },
  };
}
