/**
 * The ConnectWise PSA (Manage) simulator every closeout test, demo, example and benchmark shares.
 * It answers at the fetch level through nock (`install()`, on a host of its own) or over real HTTP
 * on 127.0.0.1 (`listen()`, for a separate process such as the demo): company info,
 * tickets, boards with their statuses, and ticket notes, answering with bodies shaped by the vendor's
 * OpenAPI schemas. It checks the auth headers of every request and validates every request body
 * (ServiceNote, PatchOperation) and every answer against the same schemas; a mismatch is recorded in
 * `violations` and answered with a 400, so a test cannot pass over it.
 *
 * Modes: a fault per operation (any status) until cleared, a 429 answered as ConnectWise Cloud's
 * edge answers it (Cloudflare's HTML page with `Retry-After`, never ConnectWise JSON); silent status
 * rejection (PATCH answers 200 and keeps the old status); lost responses (the change is committed,
 * then the connection is reset); slow responses (for timeouts); a note stored with the other
 * visibility and answered 201 (`misstoreNotes`). A status not on the ticket's board is
 * always refused with ConnectWise's 400 `InvalidObject`.
 */
import type { NoteType } from '@closeout/core';
import type { PsaFault, PsaOperation } from '@closeout/core/fake-psa';
import { contractErrors, contractErrorsOfList } from './connectwise-contract.js';
import {
  Faults,
  interceptWithNock,
  type Listening,
  listenOnLoopback,
  parseBody,
  requestLines,
  retryAfterHeaders,
  type SimAnswer,
  type SimReply,
} from './transport.js';

export interface SimStatus {
  id: number;
  name: string;
  closed?: boolean;
  inactive?: boolean;
  /** ConnectWise's `timeEntryNotAllowed`: a ticket in this status refuses new time entries. */
  timeEntryNotAllowed?: boolean;
}

/** A ConnectWise member (technician or API member). */
export interface SimMember {
  id: number;
  identifier: string;
  name: string;
}

/** A time entry as ConnectWise holds it. */
export interface SimTimeEntry {
  id: number;
  chargeToId: number;
  chargeToType: string;
  /** The identifier of the member it is logged for (the API member when none was named). */
  member: string;
  timeStart: Date;
  timeEnd: Date;
  actualHours: number;
  billableOption: string;
  notes: string;
  workTypeId: number | undefined;
  dateEntered: Date;
}

export interface SimBoard {
  id: number;
  name: string;
  statuses: SimStatus[];
}

export interface SimTicket {
  id: number;
  summary: string;
  boardId: number;
  statusId: number;
}

export interface SimNote {
  id: number;
  ticketId: number;
  text: string;
  detailDescriptionFlag: boolean;
  internalAnalysisFlag: boolean;
  resolutionFlag: boolean;
  processNotifications: boolean;
  /**
   * Whether ConnectWise would have e-mailed the ticket's contact: `processNotifications` on a note
   * the contact can see (not internal analysis).
   */
  contactEmailed: boolean;
  /** Whole seconds, as ConnectWise stores it. */
  dateCreated: Date;
  /** The identifier of the member it was written as (the API member when none was named). */
  member?: string;
}

/** The calls the simulator tells apart; `companyInfo` is the public codebase lookup. */
export type SimOperation = PsaOperation | 'companyInfo';

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  /** The query string as sent, before decoding. */
  rawQuery: string;
  operation: SimOperation | undefined;
  headers: Record<string, string>;
  body: unknown;
  /** The status answered, or `'lost'` when the connection was reset instead. */
  outcome: number | 'lost';
}

/** A request as {@link ConnectWiseSimulator.takeRequests} reports it, for printing what an adapter did. */
export interface SimRequest {
  method: string;
  /** The path below `…/apis/3.0/`, or the full path for company info. */
  path: string;
  /** The status answered, or 0 when the connection was reset instead. */
  status: number;
}

export interface SimulatorOptions {
  /** Host name; unique per simulator by default so simulators never see each other's requests. */
  host?: string;
  companyId?: string;
  publicKey?: string;
  privateKey?: string;
  clientId?: string;
  codebase?: string;
  apiVersion?: string;
  /** The simulator's clock, for `dateCreated`. */
  now?: () => Date;
  /** ConnectWise's page size when a request names none (25). */
  defaultPageSize?: number;
}

type Answer = SimAnswer;
type Reply = SimReply;

let instances = 0;

const CW_API_VERSION_HEADER = 'application/vnd.connectwise.com+json; version=';

/** Cloudflare's page for a rate-limited request (error 1015): what ConnectWise Cloud's edge answers a 429 with. */
export const EDGE_RATE_LIMIT_PAGE =
  '<!DOCTYPE html><html lang="en-US"><head><title>Access denied | api-na.myconnectwise.net used Cloudflare to restrict access</title></head>' +
  '<body><div id="cf-error-details"><h1>Error 1015</h1><h2>You are being rate limited</h2>' +
  '<p>The owner of this website has banned you temporarily from accessing this website.</p></div></body></html>';
const wholeSecond = (d: Date) => new Date(Math.floor(d.getTime() / 1000) * 1000);
const cwDate = (d: Date) => wholeSecond(d).toISOString().replace('.000Z', 'Z');

export class ConnectWiseSimulator {
  readonly host: string;
  readonly companyId: string;
  readonly publicKey: string;
  readonly privateKey: string;
  readonly clientId: string;
  /** The codebase the API lives under now; see {@link ConnectWiseSimulator.moveCodebase}. */
  codebase: string;
  readonly apiVersion: string;

  /** Every request, in order. */
  readonly requests: RecordedRequest[] = [];
  /** Contract breaches by the client: wrong headers, bodies or query parameters. Tests expect none. */
  readonly violations: string[] = [];

  readonly boards = new Map<number, SimBoard>();
  readonly tickets = new Map<number, SimTicket>();
  readonly notes: SimNote[] = [];
  readonly timeEntries: SimTimeEntry[] = [];
  /** Members by identifier; the API member the keys belong to is always there. */
  readonly members = new Map<string, SimMember>([[API_MEMBER.identifier, { ...API_MEMBER }]]);
  /** Work types by id (`workType` of a time entry). */
  readonly workTypes = new Map<number, string>([[1, 'Remote Support']]);

  /** PATCH answers 200 with the ticket but keeps its old status. */
  silentStatusRejection = false;
  /** How `/login/companyinfo/{companyId}` answers. */
  companyInfo: 'ok' | 'html' | 'null' | 'not-found' = 'ok';
  /** The codebase company info announces, when it is not the one the API lives under. */
  companyInfoCodebase: string | undefined;

  readonly #oldCodebases = new Set<string>();
  readonly #faults = new Faults<SimOperation>();
  readonly #now: () => Date;
  readonly #defaultPageSize: number;
  #nextNoteId = 9001;
  #nextTimeEntryId = 70001;
  #misstore = 0;
  #uninstall: (() => void) | undefined;
  #server: Listening | undefined;
  #taken = 0;
  readonly #kept = new Set<number>();

  constructor(options: SimulatorOptions = {}) {
    instances += 1;
    this.host = options.host ?? `cw${instances}.sim.test`;
    this.companyId = options.companyId ?? 'acmemsp';
    this.publicKey = options.publicKey ?? 'pubKEY7q3xZ9w2Lk';
    this.privateKey = options.privateKey ?? 'privKEYm4Vt8sR1cN6';
    this.clientId = options.clientId ?? '5f0b2c1e-8d3a-4e6f-9b7c-2a1d0e9f8c7b';
    this.codebase = options.codebase ?? 'v2025_1/';
    this.apiVersion = options.apiVersion ?? '2025.8';
    this.#now = options.now ?? (() => new Date());
    this.#defaultPageSize = options.defaultPageSize ?? 25;
  }

  /** Where the instance answers: `https://{host}` through nock, or `http://127.0.0.1:{port}` after `listen()`. */
  get origin(): string {
    return this.#server?.origin ?? `https://${this.host}`;
  }

  /** The connection options an adapter needs to talk to this instance. */
  connection(): { site: string; companyId: string; publicKey: string; privateKey: string; clientId: string } {
    return {
      site: this.#server?.origin ?? this.host,
      companyId: this.companyId,
      publicKey: this.publicKey,
      privateKey: this.privateKey,
      clientId: this.clientId,
    };
  }

  /** The Authorization header ConnectWise expects from this API member. */
  get expectedAuthorization(): string {
    return `Basic ${Buffer.from(`${this.companyId}+${this.publicKey}:${this.privateKey}`).toString('base64')}`;
  }

  addBoard(board: SimBoard): this {
    this.boards.set(board.id, board);
    return this;
  }

  addMember(member: SimMember): this {
    this.members.set(member.identifier, member);
    return this;
  }

  timeEntriesOf(ticketId: number): SimTimeEntry[] {
    return this.timeEntries.filter((e) => e.chargeToType === 'ServiceTicket' && e.chargeToId === ticketId);
  }

  addTicket(ticket: SimTicket): this {
    this.tickets.set(ticket.id, ticket);
    return this;
  }

  /** Stores a note directly, as if someone had typed it in ConnectWise at `createdAt`. */
  seedNote(ticketId: number, note: { text: string; type: NoteType; createdAt: Date }): SimNote {
    const stored: SimNote = {
      id: this.#nextNoteId++,
      ticketId,
      text: note.text,
      detailDescriptionFlag: note.type === 'discussion',
      internalAnalysisFlag: note.type === 'internal_analysis',
      resolutionFlag: note.type === 'resolution',
      processNotifications: false,
      contactEmailed: false,
      dateCreated: wholeSecond(note.createdAt),
    };
    this.notes.push(stored);
    return stored;
  }

  notesOf(ticketId: number): SimNote[] {
    return this.notes.filter((n) => n.ticketId === ticketId);
  }

  /** The ticket with its current status, as ConnectWise holds it. */
  ticket(ticketId: number): { id: number; boardId: number; status: SimStatus } {
    const t = this.tickets.get(ticketId);
    const status = t && this.boards.get(t.boardId)?.statuses.find((st) => st.id === t.statusId);
    if (t === undefined || status === undefined) throw new Error(`no ticket ${ticketId} with a known status`);
    return { id: t.id, boardId: t.boardId, status: { ...status } };
  }

  /**
   * The ticket's status changes answer 200 but do not take (`false` lets them take again), as a
   * ConnectWise workflow rule can: the trap closeout's verification exists for.
   */
  keepStatus(ticketId: number, keep = true): void {
    if (keep) this.#kept.add(ticketId);
    else this.#kept.delete(ticketId);
  }

  /**
   * The next `count` note POSTs are stored with the other visibility (an internal analysis note as
   * a detail description one, a customer-visible note as internal analysis) and answered 201 as if
   * all was well: the silent fault closeout's note receipt exists for. `0` stops it.
   */
  misstoreNotes(count = 1): void {
    this.#misstore = count;
  }

  /** The requests since the previous call, oldest first, with the path below the API base. */
  takeRequests(): SimRequest[] {
    const taken = requestLines(this.requests, this.#taken, `/${this.codebase}apis/3.0/`);
    this.#taken = this.requests.length;
    return taken;
  }

  /** Calls of `operation` answer with `fault`: until cleared with `null`, or only the next `times`. */
  setFault(operation: SimOperation, fault: PsaFault | null, times = Number.POSITIVE_INFINITY): void {
    this.#faults.set(operation, fault, times);
  }

  /** The next `count` calls of `operation` take effect, then their connection is reset. */
  loseResponses(operation: SimOperation, count = 1): void {
    this.#faults.lose(operation, count);
  }

  /** Calls of `operation` answer after `ms` (0 clears). */
  delayResponses(operation: SimOperation, ms: number): void {
    this.#faults.delay(operation, ms);
  }

  /** Requests made, optionally only those of one operation. */
  count(operation?: SimOperation): number {
    return operation === undefined
      ? this.requests.length
      : this.requests.filter((r) => r.operation === operation).length;
  }

  /** Starts answering for `host` (idempotent). */
  install(): this {
    this.#uninstall ??= interceptWithNock(
      `https://${this.host}`,
      (m, uri, body, headers) => this.#answer(m, uri, body, headers),
      () => ({ 'x-cw-request-id': `req-${this.requests.length}` }),
    );
    return this;
  }

  /**
   * Answers over real HTTP on a free 127.0.0.1 port; `origin` and `connection().site` then name it.
   * A lost response resets the connection after the change is committed.
   */
  async listen(): Promise<this> {
    this.#server ??= await listenOnLoopback(
      (m, uri, body, headers) => this.#answer(m, uri, body, headers),
      () => ({ 'x-cw-request-id': `req-${this.requests.length}` }),
    );
    return this;
  }

  /** Stops the HTTP server `listen()` started. */
  async stop(): Promise<void> {
    const server = this.#server;
    this.#server = undefined;
    await server?.stop();
  }

  /** Stops answering; the host is then unknown to nock again. */
  close(): void {
    this.#uninstall?.();
    this.#uninstall = undefined;
  }

  async #answer(
    method: string,
    uri: string,
    rawBody: string,
    headers: Record<string, string>,
  ): Promise<Reply> {
    const url = new URL(uri, this.origin);
    const body = parseBody(rawBody);
    const record: RecordedRequest = {
      method,
      path: url.pathname,
      query: url.searchParams,
      rawQuery: url.search,
      operation: undefined,
      headers,
      body,
      outcome: 0,
    };
    this.requests.push(record);
    const reply = await this.#route(method, url, body, headers, record);
    record.outcome = reply === 'lost' ? 'lost' : reply.status;
    await this.#faults.wait(record.operation);
    return reply;
  }

  /**
   * A cloud upgrade: the API moves to `codebase` (company info announces it), and the old path
   * answers 404 with the web server's HTML page, not a ConnectWise error body.
   */
  moveCodebase(codebase: string): void {
    this.#oldCodebases.add(this.codebase);
    this.codebase = codebase;
  }

  #violation(message: string): Answer {
    this.violations.push(message);
    return error(400, 'InvalidObject', `contract violation: ${message}`);
  }

  async #route(
    method: string,
    url: URL,
    body: unknown,
    headers: Record<string, string>,
    record: RecordedRequest,
  ): Promise<Reply> {
    const info = url.pathname.match(/^\/login\/companyinfo\/([^/]+)$/);
    if (info && method === 'GET') {
      record.operation = 'companyInfo';
      if (headers.authorization !== undefined) {
        this.violations.push('credentials sent to the public company info endpoint');
      }
      return this.#fault('companyInfo') ?? this.#companyInfo(decodeURIComponent(info[1] ?? ''));
    }

    const prefix = `/${this.codebase}apis/3.0/`;
    for (const old of this.#oldCodebases) {
      if (url.pathname.startsWith(`/${old}apis/3.0/`)) {
        return {
          status: 404,
          body: '<!DOCTYPE html><html><head><title>404 - File or directory not found.</title></head></html>',
        };
      }
    }
    if (!url.pathname.startsWith(prefix)) {
      return this.#violation(`${method} ${url.pathname} is outside ${prefix}`);
    }
    const path = url.pathname.slice(prefix.length);
    const route = matchRoute(method, path);
    if (!route) return this.#violation(`${method} ${path} is not an endpoint the adapter should call`);
    record.operation = route.operation;

    // ConnectWise answers a bad API member with 401; the other header checks are the client's contract.
    if (headers.authorization !== this.expectedAuthorization) {
      return error(401, 'Unauthorized', 'The credentials provided are not valid.');
    }
    if (headers.clientid !== this.clientId) {
      return this.#violation('the clientId header is missing or wrong');
    }
    if (headers.accept !== `${CW_API_VERSION_HEADER}${this.apiVersion}`) {
      return this.#violation(`Accept is "${headers.accept ?? ''}", not the versioned ConnectWise media type`);
    }
    if (
      (method === 'POST' || method === 'PATCH') &&
      !/^application\/json\b/.test(headers['content-type'] ?? '')
    ) {
      return this.#violation('a body was sent without Content-Type: application/json');
    }

    const fault = this.#fault(route.operation);
    if (fault) return fault;

    let reply: Answer;
    switch (route.operation) {
      case 'getTicket':
        reply = this.#getTicket(route.id, url.searchParams);
        break;
      case 'setTicketStatus':
        reply = this.#patchTicket(route.id, body);
        break;
      case 'addNote':
        reply = this.#postNote(route.id, body);
        break;
      case 'findNote':
        reply = this.#listNotes(route.id, url);
        break;
      case 'getNote':
        reply = this.#getNote(route.id, route.noteId ?? 0, url.searchParams);
        break;
      case 'listStatuses':
        reply = this.#listStatuses(route.id, url);
        break;
      case 'addTimeEntry':
        reply = this.#postTimeEntry(body);
        break;
      case 'getTimeEntry':
        reply = this.#getTimeEntry(route.id);
        break;
      case 'findTimeEntry':
        reply = this.#listTimeEntries(url);
        break;
    }
    return this.#faults.maybeLose(route.operation, reply);
  }

  #fault(operation: SimOperation): Answer | undefined {
    const fault = this.#faults.take(operation);
    if (!fault) return undefined;
    const headers = retryAfterHeaders(fault);
    const { message } = fault;
    if (fault.status === 429) {
      // The edge answers before ConnectWise sees the request: HTML, Cloudflare's headers, no JSON.
      return {
        status: 429,
        body: EDGE_RATE_LIMIT_PAGE,
        headers: { ...headers, Server: 'cloudflare', 'CF-RAY': '8f1c2a3b4d5e6f70-ORD' },
      };
    }
    if (fault.status >= 500) {
      return {
        ...error(
          fault.status,
          'UnexpectedServerError',
          message ?? 'An unexpected server error has occurred.',
        ),
        headers,
      };
    }
    return { ...error(fault.status, 'InvalidObject', message ?? 'The request was refused.'), headers };
  }

  #companyInfo(companyId: string): Answer {
    if (this.companyInfo === 'html') {
      return {
        status: 200,
        body: '<!DOCTYPE html><html><head><title>ConnectWise</title></head><body>Login</body></html>',
      };
    }
    if (this.companyInfo === 'not-found') return { status: 404, body: '' };
    if (this.companyInfo === 'null' || companyId.toLowerCase() !== this.companyId.toLowerCase()) {
      return { status: 200, body: null };
    }
    return {
      status: 200,
      body: {
        CompanyName: 'Acme MSP',
        Codebase: this.companyInfoCodebase ?? this.codebase,
        VersionCode: 'v2025.1',
        VersionNumber: 'v2025.1.108412',
        CompanyID: this.companyId,
        IsCloud: true,
        SiteUrl: this.host,
      },
    };
  }

  #ticketJson(ticket: SimTicket): Record<string, unknown> {
    const board = this.boards.get(ticket.boardId);
    const status = board?.statuses.find((s) => s.id === ticket.statusId);
    const base = `${this.origin}/${this.codebase}apis/3.0`;
    return {
      id: ticket.id,
      summary: ticket.summary,
      recordType: 'ServiceTicket',
      board: {
        id: ticket.boardId,
        name: board?.name ?? '',
        _info: { board_href: `${base}/service/boards/${ticket.boardId}` },
      },
      status: {
        id: ticket.statusId,
        name: status?.name ?? '',
        _info: { status_href: `${base}/service/boards/${ticket.boardId}/statuses/${ticket.statusId}` },
      },
      company: {
        id: 250,
        identifier: 'ContosoLtd',
        name: 'Contoso Ltd',
        _info: { company_href: `${base}/company/companies/250` },
      },
      closedFlag: status?.closed === true,
      _info: { lastUpdated: cwDate(this.#now()), updatedBy: 'closeout' },
    };
  }

  #answerWith(schema: 'Ticket' | 'ServiceNote', status: number, value: Record<string, unknown>): Answer {
    const clean = JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
    const problems = contractErrors(schema, clean);
    if (problems.length > 0)
      this.violations.push(`simulator answer breaks ${schema}: ${problems.join('; ')}`);
    return { status, body: clean };
  }

  #getTicket(id: number, query: URLSearchParams): Answer {
    const ticket = this.tickets.get(id);
    if (!ticket) return error(404, 'NotFound', `Ticket ID ${id} not found`);
    const full = this.#ticketJson(ticket);
    const fields = query.get('fields');
    this.#answerWith('Ticket', 200, full); // the whole record conforms; the projection is a subset of it
    return { status: 200, body: fields ? project(full, fields) : JSON.parse(JSON.stringify(full)) };
  }

  #patchTicket(id: number, body: unknown): Answer {
    const problems = contractErrors('PatchOperation[] (request)', body);
    if (problems.length > 0) return this.#violation(problems.join('; '));
    const ops = body as Array<{ op: string; path: string; value: unknown }>;
    const ticket = this.tickets.get(id);
    if (!ticket) return error(404, 'NotFound', `Ticket ID ${id} not found`);
    for (const op of ops) {
      if (op.op !== 'replace' || op.path !== 'status/id') {
        return this.#violation(`unexpected patch operation ${op.op} ${op.path}`);
      }
      if (typeof op.value !== 'number' || !Number.isInteger(op.value)) {
        return this.#violation('status/id value is not an integer');
      }
      const board = this.boards.get(ticket.boardId);
      const status = board?.statuses.find((s) => s.id === op.value && s.inactive !== true);
      if (!status) {
        return error(400, 'InvalidObject', 'Ticket object is invalid', [
          {
            code: 'NotFound',
            message: 'Status not found on the ticket board',
            resource: 'Ticket',
            field: 'status/id',
          },
        ]);
      }
      if (!this.silentStatusRejection && !this.#kept.has(ticket.id)) ticket.statusId = status.id;
    }
    return this.#answerWith('Ticket', 200, this.#ticketJson(ticket));
  }

  #postNote(ticketId: number, body: unknown): Answer {
    const problems = contractErrors('ServiceNote (request)', body);
    if (problems.length > 0) return this.#violation(problems.join('; '));
    const note = body as Partial<SimNote> & { text?: unknown };
    const asked = [note.detailDescriptionFlag, note.internalAnalysisFlag, note.resolutionFlag];
    if (asked.filter((f) => f === true).length !== 1 || asked.some((f) => typeof f !== 'boolean')) {
      return this.#violation(
        'a note must set exactly one of detailDescriptionFlag, internalAnalysisFlag, resolutionFlag',
      );
    }
    if (!this.tickets.has(ticketId)) return error(404, 'NotFound', `Ticket ID ${ticketId} not found`);
    if (typeof note.text !== 'string' || note.text.trim() === '') {
      return error(400, 'InvalidObject', 'ServiceNote object is invalid', [
        { code: 'Required', message: 'Text is required', resource: 'ServiceNote', field: 'text' },
      ]);
    }
    const member = this.#member(note.member, 'ServiceNote');
    if ('refused' in member) return member.refused;
    let flags = {
      detailDescriptionFlag: note.detailDescriptionFlag === true,
      internalAnalysisFlag: note.internalAnalysisFlag === true,
      resolutionFlag: note.resolutionFlag === true,
    };
    if (this.#misstore > 0) {
      this.#misstore -= 1;
      flags = flags.internalAnalysisFlag
        ? { detailDescriptionFlag: true, internalAnalysisFlag: false, resolutionFlag: false }
        : { detailDescriptionFlag: false, internalAnalysisFlag: true, resolutionFlag: false };
    }
    // ConnectWise processes notifications unless told not to: an absent flag e-mails.
    const processNotifications = note.processNotifications !== false;
    const stored: SimNote = {
      id: this.#nextNoteId++,
      ticketId,
      // ConnectWise stores line breaks as CRLF.
      text: note.text.replace(/\r?\n/g, '\r\n'),
      ...flags,
      processNotifications,
      contactEmailed: processNotifications && !flags.internalAnalysisFlag,
      dateCreated: wholeSecond(this.#now()),
      member: member.identifier,
    };
    this.notes.push(stored);
    return this.#answerWith('ServiceNote', 201, this.#noteJson(stored));
  }

  #getNote(ticketId: number, noteId: number, query: URLSearchParams): Answer {
    if (!this.tickets.has(ticketId)) return error(404, 'NotFound', `Ticket ID ${ticketId} not found`);
    const note = this.notes.find((n) => n.ticketId === ticketId && n.id === noteId);
    if (!note) return error(404, 'NotFound', `Note ID ${noteId} not found`);
    const full = this.#answerWith('ServiceNote', 200, this.#noteJson(note));
    const fields = query.get('fields');
    return fields ? { status: 200, body: project(full.body as Record<string, unknown>, fields) } : full;
  }

  #noteJson(n: SimNote): Record<string, unknown> {
    return {
      id: n.id,
      ticketId: n.ticketId,
      text: n.text,
      detailDescriptionFlag: n.detailDescriptionFlag,
      internalAnalysisFlag: n.internalAnalysisFlag,
      resolutionFlag: n.resolutionFlag,
      issueFlag: false,
      member: this.#memberJson(n.member ?? API_MEMBER.identifier),
      customerUpdatedFlag: false,
      processNotifications: n.processNotifications,
      dateCreated: cwDate(n.dateCreated),
      createdBy: n.member ?? API_MEMBER.identifier,
      internalFlag: n.internalAnalysisFlag,
      externalFlag: !n.internalAnalysisFlag,
      _info: { lastUpdated: cwDate(n.dateCreated), updatedBy: 'closeout-api' },
    };
  }

  #page(url: URL): { page: number; pageSize: number } | { refused: Answer } {
    const page = Number(url.searchParams.get('page') ?? '1');
    const pageSize = Number(url.searchParams.get('pageSize') ?? String(this.#defaultPageSize));
    if (!Number.isInteger(page) || page < 1)
      return { refused: this.#violation('page must be a positive integer') };
    if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 1000) {
      return { refused: this.#violation('pageSize must be 1 to 1000') };
    }
    return { page, pageSize };
  }

  /** One page and ConnectWise's navigable `Link` header (next/last, and first/prev past page 1). */
  #paged(url: URL, items: Record<string, unknown>[], schema: 'ServiceNote' | 'BoardStatus'): Answer {
    const paging = this.#page(url);
    if ('refused' in paging) return paging.refused;
    const { page, pageSize } = paging;
    const problems = contractErrorsOfList(schema, items);
    if (problems.length > 0)
      this.violations.push(`simulator answer breaks ${schema}: ${problems.join('; ')}`);
    const last = Math.max(1, Math.ceil(items.length / pageSize));
    const slice = items.slice((page - 1) * pageSize, page * pageSize);
    const link = (p: number) => {
      const u = new URL(url);
      u.searchParams.set('page', String(p));
      u.searchParams.set('pageSize', String(pageSize));
      return `<${u.toString()}>`;
    };
    const links: string[] = [];
    if (page > 1) links.push(`${link(1)}; rel="first"`, `${link(page - 1)}; rel="prev"`);
    if (page < last) links.push(`${link(page + 1)}; rel="next"`, `${link(last)}; rel="last"`);
    const fields = url.searchParams.get('fields');
    return {
      status: 200,
      body: slice.map((item) => (fields ? project(item, fields) : item)),
      headers: links.length > 0 ? { Link: links.join(', ') } : {},
    };
  }

  #listNotes(ticketId: number, url: URL): Answer {
    if (!this.tickets.has(ticketId)) return error(404, 'NotFound', `Ticket ID ${ticketId} not found`);
    let notes = this.notesOf(ticketId);
    const conditions = url.searchParams.get('conditions');
    if (conditions !== null) {
      const m = conditions.match(/^dateCreated\s*>=\s*\[(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z)\]$/);
      if (!m) return this.#violation(`unsupported conditions "${conditions}"`);
      const since = Date.parse(m[1] ?? '');
      notes = notes.filter((n) => n.dateCreated.getTime() >= since);
    }
    const orderBy = url.searchParams.get('orderBy') ?? 'id asc';
    const order = orderBy.match(/^(id|dateCreated) (asc|desc)$/);
    if (!order) return this.#violation(`unsupported orderBy "${orderBy}"`);
    const key = (n: SimNote) => (order[1] === 'id' ? n.id : n.dateCreated.getTime() * 100_000 + n.id);
    notes = [...notes].sort((a, b) => (order[2] === 'asc' ? key(a) - key(b) : key(b) - key(a)));
    return this.#paged(
      url,
      notes.map((n) => this.#noteJson(n)),
      'ServiceNote',
    );
  }

  #memberJson(identifier: string): Record<string, unknown> {
    const m = this.members.get(identifier) ?? API_MEMBER;
    return { id: m.id, identifier: m.identifier, name: m.name, _info: {} };
  }

  /**
   * The member a write names (`{id}` or `{identifier}`), or the API member when it names none. An
   * unknown member is refused as ConnectWise refuses a reference to nothing.
   */
  #member(ref: unknown, resource: string): SimMember | { refused: Answer } {
    if (ref === undefined || ref === null) return API_MEMBER;
    const r = ref as { id?: unknown; identifier?: unknown };
    const found = [...this.members.values()].find((m) => m.id === r.id || m.identifier === r.identifier);
    if (found === undefined) {
      return {
        refused: error(400, 'InvalidObject', `${resource} object is invalid`, [
          { code: 'NotFound', message: 'Member not found', resource, field: 'member' },
        ]),
      };
    }
    return found;
  }

  /**
   * `POST /time/entries`, with ConnectWise's documented rules: `chargeToType` one of
   * ServiceTicket/ProjectTicket/ChargeCode/Activity, a service ticket that exists, `timeStart` and
   * `billableOption` required, `timeEnd` after `timeStart`, a known member and work type, and no
   * entry on a ticket whose status has `timeEntryNotAllowed`.
   */
  #postTimeEntry(body: unknown): Answer {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      return this.#violation('a time entry must be a JSON object');
    }
    const unknown = Object.keys(body).filter((k) => !TIME_ENTRY_FIELDS.has(k));
    if (unknown.length > 0) return this.#violation(`TimeEntry has no field ${unknown.join(', ')}`);
    const e = body as Record<string, unknown>;
    const invalid = (code: string, field: string, message: string) =>
      error(400, 'InvalidObject', 'TimeEntry object is invalid', [
        { code, message, resource: 'TimeEntry', field },
      ]);
    if (typeof e.chargeToType !== 'string' || !CHARGE_TO_TYPES.has(e.chargeToType)) {
      return invalid('Required', 'chargeToType', 'Charge To Type is required');
    }
    if (typeof e.chargeToId !== 'number' || !Number.isInteger(e.chargeToId)) {
      return invalid('Required', 'chargeToId', 'Charge To Id is required');
    }
    const ticket = e.chargeToType === 'ServiceTicket' ? this.tickets.get(e.chargeToId) : undefined;
    if (ticket === undefined) return invalid('NotFound', 'chargeToId', 'Service ticket not found');
    const start = typeof e.timeStart === 'string' ? Date.parse(e.timeStart) : Number.NaN;
    if (Number.isNaN(start)) return invalid('Required', 'timeStart', 'Time Start is required');
    const end =
      e.timeEnd === undefined
        ? start + 3_600_000 * Number(e.actualHours ?? 0)
        : Date.parse(String(e.timeEnd));
    if (!(end > start)) return invalid('InvalidTime', 'timeEnd', 'Time End must be after Time Start');
    if (typeof e.billableOption !== 'string' || !BILLABLE_OPTIONS.has(e.billableOption)) {
      return invalid('Required', 'billableOption', 'Billable Option is required');
    }
    const member = this.#member(e.member, 'TimeEntry');
    if ('refused' in member) return member.refused;
    const workTypeId = (e.workType as { id?: unknown } | undefined)?.id;
    if (e.workType !== undefined && (typeof workTypeId !== 'number' || !this.workTypes.has(workTypeId))) {
      return invalid('NotFound', 'workType', 'Work Type not found');
    }
    const status = this.boards.get(ticket.boardId)?.statuses.find((st) => st.id === ticket.statusId);
    if (status?.timeEntryNotAllowed === true) {
      return invalid(
        'TimeEntryNotAllowed',
        'chargeToId',
        `Time entries are not allowed in status ${status.name}`,
      );
    }
    const stored: SimTimeEntry = {
      id: this.#nextTimeEntryId++,
      chargeToId: ticket.id,
      chargeToType: 'ServiceTicket',
      member: member.identifier,
      timeStart: new Date(start),
      timeEnd: new Date(end),
      actualHours: Math.round(((end - start) / 3_600_000) * 100) / 100,
      billableOption: e.billableOption,
      notes: typeof e.notes === 'string' ? e.notes.replace(/\r?\n/g, '\r\n') : '',
      workTypeId: typeof workTypeId === 'number' ? workTypeId : undefined,
      dateEntered: wholeSecond(this.#now()),
    };
    this.timeEntries.push(stored);
    return { status: 201, body: this.#timeEntryJson(stored) };
  }

  #timeEntryJson(t: SimTimeEntry): Record<string, unknown> {
    return {
      id: t.id,
      company: { id: 250, identifier: 'ContosoLtd', name: 'Contoso Ltd', _info: {} },
      chargeToId: t.chargeToId,
      chargeToType: t.chargeToType,
      member: this.#memberJson(t.member),
      timeStart: cwDate(t.timeStart),
      timeEnd: cwDate(t.timeEnd),
      actualHours: t.actualHours,
      billableOption: t.billableOption,
      notes: t.notes,
      ...(t.workTypeId === undefined
        ? {}
        : { workType: { id: t.workTypeId, name: this.workTypes.get(t.workTypeId) ?? '', _info: {} } }),
      dateEntered: cwDate(t.dateEntered),
      enteredBy: API_MEMBER.identifier,
      _info: { lastUpdated: cwDate(t.dateEntered), updatedBy: API_MEMBER.identifier },
    };
  }

  #getTimeEntry(id: number): Answer {
    const entry = this.timeEntries.find((e) => e.id === id);
    if (!entry) return error(404, 'NotFound', `TimeEntry ID ${id} not found`);
    return { status: 200, body: this.#timeEntryJson(entry) };
  }

  #listTimeEntries(url: URL): Answer {
    let entries = [...this.timeEntries];
    const conditions = url.searchParams.get('conditions');
    if (conditions !== null) {
      const m = conditions.match(
        /^chargeToType="ServiceTicket" AND chargeToId=(\d+) AND dateEntered\s*>=\s*\[(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z)\]$/,
      );
      if (!m) return this.#violation(`unsupported conditions "${conditions}"`);
      const ticketId = Number(m[1]);
      const since = Date.parse(m[2] ?? '');
      entries = entries.filter(
        (e) =>
          e.chargeToType === 'ServiceTicket' && e.chargeToId === ticketId && e.dateEntered.getTime() >= since,
      );
    }
    const orderBy = url.searchParams.get('orderBy') ?? 'id asc';
    const order = orderBy.match(/^(id|dateEntered) (asc|desc)$/);
    if (!order) return this.#violation(`unsupported orderBy "${orderBy}"`);
    const key = (e: SimTimeEntry) => (order[1] === 'id' ? e.id : e.dateEntered.getTime() * 100_000 + e.id);
    entries.sort((a, b) => (order[2] === 'asc' ? key(a) - key(b) : key(b) - key(a)));
    const paging = this.#page(url);
    if ('refused' in paging) return paging.refused;
    const { page, pageSize } = paging;
    const fields = url.searchParams.get('fields');
    const slice = entries.slice((page - 1) * pageSize, page * pageSize).map((e) => this.#timeEntryJson(e));
    return { status: 200, body: slice.map((item) => (fields ? project(item, fields) : item)) };
  }

  #listStatuses(boardId: number, url: URL): Answer {
    const board = this.boards.get(boardId);
    if (!board) return error(404, 'NotFound', `Board ID ${boardId} not found`);
    const statuses = board.statuses.map((s, i) => ({
      id: s.id,
      name: s.name,
      board: { id: board.id, name: board.name, _info: {} },
      sortOrder: i,
      displayOnBoard: true,
      inactive: s.inactive === true,
      closedStatus: s.closed === true,
      timeEntryNotAllowed: s.timeEntryNotAllowed === true,
      defaultFlag: i === 0,
      escalationStatus: s.closed ? 'Resolved' : 'NoEscalation',
      customerPortalFlag: false,
      _info: { lastUpdated: '2025-01-02T03:04:05Z', updatedBy: 'admin' },
    }));
    return this.#paged(url, statuses, 'BoardStatus');
  }
}

/** The API member the simulator's keys belong to; writes that name no member are its. */
const API_MEMBER: SimMember = { id: 177, identifier: 'closeout-api', name: 'closeout API' };
const CHARGE_TO_TYPES = new Set(['ServiceTicket', 'ProjectTicket', 'ChargeCode', 'Activity']);
const BILLABLE_OPTIONS = new Set(['Billable', 'DoNotBill', 'NoCharge', 'NoDefault']);
/** The TimeEntry fields a request may carry (ConnectWise's TimeEntry model, writable part). */
const TIME_ENTRY_FIELDS = new Set([
  'company',
  'chargeToId',
  'chargeToType',
  'member',
  'locationId',
  'businessUnitId',
  'workType',
  'workRole',
  'agreement',
  'timeStart',
  'timeEnd',
  'hoursDeduct',
  'actualHours',
  'billableOption',
  'notes',
  'internalNotes',
  'addToDetailDescriptionFlag',
  'addToInternalAnalysisFlag',
  'addToResolutionFlag',
  'emailResourceFlag',
  'emailContactFlag',
  'emailCcFlag',
  'emailCc',
  'hoursBilled',
  'ticket',
  'project',
  'phase',
]);

function matchRoute(
  method: string,
  path: string,
): { operation: PsaOperation; id: number; noteId?: number } | undefined {
  const note = path.match(/^service\/tickets\/(\d+)\/notes\/(\d+)$/);
  if (note && method === 'GET') return { operation: 'getNote', id: Number(note[1]), noteId: Number(note[2]) };
  if (path === 'time/entries' && method === 'POST') return { operation: 'addTimeEntry', id: 0 };
  if (path === 'time/entries' && method === 'GET') return { operation: 'findTimeEntry', id: 0 };
  const entry = path.match(/^time\/entries\/(\d+)$/);
  if (entry && method === 'GET') return { operation: 'getTimeEntry', id: Number(entry[1]) };
  const ticket = path.match(/^service\/tickets\/(\d+)$/);
  if (ticket && method === 'GET') return { operation: 'getTicket', id: Number(ticket[1]) };
  if (ticket && method === 'PATCH') return { operation: 'setTicketStatus', id: Number(ticket[1]) };
  const notes = path.match(/^service\/tickets\/(\d+)\/notes$/);
  if (notes && method === 'GET') return { operation: 'findNote', id: Number(notes[1]) };
  if (notes && method === 'POST') return { operation: 'addNote', id: Number(notes[1]) };
  const statuses = path.match(/^service\/boards\/(\d+)\/statuses$/);
  if (statuses && method === 'GET') return { operation: 'listStatuses', id: Number(statuses[1]) };
  return undefined;
}

function error(
  status: number,
  code: string,
  message: string,
  errors?: Array<{ code: string; message: string; resource: string; field: string }>,
): { status: number; body: Record<string, unknown> } {
  const body = { code, message, ...(errors ? { errors } : {}) };
  const problems = contractErrors('ErrorResponseMessage', body);
  if (problems.length > 0)
    throw new Error(`simulator error body breaks ErrorResponseMessage: ${problems.join('; ')}`);
  return { status, body };
}

/** ConnectWise's `fields=` keeps only the named top-level fields. */
function project(value: Record<string, unknown>, fields: string): Record<string, unknown> {
  const keep = new Set(fields.split(',').map((f) => f.trim()));
  return Object.fromEntries(Object.entries(value).filter(([k]) => keep.has(k)));
}
