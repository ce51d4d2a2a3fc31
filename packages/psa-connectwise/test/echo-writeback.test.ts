// A writeback whose PSA echoes the credentials back, end to end through core: no fragment of a
// credential in the thrown error, the session's history events, the spans or the adapter's log.
import { createCloseout } from '@closeout/core';
import { credentialEchoes, leakedFragments, reachableStrings } from '@closeout/core/testing';
import { connectwise } from '@closeout/psa-connectwise';
import type { ConnectWiseSimulator } from '@closeout/simulators/connectwise';
import { memoryStorage } from '@closeout/storage-memory';
import { trace } from '@opentelemetry/api';
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  SimpleSpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { blockNetwork, seededSimulator } from './support/harness.js';

const exporter = new InMemorySpanExporter();
beforeAll(() => {
  trace.setGlobalTracerProvider(
    new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }),
  );
});
afterAll(() => {
  trace.disable();
});

let sim: ConnectWiseSimulator | undefined;
afterEach(() => {
  sim?.close();
  sim = undefined;
});

describe('credentials echoed during a writeback', () => {
  it('reach no error, history event, span or log line, in any shape', async () => {
    blockNetwork();
    sim = seededSimulator().install();
    const lines: unknown[] = [];
    const log = (...args: unknown[]) => lines.push(args);
    const adapter = connectwise({
      ...sim.connection(),
      retry: { limit: 1, baseDelayMs: 1, maxDelayMs: 5, maxRetryAfterMs: 20 },
      logger: { debug: log, info: log, warn: log, error: log },
    });
    const acme = createCloseout({ storage: memoryStorage(), psa: adapter }).account('acme-msp');
    await acme.settings.update({ resolvedStatusId: 13, escalatedStatusId: 14 });
    const token = sim.expectedAuthorization.slice('Basic '.length);
    const credentials = [sim.privateKey, sim.publicKey, sim.clientId, token];

    const errors: unknown[] = [];
    const sessions: string[] = [];
    for (const credential of credentials) {
      for (const { message } of credentialEchoes(credential)) {
        const s = await acme.sessions.create({
          problem: 'Users on floor 3 cannot print',
          ticket: { provider: 'connectwise', id: '48213' },
        });
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
