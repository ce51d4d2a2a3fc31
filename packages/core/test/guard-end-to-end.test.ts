import { memoryStorage } from '@closeout/storage-memory';
import { describe, expect, it } from 'vitest';
import { createCloseout } from '../src/closeout.js';
import type { NoteGenerator } from '../src/generators/types.js';
import { fakePsa } from '../src/testing/fake-psa.js';
import type { WritebackInput } from '../src/writeback/result.js';
import { caught } from './support/caught.js';

// The end state: a note whose active fix failed cannot reach the customer saying it is
// fixed, in any supported language, even when the technician confirms closing it unresolved.

/** Resolve input that closes over an unresolved outcome: the technician chose to close anyway. */
const closeAnyway = (basedOnVersion: number): WritebackInput => ({ basedOnVersion, confirmUnresolved: true });

const CLAIMS = [
  'Not to worry, the printer works again.',
  "C'est réglé, l'imprimante fonctionne à nouveau.",
  'Keine Sorge, der Drucker funktioniert wieder.',
  'La impresora ya no falla.',
  'Het probleem is opgelost.',
  'O problema foi resolvido.',
  'Il problema è stato risolto.',
  'Th\u0435 issue is fi\u200Bxed.',
];

/** A generator that writes an otherwise honest note whose summary is `summary`. */
const claiming = (summary: string): NoteGenerator => ({
  id: 'claiming@1',
  async generate({ bundle }) {
    const tried = bundle.fixes
      .filter((f) => f.status !== 'proposed')
      .map((f) => ({ fixId: f.id, status: f.status, summary: 'Applied as planned.' }));
    return {
      sections: {
        outcome: 'not_resolved',
        summary,
        resolution: null,
        tried,
        nextSteps: ['Collect a crash dump'],
      },
    };
  },
});

/** A session on a fake PSA ticket whose only fix failed, with `generator` writing its notes. */
async function failedSession(generator: NoteGenerator) {
  const psa = fakePsa();
  const acme = createCloseout({ storage: memoryStorage(), psa, generator, fallbackGenerator: null }).account(
    'acme',
  );
  const ticket = psa.createTicket();
  const s = await acme.sessions.create({ problem: 'Floor 3 cannot print', ticket });
  await acme.sessions.proposeFix(s.id, { title: 'Restart the print spooler' });
  const failed = await acme.sessions.recordOutcome(s.id, { status: 'failed', failureReason: 'Stops again' });
  return { psa, acme, ticket, failed };
}

describe('a failed fix never reaches the customer as fixed', () => {
  it.each(CLAIMS)('refuses %j and posts nothing', async (summary) => {
    const { psa, acme, ticket, failed } = await failedSession(claiming(summary));
    const s = failed;
    expect((await caught(acme.previews.resolutionNote(s.id))).code).toBe('GENERATOR_OUTPUT_INVALID');
    const error = await caught(acme.resolve(s.id, closeAnyway(failed.stateVersion)));
    expect(error.code).toBe('GENERATOR_OUTPUT_INVALID');
    expect(psa.notes(ticket.id)).toHaveLength(0);
    expect((await acme.sessions.get(s.id)).status).toBe('open');
  });

  it('posts the same note once its summary is honest', async () => {
    const { psa, acme, ticket, failed } = await failedSession(
      claiming('The printer still stops; we are looking at the driver next.'),
    );
    const s = failed;
    const result = await acme.resolve(s.id, closeAnyway(failed.stateVersion));
    expect(result.outcome).toBe('resolved');
    expect(psa.notes(ticket.id)).toHaveLength(1);
    expect(psa.notes(ticket.id)[0]?.text).toContain('Closed without a confirmed fix');
  });
});
