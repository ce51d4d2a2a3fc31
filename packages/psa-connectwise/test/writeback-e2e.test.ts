// Writeback through core on the ConnectWise adapter and the spec-checked simulator: the requests a
// resolve really makes, and the traps (silent status rejection, a status not on the board, a lost
// note response) end to end.
import { CloseoutError, createCloseout, PSAStatusVerificationError } from '@closeout/core';
import { connectwise } from '@closeout/psa-connectwise';
import type { ConnectWiseSimulator } from '@closeout/simulators/connectwise';
import { memoryStorage } from '@closeout/storage-memory';
import { afterEach, describe, expect, it } from 'vitest';
import { blockNetwork, seededSimulator } from './support/harness.js';

let sim: ConnectWiseSimulator | undefined;
afterEach(() => {
  const violations = sim?.violations ?? [];
  sim?.close();
  sim = undefined;
  expect(violations).toEqual([]);
});

async function setup(settings: { resolvedStatusId?: number; escalatedStatusId?: number } = {}) {
  blockNetwork();
  sim = seededSimulator().install();
  sim.addTicket({ id: 48215, summary: 'Scanner to email fails', boardId: 1, statusId: 12 });
  const adapter = connectwise({
    ...sim.connection(),
    retry: { limit: 1, baseDelayMs: 1, maxDelayMs: 5, maxRetryAfterMs: 20 },
  });
  const acme = createCloseout({ storage: memoryStorage(), psa: adapter }).account('acme-msp');
  await acme.settings.update({ resolvedStatusId: 13, escalatedStatusId: 14, ...settings });
  return { sim, adapter, acme };
}

async function workedSession(acme: Awaited<ReturnType<typeof setup>>['acme'], ticketId: string) {
  const s = await acme.sessions.create({
    problem: 'Users on floor 3 cannot print',
    ticket: { provider: 'connectwise', id: ticketId },
  });
  await acme.sessions.addFinding(s.id, { text: 'Print Spooler on PRN01 stops within a minute' });
  await acme.sessions.proposeFix(s.id, { title: 'Restart the Print Spooler' });
  await acme.sessions.recordOutcome(s.id, {
    status: 'failed',
    failureReason: 'Stopped again after 40 seconds',
  });
  await acme.sessions.proposeFix(s.id, { title: 'Reinstall HP Universal Print Driver 7.1' });
  return acme.sessions.recordOutcome(s.id, { status: 'success' });
}

const operations = (s: ConnectWiseSimulator, from: number) => s.requests.slice(from).map((r) => r.operation);

describe('resolve through core on ConnectWise', () => {
  it('posts one resolution note, moves the ticket and verifies it by re-reading it', async () => {
    const { sim, acme } = await setup();
    const session = await workedSession(acme, '48213');
    const preview = await acme.previews.resolutionNote(session.id);
    const result = await acme.resolve(session.id, { basedOnVersion: preview.stateVersion });

    expect(result).toMatchObject({
      outcome: 'resolved',
      status: { id: '13', name: 'Resolved', verified: true },
      note: { type: 'resolution' },
    });
    expect(sim.tickets.get(48213)?.statusId).toBe(13);
    const notes = sim.notesOf(48213);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({
      resolutionFlag: true,
      internalAnalysisFlag: false,
      detailDescriptionFlag: false,
    });
    // ConnectWise keeps line breaks as CRLF.
    expect(notes[0]?.text.replaceAll('\r\n', '\n')).toBe(preview.markdown.trim());
    expect(result.note.externalId).toBe(String(notes[0]?.id));
    // Discovery, then the cold preflight (the ticket's board, its statuses), then the floor of four:
    // the note, its read-back, the status and the re-read.
    expect(operations(sim, 0)).toEqual([
      'companyInfo',
      'getTicket',
      'listStatuses',
      'addNote',
      'getNote',
      'setTicketStatus',
      'getTicket',
    ]);
  });

  it('makes four requests when the board and the ticket are already known to the adapter', async () => {
    const { sim, adapter, acme } = await setup();
    const warmUp = await workedSession(acme, '48213');
    await acme.resolve(warmUp.id, { basedOnVersion: warmUp.stateVersion });
    // The host showed ticket 48215 before the technician confirmed: the adapter learnt its board.
    await adapter.getTicket({ provider: 'connectwise', id: '48215' });
    const session = await workedSession(acme, '48215');
    const before = sim.requests.length;
    const result = await acme.resolve(session.id, { basedOnVersion: session.stateVersion });
    expect(result.status).toEqual({ id: '13', name: 'Resolved', verified: true });
    expect(operations(sim, before)).toEqual(['addNote', 'getNote', 'setTicketStatus', 'getTicket']);
  });

  it('escalates with an internal-analysis note only', async () => {
    const { sim, acme } = await setup();
    const session = await workedSession(acme, '48213');
    const result = await acme.escalate(session.id, {
      text: 'Driver store corrupt; needs Tier 2.',
      basedOnVersion: session.stateVersion,
    });
    expect(result).toMatchObject({
      outcome: 'escalated',
      status: { id: '14', name: 'Escalated', verified: true },
    });
    expect(
      sim.notesOf(48213).map((n) => [n.internalAnalysisFlag, n.resolutionFlag, n.detailDescriptionFlag]),
    ).toEqual([[true, false, false]]);
  });

  it('throws PSAStatusVerificationError when ConnectWise answers OK but keeps the old status', async () => {
    const { sim, acme } = await setup();
    sim.silentStatusRejection = true;
    const session = await workedSession(acme, '48213');
    const error = await acme
      .resolve(session.id, { basedOnVersion: session.stateVersion })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PSAStatusVerificationError);
    const verification = error as PSAStatusVerificationError;
    expect(verification.httpStatus).toBe(502);
    expect(verification.expected).toMatchObject({ id: '13' });
    expect(verification.actual).toEqual({ id: '11', name: 'New' });
    expect(verification.noteId).toBe(String(sim.notesOf(48213)[0]?.id));
    expect(sim.notesOf(48213)).toHaveLength(1);
    expect((await acme.sessions.get(session.id)).status).toBe('open');
  });

  it('fails before posting any note when the configured status is not on the ticket board', async () => {
    const { sim, acme } = await setup({ resolvedStatusId: 23 });
    const session = await workedSession(acme, '48213');
    const error = await acme
      .resolve(session.id, { basedOnVersion: session.stateVersion })
      .catch((e: unknown) => e);
    expect(CloseoutError.isInstance(error)).toBe(true);
    expect((error as CloseoutError).code).toBe('VALIDATION_FAILED');
    expect(JSON.stringify((error as CloseoutError).details)).toContain('Resolved');
    expect(sim.count('addNote')).toBe(0);
    expect(sim.count('setTicketStatus')).toBe(0);
  });

  it('resumes after a lost note response: finds the note, posts none again, one note total', async () => {
    const { sim, acme } = await setup();
    sim.loseResponses('addNote', 1);
    const session = await workedSession(acme, '48213');
    const first = await acme
      .resolve(session.id, {
        text: 'Reinstalled the driver; printing confirmed.',
        basedOnVersion: session.stateVersion,
      })
      .catch((e: unknown) => e);
    expect(CloseoutError.hasCode(first, 'PSA_REQUEST_FAILED')).toBe(true);
    expect((first as CloseoutError).details).toMatchObject({ ambiguous: true });
    expect(sim.notesOf(48213)).toHaveLength(1);

    const before = sim.requests.length;
    const result = await acme.resolve(session.id, {
      text: 'Reinstalled the driver; printing confirmed.',
      basedOnVersion: session.stateVersion,
    });
    expect(result.status).toEqual({ id: '13', name: 'Resolved', verified: true });
    expect(result.note.externalId).toBe(String(sim.notesOf(48213)[0]?.id));
    expect(sim.notesOf(48213)).toHaveLength(1);
    expect(operations(sim, before)).not.toContain('addNote');
    expect(operations(sim, before)).toContain('findNote');
  });
});

describe('a ConnectWise refusal through core', () => {
  it('unpins a note POST answered 400: the writeback may then escalate instead', async () => {
    const { sim, acme } = await setup();
    const session = await workedSession(acme, '48213');
    sim.setFault('addNote', { status: 400 }, 1);
    const refused = await acme
      .resolve(session.id, { text: 'Driver reinstalled.', basedOnVersion: session.stateVersion })
      .catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'PSA_REQUEST_FAILED', retryable: false, ambiguous: false });
    const result = await acme.escalate(session.id, {
      text: 'Tier 2: the driver store looks corrupt.',
      basedOnVersion: session.stateVersion,
    });
    expect(result).toMatchObject({ outcome: 'escalated', status: { id: '14', verified: true } });
    expect(sim.notesOf(48213).map((n) => [n.text, n.internalAnalysisFlag])).toEqual([
      ['Tier 2: the driver store looks corrupt.', true],
    ]);
  });

  it('finishes a writeback after a cloud upgrade moved the codebase the adapter had learnt', async () => {
    const { sim, adapter, acme } = await setup();
    const session = await workedSession(acme, '48213');
    await adapter.getTicket({ provider: 'connectwise', id: '48213' });
    sim.moveCodebase('v2026_1/');
    const result = await acme.resolve(session.id, {
      text: 'Driver reinstalled.',
      basedOnVersion: session.stateVersion,
    });
    expect(result).toMatchObject({ outcome: 'resolved', status: { id: '13', verified: true } });
    expect(sim.notesOf(48213)).toHaveLength(1);
    expect(sim.count('companyInfo')).toBe(2);
  });
});
