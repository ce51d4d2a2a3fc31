/**
 * The OAuth2 client-credentials token: requested from `{url}/auth/token` (or the `auth_url` of
 * `GET /api/authinfo` when `discoverAuth` is set), kept until shortly before it expires, shared by
 * concurrent calls, and dropped when Halo rejects it so the next call gets a fresh one. This module
 * and its closure are the only holders of the client secret.
 *
 * @module
 */
import { PsaRequestError } from '@closeout/core';
import {
  type CredentialScrubber,
  credentialScrubber,
  idempotentRetry,
  isSecureUrl,
  outsideText,
  readErrorBody,
  responseError,
  transportError,
  unexpectedAnswer,
} from '@closeout/core/psa';
import { isHTTPError, type KyInstance } from 'ky';
import { z } from 'zod';
import { haloCall, VENDOR } from './ids.js';
import type { ResolvedOptions } from './options.js';
import { AuthInfoWire, TokenWire } from './wire.js';

const TOKEN_CALL = haloCall('token', 'requesting an access token', undefined, 'POST');
const DISCOVERY_CALL = haloCall('discoverAuth', 'looking up the authorisation server (/api/authinfo)');
const OAuthError = z.object({ error: z.string(), error_description: z.string().nullish() });

/** The token source of one adapter; see the module comment. */
export type TokenClient = ReturnType<typeof tokenClient>;

export function tokenClient(o: ResolvedOptions, ky: KyInstance) {
  const issued: string[] = [];
  let scrub = credentialScrubber([o.clientId, o.clientSecret]);
  let cached: { token: string; refreshAt: number } | undefined;
  let pending: Promise<string> | undefined;
  const retry = idempotentRetry(o.retry, ['get', 'post']);
  const now = () => o.clock.now().getTime();
  const safe: CredentialScrubber = (text) => scrub(text);

  async function endpoint(): Promise<{ url: string; tenant: string | undefined }> {
    if (!o.discoverAuth) return { url: `${o.url}/auth/token`, tenant: o.tenant };
    const info = await ky
      .get(`${o.url}/api/authinfo`, { retry })
      .json()
      .then(
        (body) => AuthInfoWire.safeParse(body).data,
        (error: unknown) => {
          if (isHTTPError(error)) throw responseError(error.response, DISCOVERY_CALL);
          if (error instanceof SyntaxError)
            throw unexpectedAnswer(DISCOVERY_CALL, 'a body that is not JSON', 200);
          throw transportError(error, DISCOVERY_CALL, safe);
        },
      );
    if (info === undefined) throw unexpectedAnswer(DISCOVERY_CALL, 'no usable auth_url', 200);
    if (!isSecureUrl(new URL(info.auth_url))) {
      throw new PsaRequestError(
        `${VENDOR} named an authorisation server without https; nothing was sent to it`,
        {
          retryable: false,
          details: { operation: 'discoverAuth', reason: 'configuration' },
        },
      );
    }
    return {
      url: `${info.auth_url.replace(/\/+$/, '')}/token`,
      tenant: o.tenant ?? info.tenant_id ?? undefined,
    };
  }

  async function refused(response: Response): Promise<PsaRequestError> {
    const body = await readErrorBody(response, OAuthError);
    const code = outsideText(body?.error, safe);
    const hint =
      code === 'invalid_client'
        ? 'check clientId and clientSecret (Configuration › Integrations › Halo API › the application)'
        : code === 'invalid_scope'
          ? `the application is not granted the scope "${o.scope}": set \`scope\` or widen its permissions`
          : 'check the application, the tenant and `url`';
    return responseError(response, TOKEN_CALL, {
      message: `${VENDOR} refused the token request (${response.status}${code ? ` ${code}` : ''}): ${hint}`,
      retryable: response.status >= 500 || response.status === 429,
      details: { oauthError: code, oauthDescription: outsideText(body?.error_description, safe) },
    });
  }

  let located: Promise<{ url: string; tenant: string | undefined }> | undefined;
  async function request(): Promise<string> {
    // Discovered once; a failed lookup is forgotten so the next call tries again.
    located ??= endpoint().catch((error: unknown) => {
      located = undefined;
      throw error;
    });
    const target = await located;
    const query = target.tenant === undefined ? '' : `?tenant=${encodeURIComponent(target.tenant)}`;
    const form = new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: o.clientId,
      client_secret: o.clientSecret,
      scope: o.scope,
    });
    const parsed = await ky
      .post(`${target.url}${query}`, { body: form, retry })
      .json()
      .then(
        (body) => TokenWire.safeParse(body),
        async (error: unknown) => {
          if (isHTTPError(error)) throw await refused(error.response);
          if (error instanceof SyntaxError)
            throw unexpectedAnswer(TOKEN_CALL, 'a body that is not JSON', 200);
          throw transportError(error, TOKEN_CALL, safe);
        },
      );
    if (!parsed.success) throw unexpectedAnswer(TOKEN_CALL, 'no access_token', 200);
    const { access_token: token, expires_in: lifetime } = parsed.data;
    issued.push(token);
    if (issued.length > 3) issued.shift();
    scrub = credentialScrubber([o.clientId, o.clientSecret, ...issued]);
    // Renewed a little early (a tenth of its life, at most a minute), so a call never leaves with a
    // token that expires on the way.
    const lifeMs = (lifetime ?? 3600) * 1000;
    cached = { token, refreshAt: now() + lifeMs - Math.min(60_000, lifeMs / 10) };
    return token;
  }

  return {
    /** A live access token, requested when none is cached or the cached one is about to expire. */
    token(): Promise<string> {
      if (cached !== undefined && now() < cached.refreshAt) return Promise.resolve(cached.token);
      pending ??= request().finally(() => {
        pending = undefined;
      });
      return pending;
    },
    /** Forgets `token` if it is the cached one (Halo answered 401 to it). */
    reject(token: string): void {
      if (cached?.token === token) cached = undefined;
    },
    /** Replaces the client id, the secret and every token issued in a text that came from outside. */
    scrub: safe,
  };
}
