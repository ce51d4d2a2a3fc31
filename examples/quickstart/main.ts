// `npm run example:quickstart`: the code of the README's "Use" section, runnable as is.
import { createCloseout } from '@closeout/core';
import { fakePsa } from '@closeout/core/fake-psa';
import { memoryStorage } from '@closeout/storage-memory';

// A simulated PSA. In production: connectwise({ site, companyId, publicKey, privateKey, clientId }).
const psa = fakePsa({ provider: 'connectwise' });
const ticket = psa.createTicket({ id: '48213' });

const closeout = createCloseout({ storage: memoryStorage(), psa });
const acme = closeout.account('acme-msp'); // every call is scoped to one MSP
await acme.settings.update({ resolvedStatusId: psa.statusId('Resolved') });

const session = await acme.sessions.create({ problem: 'Users on floor 3 cannot print', ticket });
await acme.sessions.proposeFix(session.id, { title: 'Restart the Print Spooler' });
await acme.sessions.recordOutcome(session.id, {
  status: 'failed',
  failureReason: 'Spooler stopped again after 40 seconds',
});
await acme.sessions.proposeFix(session.id, { title: 'Reinstall the HP Universal Print Driver' });
await acme.sessions.recordOutcome(session.id, { status: 'success', verifiedAt: new Date() });

const preview = await acme.previews.resolutionNote(session.id); // cached per state version
console.log(preview.markdown); // names the fix that worked, and the one that failed with its reason

const result = await acme.resolve(session.id, { basedOnVersion: preview.stateVersion });
console.log(result.status); // { id: '4', name: 'Resolved', verified: true }: re-read from the ticket
