// Resolve and escalate through core on the Autotask adapter and the strict simulator: one note of
// the right visibility in plain text, the status moved and verified, a lost response survived with
// one note, and clear refusals when a label or a permission is missing.
import { createCloseout, PSAStatusVerificationError, type Session } from '@closeout/core';
import type { AutotaskSimulator } from '@closeout/simulators/autotask';
import { memoryStorage } from '@closeout/storage-memory';
import { afterEach, describe, expect, it } from 'vitest';
import type { AutotaskOptions } from '../src/options.js';
import { blockNetwork, caught, makeAdapter, seededSimulator, TICKET, TICKET_ID } from './support/harness.js';

let sim: AutotaskSimulator | undefined;
afterEach(() => {
  const violations = sim?.violations ?? [];
  sim?.close();
  sim = undefined;
  expect(violations).toEqual([]);
});

async function setup(options: Partial<AutotaskOptions> = {}) {
  blockNetwork();
  sim = seededSimulator().install();
  const s = sim;
  const closeout = createCloseout({ storage: memoryStorage(), psa: makeAdapter(s, options) });
  const acme = closeout.account('acme-msp');
  await acme.settings.update({ resolvedStatusId: '29', escalatedStatusId: '30' });
  async function session(fix: 'success' | 'failed' = 'success'): Promise<Session> {
    const created = await acme.sessions.create({ problem: 'Users on floor 3 cannot print', ticket: TICKET });
    await acme.sessions.addFinding(created.id, { text: 'Spooler on PRN01 stops within a minute' });
    await acme.sessions.proposeFix(created.id, { title: 'Reinstall HP UPD 7.1' });
    return acme.sessions.recordOutcome(
      created.id,
      fix === 'success' ? { status: 'success' } : { status: 'failed', failureReason: 'still crashing' },
    );
  }
  return { sim: s, acme, session };
}

describe('Autotask writeback through core', () => {
  it('resolves: one customer-visible note in plain text, the resolution field, the status verified', async () => {
    const { sim, acme, session } = await setup();
    const s = await session();
    const preview = await acme.previews.resolutionNote(s.id);
    const result = await acme.resolve(s.id, { basedOnVersion: s.stateVersion });
    expect(result).toMatchObject({
      outcome: 'resolved',
      status: { id: '29', name: 'Resolved', verified: true },
    });
    const notes = sim.notesOf(TICKET_ID);
    expect(notes).toHaveLength(1);
    const [note] = notes;
    expect(sim.visibility(note!)).toEqual({ label: 'All Autotask Users', customerVisible: true });
    expect(note?.title).toBe('Resolution');
    expect(note?.description).toContain('What fixed it: Reinstall HP UPD 7.1.');
    expect(note?.description).not.toMatch(/\*\*|^#/m);
    expect(preview.markdown).toContain('**What fixed it:**');
    expect(sim.ticket(TICKET_ID)).toMatchObject({ status: 29, resolution: note?.description });
    expect(result.note.externalId).toBe(String(note?.id));
  });

  it('escalates: one internal note, never customer-visible, and the escalated status verified', async () => {
    const { sim, acme, session } = await setup();
    const s = await session('failed');
    const result = await acme.escalate(s.id, { basedOnVersion: s.stateVersion });
    expect(result).toMatchObject({
      outcome: 'escalated',
      status: { id: '30', name: 'Escalated', verified: true },
    });
    const notes = sim.notesOf(TICKET_ID);
    expect(notes).toHaveLength(1);
    expect(sim.visibility(notes[0]!)).toEqual({ label: 'Internal Project Team', customerVisible: false });
    expect(notes[0]?.description).toContain("What we've tried");
    expect(sim.ticket(TICKET_ID).resolution).toBe('');
  });

  it('survives a lost note response: the retry finds the note and posts no second one', async () => {
    const { sim, acme, session } = await setup();
    const s = await session();
    sim.loseResponses('addNote');
    const lost = await caught(acme.resolve(s.id, { basedOnVersion: s.stateVersion }));
    expect(lost.code).toBe('PSA_REQUEST_FAILED');
    expect(lost.details.ambiguous).toBe(true);
    const result = await acme.resolve(s.id, { basedOnVersion: s.stateVersion });
    expect(result.outcome).toBe('resolved');
    expect(sim.notesOf(TICKET_ID)).toHaveLength(1);
    expect(sim.count('addNote')).toBe(1);
    expect(sim.count('findNote')).toBeGreaterThan(0);
  });

  it('catches a workflow rule that keeps the old status, and resumes once it is fixed', async () => {
    const { sim, acme, session } = await setup();
    const s = await session();
    sim.addWorkflowRule({ ticketId: TICKET_ID, whenStatus: 29, action: 'keep' });
    const e = await caught(acme.resolve(s.id, { basedOnVersion: s.stateVersion }));
    expect(e).toBeInstanceOf(PSAStatusVerificationError);
    expect(e.details).toMatchObject({ expected: { id: '29' }, actual: { id: '1', name: 'New' } });
    sim.workflowRules.length = 0;
    const result = await acme.resolve(s.id, { basedOnVersion: s.stateVersion });
    expect(result.status?.verified).toBe(true);
    expect(sim.notesOf(TICKET_ID)).toHaveLength(1);
  });

  it('catches a workflow rule that moves the status on (Resolved → Complete)', async () => {
    const { sim, acme, session } = await setup();
    const s = await session();
    sim.addWorkflowRule({ whenStatus: 29, action: { setStatus: 5 } });
    const e = await caught(acme.resolve(s.id, { basedOnVersion: s.stateVersion }));
    expect(e.code).toBe('PSA_STATUS_VERIFICATION_FAILED');
    expect(e.details).toMatchObject({ expected: { id: '29' }, actual: { id: '5', name: 'Complete' } });
  });

  it('refuses clearly, before anything is posted, when a label is missing on the tenant', async () => {
    const { sim, acme, session } = await setup({ noteTypeLabels: { resolution: 'Resolution Note' } });
    const s = await session();
    const e = await caught(acme.resolve(s.id, { basedOnVersion: s.stateVersion }));
    expect(e.code).toBe('VALIDATION_FAILED');
    expect(e.message).toContain('Resolution Note');
    expect(sim.notes).toEqual([]);
    expect(sim.ticket(TICKET_ID).resolution).toBe('');
    expect((await acme.sessions.get(s.id)).status).toBe('open');
  });

  it('refuses clearly when the API user may not add notes, storing nothing', async () => {
    const { sim, acme, session } = await setup();
    const s = await session('failed');
    sim.deny('addNote');
    const e = await caught(acme.escalate(s.id, { basedOnVersion: s.stateVersion }));
    expect(e.code).toBe('PSA_REQUEST_FAILED');
    expect(e.message).toContain('security level needs Service Desk › Tickets: Edit, and Ticket Notes: Add');
    expect(sim.notes).toEqual([]);
    expect(sim.ticket(TICKET_ID).status).toBe(1);
  });
});
