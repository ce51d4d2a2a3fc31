import Anthropic from '@anthropic-ai/sdk';
import type { PreviewKind, Session, TokenUsage } from '@closeout/core';
import { anthropicClaimAuditor, anthropicGenerator } from '@closeout/core/anthropic';
import { openaiClaimAuditor, openaiGenerator } from '@closeout/core/openai';
import { buildBundle, kindSpec } from '@closeout/core/prompts';
import { anthropicSimulator, SIMULATED_ANTHROPIC_KEY } from '@closeout/simulators/anthropic';
import { openaiSimulator, SIMULATED_OPENAI_KEY } from '@closeout/simulators/openai';
import OpenAI from 'openai';
import { largeSession, printerSession } from '../packages/core/test/fixtures/sessions.js';
import { honest } from '../packages/core/test/support/model-answers.js';
import type { BenchRow, BenchSuite } from './harness.js';

// What the claim audit adds to an LLM preview, in tokens: one audit call per draft it checks,
// against the draft's own call. The figures are the strict simulators' counts (characters / 4 for
// text, their invented thinking budgets), since the APIs' real counts need keys and a network.
// The audit runs only over an active fix that is not a success, so the sessions here are failed.

/** A simulated auditor model: every sentence labelled, none marked. */
const labelAll = ({ user }: { user: string }) => ({
  labels: (/<sentences>\n([\s\S]*)\n<\/sentences>/.exec(user)?.[1]?.split('\n') ?? []).map((line) => ({
    n: (JSON.parse(line) as { n: number }).n,
    assertsResolved: false,
  })),
});

const total = (u: TokenUsage | undefined) =>
  u === undefined ? 0 : u.inputTokens + u.cacheReadInputTokens + u.cacheCreationInputTokens + u.outputTokens;

interface Costs {
  draft: TokenUsage;
  audit: TokenUsage;
}

async function anthropicCosts(session: Session, kind: PreviewKind): Promise<Costs> {
  const draftSim = anthropicSimulator({ answer: honest(() => session) });
  const auditSim = anthropicSimulator({ answer: labelAll });
  const client = (sim: ReturnType<typeof anthropicSimulator>) =>
    new Anthropic({ apiKey: SIMULATED_ANTHROPIC_KEY, fetch: sim.fetch, maxRetries: 0 });
  const bundle = buildBundle(session);
  const draft = await anthropicGenerator({ client: client(draftSim) }).generate({ kind, bundle });
  const sections = kindSpec(kind).schema.parse(draft.sections);
  const audit = await anthropicClaimAuditor({ client: client(auditSim) }).audit({ kind, sections, bundle });
  return { draft: draft.usage as TokenUsage, audit: audit.usage as TokenUsage };
}

async function openaiCosts(session: Session, kind: PreviewKind): Promise<Costs> {
  const draftSim = openaiSimulator({ answer: honest(() => session) });
  const auditSim = openaiSimulator({ answer: labelAll });
  const client = (sim: ReturnType<typeof openaiSimulator>) =>
    new OpenAI({ apiKey: SIMULATED_OPENAI_KEY, fetch: sim.fetch, maxRetries: 0 });
  const bundle = buildBundle(session);
  const model = 'gpt-4.1-mini';
  const draft = await openaiGenerator({ model, client: client(draftSim) }).generate({ kind, bundle });
  const sections = kindSpec(kind).schema.parse(draft.sections);
  const audit = await openaiClaimAuditor({ model, client: client(auditSim) }).audit({
    kind,
    sections,
    bundle,
  });
  return { draft: draft.usage as TokenUsage, audit: audit.usage as TokenUsage };
}

export const suite: BenchSuite = {
  name: 'claim audit',
  async run() {
    const rows: BenchRow[] = [];
    for (const [provider, costs] of [
      ['claude', anthropicCosts],
      ['openai', openaiCosts],
    ] as const) {
      for (const [name, session] of [
        ['printer', printerSession('failed')],
        ['typical, 20 findings', largeSession(20, 3, 160, 3)],
      ] as const) {
        for (const kind of ['resolution_note', 'escalation_package'] as const) {
          const { draft, audit } = await costs(session, kind);
          rows.push({
            figure: `audit tokens per ${kind} (${name}; ${provider} simulator)`,
            baseline: 'the draft call it checks',
            value: total(audit),
            baselineValue: total(draft),
            unit: 'tok',
            ratio: total(audit) / total(draft),
          });
          rows.push({
            figure: '  of which output',
            baseline: "the draft's output",
            value: audit.outputTokens,
            baselineValue: draft.outputTokens,
            unit: 'tok',
            ratio: audit.outputTokens / draft.outputTokens,
          });
        }
      }
    }
    return rows;
  },
};
