import Anthropic from '@anthropic-ai/sdk';
import { zodOutputFormat } from '@anthropic-ai/sdk/helpers/zod';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  anthropicSimulator,
  SIMULATED_ANTHROPIC_KEY,
  SIMULATED_MODELS,
  SIMULATED_THINKING_TOKENS,
  type StopReason,
} from '../src/anthropic.js';

const URL_ = 'https://api.anthropic.com/v1/messages';
const HEADERS = {
  'content-type': 'application/json',
  'anthropic-version': '2023-06-01',
  'x-api-key': SIMULATED_ANTHROPIC_KEY,
};
const BASE = {
  model: 'claude-sonnet-5-5',
  max_tokens: 4_096,
  messages: [{ role: 'user', content: 'Write the note.' }],
};

interface Answer {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: a test reads the JSON it got back
  json: any;
}

async function post(
  sim: ReturnType<typeof anthropicSimulator>,
  body: unknown,
  headers: Record<string, string> = HEADERS,
): Promise<Answer> {
  const response = await sim.fetch(URL_, {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, json: await response.json() };
}

async function refused(body: unknown, pattern: RegExp, status = 400, type = 'invalid_request_error') {
  const answer = await post(anthropicSimulator(), body);
  expect(answer.status).toBe(status);
  expect(answer.json).toMatchObject({ type: 'error', error: { type } });
  expect(answer.json.error.message).toMatch(pattern);
  expect(answer.headers.get('request-id')).toMatch(/^req_/);
}

const Sections = z.object({
  summary: z.string().min(1).max(600).describe('Two sentences.'),
  steps: z.array(z.string().max(300)).min(1).max(5),
  fix: z.object({ id: z.string() }).nullable(),
});

describe('anthropic simulator: accepted requests and their shapes', () => {
  it('answers thinking blocks first, then the JSON text, with usage including thinking tokens', async () => {
    const sim = anthropicSimulator({ answer: () => ({ ok: true }) });
    const { status, json } = await post(sim, BASE);
    expect(status).toBe(200);
    expect(json.content.map((b: { type: string }) => b.type)).toEqual(['thinking', 'text']);
    expect(JSON.parse(json.content[1].text)).toEqual({ ok: true });
    expect(json.stop_reason).toBe('end_turn');
    const thinking = SIMULATED_THINKING_TOKENS.high; // adaptive thinking at the default effort
    expect(json.usage.output_tokens_details).toEqual({ thinking_tokens: thinking });
    expect(json.usage.output_tokens).toBeGreaterThan(thinking);
    expect(json.usage).toMatchObject({ cache_creation_input_tokens: 0, cache_read_input_tokens: 0 });
    expect(json.usage.input_tokens).toBeGreaterThan(0);
  });

  it('thinks less at lower effort, and not at all with between_tools and no tools', async () => {
    const sim = anthropicSimulator();
    const low = await post(sim, { ...BASE, output_config: { effort: 'low' } });
    expect(low.json.usage.output_tokens_details.thinking_tokens).toBe(SIMULATED_THINKING_TOKENS.low);
    const none = await post(sim, {
      ...BASE,
      thinking: { type: 'between_tools' },
      output_config: { effort: 'medium' },
    });
    expect(none.status).toBe(200);
    expect(none.json.content.map((b: { type: string }) => b.type)).toEqual(['text']);
    expect(none.json.usage.output_tokens_details.thinking_tokens).toBe(0);
  });

  it('accepts the SDK’s own zodOutputFormat schema and the API key as a bearer token', async () => {
    const sim = anthropicSimulator({ answer: () => ({ summary: 'x', steps: ['y'], fix: null }) });
    const client = new Anthropic({ apiKey: SIMULATED_ANTHROPIC_KEY, fetch: sim.fetch, maxRetries: 0 });
    const message = await client.messages.parse({
      ...BASE,
      messages: [{ role: 'user', content: 'Write the note.' }],
      output_config: { format: zodOutputFormat(Sections) },
    });
    expect(message.parsed_output).toEqual({ summary: 'x', steps: ['y'], fix: null });
    expect(sim.requests[0]?.headers.authorization).toBeUndefined(); // the credential is not recorded
  });

  it('records every request, refused ones with their status', async () => {
    const sim = anthropicSimulator();
    await post(sim, BASE);
    await post(sim, { ...BASE, max_tokens: undefined });
    expect(sim.requests.map((r) => r.status)).toEqual([200, 400]);
  });
});

describe('anthropic simulator: request rules (each one broken)', () => {
  it('answers 404 for another path and for an unknown model', async () => {
    const sim = anthropicSimulator();
    const other = await sim.fetch('https://api.anthropic.com/v1/complete', {
      method: 'POST',
      headers: HEADERS,
      body: JSON.stringify(BASE),
    });
    expect(other.status).toBe(404);
    await refused(
      { ...BASE, model: 'claude-nonexistent-9' },
      /model: claude-nonexistent-9/,
      404,
      'not_found_error',
    );
  });

  it('answers 401 without a key and with a wrong one', async () => {
    const sim = anthropicSimulator();
    const { 'x-api-key': _, ...noKey } = HEADERS;
    for (const headers of [noKey, { ...HEADERS, 'x-api-key': 'sk-wrong' }]) {
      const answer = await post(sim, BASE, headers);
      expect(answer.status).toBe(401);
      expect(answer.json.error.type).toBe('authentication_error');
      expect(JSON.stringify(answer.json)).not.toContain('sk-wrong');
    }
  });

  it('requires the anthropic-version header and a JSON body', async () => {
    const sim = anthropicSimulator();
    const { 'anthropic-version': _, ...noVersion } = HEADERS;
    expect((await post(sim, BASE, noVersion)).json.error.message).toMatch(/anthropic-version/);
    expect((await post(sim, '{not json')).status).toBe(400);
  });

  it('requires max_tokens, and within the model’s output limit', async () => {
    await refused({ ...BASE, max_tokens: undefined }, /^max_tokens: Field required$/);
    await refused({ ...BASE, max_tokens: 128_001 }, /max_tokens: 128001 > 128000/);
  });

  it('requires messages that start with a user turn, and refuses unknown fields', async () => {
    await refused({ ...BASE, messages: [] }, /^messages:/);
    await refused(
      { ...BASE, messages: [{ role: 'assistant', content: 'Hi' }] },
      /first message must use the user role/,
    );
    await refused({ ...BASE, response_format: { type: 'json' } }, /Unrecognized key/);
  });

  it('refuses forced tool use on claude-sonnet-5-5, accepts auto and none', async () => {
    const tools = [{ name: 'write_note', input_schema: { type: 'object', properties: {} } }];
    await refused(
      { ...BASE, tools, tool_choice: { type: 'tool', name: 'write_note' } },
      /forced tool use \('tool'\)/,
    );
    await refused({ ...BASE, tools, tool_choice: { type: 'any' } }, /forced tool use \('any'\)/);
    const sim = anthropicSimulator();
    for (const type of ['auto', 'none']) {
      expect((await post(sim, { ...BASE, tools, tool_choice: { type } })).status).toBe(200);
    }
  });

  it('lets claude-sonnet-5 force a tool (no such rule is documented for it), but only an existing one', async () => {
    const sim = anthropicSimulator();
    const tools = [{ name: 'write_note', input_schema: { type: 'object' } }];
    const base = { ...BASE, model: 'claude-sonnet-5' };
    expect(
      (await post(sim, { ...base, tools, tool_choice: { type: 'tool', name: 'write_note' } })).status,
    ).toBe(200);
    await refused({ ...base, tools, tool_choice: { type: 'tool', name: 'other' } }, /no tool named 'other'/);
  });

  it('refuses thinking disabled on claude-sonnet-5-5 (not on claude-sonnet-5)', async () => {
    await refused(
      { ...BASE, thinking: { type: 'disabled' } },
      /'disabled' is not supported on claude-sonnet-5-5/,
    );
    const sim = anthropicSimulator();
    expect(
      (await post(sim, { ...BASE, model: 'claude-sonnet-5', thinking: { type: 'disabled' } })).status,
    ).toBe(200);
  });

  it.each(['xhigh', 'max'])('refuses between_tools at effort %s', async (effort) => {
    await refused(
      { ...BASE, thinking: { type: 'between_tools' }, output_config: { effort } },
      new RegExp(`'between_tools' is not supported at effort '${effort}'`),
    );
  });

  it('refuses an effort outside low…max', async () => {
    await refused({ ...BASE, output_config: { effort: 'extreme' } }, /^output_config\.effort:/);
  });

  it.each(['claude-sonnet-5-5', 'claude-sonnet-5'])(
    'refuses a manual thinking budget (enabled) on %s',
    async (model) => {
      await refused(
        { ...BASE, model, thinking: { type: 'enabled', budget_tokens: 2_048 } },
        new RegExp(`type 'enabled' is not supported on ${model}`),
      );
    },
  );

  it('refuses between_tools on claude-sonnet-5, which thinks adaptive or disabled', async () => {
    const base = { ...BASE, model: 'claude-sonnet-5' };
    await refused(
      { ...base, thinking: { type: 'between_tools' } },
      /type 'between_tools' is not supported on claude-sonnet-5;/,
    );
    const sim = anthropicSimulator();
    expect((await post(sim, { ...base, thinking: { type: 'adaptive' } })).status).toBe(200);
  });

  it.each([
    ['temperature', { temperature: 0.2 }],
    ['top_p', { top_p: 0.9 }],
    ['top_k', { top_k: 40 }],
  ])('refuses %s on claude-sonnet-5-5, accepts it on claude-sonnet-5', async (name, sampling) => {
    await refused({ ...BASE, ...sampling }, new RegExp(`^${name}: sampling parameters are not supported`));
    const sim = anthropicSimulator();
    expect((await post(sim, { ...BASE, model: 'claude-sonnet-5', ...sampling })).status).toBe(200);
  });

  it('accepts the default temperature (1) on claude-sonnet-5-5', async () => {
    expect((await post(anthropicSimulator(), { ...BASE, temperature: 1 })).status).toBe(200);
  });

  it('refuses an assistant prefill on claude-sonnet-5-5, accepts it on claude-sonnet-5', async () => {
    const messages = [...BASE.messages, { role: 'assistant', content: '{"summary":' }];
    await refused({ ...BASE, messages }, /assistant message prefill is not supported on claude-sonnet-5-5/);
    const sim = anthropicSimulator();
    expect((await post(sim, { ...BASE, model: 'claude-sonnet-5', messages })).status).toBe(200);
  });

  it('checks the shape of output_config.format', async () => {
    const schema = { type: 'object', properties: { a: { type: 'string' } }, additionalProperties: false };
    await refused(
      { ...BASE, output_config: { format: { type: 'json', schema } } },
      /^output_config\.format\.type:/,
    );
    await refused(
      { ...BASE, output_config: { format: { type: 'json_schema' } } },
      /^output_config\.format\.schema:/,
    );
    await refused(
      { ...BASE, output_config: { format: { type: 'json_schema', schema: { type: 'array', items: {} } } } },
      /the root must be an object schema/,
    );
    await refused(
      {
        ...BASE,
        output_config: { format: { type: 'json_schema', schema: { ...schema, additionalProperties: true } } },
      },
      /additionalProperties: false/,
    );
  });

  it('refuses the schema keywords structured outputs do not accept (what zodOutputFormat moves into descriptions)', async () => {
    // z.toJSONSchema as is: maxLength, maxItems, minItems 1+ and $schema, none of which the API takes.
    const { $schema: _, ...raw } = z.toJSONSchema(Sections) as Record<string, unknown>;
    await refused(
      {
        ...BASE,
        output_config: { format: { type: 'json_schema', schema: { ...raw, additionalProperties: false } } },
      },
      /keyword '(minLength|maxLength|maxItems)' is not supported/,
    );
    const minItems = {
      type: 'object',
      properties: { a: { type: 'array', items: { type: 'string' }, minItems: 2 } },
      additionalProperties: false,
    };
    await refused(
      { ...BASE, output_config: { format: { type: 'json_schema', schema: minItems } } },
      /minItems must be 0 or 1/,
    );
    const format = {
      type: 'object',
      properties: { a: { type: 'string', format: 'phone' } },
      additionalProperties: false,
    };
    await refused(
      { ...BASE, output_config: { format: { type: 'json_schema', schema: format } } },
      /format 'phone'/,
    );
  });

  it('refuses a prompt longer than the context window', async () => {
    const huge = 'x'.repeat(4 * SIMULATED_MODELS['claude-sonnet-5-5']!.contextWindowTokens + 4);
    await refused({ ...BASE, messages: [{ role: 'user', content: huge }] }, /prompt is too long/);
  });
});

describe('anthropic simulator: prompt caching', () => {
  const system = (text: string) => [{ type: 'text', text, cache_control: { type: 'ephemeral' } }];

  it('caches a marked prefix at or above the model’s minimum: written once, then read', async () => {
    const sim = anthropicSimulator();
    const body = { ...BASE, system: system('r'.repeat(4 * 600)) }; // 600 tokens ≥ 512
    const first = (await post(sim, body)).json.usage;
    const second = (await post(sim, body)).json.usage;
    expect(first.cache_creation_input_tokens).toBeGreaterThanOrEqual(600);
    expect(first.cache_read_input_tokens).toBe(0);
    expect(second.cache_read_input_tokens).toBe(first.cache_creation_input_tokens);
    expect(second.cache_creation_input_tokens).toBe(0);
    expect(second.input_tokens).toBe(first.input_tokens);
  });

  it('silently caches nothing below the minimum, or without a cache_control mark', async () => {
    const sim = anthropicSimulator();
    for (const body of [
      { ...BASE, system: system('r'.repeat(4 * 400)) }, // 400 tokens < 512
      { ...BASE, model: 'claude-sonnet-5', system: system('r'.repeat(4 * 800)) }, // 800 < 1,024
      { ...BASE, system: [{ type: 'text', text: 'r'.repeat(4 * 2_000) }] },
    ]) {
      for (let i = 0; i < 2; i++) {
        const usage = (await post(sim, body)).json.usage;
        expect([usage.cache_creation_input_tokens, usage.cache_read_input_tokens]).toEqual([0, 0]);
      }
    }
  });

  it('keys the cache on the output format too: another schema writes a new entry', async () => {
    const sim = anthropicSimulator();
    const format = (name: string) => ({
      type: 'json_schema',
      schema: { type: 'object', properties: { [name]: { type: 'string' } }, additionalProperties: false },
    });
    const body = (name: string) => ({
      ...BASE,
      system: system('r'.repeat(4 * 600)),
      output_config: { format: format(name) },
    });
    await post(sim, body('a'));
    const other = (await post(sim, body('b'))).json.usage;
    expect(other.cache_read_input_tokens).toBe(0);
    expect(other.cache_creation_input_tokens).toBeGreaterThan(0);
  });
});

describe('anthropic simulator: stop reasons and errors', () => {
  it.each<StopReason>([
    'end_turn',
    'max_tokens',
    'stop_sequence',
    'tool_use',
    'pause_turn',
    'refusal',
    'model_context_window_exceeded',
  ])('answers stop_reason %s when scripted', async (stopReason) => {
    const sim = anthropicSimulator();
    sim.script({ stopReason });
    const { json } = await post(sim, BASE);
    expect(json.stop_reason).toBe(stopReason);
    if (stopReason === 'refusal') {
      expect(json.stop_details).toMatchObject({ type: 'refusal' });
      expect(json.content.some((b: { type: string }) => b.type === 'text')).toBe(false);
    }
  });

  it('cuts an answer longer than max_tokens mid-text, with stop_reason max_tokens', async () => {
    const sim = anthropicSimulator({ answer: () => ({ text: 'y'.repeat(20_000) }) });
    const { json } = await post(sim, {
      ...BASE,
      thinking: { type: 'between_tools' },
      output_config: { effort: 'low' },
    });
    expect(json.stop_reason).toBe('max_tokens');
    expect(() => JSON.parse(json.content[0].text)).toThrow();
    expect(json.usage.output_tokens).toBeLessThanOrEqual(BASE.max_tokens);
    expect(json.usage.output_tokens).toBeGreaterThan(BASE.max_tokens - 4);
  });

  it('answers a scripted text block verbatim (malformed JSON)', async () => {
    const sim = anthropicSimulator();
    sim.script({ text: '{"summary": ' });
    const { json } = await post(sim, BASE);
    expect(json.content.at(-1)).toEqual({ type: 'text', text: '{"summary": ', citations: null });
  });

  it('serves scripted errors before validating, each once', async () => {
    const sim = anthropicSimulator();
    sim.script({ status: 529, type: 'overloaded_error', message: 'Overloaded' });
    const overloaded = await post(sim, { not: 'even valid' });
    expect(overloaded.status).toBe(529);
    expect(overloaded.json).toEqual({
      type: 'error',
      error: { type: 'overloaded_error', message: 'Overloaded' },
      request_id: overloaded.headers.get('request-id'),
    });
    expect((await post(sim, BASE)).status).toBe(200);
  });

  it('drives the SDK’s retries: a 429 with retry-after, a 429 without, a 529, then success', async () => {
    const sim = anthropicSimulator();
    sim.script(
      { status: 429, type: 'rate_limit_error', retryAfter: 0.001 },
      { status: 429, type: 'rate_limit_error' },
      { status: 529, type: 'overloaded_error', retryAfter: 0.001 },
    );
    const client = new Anthropic({ apiKey: SIMULATED_ANTHROPIC_KEY, fetch: sim.fetch, maxRetries: 3 });
    const message = await client.messages.create({ ...BASE, messages: [{ role: 'user', content: 'x' }] });
    expect(message.stop_reason).toBe('end_turn');
    expect(sim.requests.map((r) => r.status)).toEqual([429, 429, 529, 200]);
    expect(sim.requests[0]?.headers['x-stainless-retry-count']).toBe('0');
  });

  it('a spend limit (429, x-should-retry: false) is not retried by the SDK', async () => {
    const sim = anthropicSimulator();
    sim.script({
      status: 429,
      type: 'rate_limit_error',
      message: 'You have reached your workspace spend limit',
      shouldRetry: false,
    });
    const client = new Anthropic({ apiKey: SIMULATED_ANTHROPIC_KEY, fetch: sim.fetch, maxRetries: 2 });
    const error = await client.messages
      .create({ ...BASE, messages: [{ role: 'user', content: 'x' }] })
      .catch((e) => e);
    expect(error).toBeInstanceOf(Anthropic.RateLimitError);
    expect(error.headers.get('x-should-retry')).toBe('false');
    expect(sim.requests).toHaveLength(1);
  });

  it('maps to the SDK’s error classes: 400, 401, 529', async () => {
    const sim = anthropicSimulator();
    const wrongKey = new Anthropic({ apiKey: 'sk-wrong', fetch: sim.fetch, maxRetries: 0 });
    const client = new Anthropic({ apiKey: SIMULATED_ANTHROPIC_KEY, fetch: sim.fetch, maxRetries: 0 });
    const create = (c: Anthropic, body: Anthropic.MessageCreateParamsNonStreaming) =>
      c.messages.create(body).catch((e: unknown) => e);
    const messages: Anthropic.MessageParam[] = [{ role: 'user', content: 'x' }];
    expect(await create(wrongKey, { ...BASE, messages })).toBeInstanceOf(Anthropic.AuthenticationError);
    expect(await create(client, { ...BASE, messages, thinking: { type: 'disabled' } })).toBeInstanceOf(
      Anthropic.BadRequestError,
    );
    sim.script({ status: 529, type: 'overloaded_error' });
    expect(await create(client, { ...BASE, messages })).toBeInstanceOf(Anthropic.InternalServerError);
  });

  it('honours the caller’s abort while it waits', async () => {
    const sim = anthropicSimulator({ delayMs: 5_000 });
    const client = new Anthropic({
      apiKey: SIMULATED_ANTHROPIC_KEY,
      fetch: sim.fetch,
      maxRetries: 0,
      timeout: 20,
    });
    const error = await client.messages
      .create({ ...BASE, messages: [{ role: 'user', content: 'x' }] })
      .catch((e) => e);
    expect(error).toBeInstanceOf(Anthropic.APIConnectionTimeoutError);
  });
});
