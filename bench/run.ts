// `npm run bench`: runs every bench/*.bench.ts suite (or those named on the command line) and
// prints one table of ratios against baselines measured in the same run.
import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { type BenchRow, type BenchSuite, renderTable } from './harness.js';

const dir = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv.slice(2);
const files = (await readdir(dir)).filter((f) => f.endsWith('.bench.ts')).sort();

const rows: Array<BenchRow & { suite: string }> = [];
for (const file of files) {
  const { suite } = (await import(`./${file}`)) as { suite: BenchSuite };
  if (only.length > 0 && !only.some((o) => suite.name.includes(o) || file.includes(o))) continue;
  process.stderr.write(`running ${suite.name}…\n`);
  for (const row of await suite.run()) rows.push({ ...row, suite: suite.name });
}
if (rows.length === 0) {
  console.log('no benchmark suites matched');
} else {
  console.log(renderTable(rows));
}
