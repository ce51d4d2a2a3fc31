import OpenAI, { AzureOpenAI } from 'openai';
import { zodResponseFormat } from 'openai/helpers/zod';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  azureVersionAtLeast,
  OPENAI_MIN_CACHED_TOKENS,
  openaiSimulator,
  SIMULATED_OPENAI_KEY,
  SIMULATED_REASONING_TOKENS,
} from '../src/openai.js';

const URL_ = 'https://api.openai.com/v1/chat/completions';
const HEADERS = { 'content-type': 'application/json', authorization: `Bearer ${SIMULATED_OPENAI_KEY}` };
const BASE = { model: 'gpt-4.1-mini', messages: [{ role: 'user', content: 'Write the note.' }] };

interface Answer {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: a test reads the JSON it got back
  json: any;
}

async function post(
  sim: ReturnType<typeof openaiSimulator>,
  body: unknown,
  headers = HEADERS,
): Promise<Answer> {
  const response = await sim.fetch(URL_, { method: 'POST', headers, body: JSON.stringify(body) });
  return { status: response.status, json: await response.json() };
}

async function refused(body: unknown, pattern: RegExp, status = 400) {
  const { status: got, json } = await post(openaiSimulator(), body);
  expect(got).toBe(status);
  expect(json.error).toMatchObject({ type: 'invalid_request_error' });
  expect(json.error.message).toMatch(pattern);
}

const Sections = z.object({ summary: z.string().max(600), fix: z.object({ id: z.string() }).nullable() });
const strict = (schema: Record<string, unknown>) => ({
  ...BASE,
  response_format: { type: 'json_schema', json_schema: { name: 'note', strict: true, schema } },
});

describe('openai simulator: accepted requests and their shapes', () => {
  it('answers a chat.completion the SDK parses, with the zodResponseFormat schema', async () => {
    const sim = openaiSimulator({ answer: () => ({ summary: 'x', fix: null }) });
    const client = new OpenAI({ apiKey: SIMULATED_OPENAI_KEY, fetch: sim.fetch, maxRetries: 0 });
    const completion = await client.chat.completions.parse({
      model: 'gpt-4.1-mini',
      messages: [{ role: 'user', content: 'Write the note.' }],
      response_format: zodResponseFormat(Sections, 'note'),
    });
    expect(completion.choices[0]?.message.parsed).toEqual({ summary: 'x', fix: null });
    expect(completion.choices[0]?.finish_reason).toBe('stop');
    expect(completion.usage?.completion_tokens_details?.reasoning_tokens).toBe(0);
  });

  it('a reasoning model spends reasoning tokens by effort', async () => {
    const sim = openaiSimulator();
    const { json } = await post(sim, { ...BASE, model: 'gpt-5-mini', reasoning_effort: 'low' });
    expect(json.usage.completion_tokens_details.reasoning_tokens).toBe(SIMULATED_REASONING_TOKENS.low);
  });

  it('caches a prefix of 1,024 tokens or more automatically, in steps of 128', async () => {
    const sim = openaiSimulator();
    const long = {
      ...BASE,
      messages: [{ role: 'system', content: 's'.repeat(4 * 1_300) }, ...BASE.messages],
    };
    expect((await post(sim, long)).json.usage.prompt_tokens_details.cached_tokens).toBe(0);
    const again = (await post(sim, long)).json.usage.prompt_tokens_details.cached_tokens;
    expect(again).toBeGreaterThanOrEqual(OPENAI_MIN_CACHED_TOKENS);
    expect(again % 128).toBe(0);
    const short = { ...BASE, messages: [{ role: 'system', content: 's'.repeat(4 * 900) }, ...BASE.messages] };
    await post(sim, short);
    expect((await post(sim, short)).json.usage.prompt_tokens_details.cached_tokens).toBe(0);
  });
});

describe('openai simulator: request rules (each one broken)', () => {
  it('answers 401 to a missing or wrong key, 404 to another path and an unknown model', async () => {
    const sim = openaiSimulator();
    const noKey = await post(sim, BASE, { 'content-type': 'application/json' } as typeof HEADERS);
    expect(noKey).toMatchObject({ status: 401, json: { error: { code: 'invalid_api_key' } } });
    expect((await post(sim, BASE, { ...HEADERS, authorization: 'Bearer nope' })).status).toBe(401);
    const other = await sim.fetch('https://api.openai.com/v1/completions', {
      method: 'POST',
      headers: HEADERS,
      body: '{}',
    });
    expect(other.status).toBe(404);
    const unknown = await post(sim, { ...BASE, model: 'gpt-0' });
    expect(unknown).toMatchObject({ status: 404, json: { error: { code: 'model_not_found' } } });
  });

  it('requires a model and messages, and refuses unknown fields', async () => {
    await refused({ messages: BASE.messages }, /Invalid 'model'/);
    await refused({ ...BASE, messages: [] }, /Invalid 'messages'/);
    await refused({ ...BASE, output_config: {} }, /Unrecognized key/);
  });

  it('refuses max_tokens on a reasoning model and reasoning_effort on another', async () => {
    await refused({ ...BASE, model: 'gpt-5-mini', max_tokens: 100 }, /Use 'max_completion_tokens' instead/);
    await refused({ ...BASE, reasoning_effort: 'low' }, /'reasoning_effort' is not supported/);
    await refused({ ...BASE, max_completion_tokens: 40_000 }, /at most 32768/);
  });

  it('refuses a json_schema name outside [a-zA-Z0-9_-]{1,64}', async () => {
    await refused(
      {
        ...BASE,
        response_format: { type: 'json_schema', json_schema: { name: 'closeout note', schema: {} } },
      },
      /response_format\.json_schema\.name/,
    );
  });

  it('under strict: a root that is not an object, an open object, an optional property', async () => {
    await refused(strict({ anyOf: [{ type: 'object' }] }), /the root must be an object/);
    await refused(
      strict({ type: 'object', properties: {}, additionalProperties: true }),
      /additionalProperties must be false/,
    );
    await refused(
      strict({
        type: 'object',
        properties: {
          a: {
            type: 'object',
            properties: { b: { type: 'string' } },
            required: [],
            additionalProperties: false,
          },
        },
        required: ['a'],
        additionalProperties: false,
      }),
      /properties\.a: 'b' must be in required/,
    );
    const sim = openaiSimulator();
    const { $schema: _, ...ok } = zodResponseFormat(Sections, 'note').json_schema.schema as Record<
      string,
      unknown
    >;
    expect((await post(sim, strict(ok))).status).toBe(200);
  });

  it('refuses json_object unless a message says JSON', async () => {
    await refused({ ...BASE, response_format: { type: 'json_object' } }, /must contain the word 'json'/);
    const sim = openaiSimulator();
    const said = {
      ...BASE,
      messages: [{ role: 'user', content: 'Answer in JSON.' }],
      response_format: { type: 'json_object' },
    };
    expect((await post(sim, said)).status).toBe(200);
  });

  it('refuses a prompt over the context window', async () => {
    await refused(
      { ...BASE, messages: [{ role: 'user', content: 'x'.repeat(4 * 1_047_580) }] },
      /maximum context length/,
    );
  });
});

describe('openai simulator: finish reasons and errors', () => {
  it.each(['stop', 'length', 'content_filter'] as const)(
    'answers finish_reason %s when scripted',
    async (finishReason) => {
      const sim = openaiSimulator();
      sim.script({ finishReason });
      const { json } = await post(sim, BASE);
      expect(json.choices[0].finish_reason).toBe(finishReason);
    },
  );

  it('answers a refusal, and cuts an answer at max_completion_tokens', async () => {
    const sim = openaiSimulator({ answer: () => ({ text: 'y'.repeat(4_000) }) });
    sim.script({ refusal: 'I can’t help with that.' });
    const refusal = (await post(sim, BASE)).json.choices[0];
    expect(refusal.message).toMatchObject({ content: null, refusal: 'I can’t help with that.' });
    const cut = (await post(sim, { ...BASE, max_completion_tokens: 50 })).json.choices[0];
    expect(cut.finish_reason).toBe('length');
    expect(() => JSON.parse(cut.message.content)).toThrow();
  });

  it('drives the SDK: retries a 429 and a 500, never insufficient_quota with x-should-retry false', async () => {
    const sim = openaiSimulator();
    sim.script(
      { status: 429, type: 'requests', code: 'rate_limit_exceeded', retryAfter: 0.001 },
      { status: 500, type: 'server_error' },
    );
    const client = new OpenAI({ apiKey: SIMULATED_OPENAI_KEY, fetch: sim.fetch, maxRetries: 2 });
    await client.chat.completions.create({
      model: 'gpt-4.1-mini',
      messages: [{ role: 'user', content: 'x' }],
    });
    expect(sim.requests.map((r) => r.status)).toEqual([429, 500, 200]);

    const quota = openaiSimulator();
    quota.script({ status: 429, type: 'insufficient_quota', code: 'insufficient_quota', shouldRetry: false });
    const quotaClient = new OpenAI({ apiKey: SIMULATED_OPENAI_KEY, fetch: quota.fetch, maxRetries: 2 });
    const error = await quotaClient.chat.completions
      .create({ model: 'gpt-4.1-mini', messages: [{ role: 'user', content: 'x' }] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.RateLimitError);
    expect((error as InstanceType<typeof OpenAI.RateLimitError>).code).toBe('insufficient_quota');
    expect(quota.requests).toHaveLength(1);
  });
});

describe('openai simulator as Azure OpenAI', () => {
  const azure = { deployments: { 'closeout-notes': 'gpt-5-mini' } };
  const ENDPOINT = 'https://acme-ai.openai.azure.com/openai/deployments/closeout-notes/chat/completions';
  const KEYED = { 'content-type': 'application/json', 'api-key': SIMULATED_OPENAI_KEY };
  const send = async (url: string, body: unknown, headers: Record<string, string> = KEYED) => {
    const sim = openaiSimulator({ azure });
    const response = await sim.fetch(url, { method: 'POST', headers, body: JSON.stringify(body) });
    // biome-ignore lint/suspicious/noExplicitAny: a test reads the JSON it got back
    return { status: response.status, json: (await response.json()) as any, sim };
  };
  const CHAT = { model: 'closeout-notes', messages: [{ role: 'user', content: 'Write the note.' }] };

  it('answers the SDK’s AzureOpenAI client: api-key header, deployments path, api-version', async () => {
    const sim = openaiSimulator({ azure, answer: () => ({ summary: 'x', fix: null }) });
    const client = new AzureOpenAI({
      apiKey: SIMULATED_OPENAI_KEY,
      endpoint: 'https://acme-ai.openai.azure.com',
      apiVersion: '2024-10-21',
      fetch: sim.fetch,
      maxRetries: 0,
    });
    const completion = await client.chat.completions.create({
      model: 'closeout-notes',
      messages: [{ role: 'user', content: 'Write the note.' }],
      max_completion_tokens: 1_000,
      response_format: zodResponseFormat(Sections, 'note'),
    });
    expect(completion.model).toBe('gpt-5-mini');
    expect(sim.requests[0]).toMatchObject({
      path: '/openai/deployments/closeout-notes/chat/completions',
      apiVersion: '2024-10-21',
      status: 200,
    });
  });

  it('refuses a Bearer key (Azure takes api-key), and a wrong api-key', async () => {
    const bearer = await send(`${ENDPOINT}?api-version=2024-10-21`, CHAT, HEADERS);
    expect(bearer.status).toBe(401);
    expect(bearer.json.error.message).toContain('api-key');
    const wrong = await send(`${ENDPOINT}?api-version=2024-10-21`, CHAT, { ...KEYED, 'api-key': 'nope' });
    expect(wrong.status).toBe(401);
  });

  it('refuses the OpenAI path, an unknown deployment, a missing or unknown api-version', async () => {
    expect(
      (await send('https://acme-ai.openai.azure.com/openai/chat/completions?api-version=2024-10-21', CHAT))
        .status,
    ).toBe(404);
    const missing = await send(
      'https://acme-ai.openai.azure.com/openai/deployments/other/chat/completions?api-version=2024-10-21',
      CHAT,
    );
    expect(missing.status).toBe(404);
    expect(missing.json.error.code).toBe('DeploymentNotFound');
    const noVersion = await send(ENDPOINT, CHAT);
    expect(noVersion.status).toBe(400);
    expect(noVersion.json.error.message).toContain('api-version');
    expect((await send(`${ENDPOINT}?api-version=2019-01-01`, CHAT)).status).toBe(404);
  });

  it('refuses json_schema before 2024-08-01-preview and max_completion_tokens before 2024-09-01-preview', async () => {
    const schema = {
      ...CHAT,
      response_format: {
        type: 'json_schema',
        json_schema: {
          name: 'note',
          strict: true,
          schema: { type: 'object', properties: {}, required: [], additionalProperties: false },
        },
      },
    };
    const old = await send(`${ENDPOINT}?api-version=2024-06-01`, schema);
    expect(old.status).toBe(400);
    expect(old.json.error.message).toMatch(/json_schema is enabled only for api versions 2024-08-01-preview/);
    expect((await send(`${ENDPOINT}?api-version=2024-08-01-preview`, schema)).status).toBe(200);
    const tokens = { ...CHAT, max_completion_tokens: 500 };
    const before = await send(`${ENDPOINT}?api-version=2024-08-01-preview`, tokens);
    expect(before.status).toBe(400);
    expect(before.json.error.param).toBe('max_completion_tokens');
    expect((await send(`${ENDPOINT}?api-version=2024-09-01-preview`, tokens)).status).toBe(200);
  });

  it('orders API versions by date, a preview before the release of the same date', () => {
    expect(azureVersionAtLeast('2024-10-21', '2024-09-01-preview')).toBe(true);
    expect(azureVersionAtLeast('2024-06-01', '2024-08-01-preview')).toBe(false);
    expect(azureVersionAtLeast('2024-08-01-preview', '2024-08-01')).toBe(false);
  });
});
