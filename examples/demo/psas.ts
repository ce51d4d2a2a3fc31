// The PSA-specific parts of the demo, one entry per PSA: which simulator to start, the adapter on
// it, how to explain each request the adapter makes, and how a posted note's visibility reads on
// that PSA. `npm run demo -- --psa <name>` picks one; main.ts tells the same story on each.
import type { PsaAdapter } from '@closeout/core';
import { autotask } from '@closeout/psa-autotask';
import { connectwise } from '@closeout/psa-connectwise';
import { halo } from '@closeout/psa-halo';
import { AutotaskSimulator } from '@closeout/simulators/autotask';
import { ConnectWiseSimulator } from '@closeout/simulators/connectwise';
import { HaloSimulator } from '@closeout/simulators/halo';

/** A request the adapter made, as the simulator received it. */
export interface DemoRequest {
  method: string;
  path: string;
  status: number;
}

/** A PSA simulator started for the demo, with the real adapter on it. */
export interface DemoPsaRun {
  adapter: PsaAdapter;
  /** What the `PSA` line of the demo says. */
  description: string;
  /** The two tickets of the story: one resolved, one whose status change does not take at first. */
  tickets: readonly [string, string];
  /** The requests since the previous call. */
  takeRequests(): DemoRequest[];
  /** Why the adapter made this request (`previous` is the one before it). */
  why(request: DemoRequest, previous: DemoRequest | undefined): string;
  /** The ticket's status changes answer OK but do not take (a workflow rule), or take again. */
  keepStatus(ticketId: string, keep: boolean): void;
  /** How many notes the ticket holds. */
  noteCount(ticketId: string): number;
  /** How the ticket's first note is marked, in the PSA's own terms, and whether a customer sees it. */
  firstNote(ticketId: string): string;
  /** Requests the simulator would refuse as the vendor does; the demo fails on any. */
  violations(): string[];
  stop(): Promise<void>;
}

/** One PSA of the demo. */
export interface DemoPsa {
  /** The vendor's name, as the demo prints it. */
  name: string;
  start(): Promise<DemoPsaRun>;
}

const TICKETS = [48213, 48214] as const;

const connectwiseDemo: DemoPsa = {
  name: 'ConnectWise',
  async start() {
    // The API member's keys. The simulator checks them like ConnectWise does; they are not real.
    const sim = await new ConnectWiseSimulator({
      companyId: 'acme',
      publicKey: 'demo-public-key',
      privateKey: 'demo-private-key',
      clientId: 'demo-client-id',
    })
      .addBoard({
        id: 1,
        name: 'Help Desk',
        statuses: [
          { id: 11, name: 'New' },
          { id: 12, name: 'In Progress' },
          { id: 13, name: 'Resolved', closed: true },
          { id: 14, name: 'Escalated' },
        ],
      })
      .addTicket({ id: TICKETS[0], summary: 'Users on floor 3 cannot print', boardId: 1, statusId: 12 })
      .addTicket({ id: TICKETS[1], summary: 'Outlook keeps asking for a password', boardId: 1, statusId: 12 })
      .listen();
    return {
      adapter: connectwise(sim.connection()),
      description: `connectwise() → a ConnectWise simulator at ${sim.origin}`,
      tickets: [String(TICKETS[0]), String(TICKETS[1])],
      takeRequests: () => sim.takeRequests(),
      why(r, previous) {
        if (r.path.startsWith('/login/companyinfo/')) return 'find the API codebase (public, no credentials)';
        if (r.method === 'POST') return 'post the note';
        if (r.method === 'PATCH') return 'set the status';
        if (/^service\/tickets\/\d+$/.test(r.path)) {
          return previous?.method === 'PATCH'
            ? 're-read the ticket: did the status take?'
            : 'read the ticket';
        }
        if (r.path.endsWith('/statuses')) return "list the board's statuses";
        if (r.path.endsWith('/notes')) return 'look for the note';
        return '';
      },
      keepStatus: (id, keep) => sim.keepStatus(Number(id), keep),
      noteCount: (id) => sim.notesOf(Number(id)).length,
      firstNote(id) {
        const note = sim.notesOf(Number(id))[0];
        return note?.resolutionFlag
          ? 'resolutionFlag: true, so the customer sees it (an escalation posts internalAnalysisFlag)'
          : 'no resolution note';
      },
      violations: () => sim.violations,
      stop: () => sim.stop(),
    };
  },
};

const autotaskDemo: DemoPsa = {
  name: 'Autotask',
  async start() {
    // The API user's credentials. The simulator checks them like Autotask does; they are not real.
    const sim = await new AutotaskSimulator({
      username: 'closeout-api@acme.example',
      secret: 'demo-secret',
      integrationCode: 'DEMOTRACKINGCODE',
    })
      .addTicket({ id: TICKETS[0], title: 'Users on floor 3 cannot print', status: 8 })
      .addTicket({ id: TICKETS[1], title: 'Outlook keeps asking for a password', status: 8 })
      .listen();
    return {
      adapter: autotask(sim.connection()),
      description: `autotask() → an Autotask simulator at ${sim.origin} (plain-text notes)`,
      tickets: [String(TICKETS[0]), String(TICKETS[1])],
      takeRequests: () => sim.takeRequests(),
      why(r, previous) {
        if (r.path === 'ThresholdInformation') return "read the tenant's request use (every integration's)";
        if (r.path.endsWith('/entityInformation/fields')) {
          return r.path.startsWith('TicketNotes')
            ? 'read the note type and publish picklists (ids differ per tenant)'
            : 'read the status picklist';
        }
        if (r.path.endsWith('/Notes')) return 'post the note (plain text, publish by label)';
        if (r.method === 'PATCH')
          return previous?.method === 'GET' ? 'write the resolution field' : 'set the status';
        if (r.path.startsWith('TicketNotes/query')) return 'look for the note';
        if (/^Tickets\/\d+$/.test(r.path)) {
          return previous?.method === 'PATCH' && previous.path === 'Tickets'
            ? 're-read the ticket: did the status take?'
            : 'read the ticket';
        }
        return '';
      },
      keepStatus(id, keep) {
        sim.workflowRules.splice(0);
        if (keep) sim.addWorkflowRule({ ticketId: Number(id), whenStatus: 29, action: 'keep' });
      },
      noteCount: (id) => sim.notesOf(Number(id)).length,
      firstNote(id) {
        const note = sim.notesOf(Number(id))[0];
        if (note === undefined) return 'no note';
        const { label, customerVisible } = sim.visibility(note);
        return `publish "${label}", so the customer ${customerVisible ? 'sees it' : 'never sees it'} (an escalation publishes to "Internal Project Team"); also in the ticket's resolution field`;
      },
      violations: () => sim.violations,
      stop: () => sim.stop(),
    };
  },
};

const haloDemo: DemoPsa = {
  name: 'HaloPSA',
  async start() {
    // The API application's client credentials. The simulator checks them like Halo does; they are not real.
    const sim = new HaloSimulator({ clientId: 'demo-client-id', clientSecret: 'demo-client-secret' })
      .addStatus({ id: 1, name: 'New' })
      .addStatus({ id: 2, name: 'In Progress' })
      .addStatus({ id: 8, name: 'Resolved', closed: true })
      .addStatus({ id: 18, name: 'Escalated' })
      .addOutcome({ id: 1, outcome: 'Update', hidefromuser: false })
      .addOutcome({ id: 7, outcome: 'Private Note', hidefromuser: true })
      .addTicket({ id: TICKETS[0], summary: 'Users on floor 3 cannot print', statusId: 2, tickettypeId: 1 })
      .addTicket({
        id: TICKETS[1],
        summary: 'Outlook keeps asking for a password',
        statusId: 2,
        tickettypeId: 1,
      });
    const server = await sim.listen();
    return {
      adapter: halo({
        url: server.origin,
        clientId: sim.clientId,
        clientSecret: sim.clientSecret,
        // Outcome ids differ per tenant: resolutions as "Update" (visible), escalations as "Private Note".
        outcomes: { resolution: 1, internal_analysis: 7, discussion: 1 },
      }),
      description: `halo() → a HaloPSA simulator at ${server.origin} (HTML notes as actions)`,
      tickets: [String(TICKETS[0]), String(TICKETS[1])],
      takeRequests: () => sim.takeRequests(),
      why(r, previous) {
        if (r.path === '/auth/token') return 'get an access token (client credentials)';
        if (r.path === 'Status') return "list the statuses of the ticket's type";
        if (r.path === 'Outcome') return 'check the API agent may run the outcome';
        if (r.path === 'Actions')
          return r.method === 'POST' ? 'add the note as an action (HTML)' : 'look for the note';
        if (/^Actions\/\d+$/.test(r.path)) return 'read the action whole (lists shorten notes)';
        if (r.path === 'Tickets') return 'set the status: [{id, status_id}]';
        if (/^Tickets\/\d+$/.test(r.path)) {
          return previous?.path === 'Tickets'
            ? 're-read the ticket: did the status take?'
            : 'read the ticket';
        }
        return '';
      },
      keepStatus(_id, keep) {
        sim.silentStatusRejection = keep;
      },
      noteCount: (id) => sim.actionsOf(Number(id)).length,
      firstNote(id) {
        const action = sim.actionsOf(Number(id))[0];
        if (action === undefined) return 'no note';
        return `outcome "${action.outcome}", hiddenfromuser: ${action.hiddenfromuser}, so the end user ${action.hiddenfromuser ? 'never sees it' : 'sees it'} (an escalation is added hidden)`;
      },
      violations: () => sim.violations,
      stop: () => server.stop(),
    };
  },
};

/** Every PSA the demo can run on, by its `--psa` name. */
export const DEMO_PSAS: Record<string, DemoPsa> = {
  connectwise: connectwiseDemo,
  autotask: autotaskDemo,
  halo: haloDemo,
};
