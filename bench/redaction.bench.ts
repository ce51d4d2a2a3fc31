import { redactSecrets } from '@closeout/core';
import { LOOK_ALIKES, SECRETS } from '../packages/core/test/fixtures/secrets-corpus.js';
import { FIELD_LOOK_ALIKES, FIELD_SECRETS } from '../packages/core/test/fixtures/secrets-corpus-field.js';
import { FRESH_LOOK_ALIKES, FRESH_SECRETS } from '../packages/core/test/fixtures/secrets-fresh.js';
import { largeSession, printerSession } from '../packages/core/test/fixtures/sessions.js';
import { redactV1 } from './baseline/redaction-v1.js';
import { blindSecretCorpora, strided } from './corpora.js';
import { type BenchRow, type BenchSuite, compare } from './harness.js';

// What redaction costs per text now (four layers: provider formats and hashes, command lines and
// structured carriers, credential words in 39 languages, entropy) against the v1 rules
// (bench/baseline/redaction-v1.ts) run on the same texts in the same run. Redaction is synchronous
// and runs on every text of a bundle and, with secrets: 'mask', on every text a mutation stores, so
// its cost per text is what matters. Texts without a credential word skip the keyword and entropy
// layers on a cheap stem test; texts with one pay for the word lists, which is what the higher
// target for them allows.

const ascii = [...LOOK_ALIKES, ...SECRETS.map((s) => s.text)];
const field = [...FIELD_LOOK_ALIKES, ...FIELD_SECRETS.map((s) => s.text)];
const note = `${ascii.slice(0, 12).join('. ')}.`;
// What most session texts are: troubleshooting prose with no credential in it.
const everyday = [printerSession('failed'), largeSession(20, 3, 300, 3)].flatMap((s) => [
  s.problem,
  ...s.findings.map((f) => f.text),
  ...s.fixes.flatMap((f) => [f.title, ...f.steps, f.failureReason ?? '']),
]);

async function perText(name: string, texts: readonly string[], limit = 20): Promise<BenchRow> {
  // Each side has its own cursor, so both see the same texts in the same order.
  const subjectText = strided(texts);
  const baselineText = strided(texts);
  const r = await compare(
    () => redactSecrets(subjectText()),
    () => redactV1(baselineText()),
    { rounds: 5, iterations: 400 },
  );
  return {
    figure: `redactSecrets per text: ${name}`,
    baseline: 'v1 rules on the same texts',
    value: r.subject,
    baselineValue: r.baseline,
    unit: 'µs',
    ratio: r.ratio,
    target: `≤ ${limit}`,
    met: r.ratio <= limit,
  };
}

/**
 * One row per redaction corpus, measured one after the other: the fresh one written by class, then
 * every blind one in the order they were written, and all the blind ones together.
 */
async function corpusRows(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const fresh = [...FRESH_SECRETS.map((s) => s.text), ...FRESH_LOOK_ALIKES.map((l) => l.text)];
  rows.push(await perText(`fresh corpus (${fresh.length} texts)`, fresh));
  const blind = blindSecretCorpora();
  for (const c of blind)
    rows.push(await perText(`blind corpus ${c.ordinal} (${c.texts.length} texts)`, c.texts));
  const all = blind.flatMap((c) => c.texts);
  rows.push(await perText(`all ${blind.length} blind corpora (${all.length} texts)`, all));
  return rows;
}

export const suite: BenchSuite = {
  name: 'redaction',
  async run() {
    return [
      await perText(`v1 corpus (${ascii.length} short texts)`, ascii),
      await perText(`field corpus, Unicode variants (${field.length} texts)`, field),
      await perText('a 12-sentence note', [note]),
      await perText(`everyday findings, no secrets (${everyday.length} texts)`, everyday, 8),
      ...(await corpusRows()),
    ];
  },
};
