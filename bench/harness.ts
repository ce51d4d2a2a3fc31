// A small benchmark harness. Every figure is a ratio against a baseline measured in the same run,
// interleaved with the subject in rounds, because these machines are too noisy for absolute times.

/** One line of the results table. */
export interface BenchRow {
  /** What is measured, e.g. `cache-hit preview (memory)`. */
  figure: string;
  /** What it is compared with, e.g. `bare storage read`. */
  baseline: string;
  /** The subject's value in `unit` (median per-op time, a count, …). */
  value: number;
  /** The baseline's value in the same unit. */
  baselineValue: number;
  unit: string;
  /** value / baselineValue unless a suite computes it otherwise (e.g. throughput). */
  ratio: number;
  /** The target, as text (`≤ 2`, `= 3`). */
  target?: string;
  /** Whether the ratio meets the target; printed, never asserted here. */
  met?: boolean;
}

/** A group of figures. Files named `bench/*.bench.ts` export one as `suite`. */
export interface BenchSuite {
  name: string;
  run(): Promise<BenchRow[]>;
}

/** Median per-call time of `fn` in microseconds over `iterations` calls, after `warmup` calls. */
export async function timePerOp(
  fn: () => Promise<unknown> | unknown,
  iterations: number,
  warmup = 50,
): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = process.hrtime.bigint();
    await fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1_000);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] ?? Number.NaN;
}

/**
 * Measures `subject` and `baseline` in alternating rounds and returns the median of each; the
 * ratio subject/baseline is what the table reports.
 */
export async function compare(
  subject: () => Promise<unknown> | unknown,
  baseline: () => Promise<unknown> | unknown,
  { rounds = 5, iterations = 200, warmup = 50 } = {},
): Promise<{ subject: number; baseline: number; ratio: number }> {
  const s: number[] = [];
  const b: number[] = [];
  for (let r = 0; r < rounds; r++) {
    b.push(await timePerOp(baseline, iterations, r === 0 ? warmup : 5));
    s.push(await timePerOp(subject, iterations, r === 0 ? warmup : 5));
  }
  const subjectMedian = median(s);
  const baselineMedian = median(b);
  return { subject: subjectMedian, baseline: baselineMedian, ratio: subjectMedian / baselineMedian };
}

/** Operations per second of `op` run by `concurrency` workers until `total` operations are done. */
export async function throughput(
  op: (i: number) => Promise<unknown>,
  total: number,
  concurrency: number,
): Promise<number> {
  let next = 0;
  const start = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) await op(next++);
    }),
  );
  return total / (Number(process.hrtime.bigint() - start) / 1e9);
}

/**
 * Throughput of `subject` against `baseline` in many short alternating bursts, so that a load that
 * comes and goes on the machine weighs on both alike. The ratio is the median of the bursts'
 * ratios (subject over the baseline burst just before it); higher is better. `warmup` pairs of
 * bursts go first and are not counted: until the engine has compiled the code both run, the
 * process spends CPU on compiling beside them (the baseline's own first bursts run at two thirds
 * of its later speed), and the figure is of a process that has run for a while.
 */
export async function compareThroughput(
  subject: (i: number) => Promise<unknown>,
  baseline: (i: number) => Promise<unknown>,
  { bursts = 15, opsPerBurst = 200, concurrency = 16, warmup = 5 } = {},
): Promise<{ subject: number; baseline: number; ratio: number }> {
  for (let i = 0; i < warmup; i++) {
    await throughput(baseline, opsPerBurst, concurrency);
    await throughput(subject, opsPerBurst, concurrency);
  }
  const s: number[] = [];
  const b: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < bursts; i++) {
    const base = await throughput(baseline, opsPerBurst, concurrency);
    const subj = await throughput(subject, opsPerBurst, concurrency);
    b.push(base);
    s.push(subj);
    ratios.push(subj / base);
  }
  return { subject: median(s), baseline: median(b), ratio: median(ratios) };
}

const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)] ?? Number.NaN;

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n < 10 ? n.toFixed(2) : n.toFixed(1));

/** Renders rows as a plain-text table. */
export function renderTable(rows: Array<BenchRow & { suite: string }>): string {
  const header = ['suite', 'figure', 'value', 'baseline', 'baseline value', 'ratio', 'target', 'met'];
  const body = rows.map((r) => [
    r.suite,
    r.figure,
    `${fmt(r.value)} ${r.unit}`,
    r.baseline,
    `${fmt(r.baselineValue)} ${r.unit}`,
    fmt(r.ratio),
    r.target ?? '',
    r.met === undefined ? '' : r.met ? 'yes' : 'NO',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

/**
 * An adapter's `getTicket` over loopback against a bare `fetch` + `JSON.parse` of the same ticket: the
 * one figure every PSA suite reports, measured and judged alike.
 */
export async function getTicketFigure(
  getTicket: () => Promise<unknown>,
  url: string,
  headers: Record<string, string>,
): Promise<BenchRow> {
  const r = await compare(getTicket, async () => (await fetch(url, { headers })).json(), {
    rounds: 5,
    iterations: 300,
    warmup: 100,
  });
  return {
    figure: 'getTicket over loopback',
    baseline: 'bare fetch + JSON.parse',
    value: r.subject,
    baselineValue: r.baseline,
    unit: 'µs',
    ratio: r.ratio,
    target: '≤ 1.3',
    met: r.ratio <= 1.3,
  };
}
