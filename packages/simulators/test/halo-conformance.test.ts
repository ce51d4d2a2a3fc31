// The simulator itself passes the suite every PSA adapter runs, driven by the plainest client of
// its HTTP surface: a fresh token per call, no retries. What the suite proves of it (visibility,
// statuses that stick, refusals, faults) is then what the HaloPSA adapter is tested against.
import {
  CloseoutError,
  type NoteType,
  type PsaAdapter,
  PsaRequestError,
  type TicketRef,
} from '@closeout/core';
import { runPsaConformance } from '@closeout/core/testing';
import { type HaloSimulator, seededHaloSimulator } from '@closeout/simulators/halo';

const OUTCOME: Record<NoteType, number> = { resolution: 10, internal_analysis: 7, discussion: 1 };
const KINDS = { 10: 'resolution', 7: 'internal_analysis', 1: 'discussion' } as const;
/** Agent 12 of the seeded tenant may log time; the API agent may not. */
const AGENT = '12';

function plainClient(sim: HaloSimulator): PsaAdapter {
  async function call(method: string, path: string, body?: unknown): Promise<unknown> {
    const form = new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: sim.clientId,
      client_secret: sim.clientSecret,
      scope: 'all',
    });
    const auth = await sim.fetch(`${sim.origin}/auth/token`, { method: 'POST', body: form });
    const { access_token: token } = (await auth.json()) as { access_token: string };
    const response = await sim
      .fetch(`${sim.origin}/api/${path}`, {
        method,
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      })
      .catch(() => {
        // No answer: a POST may have been stored.
        throw new PsaRequestError('HaloPSA did not answer', {
          retryable: true,
          ambiguous: method === 'POST',
        });
      });
    if (!response.ok) {
      const status = response.status;
      throw new PsaRequestError(`HaloPSA answered ${status}`, {
        retryable: status === 429 || status >= 500,
        details: { status },
      });
    }
    return response.json();
  }
  const id = (ref: TicketRef) => Number(ref.id);
  return {
    provider: 'halopsa',
    async getTicket(ref) {
      const t = (await call('GET', `Tickets/${id(ref)}`)) as {
        id: number;
        status_id: number;
        status_name: string;
      };
      return { id: String(t.id), status: { id: String(t.status_id), name: t.status_name } };
    },
    async addNote(ref, note) {
      const hidden = note.type === 'internal_analysis';
      const body = [
        {
          ticket_id: id(ref),
          outcome_id: OUTCOME[note.type],
          note_html: note.text,
          hiddenfromuser: hidden,
          ...(note.member === undefined ? {} : { actionby_agent_id: Number(note.member) }),
        },
      ];
      return { id: String(((await call('POST', 'Actions', body)) as { id: number }).id) };
    },
    async setTicketStatus(ref, statusId) {
      await call('POST', 'Tickets', [{ id: id(ref), status_id: Number(statusId) }]);
    },
    async findNote(ref, { text, since }) {
      const start = new Date(Math.floor(since.getTime() / 1000) * 1000).toISOString().slice(0, 19);
      const { actions } = (await call(
        'GET',
        `Actions?ticket_id=${id(ref)}&startdate=${start}&includehtmlnote=true`,
      )) as { actions: Array<{ id: number }> };
      // The list may shorten notes: each action is read whole, newest first.
      for (const { id: actionId } of actions.reverse()) {
        const whole = (await call('GET', `Actions/${actionId}?ticket_id=${id(ref)}`)) as {
          note_html: string;
        };
        if (whole.note_html === text) return { id: String(actionId) };
      }
      return null;
    },
    async getNote(ref, noteId) {
      try {
        const a = (await call('GET', `Actions/${noteId}?ticket_id=${id(ref)}&includehtmlnote=true`)) as {
          id: number;
          note_html: string;
          hiddenfromuser: boolean;
          outcome_id: number;
        };
        // Visibility decides: a visible action is never internal analysis, whatever its outcome.
        const type: NoteType = a.hiddenfromuser
          ? 'internal_analysis'
          : a.outcome_id === OUTCOME.resolution
            ? 'resolution'
            : 'discussion';
        return { id: String(a.id), text: a.note_html, type };
      } catch (error) {
        if (error instanceof PsaRequestError && error.details.status === 404) return null;
        throw error;
      }
    },
    async addTimeEntry(ref, entry) {
      const body = [
        {
          ticket_id: id(ref),
          outcome_id: OUTCOME.internal_analysis,
          note: entry.notes,
          hiddenfromuser: true,
          timetaken: entry.minutes / 60,
          actionby_agent_id: Number(entry.member ?? AGENT),
        },
      ];
      if (!(entry.minutes >= 1 && entry.minutes <= 1440)) {
        throw new CloseoutError('VALIDATION_FAILED', 'minutes out of range');
      }
      return { id: String(((await call('POST', 'Actions', body)) as { id: number }).id) };
    },
    async getTimeEntry(ref, entryId) {
      const a = (await call('GET', `Actions/${entryId}?ticket_id=${id(ref)}`)) as {
        id: number;
        ticket_id: number;
        note: string;
        timetaken: number;
        actionby_agent_id: number;
      };
      return {
        id: String(a.id),
        ticketId: String(a.ticket_id),
        minutes: Math.round(a.timetaken * 60),
        notes: a.note,
        member: String(a.actionby_agent_id),
      };
    },
    async findTimeEntry(ref, { notes, since }) {
      const start = new Date(Math.floor(since.getTime() / 1000) * 1000).toISOString().slice(0, 19);
      const { actions } = (await call(
        'GET',
        `Actions?ticket_id=${id(ref)}&startdate=${start}&timeentriesonly=true`,
      )) as { actions: Array<{ id: number; note: string }> };
      const found = actions.filter((a) => a.note === notes).at(-1);
      return found ? { id: String(found.id) } : null;
    },
    async listStatuses(ref) {
      const list = (await call('GET', `Status?type=ticket&ticket_id=${id(ref)}`)) as Array<{
        id: number;
        name: string;
      }>;
      return list.map((s) => ({ id: String(s.id), name: s.name, closed: s.id === 9 }));
    },
  };
}

runPsaConformance('HaloPSA simulator', () => {
  const sim = seededHaloSimulator();
  return sim.harness(plainClient(sim), KINDS, { member: AGENT });
});
