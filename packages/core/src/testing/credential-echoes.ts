import { credentialForms } from '../psa/scrub.js';

// The shapes in which a PSA has been seen to echo a credential back in an error body, and a check
// that none of them survived into what an adapter lets out (errors, log lines, events, spans).

/** The shortest cut-off echo a reader would recognise; what an adapter lets out has none this long. */
export const FRAGMENT_LENGTH = 8;

/** One echo of a credential: how it was shaped, and the message the PSA answers with. */
export interface CredentialEcho {
  shape: string;
  message: string;
}

/**
 * Error messages that echo `credential` in every shape seen from PSAs: verbatim, cut off after a
 * few characters (`'YWR2Y28rQWR2UH…'`), URL-encoded, base64 alone and inside a Basic token of
 * `user:credential`, hex in either case, and glued inside a longer word.
 */
export function credentialEchoes(credential: string): CredentialEcho[] {
  const b64 = Buffer.from(credential).toString('base64');
  const basic = Buffer.from(`someone:${credential}`).toString('base64');
  const hex = Buffer.from(credential).toString('hex');
  const cut = (value: string, length: number) => `${value.slice(0, length)}…`;
  return [
    { shape: 'verbatim', message: `Invalid credential '${credential}'` },
    { shape: 'cut off', message: `Invalid credential '${cut(credential, 12)}'` },
    { shape: 'cut off at the shortest', message: `secret '${cut(credential, FRAGMENT_LENGTH)}' rejected` },
    { shape: 'URL-encoded', message: `GET /x?key=${encodeURIComponent(credential)}&y=1 failed` },
    { shape: 'base64', message: `token ${b64} refused` },
    { shape: 'base64 cut off', message: `token '${cut(b64, 14)}' refused` },
    { shape: 'inside a Basic token', message: `Authorization: Basic ${basic} is not valid` },
    { shape: 'hex', message: `raw header bytes ${hex}` },
    { shape: 'HEX', message: `RAW ${hex.toUpperCase()}` },
    { shape: 'inside a longer word', message: `keyword${credential}suffix unknown` },
    { shape: 'JSON-quoted', message: JSON.stringify({ echoed: credential }) },
  ];
}

/**
 * Every credential fragment found in `texts`: any form of a credential (verbatim, URL-encoded,
 * base64 at any alignment, hex) whose first {@link FRAGMENT_LENGTH} characters appear. Shorter
 * credentials count only whole. An empty list means nothing recognisable got out.
 */
export function credentialFragments(texts: readonly string[], credentials: readonly string[]): string[] {
  const found = new Set<string>();
  for (const credential of credentials) {
    for (const form of credentialForms(credential)) {
      const probe = form.slice(0, FRAGMENT_LENGTH);
      if (probe.length < FRAGMENT_LENGTH && probe !== credential) continue;
      if (texts.some((t) => t.includes(probe))) found.add(probe);
    }
  }
  return [...found];
}

/** Every string reachable from `value`: own properties (enumerable or not), causes, arrays, stacks. */
export function reachableStrings(value: unknown, seen = new Set<unknown>()): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value !== 'object' || value === null || seen.has(value)) return [];
  seen.add(value);
  const out: string[] = [];
  if (value instanceof Error) out.push(value.message, value.stack ?? '', String(value));
  for (const key of Reflect.ownKeys(value)) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor !== undefined && 'value' in descriptor)
      out.push(...reachableStrings(descriptor.value, seen));
    if (typeof key === 'string') out.push(key);
  }
  return out;
}

/** A finished span as a collector exports it: the parts that carry text. */
export interface SpanRecord {
  readonly name: string;
  readonly attributes: unknown;
  readonly status: unknown;
  readonly events: unknown;
}

/** Everything a run left where a person or a collector could read it. */
export interface RunSurfaces {
  /** The errors the host caught. */
  readonly errors: readonly unknown[];
  /** The sessions' history, as `sessions.history()` returns it. */
  readonly history: unknown;
  /** The finished spans (an OpenTelemetry in-memory exporter's `getFinishedSpans()`). */
  readonly spans: readonly SpanRecord[];
  /** What the adapter's logger received. */
  readonly logs: unknown;
}

/**
 * Every credential fragment a run left in its errors, history, spans or logs
 * ({@link credentialFragments} over every string reachable from them). An empty list means none
 * of them holds a recognisable piece of a credential.
 */
export function leakedFragments(surfaces: RunSurfaces, credentials: readonly string[]): string[] {
  // Spans are read by the fields an exporter sends: the objects themselves hold circular links.
  const spans = surfaces.spans.map(({ name, attributes, status, events }) => ({
    name,
    attributes,
    status,
    events,
  }));
  const texts = [
    ...reachableStrings(surfaces.errors),
    JSON.stringify(surfaces.history),
    JSON.stringify(spans),
    ...reachableStrings(surfaces.logs),
    JSON.stringify(surfaces.logs),
  ];
  return credentialFragments(texts, credentials);
}
