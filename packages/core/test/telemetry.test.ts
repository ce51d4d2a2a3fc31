// Traces through @opentelemetry/api, recorded by the OpenTelemetry SDK's in-memory exporter:
// previews, GenAI generator calls, writeback steps and PSA requests, and no content in any span.

import { memoryStorage } from '@closeout/storage-memory';
import { context, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  type ReadableSpan,
  SimpleSpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCloseout } from '../src/closeout.js';
import { type ClaimAuditor, draftSentences } from '../src/generators/auditor.js';
import { templateGenerator } from '../src/generators/template.js';
import type { NoteGenerator } from '../src/generators/types.js';
import { TRACER_NAME, telemetryReady } from '../src/telemetry/tracer.js';
import { caught, NOTE, writebackFixture } from './writeback-fixture.js';

const exporter = new InMemorySpanExporter();
const contextManager = new AsyncLocalStorageContextManager();

beforeAll(async () => {
  await telemetryReady;
  context.setGlobalContextManager(contextManager.enable());
  trace.setGlobalTracerProvider(
    new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }),
  );
});
afterAll(() => {
  trace.disable();
  context.disable();
});
beforeEach(() => exporter.reset());

const spans = () => exporter.getFinishedSpans();
const named = (name: string) => spans().filter((s) => s.name === name);
const one = (name: string): ReadableSpan => {
  const found = named(name);
  expect(found, `one span named ${name}`).toHaveLength(1);
  return found[0] as ReadableSpan;
};
const parentOf = (span: ReadableSpan) => span.parentSpanContext?.spanId;

/** The template generator posing as a model that reports token usage. */
function modelGenerator(): NoteGenerator {
  const template = templateGenerator();
  return {
    id: 'anthropic:claude-sonnet-5-5',
    telemetry: { provider: 'anthropic', model: 'claude-sonnet-5-5' },
    async generate(request) {
      const output = await template.generate(request);
      return {
        ...output,
        usage: {
          inputTokens: 900,
          outputTokens: 300,
          cacheReadInputTokens: 2000,
          cacheCreationInputTokens: 100,
          thinkingTokens: 120,
        },
      };
    },
  };
}

describe('telemetry', () => {
  it('traces a preview with a GenAI child span per generator call, and no content', async () => {
    const acme = createCloseout({ storage: memoryStorage(), generator: modelGenerator() }).account('acme');
    const s = await acme.sessions.create({ problem: 'Outlook keeps asking for the hunter2 password' });
    await acme.sessions.addFinding(s.id, { text: 'Credential Manager holds a stale entry' });
    await acme.previews.resolutionNote(s.id);

    const preview = one('preview resolution_note');
    const chat = one('chat claude-sonnet-5-5');
    expect(preview.instrumentationScope.name).toBe(TRACER_NAME);
    expect(preview.attributes).toMatchObject({
      'closeout.account.id': 'acme',
      'closeout.session.id': s.id,
      'closeout.session.state_version': 2,
      'closeout.preview.kind': 'resolution_note',
      'closeout.preview.cached': false,
    });
    expect(parentOf(chat)).toBe(preview.spanContext().spanId);
    expect(chat.kind).toBe(SpanKind.CLIENT);
    expect(chat.attributes).toMatchObject({
      'gen_ai.operation.name': 'chat',
      'gen_ai.provider.name': 'anthropic',
      'gen_ai.request.model': 'claude-sonnet-5-5',
      'gen_ai.usage.input_tokens': 3000,
      'gen_ai.usage.output_tokens': 300,
      'gen_ai.usage.cache_read.input_tokens': 2000,
      'gen_ai.usage.cache_creation.input_tokens': 100,
      'gen_ai.usage.reasoning.output_tokens': 120,
    });
    const everything = JSON.stringify(spans().map((span) => [span.name, span.attributes, span.events]));
    for (const content of ['hunter2', 'Outlook', 'Credential Manager'])
      expect(everything).not.toContain(content);

    exporter.reset();
    await acme.previews.resolutionNote(s.id);
    expect(one('preview resolution_note').attributes['closeout.preview.cached']).toBe(true);
    expect(named('chat claude-sonnet-5-5')).toEqual([]);
  });

  it('traces a claim audit as its own GenAI span beside the generator call, and no content', async () => {
    const auditor: ClaimAuditor = {
      id: 'openai-audit@1:gpt-5-mini',
      telemetry: { provider: 'openai', model: 'gpt-5-mini' },
      async audit(input) {
        return {
          sentences: draftSentences(input.sections).map((x) => ({ ...x, assertsResolved: false })),
          usage: { inputTokens: 700, outputTokens: 40, cacheReadInputTokens: 0, cacheCreationInputTokens: 0 },
        };
      },
    };
    const acme = createCloseout({
      storage: memoryStorage(),
      generator: modelGenerator(),
      claimAudit: auditor,
    }).account('acme');
    const s = await acme.sessions.create({ problem: 'Outlook keeps asking for the hunter2 password' });
    await acme.previews.resolutionNote(s.id);
    const preview = one('preview resolution_note');
    const audit = one('chat gpt-5-mini');
    expect(parentOf(audit)).toBe(preview.spanContext().spanId);
    expect(audit.attributes).toMatchObject({
      'closeout.auditor.id': 'openai-audit@1:gpt-5-mini',
      'gen_ai.provider.name': 'openai',
      'gen_ai.usage.input_tokens': 700,
      'gen_ai.usage.output_tokens': 40,
    });
    expect(JSON.stringify(audit.attributes)).not.toContain('Outlook');
  });

  it('traces a writeback: its steps, and every PSA request as a client span under them', async () => {
    // A frozen adapter too: core wraps it without touching it.
    const f = await writebackFixture({ psaOption: (psa) => Object.freeze(psa) });
    const s = await f.session();
    exporter.reset();
    const result = await f.acme.resolve(s.id, { text: NOTE, basedOnVersion: 4 });

    const writeback = one('writeback resolve');
    const post = one('post note');
    const verify = one('verify status');
    expect(writeback.attributes).toMatchObject({
      'closeout.session.id': s.id,
      'closeout.writeback.outcome': 'resolved',
      'closeout.note.id': result.note.externalId,
      'closeout.status.verified_id': f.psa.statusId('Resolved'),
    });
    expect(parentOf(post)).toBe(writeback.spanContext().spanId);
    expect(parentOf(verify)).toBe(writeback.spanContext().spanId);
    const addNote = one('psa add_note');
    expect(parentOf(addNote)).toBe(post.spanContext().spanId);
    expect(addNote.kind).toBe(SpanKind.CLIENT);
    expect(addNote.attributes).toMatchObject({
      'closeout.psa.provider': 'fake',
      'closeout.psa.operation': 'add_note',
      'closeout.ticket.id': s.ticket?.id,
    });
    expect(parentOf(one('psa set_status'))).toBe(verify.spanContext().spanId);
    expect(named('psa get_ticket').some((span) => parentOf(span) === verify.spanContext().spanId)).toBe(true);
    expect(new Set(spans().map((span) => span.spanContext().traceId)).size).toBe(1);
    expect(JSON.stringify(spans().map((span) => span.attributes))).not.toContain('HP Universal');
    for (const span of spans()) expect(span.status.code).toBe(SpanStatusCode.UNSET);
  });

  it('marks a failed verification and a failed PSA request as errors with error.type, not the message', async () => {
    const f = await writebackFixture();
    const s = await f.session();
    f.psa.inject('setTicketStatus', { type: 'silent_status_rejection' });
    exporter.reset();
    expect((await caught(f.acme.resolve(s.id, { text: NOTE, basedOnVersion: 4 }))).code).toBe(
      'PSA_STATUS_VERIFICATION_FAILED',
    );
    const writeback = one('writeback resolve');
    expect(writeback.status).toEqual({
      code: SpanStatusCode.ERROR,
      message: 'PSA_STATUS_VERIFICATION_FAILED',
    });
    expect(writeback.attributes['error.type']).toBe('PSA_STATUS_VERIFICATION_FAILED');
    expect(one('verify status').attributes['error.type']).toBe('PSA_STATUS_VERIFICATION_FAILED');

    const g = await writebackFixture();
    const t = await g.session();
    g.psa.inject('addNote', { type: 'http', status: 503 });
    exporter.reset();
    const failed = await caught(g.acme.resolve(t.id, { text: NOTE, basedOnVersion: 4 }));
    expect(failed.code).toBe('PSA_REQUEST_FAILED');
    const addNote = named('psa add_note');
    expect(addNote.length).toBeGreaterThan(0);
    expect(addNote.every((span) => span.attributes['error.type'] === 'PSA_REQUEST_FAILED')).toBe(true);
    expect(addNote.every((span) => span.events.length === 0)).toBe(true);
  });
});
