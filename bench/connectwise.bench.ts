import { connectwise } from '@closeout/psa-connectwise';
import { ConnectWiseSimulator } from '@closeout/simulators/connectwise';
import { type BenchRow, type BenchSuite, getTicketFigure } from './harness.js';

// The ConnectWise adapter against the shared ConnectWise simulator over loopback HTTP: the SDK's
// per-request overhead next to a bare fetch of the same URL with the same headers (both answered
// by the same simulator, which checks every request and answer against the vendor's schemas), and
// the number of requests a writeback costs.

/** Tickets 1000-1003 on board 1 "Help Desk", all starting at status 11. */
async function startSimulator(credentials: {
  companyId: string;
  publicKey: string;
  privateKey: string;
  clientId: string;
}) {
  const sim = new ConnectWiseSimulator(credentials).addBoard({
    id: 1,
    name: 'Help Desk',
    statuses: [
      { id: 11, name: 'New' },
      { id: 13, name: 'Resolved', closed: true },
      { id: 14, name: 'Escalated' },
    ],
  });
  for (let id = 1000; id <= 1003; id++)
    sim.addTicket({ id, summary: `Bench ticket ${id}`, boardId: 1, statusId: 11 });
  return sim.listen();
}

export const suite: BenchSuite = {
  name: 'connectwise',
  async run() {
    const credentials = {
      companyId: 'acme',
      publicKey: 'benchPublicKey',
      privateKey: 'benchPrivateKey',
      clientId: 'bench-client',
    };
    const server = await startSimulator(credentials);
    const adapter = connectwise({ ...server.connection(), codebase: server.codebase });
    const rows: BenchRow[] = [];
    try {
      const ref = { provider: 'connectwise', id: '1000' };
      const url = `${server.origin}/${server.codebase}apis/3.0/service/tickets/1000?fields=id%2Cstatus%2Cboard%2CclosedFlag`;
      const headers = {
        Authorization: `Basic ${Buffer.from(`${credentials.companyId}+${credentials.publicKey}:${credentials.privateKey}`).toString('base64')}`,
        clientId: credentials.clientId,
        Accept: 'application/vnd.connectwise.com+json; version=2025.8',
      };
      rows.push(await getTicketFigure(() => adapter.getTicket(ref), url, headers));

      // Requests per writeback: note, status, verifying re-fetch; the preflight reads the board's
      // statuses, cached per board, and the ticket's board when it is not known yet.
      const sequence = async (ticketId: number, preflight: boolean) => {
        const t = { provider: 'connectwise', id: String(ticketId) };
        const before = server.count();
        if (preflight) await adapter.listStatuses(t);
        await adapter.addNote(t, { text: 'Spooler restored', type: 'resolution' });
        await adapter.setTicketStatus(t, '13');
        await adapter.getTicket(t);
        return server.count() - before;
      };
      const counts = {
        plain: await sequence(1001, false),
        cold: await sequence(1002, true),
        warm: await sequence(1003, true), // board statuses cached by the previous ticket
      };
      const countRow = (figure: string, value: number, floor: number, target: string): BenchRow => ({
        figure,
        baseline: 'the floor',
        value,
        baselineValue: floor,
        unit: 'requests',
        ratio: value / floor,
        target,
        met: value <= floor,
      });
      rows.push(countRow('writeback: note + status + re-fetch', counts.plain, 3, '= 3'));
      rows.push(countRow('writeback with preflight (warm board cache)', counts.warm, 4, '≤ 4'));
      rows.push(countRow('writeback with preflight (cold)', counts.cold, 5, '≤ 5'));
    } finally {
      await server.stop();
    }
    if (server.violations.length > 0) {
      throw new Error(`the adapter broke the ConnectWise contract:\n${server.violations.join('\n')}`);
    }
    return rows;
  },
};
