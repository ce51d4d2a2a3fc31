import Anthropic from '@anthropic-ai/sdk';
import type { PreviewKind, Session, TokenUsage } from '@closeout/core';
import {
  type AnthropicGeneratorOptions,
  anthropicGenerator,
  cachedPrefixTokens,
  SUPPORTED_ANTHROPIC_MODELS,
} from '@closeout/core/anthropic';
import { buildBundle, estimateTokens } from '@closeout/core/prompts';
import { anthropicSimulator, SIMULATED_ANTHROPIC_KEY } from '@closeout/simulators/anthropic';
import { largeSession, printerSession } from '../packages/core/test/fixtures/sessions.js';
import { honest } from '../packages/core/test/support/model-answers.js';
import type { BenchRow, BenchSuite } from './harness.js';

// What a Claude preview costs in tokens. The prefix figure is closeout's estimate (characters / 4)
// against the model's published minimum; the per-preview figures are the strict simulator's counts
// (same estimate for text, its own invented thinking budget per effort), since the API's real
// counts need a key and a network. `npm run example:claude` prints the real ones.

function prefixRows(): BenchRow[] {
  const prefix = cachedPrefixTokens();
  return Object.entries(SUPPORTED_ANTHROPIC_MODELS).map(([model, facts]) => ({
    figure: `cached prefix (schema + system prompt), ${model}`,
    baseline: "the model's minimum cacheable prefix",
    value: prefix,
    baselineValue: facts.minCacheableTokens,
    unit: 'tok',
    ratio: prefix / facts.minCacheableTokens,
    target: '≥ 1',
    met: prefix >= facts.minCacheableTokens,
  }));
}

/** One preview's usage on the simulator, with a fresh prompt cache. */
async function usageOf(
  session: Session,
  kind: PreviewKind,
  options: Partial<AnthropicGeneratorOptions> = {},
) {
  const sim = anthropicSimulator({ answer: honest(() => session) });
  const client = new Anthropic({ apiKey: SIMULATED_ANTHROPIC_KEY, fetch: sim.fetch, maxRetries: 0 });
  const output = await anthropicGenerator({ client, ...options }).generate({
    kind,
    bundle: buildBundle(session),
  });
  return output.usage as TokenUsage;
}

const promptTokens = (u: TokenUsage) => u.inputTokens + u.cacheReadInputTokens + u.cacheCreationInputTokens;

async function inputRows(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const [name, session] of [
    ['printer', printerSession('failed')],
    ['typical, 20 findings', largeSession(20, 3, 160, 3)],
  ] as const) {
    const dump = estimateTokens(JSON.stringify(session, null, 2));
    for (const kind of ['resolution_note', 'escalation_package'] as const) {
      const usage = await usageOf(session, kind);
      rows.push({
        figure: `input tokens per ${kind} (${name}; simulator)`,
        baseline: 'JSON dump of the session',
        value: promptTokens(usage),
        baselineValue: dump,
        unit: 'tok',
        ratio: promptTokens(usage) / dump,
      });
      // What the session itself adds: the prompt without the prefix the cache holds.
      rows.push({
        figure: `  of which outside the cached prefix`,
        baseline: 'JSON dump of the session',
        value: usage.inputTokens,
        baselineValue: dump,
        unit: 'tok',
        ratio: usage.inputTokens / dump,
      });
    }
  }
  return rows;
}

async function outputRows(): Promise<BenchRow[]> {
  const session = largeSession(20, 3, 160, 3);
  const rows: BenchRow[] = [];
  for (const kind of ['resolution_note', 'escalation_package'] as const) {
    const chosen = await usageOf(session, kind);
    const high = await usageOf(session, kind, { thinking: { type: 'adaptive' }, effort: 'high' });
    rows.push({
      figure: `output tokens per ${kind}: between_tools, medium (simulator)`,
      baseline: "adaptive thinking at 'high' (the API's defaults)",
      value: chosen.outputTokens,
      baselineValue: high.outputTokens,
      unit: 'tok',
      ratio: chosen.outputTokens / high.outputTokens,
      target: '< 1',
      met: chosen.outputTokens < high.outputTokens,
    });
  }
  return rows;
}

export const suite: BenchSuite = {
  name: 'claude',
  async run() {
    return [...prefixRows(), ...(await inputRows()), ...(await outputRows())];
  },
};
