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
  const kinds: Record<string, number> = {};
  let count = 0;
  const mask = (text: string) => {
    const result = redactSecrets(text);
    for (const [kind, n] of Object.entries(result.counts)) {
      kinds[kind] = (kinds[kind] ?? 0) + n;
      count += n;
    }
    return result.text;
  };
  const out = { ...input } as Record<string, unknown>;
  for (const key of keys) {
    const value = out[key as string];
    if (typeof value === 'string') out[key as string] = mask(value);
    else if (Array.isArray(value))
      out[key as string] = value.map((v) => (typeof v === 'string' ? mask(v) : v));
  }
  return { input: out as unknown as I, masked: count === 0 ? undefined : { count, kinds } };
}
