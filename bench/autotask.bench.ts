import { autotask } from '@closeout/psa-autotask';
import { AutotaskSimulator } from '@closeout/simulators/autotask';
import { type BenchRow, type BenchSuite, getTicketFigure } from './harness.js';

// The Autotask adapter against the shared Autotask simulator over loopback HTTP: getTicket next to
// a bare fetch of the same URL with the same headers (both answered by the same simulator), and the
// requests a writeback costs. Every request counts against the tenant's 10,000 an hour, shared by
// all its integrations, so the counts matter more than the microseconds.

export const suite: BenchSuite = {
  name: 'autotask',
  async run() {
    const sim = await new AutotaskSimulator({ requestThreshold: 1_000_000 })
      .addTicket({ id: 1000, status: 1 })
      .addTicket({ id: 1001, status: 1 })
      .addTicket({ id: 1002, status: 1 })
      .addTicket({ id: 1003, status: 1 })
      .listen();
    const connection = sim.connection();
    const rows: BenchRow[] = [];
    try {
      const adapter = autotask(connection);
      const ref = { provider: 'autotask', id: '1000' };
      await adapter.getTicket(ref); // picklists cached from here on
      const headers = {
        ApiIntegrationCode: sim.integrationCode,
        UserName: sim.username,
        Secret: sim.secret,
        Accept: 'application/json',
      };
      const url = `${connection.zoneUrl}V1.0/Tickets/1000`;
      rows.push(await getTicketFigure(() => adapter.getTicket(ref), url, headers));

      // A fresh adapter per sequence: `cold` reads the picklists, `warm` has them cached.
      const sequence = async (
        a: ReturnType<typeof autotask>,
        ticketId: number,
        type: 'resolution' | 'internal_analysis',
      ) => {
        const t = { provider: 'autotask', id: String(ticketId) };
        const before = sim.count();
        await a.listStatuses(t);
        await a.addNote(t, { text: `Spooler restored on ${ticketId}`, type });
        await a.setTicketStatus(t, '29');
        await a.getTicket(t);
        return sim.count() - before;
      };
      const fresh = autotask(connection);
      const counts = {
        cold: await sequence(fresh, 1001, 'resolution'),
        warm: await sequence(fresh, 1002, 'resolution'),
        escalation: await sequence(fresh, 1003, 'internal_analysis'),
      };
      const countRow = (figure: string, value: number, floor: number): BenchRow => ({
        figure,
        baseline: 'the floor',
        value,
        baselineValue: floor,
        unit: 'requests',
        ratio: value / floor,
        target: `= ${floor}`,
        met: value <= floor,
      });
      // Resolution: read the field, append to it, post the note, set the status, re-read.
      rows.push(countRow('resolve with preflight (warm picklists)', counts.warm, 5));
      rows.push(countRow('resolve with preflight (cold: + 2 picklist reads)', counts.cold, 7));
      rows.push(countRow('escalate with preflight (warm): note + status + re-read', counts.escalation, 3));
    } finally {
      await sim.stop();
    }
    if (sim.violations.length > 0) {
      throw new Error(`the adapter broke the Autotask contract:\n${sim.violations.join('\n')}`);
    }
    return rows;
  },
};
