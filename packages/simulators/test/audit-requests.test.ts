// The claim auditor's calls meet the same documented request rules as the generator's: each rule
// is broken once, on the auditor's own request as closeout builds it, and the simulator refuses it
// as the vendor would; the request as built is accepted.
import Anthropic from '@anthropic-ai/sdk';
import {
  AUDIT_FORMAT,
  buildMessagesRequest,
  DEFAULT_AUDIT_EFFORT,
  DEFAULT_AUDIT_MAX_OUTPUT_TOKENS,
} from '@closeout/core/anthropic';
import { buildChatCompletionRequest, OPENAI_AUDIT_FORMAT } from '@closeout/core/openai';
import { AUDIT_SYSTEM_PROMPT } from '@closeout/core/prompts';
import OpenAI from 'openai';
import { describe, expect, it } from 'vitest';
import { anthropicSimulator, SIMULATED_ANTHROPIC_KEY } from '../src/anthropic.js';
import { openaiSimulator, SIMULATED_OPENAI_KEY } from '../src/openai.js';

const USER =
  'Label every sentence of this resolution note.\n\n<sentences>\n{"n":1,"text":"Fixed."}\n</sentences>';
const labels = { labels: [{ n: 1, assertsResolved: true }] };

type MessagesBody = ReturnType<typeof buildMessagesRequest>;

function auditRequest(model = 'claude-sonnet-5-5'): MessagesBody {
  return buildMessagesRequest(
    { system: AUDIT_SYSTEM_PROMPT, user: USER, format: AUDIT_FORMAT },
    {
      model,
      maxTokens: DEFAULT_AUDIT_MAX_OUTPUT_TOKENS,
      // The model's own thinking, as the auditor sends it.
      effort: DEFAULT_AUDIT_EFFORT,
    },
  );
}

async function sendAnthropic(body: unknown) {
  const sim = anthropicSimulator({ answer: () => labels });
  const client = new Anthropic({ apiKey: SIMULATED_ANTHROPIC_KEY, fetch: sim.fetch, maxRetries: 0 });
  try {
    const message = await client.messages.create(body as MessagesBody, { timeout: 60_000 });
    return { status: 200, message: '', text: message.content.findLast((b) => b.type === 'text') };
  } catch (error) {
    const e = error as { status: number; message: string };
    return { status: e.status, message: e.message, text: undefined };
  }
}

describe('the Anthropic simulator on the claim auditor’s requests', () => {
  it.each(['claude-sonnet-5-5', 'claude-sonnet-5'])(
    'accepts the audit request as built, on %s',
    async (model) => {
      const answer = await sendAnthropic(auditRequest(model));
      expect(answer.status).toBe(200);
      expect(answer.text).toMatchObject({ type: 'text', text: JSON.stringify(labels) });
    },
  );

  it.each<[string, (body: MessagesBody) => unknown, RegExp]>([
    ['max_tokens above the model’s limit', (b) => ({ ...b, max_tokens: 1_000_000 }), /max_tokens/],
    ['no max_tokens', ({ max_tokens: _, ...b }) => b, /max_tokens/],
    ['thinking disabled on claude-sonnet-5-5', (b) => ({ ...b, thinking: { type: 'disabled' } }), /disabled/],
    [
      'between_tools at effort max',
      (b) => ({ ...b, output_config: { ...b.output_config, effort: 'max' } }),
      /between_tools/,
    ],
    [
      'a schema keyword structured outputs do not accept',
      (b) => ({
        ...b,
        output_config: {
          ...b.output_config,
          format: { type: 'json_schema', schema: { ...AUDIT_FORMAT.schema, minProperties: 1 } },
        },
      }),
      /minProperties/,
    ],
    [
      'an open object in the schema',
      (b) => ({
        ...b,
        output_config: {
          ...b.output_config,
          format: { type: 'json_schema', schema: { ...AUDIT_FORMAT.schema, additionalProperties: true } },
        },
      }),
      /additionalProperties/,
    ],
    [
      'a first message from the assistant',
      (b) => ({ ...b, messages: [{ role: 'assistant', content: '{' }, ...b.messages] }),
      /user role/,
    ],
    [
      'a field the API does not know',
      (b) => ({ ...b, response_format: { type: 'json' } }),
      /response_format/,
    ],
  ])('refuses %s', async (_, breakIt, message) => {
    const answer = await sendAnthropic(breakIt(auditRequest()));
    expect(answer.status).toBe(400);
    expect(answer.message).toMatch(message);
  });
});

type ChatBody = ReturnType<typeof buildChatCompletionRequest>;

function chatAuditRequest(model: string, reasoningEffort?: 'low'): ChatBody {
  return buildChatCompletionRequest(
    { system: AUDIT_SYSTEM_PROMPT, user: USER, format: OPENAI_AUDIT_FORMAT },
    { model, maxTokens: 2_048, reasoningEffort },
  );
}

async function sendOpenAi(body: unknown) {
  const sim = openaiSimulator({ answer: () => labels });
  const client = new OpenAI({ apiKey: SIMULATED_OPENAI_KEY, fetch: sim.fetch, maxRetries: 0 });
  try {
    const completion = await client.chat.completions.create(body as ChatBody);
    return { status: 200, message: '', content: completion.choices[0]?.message.content };
  } catch (error) {
    const e = error as { status: number; message: string };
    return { status: e.status, message: e.message, content: undefined };
  }
}

const schemaOf = (b: ChatBody) =>
  (b.response_format as OpenAI.ResponseFormatJSONSchema).json_schema.schema as Record<string, unknown>;
const withSchema = (b: ChatBody, schema: Record<string, unknown>, name = 'claim_audit') => ({
  ...b,
  response_format: { type: 'json_schema', json_schema: { name, strict: true, schema } },
});

describe('the OpenAI simulator on the claim auditor’s requests', () => {
  it.each<[string, 'low' | undefined]>([
    ['gpt-5-mini', 'low'],
    ['gpt-4.1-mini', undefined],
  ])('accepts the audit request as built, on %s', async (model, effort) => {
    const answer = await sendOpenAi(chatAuditRequest(model, effort));
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.content ?? '')).toEqual(labels);
  });

  it.each<[string, () => unknown, RegExp]>([
    [
      'max_tokens on a reasoning model',
      () => ({ ...chatAuditRequest('gpt-5-mini'), max_tokens: 100 }),
      /max_completion_tokens/,
    ],
    [
      'reasoning_effort on a model that does not reason',
      () => chatAuditRequest('gpt-4.1-mini', 'low'),
      /reasoning_effort/,
    ],
    [
      'max_completion_tokens above the model’s limit',
      () => ({ ...chatAuditRequest('gpt-4.1-mini'), max_completion_tokens: 1_000_000 }),
      /too large/,
    ],
    [
      'a format name outside [a-zA-Z0-9_-]',
      () => {
        const b = chatAuditRequest('gpt-4.1-mini');
        return withSchema(b, schemaOf(b), 'claim audit');
      },
      /name/,
    ],
    [
      'a strict schema with an open object',
      () => {
        const b = chatAuditRequest('gpt-4.1-mini');
        return withSchema(b, { ...schemaOf(b), additionalProperties: true });
      },
      /additionalProperties/,
    ],
    [
      'a strict schema with an optional property',
      () => {
        const b = chatAuditRequest('gpt-4.1-mini');
        return withSchema(b, { ...schemaOf(b), required: [] });
      },
      /must be in required/,
    ],
  ])('refuses %s', async (_, build, message) => {
    const answer = await sendOpenAi(build());
    expect(answer.status).toBe(400);
    expect(answer.message).toMatch(message);
  });
});
