// A writeback whose HaloPSA echoes the credentials back, end to end through core: no fragment of a
// credential in the thrown error, the session's history events or the adapter's log.
import { createCloseout } from '@closeout/core';
import { credentialEchoes, credentialFragments, reachableStrings } from '@closeout/core/testing';
import { halo } from '@closeout/psa-halo';
import { memoryStorage } from '@closeout/storage-memory';
import { describe, expect, it } from 'vitest';
import { adapterOptions, useSimulators } from './support/setup.js';

const sims = useSimulators();

describe('credentials echoed during a writeback', () => {
  it('reach no error, history event or log line, in any shape', async () => {
    const { sim } = sims.make();
    const lines: unknown[] = [];
    const log = (...args: unknown[]) => lines.push(args);
    const adapter = halo(adapterOptions(sim, { logger: { debug: log, info: log, warn: log, error: log } }));
    const acme = createCloseout({ storage: memoryStorage(), psa: adapter }).account('acme-msp');
    await acme.settings.update({ resolvedStatusId: 9, escalatedStatusId: 18 });
    const credentials = [sim.clientId, sim.clientSecret];

    const errors: unknown[] = [];
    const sessions: string[] = [];
    for (const credential of credentials) {
      for (const { message } of credentialEchoes(credential)) {
        const s = await acme.sessions.create({
          problem: 'Outlook asks for the password every hour',
          ticket: { provider: 'halopsa', id: '1042' },
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
    const texts = [
      ...reachableStrings(errors),
      JSON.stringify(history),
      ...reachableStrings(lines),
      JSON.stringify(lines),
    ];
    expect(credentialFragments(texts, credentials)).toEqual([]);
  });
});
