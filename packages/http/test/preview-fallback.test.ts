// A model whose drafts the guard refuses is no dead end over HTTP either: the preview answers 200
// with the template's draft and a `fallback` that says whose drafts were refused and why.
import Anthropic from '@anthropic-ai/sdk';
import { anthropicGenerator } from '@closeout/core/anthropic';
import { anthropicSimulator, SIMULATED_ANTHROPIC_KEY } from '@closeout/simulators/anthropic';
import { afterEach, describe, expect, it } from 'vitest';
import { PreviewResponse } from '../src/schemas.js';
import { startServer, type TestServer } from './support/server.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A model that always says the issue is resolved, whatever the record says. */
const boastfulModel = () =>
  anthropicSimulator({
    answer: ({ user }) => {
      const field = /Put it in the field (\w+)/.exec(user)?.[1];
      const fixId = /\[(fix_[0-9A-Z]+)\]/.exec(user)?.[1] ?? 'fix_unknown';
      return {
        resolution_note:
          field === 'resolution_note'
            ? {
                outcome: 'resolved',
                summary: 'The issue has been resolved.',
                resolution: { fixId, whatFixedIt: 'Restarted the spooler.', howConfirmed: 'It works now.' },
                tried: [],
                nextSteps: [],
              }
            : null,
        escalation_package: null,
      };
    },
  });

async function failedSession(s: TestServer): Promise<string> {
  const created = (await (
    await s.call('POST', '/api/ai-sessions', { body: { problem: 'Users on floor 3 cannot print' } })
  ).json()) as { id: string };
  await s.call('POST', `/api/ai-sessions/${created.id}/fixes`, {
    body: { title: 'Restart the Print Spooler' },
  });
  await s.call('PATCH', `/api/ai-sessions/${created.id}/outcome`, {
    body: { status: 'failed', failureReason: 'Stopped again after 40 seconds' },
  });
  return created.id;
}

describe('a refused LLM draft over HTTP', () => {
  it('answers 200 with the template’s draft and a fallback naming the model and the violations', async () => {
    const sim = boastfulModel();
    const generator = anthropicGenerator({
      client: new Anthropic({ apiKey: SIMULATED_ANTHROPIC_KEY, fetch: sim.fetch, maxRetries: 0 }),
    });
    server = await startServer({ generator });
    const id = await failedSession(server);
    const res = await server.call('POST', `/api/ai-sessions/${id}/resolution-note/preview`);
    expect(res.status).toBe(200);
    const preview = PreviewResponse.parse(await res.json());
    expect(sim.requests).toHaveLength(2); // the draft and its one retry
    expect(preview.generatorId).toBe('template@1');
    expect(preview.fallback).toMatchObject({ from: 'anthropic:claude-sonnet-5-5', reason: 'output_invalid' });
    expect(preview.fallback?.violations).toContainEqual({ code: 'resolution_claim', path: 'outcome' });
    expect(preview.markdown).toMatch(/^## Closed without a confirmed fix\n/);
    expect(preview.markdown).not.toContain('has been resolved');
  });

  it('answers the old 502 when the host turned the fallback off', async () => {
    const sim = boastfulModel();
    const generator = anthropicGenerator({
      client: new Anthropic({ apiKey: SIMULATED_ANTHROPIC_KEY, fetch: sim.fetch, maxRetries: 0 }),
    });
    server = await startServer({ generator, fallbackGenerator: null });
    const id = await failedSession(server);
    const res = await server.call('POST', `/api/ai-sessions/${id}/resolution-note/preview`);
    expect(res.status).toBe(502);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('GENERATOR_OUTPUT_INVALID');
  });

  it('a normal preview carries no fallback', async () => {
    server = await startServer();
    const id = await failedSession(server);
    const body = (await (
      await server.call('POST', `/api/ai-sessions/${id}/resolution-note/preview`)
    ).json()) as Record<string, unknown>;
    expect(body).not.toHaveProperty('fallback');
  });
});
