import type { Clock, Logger, NoteType } from '@closeout/core';
import {
  commonAdapterOptions,
  credentialSchema,
  isSecureUrl,
  type PsaRetryOptions,
  parseInput,
} from '@closeout/core/psa';
import { z } from 'zod';

/** Who may read a note, by the label of Autotask's `publish` picklist value (labels vary per tenant). */
export interface AutotaskPublishLabels {
  /** Customer-visible notes (`resolution`, `discussion`). Default `All Autotask Users`. */
  customer?: string;
  /**
   * Internal notes (`internal_analysis`), never shown to the customer. Default `Internal Project
   * Team`; a co-managed tenant may use `Internal & Co-Managed`.
   */
  internal?: string;
}

/** The tenant's request budget, as the adapter spends it; see {@link AutotaskOptions.budget}. */
export interface AutotaskBudgetOptions {
  /**
   * Requests per hour the adapter plans for (default 10,000, Autotask's limit per database). The
   * limit `ThresholdInformation` reports replaces a higher one.
   */
  requests?: number;
  /** The rolling window in milliseconds (default 3,600,000: one hour). */
  windowMs?: number;
  /**
   * The share of the budget from which calls are spaced out over what is left of the window
   * (default 0.5: Autotask itself adds latency from half its limit).
   */
  slowFrom?: number;
  /**
   * The longest a call waits for room, in milliseconds (default 30000). A longer wait fails at once
   * as a retryable `PsaRequestError` (`reason: 'rate_limited'`, `retryAfterSeconds`); nothing is sent.
   */
  maxWaitMs?: number;
  /**
   * How often the tenant's use is read from `GET /ThresholdInformation`, in milliseconds (default
   * 300000; 0 never reads it). It counts every integration's requests, which this process cannot see.
   */
  readEveryMs?: number;
}

/** Options of {@link autotask}. */
export interface AutotaskOptions {
  /** The API user's user name (an API-only resource), sent as `UserName` and used for zone lookup. */
  username: string;
  /** The API user's secret, sent as `Secret`. */
  secret: string;
  /** The integration's API tracking identifier, sent as `ApiIntegrationCode`. */
  integrationCode: string;
  /**
   * The zone's REST base, e.g. `https://webservices5.autotask.net/ATServicesRest/`. When absent it is
   * looked up once per adapter through `zoneInformation` (no credentials are sent there).
   */
  zoneUrl?: string;
  /** A resource id sent as `ImpersonationResourceId`: notes and changes are attributed to that resource. */
  impersonationResourceId?: string | number;
  /** Per-request timeout in milliseconds (default 30000). */
  timeoutMs?: number;
  /** Retry tuning for reads, queries and the status PATCH, and for a thread-limited (429) note POST. */
  retry?: PsaRetryOptions;
  /** The fetch implementation (default: the global `fetch`). */
  fetch?: typeof fetch;
  /** Publish labels for each visibility; see {@link AutotaskPublishLabels}. */
  publishLabels?: AutotaskPublishLabels;
  /**
   * The note type label per closeout note type (ids vary per tenant). Defaults: `resolution` →
   * `Task Summary`, `discussion` → `Task Detail`, `internal_analysis` → `Task Notes`.
   */
  noteTypeLabels?: Partial<Record<NoteType, string>>;
  /** The note title per closeout note type (a ticket category may require titles). */
  noteTitles?: Partial<Record<NoteType, string>>;
  /**
   * Besides the system `Complete` status (value 5), the statuses `listStatuses` reports as closed,
   * by label or id, e.g. a custom `Resolved` status.
   */
  closedStatuses?: Array<string | number>;
  /**
   * What a `resolution` note also writes to the ticket's `resolution` field (default `append`): the
   * note's text is appended (once) to the field, which Autotask shows as the ticket's resolution and
   * completion notifications quote. `off` posts the note alone.
   */
  resolutionField?: 'append' | 'off';
  /**
   * The tenant's request budget (10,000 requests an hour per database, shared by every integration):
   * read from `ThresholdInformation`, spaced out from half of it, never overspent on retries. One
   * budget per API user and zone in the process, shared by every adapter built for them.
   */
  budget?: AutotaskBudgetOptions;
  /**
   * Requests the adapter has in flight per endpoint at most (default 3, Autotask's thread limit per
   * integration since 2023.1): a further call waits for a free thread rather than being refused
   * (Itgenatr005) and retried at the cost of the tenant's budget. Shared by every adapter of the
   * integration in the process.
   */
  threadLimit?: number;
  /** Items per page of a note query, 1 to 500 (default 500, the API's cap). */
  pageSize?: number;
  /** How long picklists (statuses, note types, publish values) are reused, in ms (default 600000). */
  cacheTtlMs?: number;
  /** A pino- or console-shaped logger for request and retry lines; it never receives a credential. */
  logger?: Logger;
  /** Where the cache reads the time (default: the wall clock). */
  clock?: Clock;
}

/** Defaults of the label options; the documentation of {@link AutotaskOptions} states them. */
export const DEFAULT_NOTE_TYPE_LABELS: Record<NoteType, string> = {
  resolution: 'Task Summary',
  discussion: 'Task Detail',
  internal_analysis: 'Task Notes',
};
export const DEFAULT_NOTE_TITLES: Record<NoteType, string> = {
  resolution: 'Resolution',
  discussion: 'Update',
  internal_analysis: 'Escalation: internal analysis',
};
export const DEFAULT_PUBLISH_LABELS = { customer: 'All Autotask Users', internal: 'Internal Project Team' };

const label = z.string().trim().min(1, { error: 'must be a picklist label' }).max(100);

/** One label per closeout note type, each defaulting to `defaults`. */
const perNoteType = (defaults: Record<NoteType, string>) =>
  z
    .object({
      resolution: label.optional(),
      discussion: label.optional(),
      internal_analysis: label.optional(),
    })
    .strict()
    .default({})
    .transform((v) => ({ ...defaults, ...v }));

function parseZoneUrl(value: string, ctx: z.RefinementCtx): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    ctx.addIssue({
      code: 'custom',
      message: 'must be a URL such as https://webservices5.autotask.net/ATServicesRest/',
    });
    return z.NEVER;
  }
  if (!isSecureUrl(url) || url.username || url.password || url.search || url.hash) {
    ctx.addIssue({ code: 'custom', message: 'must be an https URL without user info, query or fragment' });
    return z.NEVER;
  }
  return url.toString();
}

const OptionsSchema = z
  .object({
    username: credentialSchema('API user name').regex(/^\S+$/, { error: 'must be the API user name' }),
    secret: credentialSchema('API user secret'),
    integrationCode: credentialSchema('API integration code (tracking identifier)').regex(/^\S+$/, {
      error: 'must be the API integration code (no spaces)',
    }),
    zoneUrl: z.string().trim().transform(parseZoneUrl).optional(),
    impersonationResourceId: z
      .union([
        z.number().int().positive(),
        z
          .string()
          .trim()
          .regex(/^[1-9][0-9]{0,9}$/),
      ])
      .transform(String)
      .optional(),
    ...commonAdapterOptions,
    publishLabels: z
      .object({
        customer: label.default(DEFAULT_PUBLISH_LABELS.customer),
        internal: label.default(DEFAULT_PUBLISH_LABELS.internal),
      })
      .strict()
      .default(DEFAULT_PUBLISH_LABELS),
    noteTypeLabels: perNoteType(DEFAULT_NOTE_TYPE_LABELS),
    noteTitles: perNoteType(DEFAULT_NOTE_TITLES),
    closedStatuses: z
      .array(z.union([z.string().trim().min(1), z.number().int()]).transform(String))
      .max(100)
      .default([]),
    resolutionField: z.enum(['append', 'off']).default('append'),
    budget: z
      .object({
        requests: z.number().int().min(1).max(1_000_000).default(10_000),
        windowMs: z.number().int().min(1).max(86_400_000).default(3_600_000),
        slowFrom: z.number().gt(0).max(1).default(0.5),
        maxWaitMs: z.number().int().min(0).max(3_600_000).default(30_000),
        readEveryMs: z.number().int().min(0).default(300_000),
      })
      .strict()
      .default({
        requests: 10_000,
        windowMs: 3_600_000,
        slowFrom: 0.5,
        maxWaitMs: 30_000,
        readEveryMs: 300_000,
      }),
    threadLimit: z.number().int().min(1).max(100).default(3),
    pageSize: z.number().int().min(1).max(500).default(500),
    cacheTtlMs: z.number().int().min(0).default(600_000),
  })
  .strict();

/** The validated options, credentials included; only `auth.ts` reads the credentials. */
export type ResolvedOptions = z.output<typeof OptionsSchema>;

/** Validates the adapter options; a bad option is `VALIDATION_FAILED` naming only the field. */
export function resolveOptions(input: AutotaskOptions): ResolvedOptions {
  return parseInput(OptionsSchema, input, 'Autotask adapter options');
}
