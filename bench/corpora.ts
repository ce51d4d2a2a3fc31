// Every blind corpus in packages/core/test/fixtures, in the order they were written, for the
// benchmarks that measure a cost over all of them.
import { readdirSync, readFileSync } from 'node:fs';

const FIXTURES = new URL('../packages/core/test/fixtures/', import.meta.url);

/** The corpus files named `<prefix>(-N)?.json`, the first one (no number) first. */
function files(prefix: string): Array<{ ordinal: number; path: URL }> {
  return readdirSync(FIXTURES)
    .map((name) => ({ name, m: new RegExp(`^${prefix}(?:-(\\d+))?\\.json$`).exec(name) }))
    .filter((f) => f.m !== null)
    .map(({ name, m }) => ({ ordinal: Number(m?.[1] ?? 1), path: new URL(name, FIXTURES) }))
    .sort((a, b) => a.ordinal - b.ordinal);
}

/** One blind secrets corpus: every text it holds, secrets and look-alikes alike. */
export interface TextCorpus {
  ordinal: number;
  texts: readonly string[];
}

/** The blind secrets corpora (`secrets-blind*.json`). */
export function blindSecretCorpora(): TextCorpus[] {
  return files('secrets-blind').map(({ ordinal, path }) => {
    const c = JSON.parse(readFileSync(path, 'utf8')) as {
      secrets: Array<{ text: string }>;
      lookalikes: Array<{ text: string }>;
    };
    return { ordinal, texts: [...c.secrets, ...c.lookalikes].map((s) => s.text) };
  });
}

/** The blind guard corpora (`guard-blind*.json`): claims and honest sentences alike. */
export function blindGuardCorpora(): TextCorpus[] {
  return files('guard-blind').map(({ ordinal, path }) => {
    const c = JSON.parse(readFileSync(path, 'utf8')) as {
      claims: Array<{ text: string }>;
      honest: Array<{ text: string }>;
    };
    return { ordinal, texts: [...c.claims, ...c.honest].map((s) => s.text) };
  });
}

/**
 * The texts in a fixed order that visits all of a large corpus in the calls a measure makes, rather
 * than its first few hundred: a prime stride. Each side of a comparison takes its own, so both see
 * the same texts in the same order.
 */
export function strided(texts: readonly string[]): () => string {
  let k = 0;
  return () => texts[(k++ * 7_919) % texts.length] ?? '';
}
