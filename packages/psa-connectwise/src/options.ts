import type { Clock, Logger } from '@closeout/core';
import {
  commonAdapterOptions,
  credentialSchema as credential,
  isSecureUrl,
  type PsaRetryOptions,
  parseInput,
} from '@closeout/core/psa';
import { z } from 'zod';

/** How GET and PATCH calls are retried, and how long a rate-limited call may wait. */
export type ConnectWiseRetryOptions = PsaRetryOptions;

/** Options of {@link connectwise}. */
export interface ConnectWiseOptions {
  /**
   * The ConnectWise API host, e.g. `api-na.myconnectwise.net` for a cloud instance or the
   * on-premises host name. An origin (`https://cw.example.com`) is accepted too; plain `http://`
   * only for a loopback host (local testing), so credentials never cross a network in clear.
   */
  site: string;
  /** The company id you log in with (the first field of the ConnectWise login screen). */
  companyId: string;
  /** The API member's public key. */
  publicKey: string;
  /** The API member's private key. */
  privateKey: string;
  /** The integration's clientId from the ConnectWise developer portal, sent on every request. */
  clientId: string;
  /**
   * The instance's codebase, e.g. `v4_6_release/`. When absent it is discovered once per adapter
   * through `GET https://{site}/login/companyinfo/{companyId}`.
   */
  codebase?: string;
  /** The API version sent in `Accept` (default `2025.8`). */
  apiVersion?: string;
  /** Per-request timeout in milliseconds (default 30000). */
  timeoutMs?: number;
  /** Retry tuning; see {@link ConnectWiseRetryOptions}. */
  retry?: ConnectWiseRetryOptions;
  /** The fetch implementation (default: the global `fetch`). */
  fetch?: typeof fetch;
  /**
   * `processNotifications` on a posted note that does not say (default `false`). `true` lets the
   * board's notification rules email the contact and resources about the note. closeout's writeback
   * always says: it sends the account setting `notifyContact`, which wins over this option.
   */
  processNotifications?: boolean;
  /** Items per page when listing notes and board statuses, 1 to 1000 (default 1000, the API's cap). */
  pageSize?: number;
  /**
   * How long, in milliseconds, a board's status list and a ticket's board id are reused by
   * `listStatuses` (default 60000; `0` turns the cache off). `getTicket` is never cached.
   */
  cacheTtlMs?: number;
  /** A pino- or console-shaped logger for request and retry lines; it never receives a credential. */
  logger?: Logger;
  /** Where the cache reads the time (default: the wall clock). */
  clock?: Clock;
}

/** Accepts `host[:port]` or an origin; returns the origin requests go to. */
function parseSite(site: string, ctx: z.RefinementCtx): string {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(site) ? site : `https://${site}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    ctx.addIssue({ code: 'custom', message: 'must be a host name such as api-na.myconnectwise.net' });
    return z.NEVER;
  }
  if (!isSecureUrl(url)) {
    ctx.addIssue({ code: 'custom', message: 'must use https (plain http only for a loopback host)' });
    return z.NEVER;
  }
  if (
    url.username ||
    url.password ||
    url.search ||
    url.hash ||
    (url.pathname !== '/' && url.pathname !== '')
  ) {
    ctx.addIssue({ code: 'custom', message: 'must be a host name only, without a path, query or user info' });
    return z.NEVER;
  }
  return url.origin;
}

const OptionsSchema = z
  .object({
    site: z
      .string({ error: 'must be a host name' })
      .trim()
      .min(1, { error: 'must be a host name' })
      .transform(parseSite),
    companyId: credential('company id').regex(/^[^:+\s]+$/, {
      error: 'must be the company id (no spaces, ":" or "+")',
    }),
    publicKey: credential('public key').regex(/^[^:\s]+$/, {
      error: 'must be the public key (no spaces or ":")',
    }),
    privateKey: credential('private key'),
    clientId: credential('clientId').regex(/^\S+$/, { error: 'must be the clientId (no spaces)' }),
    codebase: z
      .string()
      .trim()
      .regex(/^\/?[A-Za-z0-9_.-]+\/?$/, { error: 'must look like v4_6_release/' })
      .transform((c) => `${c.replace(/^\/|\/$/g, '')}/`)
      .optional(),
    apiVersion: z
      .string()
      .regex(/^\d{4}\.\d{1,2}$/, { error: 'must look like 2025.8' })
      .default('2025.8'),
    ...commonAdapterOptions,
    processNotifications: z.boolean().default(false),
    pageSize: z.number().int().min(1).max(1000).default(1000),
    cacheTtlMs: z.number().int().min(0).default(60_000),
  })
  .strict();

/** The validated options, credentials included; only `auth.ts` reads the credentials. */
export type ResolvedOptions = z.output<typeof OptionsSchema>;

/** Validates the adapter options; a bad option is a `VALIDATION_FAILED` error naming only the field. */
export function resolveOptions(input: ConnectWiseOptions): ResolvedOptions {
  return parseInput(OptionsSchema, input, 'ConnectWise adapter options');
}
