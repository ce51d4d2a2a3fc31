/**
 * Where the tenant's REST API lives: `{zone url}V1.0/`. The zone is configured (`zoneUrl`) or
 * looked up once per adapter from the public `zoneInformation` endpoint, which takes the API user
 * name and no credentials and is not thread-limited.
 *
 * @module
 */
import { PsaRequestError } from '@closeout/core';
import { type HttpRetryPolicy, isSecureUrl } from '@closeout/core/psa';
import { isHTTPError, type KyInstance } from 'ky';
import type { Auth } from './auth.js';
import { fromResponse, fromTransport, type Target } from './errors.js';
import { ZoneWire } from './wire.js';

/** Autotask's zone lookup; the same for every tenant. */
export const ZONE_LOOKUP_URL = 'https://webservices2.autotask.net/atservicesrest/v1.0/zoneInformation';

const TARGET: Target = { operation: 'discoverZone', method: 'GET' };

/** `https://webservices5.autotask.net/ATServicesRest/` → `https://webservices5.autotask.net/ATServicesRest/V1.0/`. */
export function apiBaseOf(zoneUrl: string): string {
  const url = new URL(zoneUrl);
  // Some zones answer with a doubled slash (`…net//ATServicesRest`); the version is appended here.
  let path = url.pathname.replace(/\/{2,}/g, '/');
  if (!path.endsWith('/')) path += '/';
  if (!/\/v1\.0\/$/i.test(path)) path += 'V1.0/';
  return `${url.origin}${path}`;
}

function configurationError(problem: string): PsaRequestError {
  return new PsaRequestError(
    `Autotask zone lookup failed: ${problem}. Check \`username\` (the API user's user name), or pass ` +
      '`zoneUrl` (e.g. "https://webservices5.autotask.net/ATServicesRest/") to skip the lookup',
    { retryable: false, details: { operation: 'discoverZone', reason: 'configuration' } },
  );
}

export interface Zone {
  /** The API base URL, ending with `/V1.0/`. */
  apiBase(): Promise<string>;
}

export function discoverZone(args: {
  ky: KyInstance;
  zoneUrl: string | undefined;
  auth: Auth;
  retry: HttpRetryPolicy;
}): Zone {
  const { ky, auth, retry } = args;
  if (args.zoneUrl !== undefined) {
    const base = apiBaseOf(args.zoneUrl);
    return { apiBase: async () => base };
  }

  async function lookUp(): Promise<string> {
    let response: Response;
    try {
      response = await ky.get(`${ZONE_LOOKUP_URL}?user=${encodeURIComponent(auth.username)}`, {
        headers: { Accept: 'application/json' },
        retry,
        context: { operation: TARGET.operation },
      });
    } catch (error) {
      if (isHTTPError(error)) throw await fromResponse(error.response, TARGET, auth.redact);
      throw fromTransport(error, TARGET, auth.redact);
    }
    const parsed = ZoneWire.safeParse(await response.json().catch(() => undefined));
    if (!parsed.success) throw configurationError('the answer names no zone URL (is the user name right?)');
    let url: URL;
    try {
      url = new URL(parsed.data.url);
    } catch {
      throw configurationError('the zone URL in the answer is not a URL');
    }
    if (!isSecureUrl(url)) throw configurationError('the zone URL in the answer is not https');
    return apiBaseOf(url.toString());
  }

  let pending: Promise<string> | undefined;
  return {
    apiBase() {
      // Once per adapter; a failed lookup is forgotten so the next call tries again.
      pending ??= lookUp().catch((error: unknown) => {
        pending = undefined;
        throw error;
      });
      return pending;
    },
  };
}
