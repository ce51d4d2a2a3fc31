// Runs the ConnectWise adapter against a real ConnectWise PSA instance.
//
//   npm run example:connectwise -- --dry-run     reads only: the ticket, its board's statuses, and
//                                                the ids of the status names you configured
//   npm run example:connectwise                  also posts an internal-analysis note (never
//                                                customer-visible) and finds it again
//   npm run example:connectwise -- --set-status  also moves the ticket to CW_RESOLVED_STATUS and
//                                                verifies it by re-fetching the ticket
//
// Configuration comes from the environment; see README.md beside this file.
import { CloseoutError, type PsaStatus } from '@closeout/core';
import { connectwise } from '@closeout/psa-connectwise';

const args = new Set(process.argv.slice(2));
const dryRun = args.has('--dry-run');
const setStatus = args.has('--set-status');

const required = [
  'CW_SITE',
  'CW_COMPANY_ID',
  'CW_PUBLIC_KEY',
  'CW_PRIVATE_KEY',
  'CW_CLIENT_ID',
  'CW_TICKET_ID',
];
const missing = required.filter((name) => !process.env[name]);
if (missing.length > 0) {
  console.error(`Missing environment variables: ${missing.join(', ')} (see examples/connectwise/README.md)`);
  process.exit(1);
}
const env = (name: string) => process.env[name] ?? '';

const psa = connectwise({
  site: env('CW_SITE'),
  companyId: env('CW_COMPANY_ID'),
  publicKey: env('CW_PUBLIC_KEY'),
  privateKey: env('CW_PRIVATE_KEY'),
  clientId: env('CW_CLIENT_ID'),
  ...(process.env.CW_CODEBASE ? { codebase: process.env.CW_CODEBASE } : {}),
  logger: process.env.CW_DEBUG ? console : undefined,
});
const ticket = { provider: 'connectwise', id: env('CW_TICKET_ID') };

/** A configured status, given by name or by id, looked up on the ticket's board. */
function resolveStatus(statuses: PsaStatus[], wanted: string | undefined): PsaStatus | undefined {
  if (!wanted) return undefined;
  return (
    statuses.find((s) => s.id === wanted) ??
    statuses.find((s) => s.name.toLowerCase() === wanted.toLowerCase())
  );
}

try {
  const current = await psa.getTicket(ticket);
  console.log(
    `Ticket ${current.id}: status "${current.status.name}" (id ${current.status.id}), board ${current.boardId}, closed: ${current.closed}`,
  );

  const statuses = await psa.listStatuses(ticket);
  console.log(`\nStatuses of board ${current.boardId}:`);
  for (const s of statuses) console.log(`  ${s.id.padStart(6)}  ${s.name}${s.closed ? '  (closed)' : ''}`);

  const settings: Record<string, string | undefined> = {
    resolvedStatusId: process.env.CW_RESOLVED_STATUS,
    escalatedStatusId: process.env.CW_ESCALATED_STATUS,
  };
  console.log('\nSettings for acme.settings:');
  for (const [setting, wanted] of Object.entries(settings)) {
    if (!wanted) {
      console.log(
        `  ${setting}: not configured (set CW_${setting === 'resolvedStatusId' ? 'RESOLVED' : 'ESCALATED'}_STATUS to a name or id)`,
      );
      continue;
    }
    const found = resolveStatus(statuses, wanted);
    console.log(
      `  ${setting}: ${found ? `"${found.id}" (${found.name})` : `"${wanted}" is NOT on this ticket's board`}`,
    );
  }

  if (dryRun) {
    console.log('\nDry run: nothing was written.');
  } else {
    const since = new Date();
    const text = `closeout connectivity check at ${since.toISOString()}: this internal note is safe to delete.`;
    const note = await psa.addNote(ticket, { text, type: 'internal_analysis' });
    console.log(`\nPosted internal-analysis note ${note.id}.`);
    const found = await psa.findNote(ticket, { text, since });
    console.log(
      `findNote found it again: ${found?.id === note.id ? 'yes' : `no (${JSON.stringify(found)})`}`,
    );

    if (setStatus) {
      const target = resolveStatus(statuses, process.env.CW_RESOLVED_STATUS);
      if (!target)
        throw new Error('--set-status needs CW_RESOLVED_STATUS naming a status of the ticket’s board');
      await psa.setTicketStatus(ticket, target.id);
      const after = await psa.getTicket(ticket);
      const verified = after.status.id === target.id;
      console.log(
        `Status set to "${target.name}"; re-fetched ticket shows "${after.status.name}": ${verified ? 'verified' : 'NOT applied (silent rejection: check the board’s workflow rules and required fields)'}`,
      );
    }
  }
} catch (error) {
  if (CloseoutError.isInstance(error)) {
    console.error(`\n${error.code}: ${error.message}`);
    console.error(JSON.stringify(error.details, null, 2));
  } else {
    console.error(error);
  }
  process.exitCode = 1;
}
