import type { NoteType, TicketRef } from '../model/session.js';
import type {
  PsaAdapter,
  PsaNote,
  PsaNoteInput,
  PsaStatus,
  PsaTicket,
  PsaTimeEntry,
  PsaTimeEntryInput,
} from '../psa/adapter.js';
import type { NoteFormat } from '../psa/note-format.js';
import { checkTimeEntryInput } from '../psa/validation.js';
import { type Clock, systemClock } from '../util/clock.js';
import { FAKE_PSA_DEFAULT_BOARDS, type FakePsaBoard } from './fake-psa-boards.js';
import { type FakePsaFault, httpFault, lostResponse } from './fake-psa-faults.js';
import {
  PSA_OPERATIONS,
  type PsaConformanceHarness,
  type PsaHeldNote,
  type PsaHeldTimeEntry,
  type PsaOperation,
} from './psa-harness.js';

/** A ticket to create in the simulated PSA. Every field has a default. */
export interface FakePsaTicketSeed {
  /** Default: the next number from 1001. */
  id?: string;
  /** Default: the first board. */
  boardId?: string;
  /** A status id or name on the ticket's board. Default: the board's first status. */
  status?: string;
  summary?: string;
}

/** A ticket as the simulated PSA holds it. */
export interface FakePsaTicket {
  id: string;
  summary: string;
  boardId: string;
  status: { id: string; name: string };
  closed: boolean;
  /** Every status the ticket was moved to, oldest first (silently rejected changes are not here). */
  statusHistory: string[];
}

/** Options of {@link fakePsa}. */
export interface FakePsaOptions {
  /** The provider name tickets are linked with. Default `'fake'`. */
  provider?: string;
  /** Default {@link FAKE_PSA_DEFAULT_BOARDS}: "Service Desk" (New … Resolved, Escalated) and "Projects". */
  boards?: readonly FakePsaBoard[];
  /** Tickets to create up front. Default: none; see {@link FakePsa.createTicket}. */
  tickets?: readonly FakePsaTicketSeed[];
  /** Where notes get their `createdAt`. Share closeout's clock in tests that move time. */
  clock?: Clock;
  /** Delay of every call in ms. Default 0 (no timer at all). */
  latencyMs?: number;
  /**
   * Answer 400 InvalidObject (`status/id` NotFound) to a status that is not on the ticket's board,
   * as ConnectWise does. Default true.
   */
  rejectStatusesOffBoard?: boolean;
  /**
   * The adapter's `noteFormat`, so core renders notes for it as for a PSA that takes plain text or
   * HTML. Default: none (markdown).
   */
  noteFormat?: NoteFormat;
  /**
   * The members writes may be attributed to. A note or time entry written as another member is
   * refused (400), as a PSA refuses an unknown member. Default: any member.
   */
  members?: readonly string[];
  /**
   * Statuses (ids or names) whose tickets refuse new time entries (400), as a ConnectWise status
   * with `timeEntryNotAllowed` does. Default: none.
   */
  timeEntryNotAllowed?: readonly string[];
}

/** Options of {@link FakePsa.inject}. */
export interface FakePsaInjectOptions {
  /** How many calls fail; default: every call until {@link FakePsa.clearFaults}. */
  times?: number;
}

/**
 * An in-memory PSA: a complete {@link PsaAdapter} (with `findNote` and `listStatuses`) plus a
 * control surface to seed it, read what landed, count calls and switch faults.
 */
export interface FakePsa extends PsaAdapter {
  findNote(ref: TicketRef, query: { text: string; since: Date }): Promise<{ id: string } | null>;
  listStatuses(ref: TicketRef): Promise<PsaStatus[]>;
  addTimeEntry(ref: TicketRef, entry: PsaTimeEntryInput): Promise<{ id: string }>;
  findTimeEntry(ref: TicketRef, query: { notes: string; since: Date }): Promise<{ id: string } | null>;
  getTimeEntry(ref: TicketRef, id: string): Promise<PsaTimeEntry>;
  /**
   * Time entries as the PSA holds them: of one ticket, or of all. A ticket in a status of
   * `timeEntryNotAllowed` refuses new ones (400).
   */
  timeEntries(ticketId?: string): Array<PsaHeldTimeEntry & { ticketId: string }>;
  getNote(ref: TicketRef, id: string): Promise<PsaNote | null>;
  /** The fake sends `notifyContact` as a per-note flag, as ConnectWise and HaloPSA do. */
  readonly contactNotification: 'flag';

  /** Creates a ticket and returns its ref, ready for `sessions.create({ticket})`. */
  createTicket(seed?: FakePsaTicketSeed): TicketRef;
  /** The ticket as the PSA holds it. Throws for an unknown id. */
  ticket(id: string): FakePsaTicket;
  /** Notes as the PSA holds them, with visibility: of one ticket, or of all tickets. */
  notes(ticketId?: string): PsaHeldNote[];
  /**
   * Stores a note directly, bypassing faults and counters (default `createdAt`: now; default `id`:
   * the next one). With the `id` of a deleted note it stands for a note corrected by hand.
   */
  seedNote(
    ticketId: string,
    note: { text: string; type: NoteType; createdAt?: Date; id?: string },
  ): { id: string };
  /** Deletes a note, as someone removing it in the PSA would. */
  deleteNote(ticketId: string, noteId: string): void;
  /** The id of the status with this name, on the given board (default: the first board). */
  statusId(name: string, boardId?: string): string;
  readonly boards: readonly FakePsaBoard[];

  /** Makes calls of `operation` fail with `fault` (every call, or the next `times`). */
  inject(operation: PsaOperation, fault: FakePsaFault, options?: FakePsaInjectOptions): void;
  /** Clears the faults of one operation, or of all. */
  clearFaults(operation?: PsaOperation): void;
  /** Calls per operation so far, failed ones included (a snapshot). */
  readonly calls: Readonly<Record<PsaOperation, number>>;
  /** Sum of {@link FakePsa.calls}. */
  readonly totalCalls: number;
  resetCalls(): void;
  setLatency(ms: number): void;

  /** The same PSA seen through an adapter without the given optional methods. */
  without(
    ...methods: Array<
      'findNote' | 'listStatuses' | 'getNote' | 'addTimeEntry' | 'findTimeEntry' | 'getTimeEntry'
    >
  ): PsaAdapter;
  /**
   * A conformance harness on a fresh ticket of this PSA:
   * `runPsaConformance('fakePsa', () => fakePsa().harness())`.
   */
  harness(): PsaConformanceHarness;
}

interface StoredNote extends PsaHeldNote {
  ticketId: string;
}

const OPERATIONS = PSA_OPERATIONS;

// Notes are matched as a PSA would store them: line endings and surrounding blanks do not count.
const normalize = (text: string) => text.replace(/\r\n?/g, '\n').trim();

const zeroCalls = (): Record<PsaOperation, number> =>
  Object.fromEntries(OPERATIONS.map((op) => [op, 0])) as Record<PsaOperation, number>;

/**
 * Creates a simulated PSA.
 *
 * @example
 * ```ts
 * const psa = fakePsa();
 * const ticket = psa.createTicket();                       // on "Service Desk", status "New"
 * const closeout = createCloseout({ storage: memoryStorage(), psa });
 * const acme = closeout.account('acme-msp');
 * await acme.settings.update({ resolvedStatusId: psa.statusId('Resolved') });
 * psa.inject('setTicketStatus', { type: 'silent_status_rejection' });   // the 200-but-unchanged trap
 * ```
 */
export function fakePsa(options: FakePsaOptions = {}): FakePsa {
  const provider = options.provider ?? 'fake';
  const clock = options.clock ?? systemClock;
  const boards: FakePsaBoard[] = structuredClone([...(options.boards ?? FAKE_PSA_DEFAULT_BOARDS)]);
  if (boards.length === 0 || boards.some((b) => b.statuses.length === 0)) {
    throw new TypeError('fakePsa needs at least one board, each with at least one status');
  }
  const rejectOffBoard = options.rejectStatusesOffBoard ?? true;
  const tickets = new Map<string, FakePsaTicket>();
  const notes: StoredNote[] = [];
  const entries: Array<PsaHeldTimeEntry & { ticketId: string }> = [];
  const faults = new Map<PsaOperation, { fault: FakePsaFault; remaining: number }>();
  let calls = zeroCalls();
  let latencyMs = options.latencyMs ?? 0;
  let nextTicket = 1001;
  let nextNote = 9001;
  let nextEntry = 7001;

  /** A PSA refuses a write attributed to a member it does not know. */
  function checkMember(operation: PsaOperation, member: string | undefined): void {
    if (member === undefined || options.members === undefined || options.members.includes(member)) return;
    throw httpFault(operation, 400, {
      message: `member ${member} is unknown`,
      details: { errors: [{ code: 'NotFound', field: 'member' }] },
    });
  }

  function board(id: string): FakePsaBoard {
    const found = boards.find((b) => b.id === id);
    if (found === undefined) throw new TypeError(`fakePsa has no board ${id}`);
    return found;
  }

  function findTicket(operation: PsaOperation, ref: TicketRef): FakePsaTicket {
    const found = tickets.get(ref.id);
    if (found === undefined) {
      throw httpFault(operation, 404, {
        message: `ticket ${ref.id} not found`,
        details: { ticketId: ref.id },
      });
    }
    return found;
  }

  function storeNote(
    ticketId: string,
    text: string,
    type: NoteType,
    createdAt: Date,
    extra: { wrongVisibility?: boolean; notifyContact?: boolean; id?: string; member?: string } = {},
  ): { id: string } {
    const id = extra.id ?? String(nextNote++);
    // A wrong visibility flips what the customer can see; the type follows what was stored.
    const visible = (type !== 'internal_analysis') !== (extra.wrongVisibility === true);
    const stored: NoteType = visible
      ? type === 'internal_analysis'
        ? 'discussion'
        : type
      : 'internal_analysis';
    notes.push({
      id,
      ticketId,
      text,
      type: stored,
      customerVisible: visible,
      createdAt: new Date(createdAt),
      ...(extra.member === undefined ? {} : { member: extra.member }),
      // The contact hears only of a note it can see, and only when asked to.
      contactEmailed: visible && extra.notifyContact === true,
    });
    return { id };
  }

  const copyNote = ({ ticketId: _ticket, ...note }: StoredNote): PsaHeldNote => ({
    ...note,
    createdAt: new Date(note.createdAt),
  });

  function takeFault(operation: PsaOperation): FakePsaFault | undefined {
    const entry = faults.get(operation);
    if (entry === undefined) return undefined;
    entry.remaining -= 1;
    if (entry.remaining <= 0) faults.delete(operation);
    return entry.fault;
  }

  /** Counts, waits, applies the operation's fault around `effect`. */
  async function call<T>(
    operation: PsaOperation,
    effect: (silent: boolean, fault?: FakePsaFault) => T,
  ): Promise<T> {
    calls[operation] += 1;
    if (latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, latencyMs));
    const fault = takeFault(operation);
    if (fault?.type === 'http') {
      throw httpFault(operation, fault.status, {
        ...(fault.retryAfterSeconds === undefined ? {} : { retryAfterSeconds: fault.retryAfterSeconds }),
      });
    }
    const result = effect(fault?.type === 'silent_status_rejection', fault);
    if (fault?.type === 'lost_response') throw lostResponse(operation);
    return result;
  }

  function createTicket(seed: FakePsaTicketSeed = {}): TicketRef {
    const b = board(seed.boardId ?? (boards[0] as FakePsaBoard).id);
    const status =
      seed.status === undefined
        ? (b.statuses[0] as PsaStatus)
        : b.statuses.find((s) => s.id === seed.status || s.name === seed.status);
    if (status === undefined) throw new TypeError(`board ${b.name} has no status ${seed.status}`);
    const id = seed.id ?? String(nextTicket++);
    if (tickets.has(id)) throw new TypeError(`fakePsa already has ticket ${id}`);
    tickets.set(id, {
      id,
      summary: seed.summary ?? `Ticket ${id}`,
      boardId: b.id,
      status: { id: status.id, name: status.name },
      closed: status.closed,
      statusHistory: [],
    });
    return { provider, id };
  }

  for (const seed of options.tickets ?? []) createTicket(seed);

  const psa: FakePsa = {
    provider,
    boards,
    contactNotification: 'flag',
    ...(options.noteFormat === undefined ? {} : { noteFormat: options.noteFormat }),

    getTicket: (ref) =>
      call('getTicket', (): PsaTicket => {
        const t = findTicket('getTicket', ref);
        return { id: t.id, status: { ...t.status }, boardId: t.boardId, closed: t.closed };
      }),

    addNote: (ref, note: PsaNoteInput) =>
      call('addNote', (_silent, fault) => {
        const t = findTicket('addNote', ref);
        checkMember('addNote', note.member);
        return storeNote(t.id, note.text, note.type, clock.now(), {
          ...(note.member === undefined ? {} : { member: note.member }),
          wrongVisibility: fault?.type === 'wrong_visibility',
          notifyContact: note.notifyContact === true,
        });
      }),

    getNote: (ref, id) =>
      call('getNote', (): PsaNote | null => {
        const t = findTicket('getNote', ref);
        const note = notes.find((n) => n.ticketId === t.id && n.id === String(id));
        return note === undefined ? null : { id: note.id, text: note.text, type: note.type };
      }),

    addTimeEntry: (ref, entry) =>
      call('addTimeEntry', () => {
        checkTimeEntryInput(entry);
        const t = findTicket('addTimeEntry', ref);
        checkMember('addTimeEntry', entry.member);
        const forbidden = options.timeEntryNotAllowed ?? [];
        if (forbidden.includes(t.status.id) || forbidden.includes(t.status.name)) {
          throw httpFault('addTimeEntry', 400, {
            message: `ticket ${t.id} is in status ${t.status.name}, which does not allow time entries`,
            details: { errors: [{ code: 'TimeEntryNotAllowed', field: 'status' }] },
          });
        }
        const id = String(nextEntry++);
        entries.push({
          id,
          ticketId: t.id,
          minutes: entry.minutes,
          notes: entry.notes,
          billable: entry.billable,
          createdAt: clock.now(),
          ...(entry.member === undefined ? {} : { member: entry.member }),
        });
        return { id };
      }),

    findTimeEntry: (ref, query) =>
      call('findTimeEntry', () => {
        const t = findTicket('findTimeEntry', ref);
        const wanted = normalize(query.notes);
        const match = entries
          .filter((e) => e.ticketId === t.id && e.createdAt >= query.since && normalize(e.notes) === wanted)
          .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0];
        return match === undefined ? null : { id: match.id };
      }),

    getTimeEntry: (ref, id) =>
      call('getTimeEntry', (): PsaTimeEntry => {
        const t = findTicket('getTimeEntry', ref);
        const e = entries.find((x) => x.id === String(id) && x.ticketId === t.id);
        if (e === undefined) {
          throw httpFault('getTimeEntry', 404, { message: `time entry ${id} not found`, details: { id } });
        }
        return {
          id: e.id,
          ticketId: e.ticketId,
          minutes: e.minutes,
          notes: e.notes,
          billable: e.billable,
          ...(e.member === undefined ? {} : { member: e.member }),
        };
      }),

    timeEntries: (ticketId) =>
      entries
        .filter((e) => ticketId === undefined || e.ticketId === ticketId)
        .map((e) => ({ ...e, createdAt: new Date(e.createdAt) })),

    setTicketStatus: (ref, statusId) =>
      call('setTicketStatus', (silent) => {
        const t = findTicket('setTicketStatus', ref);
        const onBoard = board(t.boardId).statuses.find((s) => s.id === String(statusId));
        const anywhere = onBoard ?? boards.flatMap((b) => b.statuses).find((s) => s.id === String(statusId));
        if (anywhere === undefined || (onBoard === undefined && rejectOffBoard)) {
          throw httpFault('setTicketStatus', 400, {
            message: `status ${statusId} is not on the ticket's board`,
            details: {
              psaCode: 'InvalidObject',
              errors: [{ code: 'NotFound', field: 'status/id', message: `Status ${statusId} not found` }],
            },
          });
        }
        if (silent) return;
        t.status = { id: anywhere.id, name: anywhere.name };
        t.closed = anywhere.closed;
        t.statusHistory.push(anywhere.id);
      }),

    findNote: (ref, query) =>
      call('findNote', () => {
        const t = findTicket('findNote', ref);
        const wanted = normalize(query.text);
        const match = notes
          .filter((n) => n.ticketId === t.id && n.createdAt >= query.since && normalize(n.text) === wanted)
          .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0];
        return match === undefined ? null : { id: match.id };
      }),

    listStatuses: (ref) =>
      call('listStatuses', () => structuredClone(board(findTicket('listStatuses', ref).boardId).statuses)),

    createTicket,

    ticket(id) {
      const t = tickets.get(id);
      if (t === undefined) throw new TypeError(`fakePsa has no ticket ${id}`);
      return structuredClone(t);
    },

    notes: (ticketId) => notes.filter((n) => ticketId === undefined || n.ticketId === ticketId).map(copyNote),

    seedNote(ticketId, note) {
      if (!tickets.has(ticketId)) throw new TypeError(`fakePsa has no ticket ${ticketId}`);
      if (note.id !== undefined && notes.some((n) => n.id === note.id)) {
        throw new TypeError(`fakePsa already has note ${note.id}`);
      }
      return storeNote(ticketId, note.text, note.type, note.createdAt ?? clock.now(), {
        ...(note.id === undefined ? {} : { id: note.id }),
      });
    },

    deleteNote(ticketId, noteId) {
      const at = notes.findIndex((n) => n.ticketId === ticketId && n.id === noteId);
      if (at < 0) throw new TypeError(`fakePsa has no note ${noteId} on ticket ${ticketId}`);
      notes.splice(at, 1);
    },

    statusId(name, boardId) {
      const b = board(boardId ?? (boards[0] as FakePsaBoard).id);
      const found = b.statuses.find((s) => s.name === name);
      if (found === undefined) throw new TypeError(`board ${b.name} has no status named ${name}`);
      return found.id;
    },

    inject(operation, fault, injectOptions = {}) {
      if (fault.type === 'silent_status_rejection' && operation !== 'setTicketStatus') {
        throw new TypeError('silent_status_rejection applies to setTicketStatus only');
      }
      if (fault.type === 'wrong_visibility' && operation !== 'addNote') {
        throw new TypeError('wrong_visibility applies to addNote only');
      }
      faults.set(operation, {
        fault: { ...fault },
        remaining: injectOptions.times ?? Number.POSITIVE_INFINITY,
      });
    },

    clearFaults(operation) {
      if (operation === undefined) faults.clear();
      else faults.delete(operation);
    },

    get calls() {
      return { ...calls };
    },

    get totalCalls() {
      return OPERATIONS.reduce((sum, op) => sum + calls[op], 0);
    },

    resetCalls() {
      calls = zeroCalls();
    },

    setLatency(ms) {
      latencyMs = ms;
    },

    without(...methods) {
      const view: PsaAdapter = {
        provider,
        ...(options.noteFormat === undefined ? {} : { noteFormat: options.noteFormat }),
        getTicket: (ref) => psa.getTicket(ref),
        addNote: (ref, note) => psa.addNote(ref, note),
        setTicketStatus: (ref, statusId) => psa.setTicketStatus(ref, statusId),
      };
      if (!methods.includes('findNote')) view.findNote = (ref, query) => psa.findNote(ref, query);
      if (!methods.includes('listStatuses')) view.listStatuses = (ref) => psa.listStatuses(ref);
      if (!methods.includes('addTimeEntry')) view.addTimeEntry = (ref, entry) => psa.addTimeEntry(ref, entry);
      if (!methods.includes('findTimeEntry'))
        view.findTimeEntry = (ref, query) => psa.findTimeEntry(ref, query);
      if (!methods.includes('getTimeEntry')) view.getTimeEntry = (ref, id) => psa.getTimeEntry(ref, id);
      if (!methods.includes('getNote')) view.getNote = (ref, id) => psa.getNote(ref, id);
      return view;
    },

    harness() {
      const ref = createTicket();
      const t = tickets.get(ref.id) as FakePsaTicket;
      const own = board(t.boardId).statuses.filter((s) => s.id !== t.status.id);
      const [first, second] = own;
      if (first === undefined || second === undefined) {
        throw new TypeError('the harness needs a board with at least three statuses');
      }
      const foreign = boards
        .filter((b) => b.id !== t.boardId)
        .flatMap((b) => b.statuses)
        .find((s) => !own.some((o) => o.id === s.id));
      return {
        adapter: psa,
        ticket: ref,
        statusIds: [first.id, second.id] as const,
        ...(foreign === undefined ? {} : { foreignStatusId: foreign.id }),
        notes: async () => psa.notes(ref.id),
        timeEntries: async () => psa.timeEntries(ref.id).map(({ ticketId: _t, ...e }) => e),
        member: options.members?.[0] ?? 'member-1',
        seedNote: async (note) => psa.seedNote(ref.id, note),
        setFault: (operation, fault) => {
          if (fault === null) psa.clearFaults(operation);
          else psa.inject(operation, { type: 'http', ...fault });
        },
        loseNextResponse: (operation) => psa.inject(operation, { type: 'lost_response' }, { times: 1 }),
        misstoreNextNote: () => psa.inject('addNote', { type: 'wrong_visibility' }, { times: 1 }),
      };
    },
  };
  return psa;
}
