import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Anthropic from '@anthropic-ai/sdk';
import { memoryStorage } from '@closeout/storage-memory';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { anthropicGenerator, DEFAULT_ANTHROPIC_MODEL } from '../src/anthropic/index.js';
import { buildBundle } from '../src/bundle/build.js';
import { createCloseout } from '../src/closeout.js';
import { SYSTEM_PROMPT } from '../src/generators/prompts/system.js';
import { templateGenerator } from '../src/generators/template.js';
import type { Session } from '../src/model/session.js';
import { SECRETS } from './fixtures/secrets-corpus.js';
import { caught } from './support/caught.js';

const API = 'https://api.anthropic.com';
const API_KEY = ['sk-ant-api03-', 'test-only-not-a-real-key'].join('');

interface MessagesRequest {
  model: string;
  max_tokens: number;
  system: Array<{ type: string; text: string; cache_control?: { type: string } }>;
  tools: Array<{ name: string; input_schema: { type: string } }>;
  tool_choice: { type: string; name: string };
  messages: Array<{ role: string; content: string }>;
}

/** A Messages API response whose content is one tool_use block, shaped like the real API's. */
function toolUseMessage(name: string, input: unknown, n = 1) {
  return {
    id: `msg_01TestOnly${String(n).padStart(14, '0')}`,
    type: 'message',
    role: 'assistant',
    model: DEFAULT_ANTHROPIC_MODEL,
    content: [
      {
        type: 'tool_use',
        id: `toolu_01TestOnly${String(n).padStart(12, '0')}`,
        name,
        input,
        caller: { type: 'direct' },
      },
    ],
    stop_reason: 'tool_use',
    stop_sequence: null,
    stop_details: null,
    container: null,
    diagnostics: null,
    usage: {
      input_tokens: 812,
      output_tokens: 356,
      cache_creation_input_tokens: 0,
      cache_read_input_tokens: 2_341,
      cache_creation: null,
      inference_geo: null,
      output_tokens_details: null,
      server_tool_use: null,
      service_tier: 'standard',
      speed: null,
    },
  };
}

/**
 * Answers like the model would: the template generator's sections for the bundle the request was
 * built from. The test controls `session` so it can rebuild that bundle.
 */
async function honestAnswer(session: Session, body: MessagesRequest) {
  const kind = body.tool_choice.name === 'write_resolution_note' ? 'resolution_note' : 'escalation_package';
  const { sections } = await templateGenerator().generate({ kind, bundle: buildBundle(session) });
  return toolUseMessage(body.tool_choice.name, sections);
}

const errorBody = (type: string, message: string) => ({
  type: 'error',
  error: { type, message },
  request_id: 'req_test',
});

function client(maxRetries = 2) {
  return new Anthropic({ apiKey: API_KEY, maxRetries });
}

async function setup(maxRetries = 2) {
  const storage = memoryStorage();
  const acme = createCloseout({
    storage,
    generator: anthropicGenerator({ client: client(maxRetries) }),
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
  const session = await acme.sessions.recordOutcome(s.id, {
    status: 'failed',
    failureReason: 'Prompt came back after the next sign-in',
    appliedAt: '2026-11-25T09:30:00Z',
  });
  return { acme, session, storage };
}

/** Answers up to `times` Messages API requests as a faithful model would, counting them. */
function honestApi(session: Session, { times = 1, delayMs = 0 } = {}): { requests: number } {
  const seen = { requests: 0 };
  let body!: MessagesRequest;
  const interceptor = nock(API)
    .post('/v1/messages', (b: MessagesRequest) => {
      body = b;
      return true;
    })
    .times(times)
    .delay(delayMs);
  interceptor.reply(200, async () => {
    seen.requests++;
    return honestAnswer(session, body);
  });
  return seen;
}

describe('anthropicGenerator against the Messages API (nock)', () => {
  beforeAll(() => {
    nock.disableNetConnect();
  });
  afterEach(() => {
    nock.cleanAll();
  });
  afterAll(() => {
    nock.enableNetConnect();
  });

  it('sends the outcome fields, cache_control on the system prompt, a forced tool, and no secret', async () => {
    const { acme, session } = await setup();
    let raw = '';
    let body!: MessagesRequest;
    const scope = nock(API)
      .post('/v1/messages', (b: MessagesRequest) => {
        body = b;
        raw = JSON.stringify(b);
        return true;
      })
      .matchHeader('authorization', `Bearer ${API_KEY}`)
      .reply(200, async () => honestAnswer(session, body));

    const preview = await acme.previews.resolutionNote(session.id);
    expect(scope.isDone()).toBe(true);

    expect(body.model).toBe(DEFAULT_ANTHROPIC_MODEL);
    expect(body.system).toEqual([
      { type: 'text', text: SYSTEM_PROMPT, cache_control: { type: 'ephemeral' } },
    ]);
    expect(body.tool_choice).toMatchObject({ type: 'tool', name: 'write_resolution_note' });
    expect(body.tools.map((t) => t.name)).toEqual(['write_resolution_note', 'write_escalation_package']);
    const user = body.messages[0]?.content ?? '';
    const fix = session.fixes[0]!;
    expect(user).toContain(`[${fix.id}] (ACTIVE FIX) Clear cached credentials`);
    expect(user).toContain('status: failed');
    expect(user).toContain('applied: 2026-11-25T09:30:00.000Z');
    expect(user).toContain('failure reason: Prompt came back after the next sign-in');
    expect(user).toContain(`ACTIVE FIX: [${fix.id}] status failed`);
    expect(user).toContain('recorded as FAILED');
    for (const { secrets } of SECRETS) for (const secret of secrets) expect(raw).not.toContain(secret);
    expect(raw).toContain('[REDACTED:');

    expect(preview).toMatchObject({
      generatorId: `anthropic:${DEFAULT_ANTHROPIC_MODEL}`,
      cached: false,
      usage: {
        inputTokens: 812,
        outputTokens: 356,
        cacheReadInputTokens: 2_341,
        cacheCreationInputTokens: 0,
      },
    });
    expect(preview.markdown).toContain('did not fix it: Prompt came back after the next sign-in');
  });

  it('sends no request for a repeat with no state change', async () => {
    const { acme, session } = await setup();
    const api = honestApi(session, { times: 5 });
    const first = await acme.previews.escalationPackage(session.id);
    const second = await acme.previews.escalationPackage(session.id);
    expect(api.requests).toBe(1);
    expect(second.cached).toBe(true);
    expect(second.markdown).toBe(first.markdown);
  });

  it('sends one request for 50 concurrent previews', async () => {
    const { acme, session } = await setup();
    const api = honestApi(session, { times: 50, delayMs: 20 });
    const previews = await Promise.all(
      Array.from({ length: 50 }, () => acme.previews.resolutionNote(session.id)),
    );
    expect(api.requests).toBe(1);
    expect(new Set(previews.map((p) => p.markdown)).size).toBe(1);
  });

  it.each([
    [429, 'rate_limit_error'],
    [529, 'overloaded_error'],
    [500, 'api_error'],
  ])('lets the SDK retry a %i, then surfaces GENERATOR_FAILED (retryable)', async (status, type) => {
    const { acme, session } = await setup(2);
    let requests = 0;
    nock(API)
      .post('/v1/messages')
      .times(10)
      .reply(() => {
        requests++;
        return [status, errorBody(type, 'test error'), { 'retry-after-ms': '1', 'request-id': 'req_test' }];
      });
    const error = await caught(acme.previews.resolutionNote(session.id));
    expect(requests).toBe(3); // the first try and the SDK's two retries
    expect(error).toMatchObject({ code: 'GENERATOR_FAILED', httpStatus: 502, retryable: true });
    expect(error.details).toMatchObject({ status, errorType: type, retryable: true, provider: 'anthropic' });
    expect(JSON.stringify(error)).not.toContain(API_KEY);
    expect(error.message).not.toContain(API_KEY);
  });

  it('recovers when a retry succeeds', async () => {
    const { acme, session } = await setup(2);
    nock(API)
      .post('/v1/messages')
      .reply(529, errorBody('overloaded_error', 'Overloaded'), { 'retry-after-ms': '1' });
    honestApi(session);
    const preview = await acme.previews.resolutionNote(session.id);
    expect(preview.cached).toBe(false);
  });

  it('does not retry a 400 and reports it as not retryable', async () => {
    const { acme, session } = await setup(2);
    let requests = 0;
    nock(API)
      .post('/v1/messages')
      .times(5)
      .reply(() => {
        requests++;
        return [400, errorBody('invalid_request_error', 'max_tokens: too large')];
      });
    const error = await caught(acme.previews.resolutionNote(session.id));
    expect(requests).toBe(1);
    expect(error).toMatchObject({ code: 'GENERATOR_FAILED', retryable: false, details: { status: 400 } });
  });

  it('rejects an output that invents a fix or claims success over the failed fix, after one retry with feedback', async () => {
    const { acme, session } = await setup();
    const bodies: MessagesRequest[] = [];
    nock(API)
      .post('/v1/messages', (b: MessagesRequest) => {
        bodies.push(b);
        return true;
      })
      .times(2)
      .reply(200, (_uri, _body) =>
        toolUseMessage('write_resolution_note', {
          outcome: 'resolved',
          summary: 'Good news: Outlook has been fixed and no longer prompts.',
          resolution: {
            fixId: 'fix_01JD3INVENTEDFIXXXXXXXXXX',
            whatFixedIt: 'Reinstalled Office.',
            howConfirmed: 'User confirmed.',
          },
          tried: [{ fixId: session.fixes[0]!.id, status: 'success', summary: 'Cleared credentials.' }],
          nextSteps: [],
        }),
      );
    const error = await caught(acme.previews.resolutionNote(session.id));
    expect(error.code).toBe('GENERATOR_OUTPUT_INVALID');
    expect(bodies).toHaveLength(2);
    const retry = bodies[1]?.messages[0]?.content ?? '';
    expect(retry).toContain('Your previous answer was rejected');
    expect(retry).toContain(`recorded as failed, not success`);
    const codes = (error.details.violations as Array<{ code: string }>).map((v) => v.code);
    expect(codes).toEqual(expect.arrayContaining(['resolution_claim', 'outcome_mismatch', 'unknown_fix']));
  });

  it('treats an answer without the tool call as invalid output', async () => {
    const { acme, session } = await setup();
    let requests = 0;
    nock(API)
      .post('/v1/messages')
      .times(2)
      .reply(() => {
        requests++;
        const text = {
          ...toolUseMessage('x', {}),
          stop_reason: 'end_turn',
          content: [{ type: 'text', text: 'Here is the note.', citations: null }],
        };
        return [200, text];
      });
    expect((await caught(acme.previews.resolutionNote(session.id))).code).toBe('GENERATOR_OUTPUT_INVALID');
    expect(requests).toBe(2);
  });

  it('reports a cut-off answer (stop_reason max_tokens) as GENERATOR_FAILED, not retryable', async () => {
    const { acme, session } = await setup();
    nock(API)
      .post('/v1/messages')
      .reply(200, {
        ...toolUseMessage('write_resolution_note', { outcome: 'not_res' }),
        stop_reason: 'max_tokens',
      });
    const error = await caught(acme.previews.resolutionNote(session.id));
    expect(error).toMatchObject({
      code: 'GENERATOR_FAILED',
      retryable: false,
      details: { stopReason: 'max_tokens' },
    });
    expect(error.message).toContain('maxOutputTokens');
  });

  it('reports an unreachable API as GENERATOR_FAILED, retryable, after the SDK retried', async () => {
    const { acme, session } = await setup(1);
    let requests = 0;
    nock(API)
      .post('/v1/messages')
      .times(5)
      .replyWithError({ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED' })
      .on('request', () => {
        requests++;
      });
    const error = await caught(acme.previews.resolutionNote(session.id));
    expect(error).toMatchObject({ code: 'GENERATOR_FAILED', retryable: true });
    expect(error.message).toBe(
      'The Anthropic API could not be reached (see docs/errors.md#generator-failed)',
    );
    expect(requests).toBe(2);
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
    expect(anthropicGenerator({ client: client(), model: 'claude-opus-5-5' }).id).toBe(
      'anthropic:claude-opus-5-5',
    );
  });
});
