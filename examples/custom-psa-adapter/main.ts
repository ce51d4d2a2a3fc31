// `npm run example:custom-psa-adapter`: closeout posting to Tessera, an invented PSA, through the
// adapter in tessera.ts. A Tessera server runs on 127.0.0.1 for the example (tessera-server.ts).
import { CloseoutError, createCloseout } from '@closeout/core';
import { memoryStorage } from '@closeout/storage-memory';
import { TESSERA, tessera } from './tessera.js';
import { startTesseraServer } from './tessera-server.js';

const server = await startTesseraServer({
  token: 'tsr_example_token',
  queues: {
    helpdesk: [
      { key: 'new', label: 'New', closed: false },
      { key: 'in_progress', label: 'In progress', closed: false },
      { key: 'resolved', label: 'Resolved', closed: true },
      { key: 'escalated', label: 'Escalated to tier 2', closed: false },
    ],
  },
  tickets: [
    { id: 'HD-1042', title: 'VPN drops every hour', queue: 'helpdesk', state: 'in_progress' },
    { id: 'HD-1043', title: 'Shared mailbox missing in Outlook', queue: 'helpdesk', state: 'in_progress' },
  ],
});

try {
  const psa = tessera({ baseUrl: server.baseUrl, token: 'tsr_example_token' });
  const closeout = createCloseout({ storage: memoryStorage(), psa });
  const acme = closeout.account('acme-msp');
  // Tessera's state keys are the status ids closeout moves tickets to.
  await acme.settings.update({ resolvedStatusId: 'resolved', escalatedStatusId: 'escalated' });

  // A resolve: a public comment tagged "resolution", and the ticket moved to "resolved".
  const vpn = await acme.sessions.create({
    problem: 'VPN drops every hour',
    ticket: { provider: TESSERA, id: 'HD-1042' },
  });
  await acme.sessions.addFinding(vpn.id, { text: 'Drops line up with the DHCP lease renewal on the client' });
  await acme.sessions.proposeFix(vpn.id, { title: 'Extend the DHCP lease on the VPN scope to 8 hours' });
  const done = await acme.sessions.recordOutcome(vpn.id, { status: 'success', verifiedAt: new Date() });
  const resolved = await acme.resolve(vpn.id, { basedOnVersion: done.stateVersion });
  console.log(
    `HD-1042: ${resolved.outcome}, status "${resolved.status?.name}" verified: ${resolved.status?.verified}`,
  );
  for (const c of server.comments('HD-1042')) {
    console.log(`  comment ${c.id}: visibility ${c.visibility}, tag ${c.tag}`);
  }

  // An escalation: an internal comment the customer never sees, and the ticket moved to "escalated".
  const mailbox = await acme.sessions.create({
    problem: 'Shared mailbox missing in Outlook',
    ticket: { provider: TESSERA, id: 'HD-1043' },
  });
  await acme.sessions.proposeFix(mailbox.id, { title: 'Re-grant Full Access with automapping' });
  const stuck = await acme.sessions.recordOutcome(mailbox.id, {
    status: 'failed',
    failureReason: 'The mailbox still does not appear after 2 hours',
  });
  const escalated = await acme.escalate(mailbox.id, { basedOnVersion: stuck.stateVersion });
  console.log(
    `HD-1043: ${escalated.outcome}, status "${escalated.status?.name}" verified: ${escalated.status?.verified}`,
  );
  for (const c of server.comments('HD-1043')) {
    console.log(`  comment ${c.id}: visibility ${c.visibility}, tag ${c.tag}`);
  }
} catch (error) {
  if (CloseoutError.isInstance(error)) {
    console.error(`${error.code}: ${error.message}`);
  } else {
    console.error(error);
  }
  process.exitCode = 1;
} finally {
  await server.close();
}
console.log('\nIts conformance suite: npx vitest run examples/custom-psa-adapter');
