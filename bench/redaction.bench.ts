import { redactSecrets } from '@closeout/core';
import { CORPORA } from '../packages/core/test/fixtures/corpora.js';
import { LOOK_ALIKES, SECRETS } from '../packages/core/test/fixtures/secrets-corpus.js';
import { FIELD_LOOK_ALIKES, FIELD_SECRETS } from '../packages/core/test/fixtures/secrets-corpus-field.js';
import { largeSession, printerSession } from '../packages/core/test/fixtures/sessions.js';
import { redactV1 } from './baseline/redaction-v1.js';
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
  let i = 0;
  const r = await compare(
    () => redactSecrets(texts[i++ % texts.length] ?? ''),
    () => redactV1(texts[i++ % texts.length] ?? ''),
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

/** One row per redaction corpus, measured one after the other. */
async function corpusRows(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const c of CORPORA) {
    const texts = [...c.secrets.map((s) => s.text), ...c.lookAlikes.map((l) => l.text)];
    rows.push(await perText(`${c.name} corpus (${texts.length} texts)`, texts));
  }
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
