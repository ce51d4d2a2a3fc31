import { memoryStorage } from '@closeout/storage-memory';
import { describe, expect, it } from 'vitest';
import { createCloseout } from '../src/closeout.js';
import { caught } from './support/caught.js';

// Input that cannot be stored as written is refused with VALIDATION_FAILED, and the session stays
// exactly as it was: the same version, the same texts.

function setup() {
  const storage = memoryStorage();
  const acme = createCloseout({ storage }).account('acme');
  return { storage, acme };
}

const UNSTORABLE_TEXTS: Array<[string, string]> = [
  ['a lone high surrogate', 'printer \ud800 offline'],
  ['a lone low surrogate', '\udc00'],
  ['only NUL', '\u0000'],
  ['NUL inside a text', 'spooler\u0000crash'],
  ['another control character', 'bell \u0007 rang'],
  ['only zero-width characters', '\u200b\u200c\u200d\u2060\ufeff'],
  ['only whitespace of every kind', ' \t\n\u00a0\u2003\u3000'],
  ['zero-width and spaces', ' \u200b \u200b '],
  ['a Hangul filler', '\u3164\u3164'],
];

describe('input that cannot be stored correctly', () => {
  it.each(UNSTORABLE_TEXTS)('refuses %s in every text field and changes nothing', async (_, bad) => {
    const { storage, acme } = setup();
    expect((await caught(acme.sessions.create({ problem: bad }))).code).toBe('VALIDATION_FAILED');
    const s = await acme.sessions.create({ problem: 'Outlook prompts for a password' });
    const attempts = [
      () => acme.sessions.addFinding(s.id, { text: bad }),
      () => acme.sessions.recordDecision(s.id, { text: bad }),
      () => acme.sessions.recordDecision(s.id, { text: 'Rebuild the profile', rationale: bad }),
      () => acme.sessions.proposeFix(s.id, { title: bad }),
      () => acme.sessions.proposeFix(s.id, { title: 'Rebuild', steps: ['Close Outlook', bad] }),
    ];
    for (const attempt of attempts) expect((await caught(attempt())).code).toBe('VALIDATION_FAILED');
    await acme.sessions.proposeFix(s.id, { title: 'Rebuild the profile' });
    const before = await storage.getSession('acme', s.id);
    for (const outcome of [
      { status: 'failed' as const, failureReason: bad },
      { status: 'partial' as const, partialNotes: bad },
    ]) {
      expect((await caught(acme.sessions.recordOutcome(s.id, outcome))).code).toBe('VALIDATION_FAILED');
    }
    expect(await storage.getSession('acme', s.id)).toEqual(before);
  });

  it('keeps tabs, newlines and text with invisible characters around visible ones', async () => {
    const { acme } = setup();
    const s = await acme.sessions.create({ problem: 'Outlook\tprompts\r\nagain \u200bafter reboot' });
    expect(s.problem).toBe('Outlook\tprompts\r\nagain \u200bafter reboot');
    const emoji = await acme.sessions.create({ problem: '🖨️ offline' });
    expect(emoji.problem).toBe('🖨️ offline');
  });

  it.each([' 1', '1 ', '1\n2', '1\t2', '12 34', '1\u200b2', '\u0000', 'x\ud800'])(
    'refuses the ticket id %j instead of trimming it',
    async (id) => {
      const { storage, acme } = setup();
      expect(
        (await caught(acme.sessions.create({ problem: 'x', ticket: { provider: 'halo', id } }))).code,
      ).toBe('VALIDATION_FAILED');
      const s = await acme.sessions.create({ problem: 'Printer offline' });
      expect((await caught(acme.sessions.linkTicket(s.id, { provider: 'halo', id }))).code).toBe(
        'VALIDATION_FAILED',
      );
      expect(await storage.getSession('acme', s.id)).toEqual(await acme.sessions.get(s.id));
      expect((await acme.sessions.get(s.id)).ticket).toBeNull();
    },
  );

  it.each(['acme msp', 'acme\nmsp', 'acme\u200b', ' acme'])('refuses the account id %j', (id) => {
    const closeout = createCloseout({ storage: memoryStorage() });
    expect(() => closeout.account(id)).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED' }));
  });

  it.each([
    ['failureReason on success', { status: 'success', failureReason: 'still fails' }],
    ['partialNotes on success', { status: 'success', partialNotes: 'half works' }],
    ['partialNotes on failed', { status: 'failed', failureReason: 'no', partialNotes: 'half works' }],
    ['failureReason on partial', { status: 'partial', partialNotes: 'half', failureReason: 'no' }],
  ] as const)('refuses an outcome with %s and changes nothing', async (_, outcome) => {
    const { storage, acme } = setup();
    const s = await acme.sessions.create({ problem: 'Printer offline' });
    await acme.sessions.proposeFix(s.id, { title: 'Restart the spooler' });
    const before = await storage.getSession('acme', s.id);
    const error = await caught(acme.sessions.recordOutcome(s.id, outcome));
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(await storage.getSession('acme', s.id)).toEqual(before);
  });
});
