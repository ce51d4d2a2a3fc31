import { checkFaithfulness } from '@closeout/core';
import { buildBundle } from '@closeout/core/prompts';
import { honestPrinterNote } from '../packages/core/test/fixtures/notes.js';
import { printerSession } from '../packages/core/test/fixtures/sessions.js';
import { blindGuardCorpora, strided } from './corpora.js';
import { type BenchRow, type BenchSuite, compare } from './harness.js';

// What the faithfulness guard costs on what people write: for every blind guard corpus, the check
// of an open note whose summary is one of the corpus's sentences (claims and honest ones, in 15
// languages), against the check of the same note with the template's own summary. The ratio is
// what a sentence of the corpus costs the guard over an ordinary one, in a whole note.

const bundle = buildBundle(printerSession('failed'));
const honest = honestPrinterNote(bundle);
const withSummary = (summary: string) => ({ ...honest, summary });

async function perSentence(name: string, texts: readonly string[]): Promise<BenchRow> {
  const next = strided(texts);
  const r = await compare(
    () => checkFaithfulness('resolution_note', withSummary(next()), bundle),
    () => checkFaithfulness('resolution_note', withSummary(honest.summary), bundle),
    // A check costs milliseconds: 3 rounds of 40 calls a side sample 120 sentences of a corpus.
    { rounds: 3, iterations: 40, warmup: 5 },
  );
  return {
    figure: `guard per note, summary from ${name}`,
    baseline: 'the same note with its own summary',
    value: r.subject,
    baselineValue: r.baseline,
    unit: 'µs',
    ratio: r.ratio,
  };
}

export const suite: BenchSuite = {
  name: 'guard',
  async run() {
    const corpora = blindGuardCorpora();
    const rows: BenchRow[] = [];
    for (const c of corpora) {
      rows.push(await perSentence(`blind corpus ${c.ordinal} (${c.texts.length} sentences)`, c.texts));
    }
    const all = corpora.flatMap((c) => c.texts);
    rows.push(await perSentence(`all ${corpora.length} blind corpora (${all.length} sentences)`, all));
    return rows;
  },
};
