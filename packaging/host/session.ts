// A host app's first session, installed from the tarballs: record a fix that worked, preview the note, resolve
// on fakePsa and print what the PSA holds afterwards. The packaging test compiles this file as ESM (`.ts`) and
// as CommonJS (a `.cts` copy), runs both, and checks the printed ticket.
import { CloseoutError, createCloseout, type WritebackResult } from '@closeout/core';
import { fakePsa } from '@closeout/core/fake-psa';
import { memoryStorage } from '@closeout/storage-memory';

async function main(): Promise<void> {
  const psa = fakePsa({ provider: 'connectwise' });
  const ticket = psa.createTicket({ id: '48213' });
  const closeout = createCloseout({ storage: memoryStorage(), psa });
  const acme = closeout.account('acme-msp');
  await acme.settings.update({ resolvedStatusId: psa.statusId('Resolved') });

  const session = await acme.sessions.create({ problem: 'Users on floor 3 cannot print', ticket });
  await acme.sessions.proposeFix(session.id, { title: 'Reinstall the HP Universal Print Driver' });
  await acme.sessions.recordOutcome(session.id, { status: 'success', verifiedAt: new Date() });
  const preview = await acme.previews.resolutionNote(session.id);
  const result: WritebackResult = await acme.resolve(session.id, { basedOnVersion: preview.stateVersion });

  let refused: string | undefined;
  try {
    await acme.sessions.addFinding(session.id, { text: 'after the resolve' });
  } catch (error) {
    if (CloseoutError.isInstance(error)) refused = error.code;
  }
  console.log(JSON.stringify({ result, ticket: psa.ticket('48213'), notes: psa.notes('48213'), refused }));
}

// No `process` here: the host's type check runs without `@types/node`. A rejection ends Node with exit code 1.
void main();
