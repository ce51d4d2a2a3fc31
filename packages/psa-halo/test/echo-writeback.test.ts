// A writeback whose HaloPSA echoes the credentials back, end to end through core: no fragment of a
// credential (the client id and secret, and the access token issued for them) in the thrown error,
// the session's history events, the spans or the adapter's log.
import { createCloseout } from '@closeout/core';
import { credentialEchoes, leakedFragments, reachableStrings } from '@closeout/core/testing';
import { halo } from '@closeout/psa-halo';
import { memoryStorage } from '@closeout/storage-memory';
import { trace } from '@opentelemetry/api';
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  SimpleSpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adapterOptions, TICKET, useSimulators } from './support/setup.js';

const sims = useSimulators();

const exporter = new InMemorySpanExporter();
beforeAll(() => {
  trace.setGlobalTracerProvider(
    new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }),
  );
});
afterAll(() => {
  trace.disable();
});

describe('credentials echoed during a writeback', () => {
  it('reach no error, history event, span or log line, in any shape', async () => {
    const { sim } = sims.make();
    const lines: unknown[] = [];
    const log = (...args: unknown[]) => lines.push(args);
    // The access tokens the adapter is issued, as it sends them.
    const tokens = new Set<string>();
    const fetch: typeof globalThis.fetch = async (input, init) => {
      // Read without building a Request, which would consume the body.
      const auth =
        new Headers(init?.headers).get('authorization') ??
        (input instanceof Request ? input.headers.get('authorization') : null) ??
        '';
      if (auth.startsWith('Bearer ')) tokens.add(auth.slice('Bearer '.length));
      return sim.fetch(input, init);
    };
    const adapter = halo(
      adapterOptions(sim, { fetch, logger: { debug: log, info: log, warn: log, error: log } }),
    );
    const acme = createCloseout({ storage: memoryStorage(), psa: adapter }).account('acme-msp');
    await acme.settings.update({ resolvedStatusId: 9, escalatedStatusId: 18 });
    // One read first, so the adapter holds a token the echoes below can carry.
    await adapter.getTicket(TICKET);
    expect(tokens.size).toBeGreaterThan(0);
    const credentials = [sim.clientId, sim.clientSecret, ...tokens];

    const errors: unknown[] = [];
    const sessions: string[] = [];
    for (const credential of credentials) {
      for (const { message } of credentialEchoes(credential)) {
        const s = await acme.sessions.create({
          problem: 'Outlook asks for the password every hour',
          ticket: TICKET,
        });
        await acme.sessions.proposeFix(s.id, { title: 'Rebuild the Outlook profile' });
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
    expect(leakedFragments({ errors, history, spans, logs: lines }, [...credentials, ...tokens])).toEqual([]);
  });
});
