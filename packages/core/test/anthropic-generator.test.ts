import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Anthropic from '@anthropic-ai/sdk';
import {
  type AnthropicSimulator,
  anthropicSimulator,
  type MessagesBody,
  SIMULATED_ANTHROPIC_KEY,
} from '@closeout/simulators/anthropic';
import { serve } from '@closeout/simulators/scripted-api';
import { memoryStorage } from '@closeout/storage-memory';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  type AnthropicGeneratorOptions,
  anthropicGenerator,
  cachedPrefixTokens,
  DEFAULT_ANTHROPIC_MODEL,
  DEFAULT_ANTHROPIC_TIMEOUT_MS,
  NOTE_FORMAT,
  SUPPORTED_ANTHROPIC_MODELS,
} from '../src/anthropic/index.js';
import { buildBundle } from '../src/bundle/build.js';
import { createCloseout } from '../src/closeout.js';
import { SYSTEM_PROMPT } from '../src/generators/prompts/system.js';
import type { Session } from '../src/model/session.js';
import { SECRETS } from './fixtures/secrets-corpus.js';
import { caught } from './support/caught.js';
import { askedKind, document, honest } from './support/model-answers.js';

function client(sim: AnthropicSimulator, maxRetries = 2) {
  return new Anthropic({ apiKey: SIMULATED_ANTHROPIC_KEY, fetch: sim.fetch, maxRetries });
}

async function setup(
  options: {
    maxRetries?: number;
    delayMs?: number;
    generator?: Omit<AnthropicGeneratorOptions, 'client'>;
  } = {},
) {
  let session!: Session;
  const sim = anthropicSimulator({
    answer: honest(() => session),
    ...(options.delayMs === undefined ? {} : { delayMs: options.delayMs }),
  });
  const acme = createCloseout({
    storage: memoryStorage(),
    fallbackGenerator: null,
    generator: anthropicGenerator({ client: client(sim, options.maxRetries), ...options.generator }),
  }).account('acme-msp');
  const s = await acme.sessions.create({
    problem: 'Outlook keeps asking for a password',
    ticket: { provider: 'connectwise', id: '48213' },
  });
  for (const { text } of SECRETS) await acme.sessions.addFinding(s.id, { text });
  await acme.sessions.proposeFix(s.id, {
    title: 'Clear cached credentials',
    steps: ['Credential Manager → remove Office entries'],
  });
  session = await acme.sessions.recordOutcome(s.id, {
    status: 'failed',
    failureReason: 'Prompt came back after the next sign-in',
    appliedAt: '2026-11-25T09:30:00Z',
  });
  return { acme, session, sim };
}

const bodies = (sim: AnthropicSimulator): MessagesBody[] => sim.requests.map((r) => r.body);

describe('anthropicGenerator on the strict Messages API simulator', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('asks through structured outputs: the zodOutputFormat schema, no tool, cached system prompt, no secret', async () => {
    const { acme, session, sim } = await setup();
    const preview = await acme.previews.resolutionNote(session.id);
    const [body] = bodies(sim);
    expect(sim.requests.map((r) => r.status)).toEqual([200]);
    expect(body).toMatchObject({
      model: DEFAULT_ANTHROPIC_MODEL,
      max_tokens: 8_192,
      system: [{ type: 'text', text: SYSTEM_PROMPT, cache_control: { type: 'ephemeral' } }],
      thinking: { type: 'between_tools' },
      output_config: { effort: 'medium', format: NOTE_FORMAT },
    });
    expect(body?.tools).toBeUndefined();
    expect(body?.tool_choice).toBeUndefined();
    const user = body?.messages[0]?.content as string;
    const fix = session.fixes[0]!;
    expect(user).toMatch(
      /^Write the customer resolution note for this session\. Put it in the field resolution_note/,
    );
    expect(user).toContain(`[${fix.id}] (ACTIVE FIX) Clear cached credentials`);
    expect(user).toContain('failure reason: Prompt came back after the next sign-in');
    expect(user).toContain('recorded as FAILED');
    const raw = JSON.stringify(body);
    for (const { secrets } of SECRETS) for (const secret of secrets) expect(raw).not.toContain(secret);
    expect(raw).toContain('[REDACTED:');
    expect(preview.markdown).toContain('did not fix it: Prompt came back after the next sign-in');
    expect(preview.generatorId).toBe(`anthropic:${DEFAULT_ANTHROPIC_MODEL}`);
  });

  it.each(Object.keys(SUPPORTED_ANTHROPIC_MODELS))(
    'with default options on %s: both previews, one shared cached prefix, usage on the preview',
    async (model) => {
      const { acme, session, sim } = await setup({ generator: { model } });
      const note = await acme.previews.resolutionNote(session.id);
      const pkg = await acme.previews.escalationPackage(session.id);
      expect(sim.requests.map((r) => r.status)).toEqual([200, 200]);
      expect(note.markdown).toContain('## Closed without a confirmed fix');
      expect(pkg.markdown).toContain("## What we've tried");
      expect(cachedPrefixTokens()).toBeGreaterThanOrEqual(
        SUPPORTED_ANTHROPIC_MODELS[model]!.minCacheableTokens,
      );
      // The first request writes the prefix, the other kind reads it: one prefix for both.
      expect(note.usage?.cacheCreationInputTokens).toBeGreaterThan(0);
      expect(pkg.usage?.cacheReadInputTokens).toBe(note.usage?.cacheCreationInputTokens);
      expect(pkg.usage?.cacheCreationInputTokens).toBe(0);
      expect(note.usage).toMatchObject({ thinkingTokens: 0 });
      expect(note.usage?.inputTokens).toBeGreaterThan(0);
      expect(note.usage?.outputTokens).toBeGreaterThan(0);
    },
  );

  it('with only a base URL, over HTTP, against the simulator served on loopback', async () => {
    let session!: Session;
    const sim = anthropicSimulator({ answer: honest(() => session) });
    const served = await serve(sim.fetch);
    try {
      const generator = anthropicGenerator({
        client: new Anthropic({ apiKey: SIMULATED_ANTHROPIC_KEY, baseURL: served.url, maxRetries: 0 }),
      });
      const acme = createCloseout({ storage: memoryStorage(), generator, fallbackGenerator: null }).account(
        'acme-msp',
      );
      session = await acme.sessions.create({ problem: 'VPN drops every hour' });
      const note = await acme.previews.resolutionNote(session.id);
      const pkg = await acme.previews.escalationPackage(session.id);
      expect(note.markdown).toContain('## Closed without a confirmed fix');
      expect(pkg.markdown).toContain('## Problem');
      expect(sim.requests.map((r) => r.status)).toEqual([200, 200]);
    } finally {
      await served.close();
    }
  });

  it('reads the text block after thinking blocks, and reports thinking tokens', async () => {
    const { acme, session } = await setup({ generator: { thinking: { type: 'adaptive' }, effort: 'high' } });
    const preview = await acme.previews.escalationPackage(session.id);
    expect(preview.usage?.thinkingTokens).toBeGreaterThan(0);
    expect(preview.usage?.outputTokens).toBeGreaterThan(preview.usage?.thinkingTokens ?? 0);
  });

  it('sends no request for a repeat with no state change, and one for 50 concurrent previews', async () => {
    const { acme, session, sim } = await setup({ delayMs: 20 });
    const previews = await Promise.all(
      Array.from({ length: 50 }, () => acme.previews.resolutionNote(session.id)),
    );
    expect(new Set(previews.map((p) => p.markdown)).size).toBe(1);
    const again = await acme.previews.resolutionNote(session.id);
    expect(again.cached).toBe(true);
    expect(sim.requests).toHaveLength(1);
  });

  it('sends each model the thinking its table row names: between_tools to Sonnet 5.5, disabled to Sonnet 5', async () => {
    for (const model of Object.keys(SUPPORTED_ANTHROPIC_MODELS)) {
      const { acme, session, sim } = await setup({ generator: { model } });
      await acme.previews.resolutionNote(session.id);
      expect(sim.requests.map((r) => r.status)).toEqual([200]);
      expect(bodies(sim)[0]?.thinking).toEqual(SUPPORTED_ANTHROPIC_MODELS[model]!.thinking);
    }
    expect(SUPPORTED_ANTHROPIC_MODELS['claude-sonnet-5']!.thinking).toEqual({ type: 'disabled' });
  });

  it.each([
    [
      'claude-sonnet-5-5',
      { effort: 'max' },
      'effort',
      /claude-sonnet-5-5 refuses 'between_tools' thinking at effort 'max'/,
    ],
    [
      'claude-sonnet-5-5',
      { thinking: { type: 'disabled' } },
      'thinking',
      /claude-sonnet-5-5 refuses thinking 'disabled'/,
    ],
    [
      'claude-sonnet-5-5',
      { thinking: { type: 'enabled', budget_tokens: 2_048 } },
      'thinking',
      /claude-sonnet-5-5 refuses thinking 'enabled'/,
    ],
    [
      'claude-sonnet-5',
      { thinking: { type: 'between_tools' } },
      'thinking',
      /claude-sonnet-5 refuses thinking 'between_tools'/,
    ],
    [
      'claude-sonnet-5',
      { thinking: { type: 'enabled', budget_tokens: 2_048 } },
      'thinking',
      /claude-sonnet-5 refuses thinking 'enabled'/,
    ],
  ] as const)(
    'on %s, %j is VALIDATION_FAILED naming %s and the model, before any request',
    async (model, option, path, message) => {
      const sim = anthropicSimulator();
      let error: unknown;
      try {
        anthropicGenerator({ client: client(sim), model, ...option });
      } catch (e) {
        error = e;
      }
      expect(error).toMatchObject({ code: 'VALIDATION_FAILED', details: { issues: [{ path }] } });
      expect((error as Error).message).toMatch(message);
      expect(sim.requests).toHaveLength(0);
    },
  );

  it.each([
    [429, 'rate_limit_error', undefined],
    [429, 'rate_limit_error', 0.001],
    [529, 'overloaded_error', 0.001],
    [500, 'api_error', 0.001],
  ])(
    'lets the SDK retry a %i (%s, retry-after %s), then reports it retryable',
    async (status, type, retryAfter) => {
      const { acme, session, sim } = await setup({ maxRetries: 2 });
      const reply = { status, type, ...(retryAfter === undefined ? {} : { retryAfter }) };
      sim.script(reply, reply, reply);
      const error = await caught(acme.previews.resolutionNote(session.id));
      expect(sim.requests).toHaveLength(3); // the first try and the SDK's two retries
      expect(error).toMatchObject({ code: 'GENERATOR_FAILED', httpStatus: 502, retryable: true });
      expect(error.details).toMatchObject({
        status,
        errorType: type,
        retryable: true,
        provider: 'anthropic',
      });
      expect(JSON.stringify(error)).not.toContain(SIMULATED_ANTHROPIC_KEY);
    },
  );

  it('recovers when a retry succeeds', async () => {
    const { acme, session, sim } = await setup({ maxRetries: 2 });
    sim.script({ status: 529, type: 'overloaded_error', retryAfter: 0.001 });
    const preview = await acme.previews.resolutionNote(session.id);
    expect(preview.cached).toBe(false);
    expect(sim.requests.map((r) => r.status)).toEqual([529, 200]);
  });

  it('a spend limit (429 with x-should-retry: false) is not retryable and not retried', async () => {
    const { acme, session, sim } = await setup({ maxRetries: 2 });
    sim.script({ status: 429, type: 'rate_limit_error', message: 'spend limit reached', shouldRetry: false });
    const error = await caught(acme.previews.resolutionNote(session.id));
    expect(sim.requests).toHaveLength(1);
    expect(error).toMatchObject({ code: 'GENERATOR_FAILED', retryable: false, details: { status: 429 } });
    expect(error.message).toContain('retrying will not clear');
  });

  it('a refused key (401) is not retryable and names ANTHROPIC_API_KEY, never the key', async () => {
    const sim = anthropicSimulator();
    const key = ['sk-ant-api03-', 'wrong-test-only-key'].join('');
    const generator = anthropicGenerator({
      client: new Anthropic({ apiKey: key, fetch: sim.fetch, maxRetries: 2 }),
    });
    const acme = createCloseout({ storage: memoryStorage(), generator, fallbackGenerator: null }).account(
      'acme-msp',
    );
    const s = await acme.sessions.create({ problem: 'VPN drops' });
    const error = await caught(acme.previews.resolutionNote(s.id));
    expect(error).toMatchObject({ code: 'GENERATOR_FAILED', retryable: false, details: { status: 401 } });
    expect(error.message).toContain('ANTHROPIC_API_KEY');
    expect(JSON.stringify({ ...error, message: error.message })).not.toContain(key);
    expect(sim.requests).toHaveLength(1);
  });

  it.each([
    ['max_tokens', false, 'maxOutputTokens'],
    ['refusal', false, 'declined'],
    ['model_context_window_exceeded', false, 'context window'],
    ['pause_turn', true, 'paused'],
  ] as const)(
    'stop_reason %s is GENERATOR_FAILED at once (retryable %s)',
    async (stopReason, retryable, words) => {
      const { acme, session, sim } = await setup();
      sim.script({ stopReason });
      const error = await caught(acme.previews.resolutionNote(session.id));
      expect(error).toMatchObject({ code: 'GENERATOR_FAILED', retryable, details: { stopReason } });
      expect(error.message).toContain(words);
      expect(sim.requests).toHaveLength(1);
    },
  );

  it('an answer the API cut at max_tokens fails with a hint, after one request', async () => {
    const { acme, session, sim } = await setup({ generator: { maxOutputTokens: 40 } });
    const error = await caught(acme.previews.escalationPackage(session.id));
    expect(error).toMatchObject({
      code: 'GENERATOR_FAILED',
      retryable: false,
      details: { stopReason: 'max_tokens' },
    });
    expect(sim.requests).toHaveLength(1);
  });

  it('malformed JSON is an invalid output: retried once with feedback, then accepted', async () => {
    const { acme, session, sim } = await setup();
    sim.script({ text: '{"resolution_note": {"outcome": "not_res' });
    const preview = await acme.previews.resolutionNote(session.id);
    expect(preview.cached).toBe(false);
    expect(sim.requests).toHaveLength(2);
    const retry = bodies(sim)[1]?.messages[0]?.content as string;
    expect(retry).toContain('Your previous answer was rejected');
    expect(retry).toContain('the answer was not valid JSON');
    // Both attempts' tokens are on the preview.
    expect(preview.usage?.outputTokens).toBeGreaterThan(0);
  });

  it('the document in the wrong field, twice, is GENERATOR_OUTPUT_INVALID', async () => {
    const { acme, session, sim } = await setup();
    const wrong = JSON.stringify({ resolution_note: null, escalation_package: null });
    sim.script({ text: wrong }, { text: wrong });
    const error = await caught(acme.previews.resolutionNote(session.id));
    expect(error.code).toBe('GENERATOR_OUTPUT_INVALID');
    expect(error.details.violations).toEqual([
      { code: 'schema', path: '', message: 'the answer left the field resolution_note empty' },
    ]);
  });

  it('rejects an output that invents a fix or claims success over the failed fix, after one retry with feedback', async () => {
    let session!: Session;
    const sim = anthropicSimulator({
      answer: () =>
        document('resolution_note', {
          outcome: 'resolved',
          summary: 'Good news: Outlook has been fixed and no longer prompts.',
          resolution: {
            fixId: 'fix_01JD3INVENTEDFIXXXXXXXXXX',
            whatFixedIt: 'Reinstalled.',
            howConfirmed: 'User said so.',
          },
          tried: [{ fixId: session.fixes[0]!.id, status: 'success', summary: 'Cleared credentials.' }],
          nextSteps: [],
        }),
    });
    const acme = createCloseout({
      storage: memoryStorage(),
      fallbackGenerator: null,
      generator: anthropicGenerator({ client: client(sim) }),
    }).account('acme-msp');
    const s = await acme.sessions.create({ problem: 'Outlook prompts' });
    await acme.sessions.proposeFix(s.id, { title: 'Clear cached credentials' });
    session = await acme.sessions.recordOutcome(s.id, {
      status: 'failed',
      failureReason: 'Prompt came back',
    });
    const error = await caught(acme.previews.resolutionNote(session.id));
    expect(error.code).toBe('GENERATOR_OUTPUT_INVALID');
    expect(sim.requests).toHaveLength(2);
    expect(bodies(sim)[1]?.messages[0]?.content).toContain('recorded as failed, not success');
    const codes = (error.details.violations as Array<{ code: string }>).map((v) => v.code);
    expect(codes).toEqual(expect.arrayContaining(['resolution_claim', 'outcome_mismatch', 'unknown_fix']));
  });

  it('times out after timeoutMs (retryable) and sends the default timeout on every request', async () => {
    const slow = anthropicSimulator({ delayMs: 5_000 });
    const generator = anthropicGenerator({ client: client(slow, 0), timeoutMs: 30 });
    const acme = createCloseout({ storage: memoryStorage(), generator, fallbackGenerator: null }).account(
      'acme-msp',
    );
    const s = await acme.sessions.create({ problem: 'VPN drops' });
    const error = await caught(acme.previews.resolutionNote(s.id));
    expect(error).toMatchObject({ code: 'GENERATOR_FAILED', retryable: true, details: { timeoutMs: 30 } });
    expect(error.message).toContain('did not answer in time (30 ms)');

    const sim = anthropicSimulator({ answer: (r) => document(askedKind(r.user), null) });
    const spied = client(sim);
    const create = vi.spyOn(spied.messages, 'create');
    await anthropicGenerator({ client: spied })
      .generate({ kind: 'resolution_note', bundle: buildBundle((await setup()).session) })
      .catch(() => undefined);
    expect(create.mock.calls[0]?.[1]).toEqual({ timeout: DEFAULT_ANTHROPIC_TIMEOUT_MS });
    expect(DEFAULT_ANTHROPIC_TIMEOUT_MS).toBeLessThan(Anthropic.DEFAULT_TIMEOUT);
  });

  it('reports an unreachable API as GENERATOR_FAILED, retryable, after the SDK retried', async () => {
    let requests = 0;
    const refusing = async () => {
      requests++;
      throw new TypeError('fetch failed: connect ECONNREFUSED');
    };
    const generator = anthropicGenerator({
      client: new Anthropic({ apiKey: SIMULATED_ANTHROPIC_KEY, fetch: refusing, maxRetries: 1 }),
    });
    const acme = createCloseout({ storage: memoryStorage(), generator, fallbackGenerator: null }).account(
      'acme-msp',
    );
    const s = await acme.sessions.create({ problem: 'VPN drops' });
    const error = await caught(acme.previews.resolutionNote(s.id));
    expect(error).toMatchObject({ code: 'GENERATOR_FAILED', retryable: true });
    expect(error.message).toBe(
      'The Anthropic API could not be reached (see docs/errors.md#generator-failed)',
    );
    expect(requests).toBe(2);
  });

  it('without a client, an apiKey or ANTHROPIC_API_KEY, construction throws naming ANTHROPIC_API_KEY', () => {
    vi.stubEnv('ANTHROPIC_API_KEY', '');
    let error: unknown;
    try {
      anthropicGenerator();
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect((error as Error).message).toContain('ANTHROPIC_API_KEY');
    vi.stubEnv('ANTHROPIC_API_KEY', SIMULATED_ANTHROPIC_KEY);
    expect(anthropicGenerator().id).toBe(`anthropic:${DEFAULT_ANTHROPIC_MODEL}`);
    expect(anthropicGenerator({ apiKey: SIMULATED_ANTHROPIC_KEY, model: 'claude-sonnet-5' }).id).toBe(
      'anthropic:claude-sonnet-5',
    );
  });

  it('refuses out-of-range options at construction', () => {
    expect(() => anthropicGenerator({ apiKey: 'k', maxOutputTokens: 0 })).toThrow(
      /Invalid anthropicGenerator options/,
    );
    expect(() => anthropicGenerator({ apiKey: 'k', timeoutMs: -1 })).toThrow(
      /Invalid anthropicGenerator options/,
    );
  });

  it('defaults to the newest Sonnet in the SDK’s Model type', () => {
    const require = createRequire(import.meta.url);
    const typesFile = require
      .resolve('@anthropic-ai/sdk/resources/messages/messages')
      .replace(/\.js$/, '.d.ts');
    const modelType = /export type Model = ([^;]+);/.exec(readFileSync(typesFile, 'utf8'))?.[1] ?? '';
    const sonnets = [...modelType.matchAll(/'claude-sonnet-(\d+)(?:-(\d+))?'/g)].map((m) => ({
      id: m[0].slice(1, -1),
      version: Number(m[1]) * 100 + Number(m[2] ?? 0),
    }));
    expect(sonnets.length).toBeGreaterThan(0);
    const newest = sonnets.reduce((a, b) => (b.version > a.version ? b : a));
    expect(DEFAULT_ANTHROPIC_MODEL).toBe(newest.id);
  });
});
