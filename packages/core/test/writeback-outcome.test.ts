// A resolve closes the ticket: over a fix that did not work it needs the technician's explicit
// confirmation, or the customer would read "still open" on a ticket that says "Resolved".
import { describe, expect, it } from 'vitest';
import { caught, NOTE, writebackFixture } from './writeback-fixture.js';

type Setup = 'none' | 'proposed' | 'failed' | 'partial';

async function sessionWith(setup: Setup) {
  const f = await writebackFixture();
  const s = await f.acme.sessions.create({ problem: 'Users cannot print', ticket: f.psa.createTicket() });
  if (setup === 'none') return { f, s };
  await f.acme.sessions.proposeFix(s.id, { title: 'Restart the spooler' });
  if (setup === 'failed') {
    await f.acme.sessions.recordOutcome(s.id, { status: 'failed', failureReason: 'Stops again' });
  }
  if (setup === 'partial') {
    await f.acme.sessions.recordOutcome(s.id, { status: 'partial', partialNotes: 'Two desks still fail' });
  }
  return { f, s: await f.acme.sessions.get(s.id) };
}

describe('writeback: resolving over an outcome that is not a success', () => {
  it.each([
    ['none', null],
    ['proposed', 'proposed'],
    ['failed', 'failed'],
    ['partial', 'partial'],
  ] as const)(
    'answers OUTCOME_NOT_RESOLVED (409) for a session with fix %s, changing nothing',
    async (setup, status) => {
      const { f, s } = await sessionWith(setup);
      const error = await caught(f.acme.resolve(s.id, { text: NOTE, basedOnVersion: s.stateVersion }));
      expect(error.code).toBe('OUTCOME_NOT_RESOLVED');
      expect(error.httpStatus).toBe(409);
      expect(error.details).toEqual({
        sessionId: s.id,
        activeFix: status === null ? null : { id: s.activeFixId, title: 'Restart the spooler', status },
      });
      expect(error.message).toContain('confirmUnresolved');
      expect(f.psa.totalCalls).toBe(0);
      expect(await f.acme.sessions.get(s.id)).toEqual(s);
      expect(await f.storage.getWriteback(f.acme.accountId, s.id)).toBeNull();
    },
  );

  it('resolves with confirmUnresolved: true, the technician having chosen to close anyway', async () => {
    const { f, s } = await sessionWith('failed');
    const result = await f.acme.resolve(s.id, {
      text: NOTE,
      basedOnVersion: s.stateVersion,
      confirmUnresolved: true,
    });
    expect(result).toMatchObject({ outcome: 'resolved', status: { name: 'Resolved', verified: true } });
    expect(f.psa.notes(s.ticket?.id)).toHaveLength(1);
  });

  it('asks no confirmation of an escalation', async () => {
    const { f, s } = await sessionWith('failed');
    const result = await f.acme.escalate(s.id, { text: 'Escalating', basedOnVersion: s.stateVersion });
    expect(result.outcome).toBe('escalated');
  });

  it('checks the outcome after staleness: a stale preview is STALE_PREVIEW first', async () => {
    const { f, s } = await sessionWith('failed');
    const error = await caught(f.acme.resolve(s.id, { text: NOTE, basedOnVersion: s.stateVersion - 1 }));
    expect(error.code).toBe('STALE_PREVIEW');
  });

  it('rejects a non-boolean confirmUnresolved with VALIDATION_FAILED', async () => {
    const { f, s } = await sessionWith('failed');
    const error = await caught(
      f.acme.resolve(s.id, { text: NOTE, basedOnVersion: s.stateVersion, confirmUnresolved: 'yes' as never }),
    );
    expect(error.code).toBe('VALIDATION_FAILED');
  });
});
