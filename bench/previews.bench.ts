import { checkFaithfulness, createCloseout, templateGenerator } from '@closeout/core';
import { BUNDLE_TOKEN_BUDGET, buildBundle, estimateTokens, renderBundle } from '@closeout/core/prompts';
import { memoryStorage } from '@closeout/storage-memory';
import { largeSession, printerSession } from '../packages/core/test/fixtures/sessions.js';
import { type BenchRow, type BenchSuite, compare } from './harness.js';

// Three figures: what a cached preview costs over the storage read it cannot avoid, how many
// tokens the bundle a model sees takes compared with dumping the session as JSON, and what the
// faithfulness guard costs per preview against the template generation whose draft it checks.

async function cacheHit(): Promise<BenchRow> {
  const storage = memoryStorage();
  const acme = createCloseout({ storage }).account('bench');
  const s = await acme.sessions.create({ problem: 'Users on floor 3 cannot print to HP-LJ-301' });
  for (let i = 0; i < 20; i++) {
    await acme.sessions.addFinding(s.id, {
      text: `Finding ${i}: event 7031 logged on PRN01 when the spooler stops`,
    });
  }
  await acme.sessions.proposeFix(s.id, {
    title: 'Restart the Print Spooler',
    steps: ['Restart the service on PRN01'],
  });
  await acme.sessions.recordOutcome(s.id, {
    status: 'failed',
    failureReason: 'Spooler stopped again after 40 seconds',
  });
  await acme.sessions.proposeFix(s.id, { title: 'Reinstall HP Universal Print Driver 7.1' });
  await acme.previews.resolutionNote(s.id);
  const r = await compare(
    () => acme.previews.resolutionNote(s.id),
    () => storage.getSession('bench', s.id),
    { rounds: 5, iterations: 300 },
  );
  return {
    figure: 'cache-hit preview (memory, 20 findings)',
    baseline: 'bare storage read of the session',
    value: r.subject,
    baselineValue: r.baseline,
    unit: 'µs',
    ratio: r.ratio,
    target: '≤ 2',
    met: r.ratio <= 2,
  };
}

function bundleTokens(name: string, session: Parameters<typeof buildBundle>[0]): BenchRow {
  const tokens = estimateTokens(renderBundle(buildBundle(session)));
  const naive = estimateTokens(JSON.stringify(session, null, 2));
  return {
    figure: `bundle tokens: ${name}`,
    baseline: 'JSON dump of the session',
    value: tokens,
    baselineValue: naive,
    unit: 'tok',
    ratio: tokens / naive,
    target: `≤ ${BUNDLE_TOKEN_BUDGET} tok`,
    met: tokens <= BUNDLE_TOKEN_BUDGET,
  };
}

/** The guard's check of both documents against the template writing them, for one session. */
async function guardCost(name: string, session: Parameters<typeof buildBundle>[0]): Promise<BenchRow> {
  const bundle = buildBundle(session);
  const template = templateGenerator();
  const [note, pkg] = await Promise.all([
    template.generate({ kind: 'resolution_note', bundle }),
    template.generate({ kind: 'escalation_package', bundle }),
  ]);
  // A generator's sections are unknown until validated; the template's are the kind's schema.
  type Sections = Parameters<typeof checkFaithfulness>[1];
  const r = await compare(
    () => {
      checkFaithfulness('resolution_note', note.sections as Sections, bundle);
      checkFaithfulness('escalation_package', pkg.sections as Sections, bundle);
    },
    () =>
      Promise.all([
        template.generate({ kind: 'resolution_note', bundle }),
        template.generate({ kind: 'escalation_package', bundle }),
      ]),
    { rounds: 5, iterations: 40, warmup: 10 },
  );
  return {
    figure: `guard per preview: ${name}`,
    baseline: 'template generation of the same drafts',
    value: r.subject,
    baselineValue: r.baseline,
    unit: 'µs',
    ratio: r.ratio,
  };
}

export const suite: BenchSuite = {
  name: 'previews',
  async run() {
    return [
      await cacheHit(),
      bundleTokens('printer (3 findings, 2 fixes)', printerSession('failed')),
      bundleTokens('typical (20 findings, 3 fixes)', largeSession(20, 3, 160, 3)),
      bundleTokens('large (200 findings, 30 fixes, 4k texts)', largeSession(200, 30, 4_000)),
      await guardCost('printer (3 findings, 2 fixes)', printerSession('failed')),
      await guardCost('typical (20 findings, 3 fixes)', largeSession(20, 3, 160, 3)),
      await guardCost('large (200 findings, 30 fixes, 4k texts)', largeSession(200, 30, 4_000)),
    ];
  },
};
