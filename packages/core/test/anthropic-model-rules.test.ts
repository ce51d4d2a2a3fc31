import Anthropic from '@anthropic-ai/sdk';
import {
  anthropicSimulator,
  SIMULATED_ANTHROPIC_KEY,
  SIMULATED_MODELS,
} from '@closeout/simulators/anthropic';
import { memoryStorage } from '@closeout/storage-memory';
import { describe, expect, it } from 'vitest';
import {
  type AnthropicRequestBody,
  anthropicClaimAuditor,
  anthropicGenerator,
  anthropicRequest,
  checkAnthropicRequest,
  SUPPORTED_ANTHROPIC_MODELS,
} from '../src/anthropic/index.js';
import { buildBundle } from '../src/bundle/build.js';
import { createCloseout } from '../src/closeout.js';
import { CloseoutError } from '../src/errors.js';
import { PREVIEW_KINDS } from '../src/generators/kinds.js';
import { AUDIT_SYSTEM_PROMPT } from '../src/generators/prompts/audit.js';
import type { Session } from '../src/model/session.js';
import { askedKind, document } from './support/model-answers.js';

type Body = AnthropicRequestBody;

const BASE = { max_tokens: 2_048, messages: [{ role: 'user' as const, content: 'Audit the claims.' }] };

const THINKING: Anthropic.Messages.ThinkingConfigParam[] = [
  { type: 'adaptive' },
  { type: 'between_tools' },
  { type: 'disabled' },
  { type: 'enabled', budget_tokens: 1_024 },
];
const EFFORTS = ['low', 'medium', 'high', 'xhigh', 'max'] as const;

/** Every variation of a request the model table has a rule for. */
function variations(model: string): Array<{ name: string; body: Body }> {
  const out: Array<{ name: string; body: Body }> = [];
  for (const thinking of THINKING) {
    for (const effort of EFFORTS) {
      out.push({
        name: `thinking ${thinking.type} at ${effort}`,
        body: { ...BASE, model, thinking, output_config: { effort } },
      });
    }
  }
  out.push({ name: 'temperature 0.2', body: { ...BASE, model, temperature: 0.2 } });
  out.push({ name: 'temperature 1', body: { ...BASE, model, temperature: 1 } });
  out.push({ name: 'top_p', body: { ...BASE, model, top_p: 0.9 } });
  out.push({ name: 'top_k', body: { ...BASE, model, top_k: 40 } });
  out.push({
    name: 'an assistant prefill',
    body: { ...BASE, model, messages: [...BASE.messages, { role: 'assistant', content: '{' }] },
  });
  return out;
}

async function simulatorStatus(body: Body): Promise<number> {
  const sim = anthropicSimulator();
  const response = await sim.fetch('https://api.anthropic.com/v1/messages', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'anthropic-version': '2023-06-01',
      'x-api-key': SIMULATED_ANTHROPIC_KEY,
    },
    body: JSON.stringify(body),
  });
  return response.status;
}

describe('the Claude model table', () => {
  it('covers the models the simulator answers for, and no other', () => {
    expect(Object.keys(SUPPORTED_ANTHROPIC_MODELS).sort()).toEqual(Object.keys(SIMULATED_MODELS).sort());
  });

  it.each(Object.keys(SUPPORTED_ANTHROPIC_MODELS))(
    'on %s, refuses before sending exactly what the API refuses',
    async (model) => {
      for (const { name, body } of variations(model)) {
        let refused: CloseoutError | undefined;
        try {
          checkAnthropicRequest(body);
        } catch (e) {
          if (!CloseoutError.isInstance(e)) throw e;
          refused = e;
        }
        const status = await simulatorStatus(body);
        expect({ name, refusedBeforeSending: refused !== undefined }).toEqual({
          name,
          refusedBeforeSending: status === 400,
        });
        if (refused !== undefined) {
          expect(refused.code).toBe('VALIDATION_FAILED');
          expect(refused.message).toContain(model);
        }
      }
    },
  );

  it('names the option refused: temperature, top_p, top_k and the prefill on Sonnet 5.5', () => {
    const body: Body = {
      ...BASE,
      model: 'claude-sonnet-5-5',
      temperature: 0,
      top_k: 5,
      messages: [...BASE.messages, { role: 'assistant', content: '{' }],
    };
    expect(() => checkAnthropicRequest(body)).toThrow(/claude-sonnet-5-5 refuses this request/);
    try {
      checkAnthropicRequest(body);
    } catch (e) {
      expect((e as CloseoutError).details).toMatchObject({
        issues: [{ path: 'temperature' }, { path: 'top_k' }, { path: 'messages.1' }],
      });
    }
  });

  it('anthropicRequest builds a checked request with the model’s thinking and effort, for any closeout call', () => {
    const format = { type: 'json_schema' as const, schema: { type: 'object', additionalProperties: false } };
    for (const [model, facts] of Object.entries(SUPPORTED_ANTHROPIC_MODELS)) {
      const request = anthropicRequest({ model, maxTokens: 1_000, system: 'S', user: 'U', format });
      expect(request).toMatchObject({
        model,
        thinking: facts.thinking,
        output_config: { effort: facts.effort, format },
        system: [{ type: 'text', text: 'S', cache_control: { type: 'ephemeral' } }],
        messages: [{ role: 'user', content: 'U' }],
      });
    }
    expect(() =>
      anthropicRequest({
        model: 'claude-sonnet-5',
        maxTokens: 1_000,
        system: 'S',
        user: 'U',
        format,
        thinking: { type: 'between_tools' },
      }),
    ).toThrow(/claude-sonnet-5 refuses thinking 'between_tools'/);
  });

  it('leaves a model it does not know to the caller', () => {
    expect(() =>
      checkAnthropicRequest({
        ...BASE,
        model: 'claude-future-9',
        temperature: 0.3,
        thinking: { type: 'disabled' },
      }),
    ).not.toThrow();
  });

  it('the claim auditor takes the model’s thinking too: Sonnet 5 audits with disabled, between_tools is refused at once', async () => {
    let session!: Session;
    const sim = anthropicSimulator({
      answer: ({ system, user }) => {
        if (system === AUDIT_SYSTEM_PROMPT) {
          const lines = /<sentences>\n([\s\S]*)\n<\/sentences>/.exec(user)?.[1]?.split('\n') ?? [];
          return {
            labels: lines.map((l) => ({ n: (JSON.parse(l) as { n: number }).n, assertsResolved: false })),
          };
        }
        const kind = askedKind(user);
        return document(kind, PREVIEW_KINDS[kind].template(buildBundle(session)));
      },
    });
    const client = new Anthropic({ apiKey: SIMULATED_ANTHROPIC_KEY, fetch: sim.fetch, maxRetries: 0 });
    const model = 'claude-sonnet-5';
    const acme = createCloseout({
      storage: memoryStorage(),
      generator: anthropicGenerator({ client, model }),
      claimAudit: anthropicClaimAuditor({ client, model }),
    }).account('acme');
    const created = await acme.sessions.create({ problem: 'Users on floor 3 cannot print' });
    await acme.sessions.proposeFix(created.id, { title: 'Restart the Print Spooler' });
    session = await acme.sessions.recordOutcome(created.id, {
      status: 'failed',
      failureReason: 'Stopped again',
    });
    const preview = await acme.previews.resolutionNote(session.id);
    expect(preview.fallback).toBeUndefined();
    // The draft and its audit, both with Sonnet 5's thinking.
    expect(sim.requests.map((r) => [r.status, r.body.thinking])).toEqual([
      [200, { type: 'disabled' }],
      [200, { type: 'disabled' }],
    ]);
    expect(() => anthropicClaimAuditor({ client, model, thinking: { type: 'between_tools' } })).toThrow(
      /claude-sonnet-5 refuses thinking 'between_tools'/,
    );
  });
});
