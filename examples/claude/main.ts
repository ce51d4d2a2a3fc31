// `npm run example:claude`: both previews of a real troubleshooting session, drafted by Claude
// through the real Anthropic API, with each one's token usage and time. Without ANTHROPIC_API_KEY
// it says so in one line and sends nothing. Not part of `npm test`: it costs tokens.
import { CloseoutError, createCloseout, type Preview } from '@closeout/core';
import { memoryStorage } from '@closeout/storage-memory';

if (!process.env.ANTHROPIC_API_KEY) {
  console.log(
    'Set ANTHROPIC_API_KEY to draft both previews with Claude through the real API; nothing was sent.',
  );
  process.exit(0);
}

// Loaded only when used: @anthropic-ai/sdk is an optional peer dependency of @closeout/core.
const { anthropicGenerator, cachedPrefixTokens, SUPPORTED_ANTHROPIC_MODELS, DEFAULT_ANTHROPIC_MODEL } =
  await import('@closeout/core/anthropic');
const model = process.env.ANTHROPIC_MODEL ?? DEFAULT_ANTHROPIC_MODEL;
const generator = anthropicGenerator({ model });
const acme = createCloseout({ storage: memoryStorage(), generator }).account('acme-msp');

const session = await acme.sessions.create({
  problem: 'Users on floor 3 cannot print to HP-LJ-301; jobs sit in the queue',
  ticket: { provider: 'connectwise', id: '48213' },
});
await acme.sessions.addFinding(session.id, {
  text: 'Print Spooler on PRN01 stops within a minute of starting',
});
await acme.sessions.addFinding(session.id, {
  text: 'Event log: faulting module hpcpn6de.dll (HP Universal driver)',
});
await acme.sessions.recordDecision(session.id, {
  text: 'Treat the HP driver as the likely cause',
  rationale: 'The crash names its DLL every time',
});
await acme.sessions.proposeFix(session.id, {
  title: 'Restart the Print Spooler',
  steps: ['services.msc → Restart'],
});
await acme.sessions.recordOutcome(session.id, {
  status: 'failed',
  failureReason: 'Spooler stopped again after 40 seconds',
  appliedAt: new Date(Date.now() - 30 * 60_000),
});
await acme.sessions.proposeFix(session.id, {
  title: 'Remove the HP Universal driver and install v7.1',
  steps: ['printui /s → Drivers → remove', 'Install HP UPD 7.1', 'Restart the spooler'],
});
await acme.sessions.recordOutcome(session.id, {
  status: 'partial',
  partialNotes: 'Printing works, but only in black and white',
  appliedAt: new Date(),
});

const minimum = SUPPORTED_ANTHROPIC_MODELS[model]?.minCacheableTokens;
console.log(
  `${generator.id}: cached prefix about ${cachedPrefixTokens()} tokens${minimum === undefined ? '' : ` (the model caches from ${minimum})`}\n`,
);

async function show(name: string, draft: () => Promise<Preview>) {
  const started = performance.now();
  const preview = await draft();
  const ms = Math.round(performance.now() - started);
  const u = preview.usage;
  console.log(`--- ${name} (${ms} ms) ---\n${preview.markdown}`);
  if (u !== undefined) {
    console.log(
      `tokens: input ${u.inputTokens}, output ${u.outputTokens} (thinking ${u.thinkingTokens ?? 'n/a'}), cache read ${u.cacheReadInputTokens}, cache write ${u.cacheCreationInputTokens}\n`,
    );
  }
}

try {
  await show('resolution note', () => acme.previews.resolutionNote(session.id));
  await show('escalation package', () => acme.previews.escalationPackage(session.id));
} catch (error) {
  if (!CloseoutError.isInstance(error)) throw error;
  console.error(`${error.code}: ${error.message}`);
  process.exitCode = 1;
}
