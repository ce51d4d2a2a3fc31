import { redactSecrets } from '../redaction/redact.js';

// Masking at rest: with `secrets: 'mask'` (the default), the texts of a change are masked before
// the change reaches storage, so a secret a technician pasted is never stored, read back by `get`,
// or copied into a backup. It happens here, on the validated input, rather than in storage: every
// storage adapter then holds masked text without having to know about redaction.

/** What `createCloseout({ secrets })` does with secrets in session texts. */
export type SecretsMode = 'mask' | 'keep';

/** How many values one change had masked before it was stored, per kind. Never the values. */
export interface SecretsMasked {
  /** Values masked in total. */
  readonly count: number;
  /** Values masked per kind (`credential`, `aws-access-key-id`, …). */
  readonly kinds: Readonly<Record<string, number>>;
}

/** The text fields of each mutation's input that may hold a pasted secret. */
export type TextKeys<I> = { [K in keyof I]: I[K] extends string | string[] | undefined ? K : never }[keyof I];

/** What one change had masked so far. */
interface Tally {
  count: number;
  kinds: Record<string, number>;
}

/** `text` with its secrets masked, counted into `tally`. */
function mask(text: string, tally: Tally): string {
  const result = redactSecrets(text);
  for (const kind in result.counts) {
    const n = result.counts[kind] ?? 0;
    tally.kinds[kind] = (tally.kinds[kind] ?? 0) + n;
    tally.count += n;
  }
  return result.text;
}

/**
 * Masks `keys` of `input` (strings or string arrays) when `mode` is `'mask'`. Returns the input to
 * store and what was masked (`undefined` when nothing was).
 */
export function maskInput<I extends object>(
  mode: SecretsMode,
  input: I,
  keys: ReadonlyArray<TextKeys<I>>,
): { input: I; masked: SecretsMasked | undefined } {
  if (mode === 'keep') return { input, masked: undefined };
  const tally: Tally = { count: 0, kinds: {} };
  const out = { ...input } as Record<string, unknown>;
  for (const key of keys) {
    const value = out[key as string];
    if (typeof value === 'string') out[key as string] = mask(value, tally);
    else if (Array.isArray(value))
      out[key as string] = value.map((v) => (typeof v === 'string' ? mask(v, tally) : v));
  }
  const { count, kinds } = tally;
  return { input: out as unknown as I, masked: count === 0 ? undefined : { count, kinds } };
}
