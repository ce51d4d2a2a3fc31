// The demo: one troubleshooting session on embedded defaults (memory storage), showing how every
// change to the session bumps its state version.
import { createCloseout } from '@closeout/core';
import { memoryStorage } from '@closeout/storage-memory';

const closeout = createCloseout({ storage: memoryStorage() });
const acme = closeout.account('acme-msp');

const show = (label: string, s: { stateVersion: number }) => console.log(`v${s.stateVersion}  ${label}`);

let session = await acme.sessions.create({
  problem: 'Users on floor 3 cannot print to HP-LJ-301',
  ticket: { provider: 'connectwise', id: '48213' },
});
show('session created', session);
session = await acme.sessions.addFinding(session.id, {
  text: 'Print Spooler on PRN01 stops within a minute of starting',
});
show('finding added', session);
session = await acme.sessions.proposeFix(session.id, {
  title: 'Restart the Print Spooler',
  steps: ['Restart the service on PRN01'],
});
show('fix proposed', session);
session = await acme.sessions.recordOutcome(session.id, {
  status: 'failed',
  failureReason: 'Spooler stopped again after 40 seconds',
});
show('outcome recorded: failed', session);
session = await acme.sessions.proposeFix(session.id, {
  title: 'Remove the corrupt HP Universal driver and reinstall v7.1',
  steps: ['Remove driver package', 'Install HP UPD 7.1', 'Restart spooler'],
});
show('fix proposed', session);
session = await acme.sessions.recordOutcome(session.id, { status: 'success', verifiedAt: new Date() });
show('outcome recorded: success', session);

console.log('\nFixes:');
for (const fix of session.fixes) {
  const active = fix.id === session.activeFixId ? ' (active)' : '';
  console.log(
    `  - ${fix.title}: ${fix.status}${fix.failureReason ? ` — ${fix.failureReason}` : ''}${active}`,
  );
}
console.log(`\nSession ${session.id} is at state version ${session.stateVersion}.`);
