import { CloseoutError, createCloseout, type NoteType } from '@closeout/core';
import { type PsaConformanceHarness, runPsaConformance } from '@closeout/core/testing';
import { memoryStorage } from '@closeout/storage-memory';
import { describe, expect, it } from 'vitest';
import { runExample } from '../support/run-example.js';
import { TESSERA, tessera } from './tessera.js';
import { startTesseraServer, type TesseraComment, type TesseraServerOptions } from './tessera-server.js';

const TOKEN = 'tsr_conformance_5f0b2c1e8d3a';

const setup: TesseraServerOptions = {
  token: TOKEN,
  queues: {
    helpdesk: [
      { key: 'new', label: 'New', closed: false },
      { key: 'in_progress', label: 'In progress', closed: false },
      { key: 'resolved', label: 'Resolved', closed: true },
    ],
    billing: [{ key: 'invoiced', label: 'Invoiced', closed: true }],
  },
  tickets: [{ id: 'HD-1', title: 'Conformance ticket', queue: 'helpdesk', state: 'new' }],
};

/** A Tessera comment as closeout's note types see it. */
function held(c: TesseraComment) {
  const type: NoteType =
    c.visibility === 'internal' ? 'internal_analysis' : c.tag === 'resolution' ? 'resolution' : 'discussion';
  return {
    id: c.id,
    text: c.body,
    type,
    customerVisible: c.visibility === 'public',
    createdAt: new Date(c.created_at),
  };
}

runPsaConformance('tessera', async (): Promise<PsaConformanceHarness> => {
  const server = await startTesseraServer(setup);
  return {
    adapter: tessera({ baseUrl: server.baseUrl, token: TOKEN }),
    ticket: { provider: TESSERA, id: 'HD-1' },
    statusIds: ['in_progress', 'resolved'],
    foreignStatusId: 'invoiced',
    secrets: [TOKEN],
    notes: async () => server.comments('HD-1').map(held),
    seedNote: async (note) => {
      const c = server.seedComment('HD-1', {
        body: note.text,
        visibility: note.type === 'internal_analysis' ? 'internal' : 'public',
        tag: note.type === 'resolution' ? 'resolution' : null,
        created_at: note.createdAt.toISOString(),
      });
      return { id: c.id };
    },
    setFault: (operation, fault) => server.fail(operation, fault),
    loseNextResponse: (operation) => server.loseNext(operation),
    misstoreNextNote: () => server.misstoreNext(),
    close: () => server.close(),
  };
});

describe('tessera with closeout', () => {
  it('fails a resolve whose state change Tessera silently ignores, and resumes it without a second note', async () => {
    const server = await startTesseraServer(setup);
    try {
      const closeout = createCloseout({
        storage: memoryStorage(),
        psa: tessera({ baseUrl: server.baseUrl, token: TOKEN }),
      });
      const acme = closeout.account('acme');
      await acme.settings.update({ resolvedStatusId: 'resolved' });
      const s = await acme.sessions.create({
        problem: 'Printer offline',
        ticket: { provider: TESSERA, id: 'HD-1' },
      });
      await acme.sessions.proposeFix(s.id, { title: 'Power-cycle the printer' });
      const done = await acme.sessions.recordOutcome(s.id, { status: 'success' });

      server.keepState('HD-1');
      const error = await acme.resolve(s.id, { basedOnVersion: done.stateVersion }).catch((e: unknown) => e);
      expect(CloseoutError.hasCode(error, 'PSA_STATUS_VERIFICATION_FAILED')).toBe(true);
      expect((error as CloseoutError).details).toMatchObject({
        expected: { id: 'resolved', name: 'Resolved' },
        actual: { id: 'new', name: 'New' },
      });

      server.keepState('HD-1', false);
      const result = await acme.resolve(s.id, { basedOnVersion: done.stateVersion });
      expect(result.status).toEqual({ id: 'resolved', name: 'Resolved', verified: true });
      expect(server.comments('HD-1').filter((c) => c.tag === 'resolution')).toHaveLength(1);
    } finally {
      await server.close();
    }
  });

  it('rejects an insecure base URL and a missing token without echoing the token', () => {
    const error = (() => {
      try {
        tessera({ baseUrl: 'http://tessera.example', token: '' });
      } catch (e) {
        return e;
      }
    })();
    expect(CloseoutError.hasCode(error, 'VALIDATION_FAILED')).toBe(true);
    expect((error as CloseoutError).details.issues).toEqual([
      expect.objectContaining({ path: 'baseUrl' }),
      expect.objectContaining({ path: 'token' }),
    ]);
  });
});

describe('npm run example:custom-psa-adapter', () => {
  it('resolves one ticket with a public comment and escalates another with an internal one, both verified', async () => {
    const run = await runExample('examples/custom-psa-adapter/main.ts');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('HD-1042: resolved, status "Resolved" verified: true');
    expect(run.stdout).toContain('comment c_1: visibility public, tag resolution');
    expect(run.stdout).toContain('HD-1043: escalated, status "Escalated to tier 2" verified: true');
    expect(run.stdout).toContain('comment c_2: visibility internal, tag null');
  });
});
