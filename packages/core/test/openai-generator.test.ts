import {
  type ChatBody,
  type OpenAiSimulator,
  openaiSimulator,
  SIMULATED_OPENAI_KEY,
} from '@closeout/simulators/openai';
import { memoryStorage } from '@closeout/storage-memory';
import OpenAI from 'openai';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCloseout } from '../src/closeout.js';
import { SYSTEM_PROMPT } from '../src/generators/prompts/system.js';
import type { Session } from '../src/model/session.js';
import {
  DEFAULT_OPENAI_TIMEOUT_MS,
  OPENAI_NOTE_FORMAT,
  type OpenAiGeneratorOptions,
  openaiGenerator,
} from '../src/openai/index.js';
import { SECRETS } from './fixtures/secrets-corpus.js';
import { caught } from './support/caught.js';
import { askedKind, document, honest } from './support/model-answers.js';

function client(sim: OpenAiSimulator, maxRetries = 2) {
  return new OpenAI({ apiKey: SIMULATED_OPENAI_KEY, fetch: sim.fetch, maxRetries });
}

async function setup(generator: Partial<OpenAiGeneratorOptions> = {}, maxRetries = 2) {
  let session!: Session;
  const sim = openaiSimulator({ answer: honest(() => session) });
  const acme = createCloseout({
    storage: memoryStorage(),
    fallbackGenerator: null,
    generator: openaiGenerator({ model: 'gpt-5-mini', client: client(sim, maxRetries), ...generator }),
  }).account('acme-msp');
  const s = await acme.sessions.create({ problem: 'Outlook keeps asking for a password' });
  for (const { text } of SECRETS) await acme.sessions.addFinding(s.id, { text });
  await acme.sessions.proposeFix(s.id, { title: 'Clear cached credentials' });
  session = await acme.sessions.recordOutcome(s.id, {
    status: 'partial',
    partialNotes: 'Prompts stopped on Wi-Fi only',
    appliedAt: '2026-11-25T09:30:00Z',
  });
  return { acme, session, sim };
}

const bodies = (sim: OpenAiSimulator): ChatBody[] => sim.requests.map((r) => r.body);

describe('openaiGenerator on the strict Chat Completions simulator', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('asks with a strict json_schema response format and the system prompt, and sends no secret', async () => {
    const { acme, session, sim } = await setup();
    const note = await acme.previews.resolutionNote(session.id);
    const [body] = bodies(sim);
    expect(body).toMatchObject({
      model: 'gpt-5-mini',
      max_completion_tokens: 8_192,
      response_format: OPENAI_NOTE_FORMAT,
      messages: [{ role: 'system', content: SYSTEM_PROMPT }, { role: 'user' }],
    });
    expect(body?.max_tokens).toBeUndefined();
    expect(body?.reasoning_effort).toBeUndefined();
    expect(OPENAI_NOTE_FORMAT.json_schema).toMatchObject({ name: 'closeout_document', strict: true });
    const raw = JSON.stringify(body);
    for (const { secrets } of SECRETS) for (const secret of secrets) expect(raw).not.toContain(secret);
    expect(note.markdown).toContain('helped only in part: Prompts stopped on Wi-Fi only');
    expect(note.generatorId).toBe('openai:gpt-5-mini');
    expect(note.usage?.thinkingTokens).toBeGreaterThan(0); // a reasoning model's tokens
  });

  it('both previews come out, the second reading the automatically cached prefix', async () => {
    const { acme, session, sim } = await setup({ model: 'gpt-4.1-mini' });
    const note = await acme.previews.resolutionNote(session.id);
    const pkg = await acme.previews.escalationPackage(session.id);
    expect(sim.requests.map((r) => r.status)).toEqual([200, 200]);
    expect(pkg.markdown).toContain('## Current hypothesis');
    expect(note.usage?.cacheReadInputTokens).toBe(0);
    expect(pkg.usage?.cacheReadInputTokens).toBeGreaterThan(0);
    expect(note.usage?.thinkingTokens).toBe(0);
  });

  it('sends reasoning_effort when given, and the model’s refusal of it is a 400, not retried', async () => {
    const ok = await setup({ reasoningEffort: 'low' });
    await ok.acme.previews.resolutionNote(ok.session.id);
    expect(bodies(ok.sim)[0]?.reasoning_effort).toBe('low');
    const refused = await setup({ model: 'gpt-4.1-mini', reasoningEffort: 'low' });
    const error = await caught(refused.acme.previews.resolutionNote(refused.session.id));
    expect(error).toMatchObject({ code: 'GENERATOR_FAILED', retryable: false, details: { status: 400 } });
    expect(refused.sim.requests).toHaveLength(1);
  });

  it('lets the SDK retry a 429, then reports it retryable; insufficient quota is not retryable', async () => {
    const limited = await setup({}, 1);
    const busy = { status: 429, type: 'requests', code: 'rate_limit_exceeded', retryAfter: 0.001 };
    limited.sim.script(busy, busy);
    const error = await caught(limited.acme.previews.resolutionNote(limited.session.id));
    expect(limited.sim.requests).toHaveLength(2);
    expect(error).toMatchObject({
      retryable: true,
      details: { status: 429, errorType: 'rate_limit_exceeded' },
    });

    const broke = await setup({}, 2);
    broke.sim.script({
      status: 429,
      type: 'insufficient_quota',
      code: 'insufficient_quota',
      shouldRetry: false,
    });
    const quota = await caught(broke.acme.previews.resolutionNote(broke.session.id));
    expect(broke.sim.requests).toHaveLength(1);
    expect(quota).toMatchObject({ retryable: false, details: { errorType: 'insufficient_quota' } });
    expect(quota.message).toContain('retrying will not clear');
  });

  it.each([
    [{ finishReason: 'length' as const }, 'maxOutputTokens'],
    [{ finishReason: 'content_filter' as const }, 'declined'],
    [{ refusal: 'I can’t help with that.' }, 'declined'],
  ])('%o is GENERATOR_FAILED at once, not retryable', async (reply, words) => {
    const { acme, session, sim } = await setup();
    sim.script(reply);
    const error = await caught(acme.previews.resolutionNote(session.id));
    expect(error).toMatchObject({ code: 'GENERATOR_FAILED', retryable: false });
    expect(error.message).toContain(words);
    expect(sim.requests).toHaveLength(1);
  });

  it('malformed JSON is an invalid output retried once with feedback; a wrong document twice is invalid', async () => {
    const { acme, session, sim } = await setup();
    sim.script({ text: '{"resolution_note": ' });
    await acme.previews.resolutionNote(session.id);
    expect(bodies(sim)[1]?.messages[1]?.content).toContain('the answer was not valid JSON');

    const other = await setup();
    const empty = JSON.stringify(document('escalation_package', null));
    other.sim.script({ text: empty }, { text: empty });
    expect((await caught(other.acme.previews.escalationPackage(other.session.id))).code).toBe(
      'GENERATOR_OUTPUT_INVALID',
    );
  });

  it('a refused key is a 401 naming OPENAI_API_KEY, never the key', async () => {
    const sim = openaiSimulator();
    const key = ['sk-proj-', 'wrong0test0only0key0000'].join('');
    const generator = openaiGenerator({
      model: 'gpt-5-mini',
      client: new OpenAI({ apiKey: key, fetch: sim.fetch, maxRetries: 2 }),
    });
    const acme = createCloseout({ storage: memoryStorage(), generator, fallbackGenerator: null }).account(
      'acme-msp',
    );
    const s = await acme.sessions.create({ problem: 'VPN drops' });
    const error = await caught(acme.previews.resolutionNote(s.id));
    expect(error).toMatchObject({ retryable: false, details: { status: 401, errorType: 'invalid_api_key' } });
    expect(error.message).toContain('OPENAI_API_KEY');
    expect(JSON.stringify({ ...error, message: error.message })).not.toContain(key);
  });

  it('times out after timeoutMs (retryable), and sends the default timeout otherwise', async () => {
    const slow = openaiSimulator({ delayMs: 5_000 });
    const generator = openaiGenerator({ model: 'gpt-5-mini', client: client(slow, 0), timeoutMs: 30 });
    const acme = createCloseout({ storage: memoryStorage(), generator, fallbackGenerator: null }).account(
      'acme-msp',
    );
    const s = await acme.sessions.create({ problem: 'VPN drops' });
    const error = await caught(acme.previews.resolutionNote(s.id));
    expect(error).toMatchObject({ code: 'GENERATOR_FAILED', retryable: true, details: { timeoutMs: 30 } });

    const sim = openaiSimulator({ answer: ({ user }) => document(askedKind(user), null) });
    const spied = client(sim);
    const create = vi.spyOn(spied.chat.completions, 'create');
    const other = createCloseout({
      storage: memoryStorage(),
      fallbackGenerator: null,
      generator: openaiGenerator({ model: 'gpt-5-mini', client: spied }),
    }).account('acme-msp');
    const s2 = await other.sessions.create({ problem: 'VPN drops' });
    await other.previews.resolutionNote(s2.id).catch(() => undefined);
    expect(create.mock.calls[0]?.[1]).toEqual({ timeout: DEFAULT_OPENAI_TIMEOUT_MS });
    expect(DEFAULT_OPENAI_TIMEOUT_MS).toBeLessThan(OpenAI.DEFAULT_TIMEOUT);
  });

  it('works against a local server’s base URL (vLLM, Ollama) through the SDK’s own client', async () => {
    let session!: Session;
    const sim = openaiSimulator({ answer: honest(() => session), apiKey: 'ollama' });
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockImplementation(sim.fetch);
    try {
      const generator = openaiGenerator({
        model: 'gpt-4.1-mini',
        baseURL: 'http://localhost:11434/v1',
        apiKey: 'ollama',
      });
      const acme = createCloseout({ storage: memoryStorage(), generator, fallbackGenerator: null }).account(
        'acme-msp',
      );
      session = await acme.sessions.create({ problem: 'VPN drops' });
      await acme.previews.resolutionNote(session.id);
      expect(sim.requests.map((r) => [r.path, r.status])).toEqual([['/v1/chat/completions', 200]]);
    } finally {
      fetchSpy.mockRestore();
    }
  });

  it('refuses a missing model or key at construction, naming OPENAI_API_KEY', () => {
    vi.stubEnv('OPENAI_API_KEY', '');
    expect(() => openaiGenerator({ model: 'gpt-5-mini' })).toThrow(/OPENAI_API_KEY/);
    expect(() => openaiGenerator({ model: ' ', apiKey: 'k' })).toThrow(/Invalid openaiGenerator options/);
    expect(() => openaiGenerator({ model: 'm', apiKey: 'k', baseURL: 'ftp://x' })).toThrow(
      /Invalid openaiGenerator options/,
    );
    vi.stubEnv('OPENAI_API_KEY', SIMULATED_OPENAI_KEY);
    expect(openaiGenerator({ model: 'gpt-5-mini' }).id).toBe('openai:gpt-5-mini');
  });
});
