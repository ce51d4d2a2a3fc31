// A writeback whose Autotask echoes the credentials back, end to end through core: no fragment of
// a credential in the thrown error, the session's history events, the spans or the adapter's log.
import { createCloseout } from '@closeout/core';
import { credentialEchoes, leakedFragments, reachableStrings } from '@closeout/core/testing';
import { memoryStorage } from '@closeout/storage-memory';
import { trace } from '@opentelemetry/api';
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  SimpleSpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { blockNetwork, makeAdapter, seededSimulator, TICKET } from './support/harness.js';

const exporter = new InMemorySpanExporter();
beforeAll(() => {
  trace.setGlobalTracerProvider(
    new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }),
  );
});
afterAll(() => {
  trace.disable();
});

const live: Array<{ close(): void; violations: string[] }> = [];
afterEach(() => {
  for (const sim of live.splice(0)) {
    sim.close();
    expect(sim.violations).toEqual([]);
  }
});

describe('credentials echoed during a writeback', () => {
  it('reach no error, history event, span or log line, in any shape', async () => {
    blockNetwork();
    const sim = seededSimulator().install();
    live.push(sim);
    const lines: unknown[] = [];
    const log = (...args: unknown[]) => lines.push(args);
    const adapter = makeAdapter(sim, { logger: { debug: log, info: log, warn: log, error: log } });
    const acme = createCloseout({ storage: memoryStorage(), psa: adapter }).account('acme-msp');
    await acme.settings.update({ resolvedStatusId: '29', escalatedStatusId: '30' });
    const credentials = [sim.secret, sim.integrationCode];

    const errors: unknown[] = [];
    const sessions: string[] = [];
    for (const credential of credentials) {
      for (const { message } of credentialEchoes(credential)) {
        const s = await acme.sessions.create({ problem: 'Users on floor 3 cannot print', ticket: TICKET });
        await acme.sessions.proposeFix(s.id, { title: 'Restart the Print Spooler' });
        const done = await acme.sessions.recordOutcome(s.id, { status: 'success' });
        sim.setFault('addNote', { status: 400, message });
        errors.push(await acme.resolve(s.id, { basedOnVersion: done.stateVersion }).catch((e: unknown) => e));
        sim.setFault('addNote', null);
        sessions.push(s.id);
      }
    }
    expect(errors.every((e) => e instanceof Error)).toBe(true);
    // The PSA's answer, echo included, reached the error: it was scrubbed, not lost.
    expect(reachableStrings(errors).filter((t) => t.includes('[redacted]')).length).toBeGreaterThan(0);
    const history = await Promise.all(sessions.map((id) => acme.sessions.history(id)));
    const spans = exporter.getFinishedSpans();
    expect(spans.length).toBeGreaterThan(0);
    expect(leakedFragments({ errors, history, spans, logs: lines }, credentials)).toEqual([]);
  });
});
