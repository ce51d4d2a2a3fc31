import type { Clock, Logger, NoteType } from '@closeout/core';
import {
  commonAdapterOptions,
  credentialSchema,
  isSecureUrl,
  type PsaRetryOptions,
  parseInput,
} from '@closeout/core/psa';
import { z } from 'zod';

/** The hosted limit every call is budgeted against, and how long a call may wait for room in it. */
export interface HaloRateLimitOptions {
  /** Requests per window (default 300, hosted Halo's limit). Lower it when other integrations share the tenant. */
  requests?: number;
  /** The rolling window in milliseconds (default 300000: five minutes). */
  windowMs?: number;
  /**
   * The share of `requests` from which calls are spaced evenly over what is left of the window
   * (default 1: never), so the tenant's other integrations keep some room.
   */
  slowFrom?: number;
  /**
   * The longest a call waits for room in the window, or after a 429, in milliseconds (default 30000).
   * A longer wait fails at once as a retryable `PsaRequestError` whose `details.retryAfterSeconds`
   * says when to come back.
   */
  maxWaitMs?: number;
}

/** Options of {@link halo}. */
export interface HaloOptions {
  /**
   * The Halo instance, e.g. `https://acme.halopsa.com` (the address agents open, without `/api`).
   * Plain `http://` only for a loopback host (local testing), so credentials never cross a network in clear.
   */
  url: string;
  /** The API application's Client ID (Configuration › Integrations › Halo API). */
  clientId: string;
  /** The API application's client secret. */
  clientSecret: string;
  /** The tenant of a multi-tenant or hosted-auth instance, sent as `?tenant=` on the token request. */
  tenant?: string;
  /** Space-separated scopes asked for (default `all`); e.g. `read:tickets edit:tickets`. */
  scope?: string;
  /**
   * `true`: find the authorisation server through `GET {url}/api/authinfo` (its `auth_url`, and its
   * `tenant_id` when `tenant` is absent) instead of `{url}/auth/token`. Needed where Halo's auth
   * lives on another host.
   */
  discoverAuth?: boolean;
  /**
   * The outcome every note is added with, unless `outcomes` names one for its kind: its id (`7`,
   * `'7'`) or its label as Halo lists it (`'Private Note'`).
   */
  outcomeId?: number | string;
  /**
   * The outcome (action type) per note kind, overriding `outcomeId`: an id, or a label looked up
   * (case-insensitively) among the outcomes the API agent may run (`GET /api/Outcome`), so ids need
   * not be dug out of Configuration › Tickets › Actions. A kind with neither is refused before any
   * request; a label no usable outcome has (or more than one has) is `VALIDATION_FAILED` naming the
   * option and the labels there are, before anything is posted.
   */
  outcomes?: Partial<Record<NoteType, number | string>>;
  /**
   * Status ids `listStatuses` reports as closed (Halo's statuses carry no closed flag). Without them,
   * only the ticket's current status can be known closed, from its `hasbeenclosed`.
   */
  closedStatusIds?: Array<number | string>;
  /**
   * `sendemail` on a customer-visible note that does not say (default `false`); internal notes never
   * send email. closeout's writeback always says: the account setting `notifyContact` wins.
   */
  sendEmail?: boolean;
  /** Per-request timeout in milliseconds (default 30000). */
  timeoutMs?: number;
  /** How reads and status changes are retried on 5xx and connection failures. */
  retry?: PsaRetryOptions;
  /** The rolling-window budget; see {@link HaloRateLimitOptions}. */
  rateLimit?: HaloRateLimitOptions;
  /** How long the outcome list and a ticket's status list are reused, in ms (default 300000; 0 turns it off). */
  cacheTtlMs?: number;
  /** The fetch implementation (default: the global `fetch`). */
  fetch?: typeof fetch;
  /** A pino- or console-shaped logger for request and retry lines; it never receives a credential. */
  logger?: Logger;
  /** Where the token expiry, the caches and the rate window read the time (default: the wall clock). */
  clock?: Clock;
}

function parseUrl(value: string, ctx: z.RefinementCtx): string {
  const text = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `https://${value}`;
  const url = URL.canParse(text) ? new URL(text) : undefined;
  const problem =
    url === undefined
      ? 'must be the Halo address, e.g. https://acme.halopsa.com'
      : !isSecureUrl(url)
        ? 'must use https (plain http only for a loopback host)'
        : url.username || url.password || url.search || url.hash
          ? 'must be an address without user info, query or fragment'
          : undefined;
  if (url === undefined || problem !== undefined) {
    ctx.addIssue({ code: 'custom', message: problem ?? '' });
    return z.NEVER;
  }
  // `https://acme.halopsa.com/api` is a common paste: the resource base is added here, once.
  return `${url.origin}${url.pathname.replace(/\/+$/, '').replace(/\/api$/i, '')}`;
}

const ID = { error: 'must be a Halo id (a positive whole number)' };
const haloId = z
  .union([
    z.number(),
    z
      .string()
      .trim()
      .regex(/^\d{1,10}$/, ID)
      .transform(Number),
  ])
  .pipe(z.number().int(ID).min(1, ID).max(2_147_483_647, ID));

/** An outcome by id (a number or a numeric string) or by its label. */
const outcomeRef = z.union([
  haloId,
  z
    .string()
    .trim()
    .min(1, { error: 'must be an outcome id or label' })
    .max(200)
    .refine((v) => !/^\d+$/.test(v))
    .transform((label) => ({ label })),
]);

const OptionsSchema = z
  .object({
    url: z.string({ error: 'must be the Halo address' }).trim().min(1).transform(parseUrl),
    clientId: credentialSchema('Client ID').regex(/^\S+$/, { error: 'must be the Client ID (no spaces)' }),
    clientSecret: credentialSchema('client secret', 500),
    tenant: z
      .string()
      .trim()
      .regex(/^[\w.-]{1,100}$/, { error: 'must be the tenant name' })
      .optional(),
    scope: z
      .string()
      .trim()
      .regex(/^[\w:.-]+( [\w:.-]+)*$/, { error: 'must be space-separated scope names, e.g. "all"' })
      .default('all'),
    discoverAuth: z.boolean().default(false),
    outcomeId: outcomeRef.optional(),
    outcomes: z
      .object({
        resolution: outcomeRef.optional(),
        internal_analysis: outcomeRef.optional(),
        discussion: outcomeRef.optional(),
      })
      .strict()
      .default({}),
    closedStatusIds: z.array(haloId).default([]),
    sendEmail: z.boolean().default(false),
    rateLimit: z
      .object({
        requests: z.number().int().min(1).max(100_000).default(300),
        windowMs: z.number().int().min(1).max(3_600_000).default(300_000),
        slowFrom: z.number().gt(0).max(1).default(1),
        maxWaitMs: z.number().int().min(0).max(3_600_000).default(30_000),
      })
      .strict()
      .default({ requests: 300, windowMs: 300_000, slowFrom: 1, maxWaitMs: 30_000 }),
    cacheTtlMs: z.number().int().min(0).default(300_000),
    ...commonAdapterOptions,
  })
  .strict();

/** The validated options, credentials included; only `token.ts` reads the credentials. */
export type ResolvedOptions = z.output<typeof OptionsSchema>;

/** Validates the adapter options; a bad option is `VALIDATION_FAILED` naming only the field. */
export function resolveOptions(input: HaloOptions): ResolvedOptions {
  return parseInput(OptionsSchema, input, 'HaloPSA adapter options');
}
