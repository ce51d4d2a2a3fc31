/**
 * The Autotask PSA simulator every closeout test, demo, example and benchmark shares, as strict as
 * Autotask's documented rules (`reference/psa-facts.md` §1). It answers at the fetch level through
 * nock (`install()`: the public zone lookup on webservices2.autotask.net and a zone host of its
 * own) or over real HTTP on 127.0.0.1 (`listen()`).
 *
 * What it enforces, each answered the way Autotask answers it:
 * - the three auth headers on every API call (401), none on the public zone lookup;
 * - picklist ids per tenant (statuses, note types, publish values are not 1/2/… here) and values
 *   that must be active;
 * - validation failures as HTTP 500 with `{errors: ["…"]}`: note title (the ticket category
 *   requires titles), description, note type and publish required; fields a status needs
 *   (`requiredFor`); an unknown or inactive picklist value;
 * - PATCH is the only update (PUT is refused: it would null every field it omits); notes are
 *   created through `POST /Tickets/{id}/Notes` only (the root `POST /TicketNotes` is 404);
 * - queries: `maxRecords` 1–500, no `ne` operator (Autotask's is `noteq`), pages through
 *   `nextPageUrl`, which takes a POST with the query's own filter body (a GET is 405, a POST without
 *   the body 500 "Parameter name: filters"); a missing or hidden ticket reads as `{item: null}`;
 * - the thread limit: a fourth concurrent request on one endpoint is refused "thread threshold …
 *   exceeded (Itgenatr005)", as 429 or, as some zones answer, as 500 with `errors`
 *   (`threadLimitStatus`); the database's hourly request threshold (every integration's requests,
 *   `useBudget()` spends some for the others) answers 429, and `ThresholdInformation` reports it;
 * - zone paths in any case (`ATServicesRest`, `atservicesrest`: `zonePath` names the one the lookup
 *   gives, while `nextPageUrl` keeps Autotask's own), and a zone without collection PATCH
 *   (`collectionPatch: false`: `PATCH /Tickets` is the web server's HTML 404);
 * - workflow rules that change the status after a PATCH, or keep the old one;
 * - time entries through `POST /TimeEntries` only (the ticket child URL is 404): ticketID,
 *   resourceID and roleID required, a licensed resource holding that role (the API user is not
 *   licensed), `hoursWorked` above 0 and at most 24, `dateWorked` required;
 * - `ImpersonationResourceId` on a note or time entry names an active resource, who is then
 *   recorded as its creator (the API user as the impersonator).
 *
 * Client contract breaches (PUT, the root note POST, `ne`, credentials sent to the zone lookup, a
 * body without Content-Type, an endpoint closeout has no use for) are also recorded in
 * `violations`, so a test cannot pass over them.
 */
import type { NoteType } from '@closeout/core';
import type { PsaFault, PsaOperation } from '@closeout/core/fake-psa';
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

/** A picklist value, as `entityInformation/fields` lists it (ids are strings there). */
export interface AtPicklistValue {
  value: number;
  label: string;
  isActive?: boolean;
  isSystem?: boolean;
}

export interface AtTicket {
  id: number;
  title: string;
  status: number;
  queueID: number;
  resolution: string;
  /** Tickets in a hidden queue read as `{item: null}`, as for a restricted API user. */
  hidden?: boolean;
}

export interface AtNote {
  id: number;
  ticketID: number;
  title: string;
  description: string;
  noteType: number;
  publish: number;
  createDateTime: Date;
  creatorResourceID: number;
  /** The API user's resource when the note was written as another resource (impersonation). */
  impersonatorCreatorResourceID?: number | null;
}

/** A resource (a person, or the API user) as Autotask holds it. */
export interface AtResource {
  id: number;
  name: string;
  /** API-only users are not licensed: they cannot log time. */
  licensed: boolean;
  active?: boolean;
  /** The roles the resource may log time under. */
  roles: number[];
}

/** A time entry as Autotask holds it. */
export interface AtTimeEntry {
  id: number;
  ticketID: number;
  resourceID: number;
  roleID: number;
  dateWorked: string;
  startDateTime: Date;
  endDateTime: Date;
  hoursWorked: number;
  summaryNotes: string;
  isNonBillable: boolean;
  billingCodeID: number | null;
  createDateTime: Date;
  creatorResourceID: number;
  impersonatorCreatorResourceID: number | null;
}

/** The calls the simulator tells apart. */
export type AtOperation =
  | PsaOperation
  | 'zoneInformation'
  | 'noteFields'
  | 'updateTicket'
  | 'thresholdInformation';

export interface AtRecordedRequest {
  method: string;
  path: string;
  operation: AtOperation | undefined;
  headers: Record<string, string>;
  body: unknown;
  /** The status answered, or `'lost'` when the connection was reset instead. */
  outcome: number | 'lost';
}

/** A request as {@link AutotaskSimulator.takeRequests} reports it. */
export interface AtRequest {
  method: string;
  /** The path below `/ATServicesRest/V1.0/`, or the full path for the zone lookup. */
  path: string;
  status: number;
}

/** A workflow rule: after a PATCH sets `whenStatus`, the ticket ends on `setStatus` (or keeps its old one). */
export interface AtWorkflowRule {
  ticketId?: number;
  whenStatus: number;
  action: { setStatus: number } | 'keep';
}

export interface AutotaskSimulatorOptions {
  username?: string;
  secret?: string;
  integrationCode?: string;
  /** Ticket statuses; default a tenant with Complete (5) and custom ids. */
  statuses?: AtPicklistValue[];
  noteTypes?: AtPicklistValue[];
  publish?: AtPicklistValue[];
  /** The ticket category requires a title on every note (default true). */
  requireNoteTitles?: boolean;
  /** Ticket fields a status requires, e.g. `{5: ['resolution']}` (default: none). */
  requiredFor?: Record<number, Array<keyof AtTicket>>;
  /** Concurrent requests per endpoint per integration before the thread-limit refusal (default 3). */
  threadLimit?: number;
  /** The status of the thread-limit refusal: 429, or 500 with `errors` as some zones answer (default 429). */
  threadLimitStatus?: 429 | 500;
  /** The zone path's case as `zoneInformation` names it (default `ATServicesRest`). */
  zonePath?: string;
  /** Whether the zone serves collection `PATCH /Tickets` (default true); false answers an HTML 404. */
  collectionPatch?: boolean;
  /** Requests per rolling hour for the whole database (default 10,000). */
  requestThreshold?: number;
  /** The API user's resource id (notes' `creatorResourceID`). */
  resourceId?: number;
  now?: () => Date;
}

type Answer = SimAnswer;
type Reply = SimReply;

const ZONE_LOOKUP_ORIGIN = 'https://webservices2.autotask.net';
const ZONE_LOOKUP_PATH = '/atservicesrest/v1.0/zoneInformation';
const API = '/ATServicesRest/V1.0/';

/** A tenant whose ids are nothing like 1/2: what an adapter hard-coding ids gets wrong. */
export const DEFAULT_STATUSES: AtPicklistValue[] = [
  { value: 1, label: 'New', isSystem: true },
  { value: 5, label: 'Complete', isSystem: true },
  { value: 8, label: 'In Progress', isSystem: true },
  { value: 21, label: 'Waiting Customer' },
  { value: 29, label: 'Resolved' },
  { value: 30, label: 'Escalated' },
  { value: 31, label: 'Retired', isActive: false },
];
export const DEFAULT_NOTE_TYPES: AtPicklistValue[] = [
  { value: 101, label: 'Task Summary' },
  { value: 102, label: 'Task Detail' },
  { value: 103, label: 'Task Notes' },
  { value: 113, label: 'Workflow Rule', isSystem: true },
];
export const DEFAULT_PUBLISH: AtPicklistValue[] = [
  { value: 7, label: 'All Autotask Users' },
  { value: 9, label: 'Internal Project Team' },
  { value: 11, label: 'Internal & Co-Managed' },
];

let instances = 0;
/** Simulators installed through nock, by API user name: they share the one public zone lookup host. */
const byUser = new Map<string, AutotaskSimulator>();
let removeLookup: (() => void) | undefined;

const errors = (status: number, ...messages: string[]): Answer => ({ status, body: { errors: messages } });
/** The thread limit's refusal, in Autotask's words. */
const threadLimited = (status: number, endpoint: string, limit: number): Answer =>
  errors(
    status,
    `The thread threshold of ${limit} concurrent requests on ${endpoint} for this integration has been exceeded. (Itgenatr005)`,
  );
/** The IIS page a zone answers for a route it does not serve. */
const HTML_404 =
  '<!DOCTYPE html><html><head><title>404 - File or directory not found.</title></head><body><h2>404 - File or directory not found.</h2></body></html>';
const HOUR_MS = 3_600_000;
/** ASP.NET's body for an unhandled server fault: no `errors`. */
const serverFault = (status: number, message = 'An error has occurred.'): Answer => ({
  status,
  body: { Message: message },
});

export class AutotaskSimulator {
  readonly username: string;
  readonly secret: string;
  readonly integrationCode: string;
  /** The zone host this instance answers on through nock. */
  readonly zoneHost: string;
  readonly statuses: AtPicklistValue[];
  readonly noteTypes: AtPicklistValue[];
  readonly publish: AtPicklistValue[];
  requireNoteTitles: boolean;
  readonly requiredFor: Record<number, Array<keyof AtTicket>>;
  readonly resourceId: number;

  readonly requests: AtRecordedRequest[] = [];
  readonly violations: string[] = [];
  readonly tickets = new Map<number, AtTicket>();
  readonly notes: AtNote[] = [];
  readonly workflowRules: AtWorkflowRule[] = [];
  readonly timeEntries: AtTimeEntry[] = [];
  /** Resources by id; the API user's (not licensed) is always there. */
  readonly resources = new Map<number, AtResource>();

  readonly #threadLimit: number;
  /** The status the thread limit answers with (429, or 500 with `errors`). */
  threadLimitStatus: 429 | 500;
  readonly zonePath: string;
  collectionPatch: boolean;
  readonly #threshold: number;
  /** When each request counted against the hourly threshold came, other integrations' included. */
  #spent: number[] = [];
  readonly #threadRefusals = new Map<AtOperation, number>();
  readonly #inFlight = new Map<string, number>();
  readonly #faults = new Faults<AtOperation>();
  readonly #denied = new Set<AtOperation>();
  readonly #pages = new Map<string, { items: Record<string, unknown>[]; size: number; filter: string }>();
  readonly #now: () => Date;
  #nextNoteId = 70_001;
  #nextTimeEntryId = 90_001;
  #misstore = 0;
  #pageSeq = 1;
  #taken = 0;
  #uninstall: (() => void) | undefined;
  #server: Listening | undefined;

  constructor(options: AutotaskSimulatorOptions = {}) {
    instances += 1;
    this.username = options.username ?? `closeout-api-${instances}@acme.example`;
    this.secret = options.secret ?? `Secr3t-${instances}-k9Xq$w2/Lm+`;
    this.integrationCode = options.integrationCode ?? `TRACKING${instances}ZX7Q4W2M9P`;
    this.zoneHost = `webservices${20 + instances}.autotask.net`;
    this.statuses = structuredClone(options.statuses ?? DEFAULT_STATUSES);
    this.noteTypes = structuredClone(options.noteTypes ?? DEFAULT_NOTE_TYPES);
    this.publish = structuredClone(options.publish ?? DEFAULT_PUBLISH);
    this.requireNoteTitles = options.requireNoteTitles ?? true;
    this.requiredFor = options.requiredFor ?? {};
    this.#threadLimit = options.threadLimit ?? 3;
    this.threadLimitStatus = options.threadLimitStatus ?? 429;
    this.zonePath = options.zonePath ?? 'ATServicesRest';
    this.collectionPatch = options.collectionPatch ?? true;
    this.#threshold = options.requestThreshold ?? 10_000;
    this.resourceId = options.resourceId ?? 29_682_885;
    this.resources.set(this.resourceId, {
      id: this.resourceId,
      name: 'closeout API',
      licensed: false,
      roles: [],
    });
    this.#now = options.now ?? (() => new Date());
  }

  /** A resource writes may be attributed to (impersonation) and time logged for. */
  addResource(resource: AtResource): this {
    this.resources.set(resource.id, resource);
    return this;
  }

  timeEntriesOf(ticketId: number): AtTimeEntry[] {
    return this.timeEntries.filter((e) => e.ticketID === ticketId);
  }

  /** `https://{zoneHost}` through nock, or `http://127.0.0.1:{port}` after `listen()`. */
  get origin(): string {
    return this.#server?.origin ?? `https://${this.zoneHost}`;
  }

  /** The zone's REST base, as `zoneInformation` names it. */
  get zoneUrl(): string {
    return `${this.origin}/${this.zonePath}/`;
  }

  /** Other integrations on the tenant spend `count` requests of the hourly threshold now. */
  useBudget(count: number): void {
    const at = this.#now().getTime();
    for (let i = 0; i < count; i++) this.#spent.push(at);
  }

  /** Requests counted against the hourly threshold in the last hour. */
  budgetUsed(): number {
    const floor = this.#now().getTime() - HOUR_MS;
    this.#spent = this.#spent.filter((t) => t > floor);
    return this.#spent.length;
  }

  /** The next `times` calls of `operation` are refused for the thread limit (as `threadLimitStatus`). */
  refuseThreads(operation: AtOperation, times = 1): void {
    this.#threadRefusals.set(operation, times);
  }

  /** What an adapter needs; after `listen()` the zone URL too (the public lookup is nock-only). */
  connection(): { username: string; secret: string; integrationCode: string; zoneUrl?: string } {
    return {
      username: this.username,
      secret: this.secret,
      integrationCode: this.integrationCode,
      ...(this.#server ? { zoneUrl: this.zoneUrl } : {}),
    };
  }

  addTicket(ticket: Partial<AtTicket> & { id: number }): this {
    this.tickets.set(ticket.id, {
      title: `Ticket ${ticket.id}`,
      status: 1,
      queueID: 29_683_354,
      resolution: '',
      ...ticket,
    });
    return this;
  }

  ticket(id: number): AtTicket & { statusLabel: string } {
    const t = this.tickets.get(id);
    if (!t) throw new Error(`no ticket ${id}`);
    return { ...t, statusLabel: this.statuses.find((s) => s.value === t.status)?.label ?? '' };
  }

  notesOf(ticketId: number): AtNote[] {
    return this.notes.filter((n) => n.ticketID === ticketId);
  }

  /**
   * The next `count` note POSTs are stored with the other visibility (published to All Autotask
   * Users when asked internal, or the reverse) and answered 200 as if all was well: the fault that
   * published AI notes meant to be internal to customers, which closeout's note receipt catches.
   * `0` stops it.
   */
  misstoreNotes(count = 1): void {
    this.#misstore = count;
  }

  /** The label of a note's publish value, and whether a customer can read it. */
  visibility(note: AtNote): { label: string; customerVisible: boolean } {
    const label = this.publish.find((p) => p.value === note.publish)?.label ?? '';
    // "Notes published to All Autotask Users are visible to customers"; internal ones never are.
    return { label, customerVisible: label === 'All Autotask Users' };
  }

  noteTypeLabel(note: AtNote): string {
    return this.noteTypes.find((t) => t.value === note.noteType)?.label ?? '';
  }

  /** Stores a note directly, as if typed in Autotask at `createdAt`. */
  seedNote(
    ticketId: number,
    note: { text: string; noteType: number; publish: number; createdAt: Date; title?: string },
  ): AtNote {
    const stored: AtNote = {
      id: this.#nextNoteId++,
      ticketID: ticketId,
      title: note.title ?? 'Note',
      description: note.text,
      noteType: note.noteType,
      publish: note.publish,
      createDateTime: note.createdAt,
      creatorResourceID: this.resourceId,
    };
    this.notes.push(stored);
    return stored;
  }

  /** A workflow rule fired by a status PATCH. */
  addWorkflowRule(rule: AtWorkflowRule): this {
    this.workflowRules.push(rule);
    return this;
  }

  /** Calls of `operation` answer with `fault`: until cleared with `null`, or only the next `times`. */
  setFault(operation: AtOperation, fault: PsaFault | null, times = Number.POSITIVE_INFINITY): void {
    this.#faults.set(operation, fault, times);
  }

  /** The API user's security level lacks the right for `operation` (403), or has it again. */
  deny(operation: AtOperation, denied = true): void {
    if (denied) this.#denied.add(operation);
    else this.#denied.delete(operation);
  }

  /** The next `count` successful calls of `operation` take effect, then their connection is reset. */
  loseResponses(operation: AtOperation, count = 1): void {
    this.#faults.lose(operation, count);
  }

  /** Calls of `operation` answer after `ms` (0 clears); they hold their thread meanwhile. */
  delayResponses(operation: AtOperation, ms: number): void {
    this.#faults.delay(operation, ms);
  }

  count(operation?: AtOperation): number {
    return operation === undefined
      ? this.requests.length
      : this.requests.filter((r) => r.operation === operation).length;
  }

  /** The requests since the previous call, oldest first, with the path below the API base. */
  takeRequests(): AtRequest[] {
    const taken = requestLines(this.requests, this.#taken, API);
    this.#taken = this.requests.length;
    return taken;
  }

  /** Starts answering through nock for the zone host and the public zone lookup (idempotent). */
  install(): this {
    this.#uninstall ??= interceptWithNock(`https://${this.zoneHost}`, (m, uri, body, headers) =>
      this.answer(m, uri, body, headers),
    );
    byUser.set(this.username.toLowerCase(), this);
    installLookup();
    return this;
  }

  /** Stops answering through nock. */
  close(): void {
    if (!this.#uninstall) return;
    this.#uninstall();
    this.#uninstall = undefined;
    byUser.delete(this.username.toLowerCase());
    if (byUser.size === 0) {
      removeLookup?.();
      removeLookup = undefined;
    }
  }

  /** Answers over real HTTP on a free 127.0.0.1 port; `connection()` then carries the zone URL. */
  async listen(): Promise<this> {
    this.#server ??= await listenOnLoopback((m, uri, body, headers) => this.answer(m, uri, body, headers));
    return this;
  }

  async stop(): Promise<void> {
    const server = this.#server;
    this.#server = undefined;
    await server?.stop();
  }

  /** Answers one request (both transports, and the shared zone lookup, come through here). */
  async answer(
    method: string,
    uri: string,
    rawBody: string,
    headers: Record<string, string>,
  ): Promise<Reply> {
    const url = new URL(uri, this.origin);
    const body = parseBody(rawBody);
    const record: AtRecordedRequest = {
      method,
      path: url.pathname,
      operation: undefined,
      headers,
      body,
      outcome: 0,
    };
    this.requests.push(record);
    const inApi = url.pathname.toLowerCase().startsWith(API.toLowerCase());
    const endpoint = url.pathname.slice(API.length).split('/')[0] ?? '';
    const held = inApi && endpoint !== 'zoneInformation';
    // The thread limit counts requests in flight per endpoint (Tickets, TicketNotes, …).
    const inFlight = this.#inFlight.get(endpoint) ?? 0;
    if (held) this.#inFlight.set(endpoint, inFlight + 1);
    try {
      let reply: Reply;
      if (held && inFlight >= this.#threadLimit) {
        record.operation = routeOf(method, url.pathname.slice(API.length), body)?.operation;
        reply = threadLimited(this.threadLimitStatus, endpoint, this.#threadLimit);
      } else {
        reply = this.#route(method, url, body, headers, record);
      }
      record.outcome = reply === 'lost' ? 'lost' : reply.status;
      await this.#faults.wait(record.operation);
      return reply;
    } finally {
      if (held) this.#inFlight.set(endpoint, (this.#inFlight.get(endpoint) ?? 1) - 1);
    }
  }

  #violation(status: number, message: string): Answer {
    this.violations.push(message);
    return errors(status, message);
  }

  #route(
    method: string,
    url: URL,
    body: unknown,
    headers: Record<string, string>,
    record: AtRecordedRequest,
  ): Reply {
    if (
      url.pathname.toLowerCase() === ZONE_LOOKUP_PATH.toLowerCase() ||
      url.pathname === `${API}zoneInformation`
    ) {
      record.operation = 'zoneInformation';
      if (headers.secret !== undefined || headers.apiintegrationcode !== undefined) {
        this.violations.push('credentials sent to the public zone lookup');
      }
      const user = url.searchParams.get('user') ?? '';
      if (user.toLowerCase() !== this.username.toLowerCase())
        return errors(404, 'Zone information could not be found for this user.');
      return {
        status: 200,
        body: {
          zoneName: 'America East 3',
          url: this.zoneUrl,
          webUrl: 'https://ww21.autotask.net/',
          ci: 418_293,
        },
      };
    }
    // IIS serves the zone path in any case.
    if (!url.pathname.toLowerCase().startsWith(API.toLowerCase()))
      return this.#violation(404, `${method} ${url.pathname} is outside ${API}`);
    const path = url.pathname.slice(API.length);

    if (
      headers.apiintegrationcode !== this.integrationCode ||
      headers.username !== this.username ||
      headers.secret !== this.secret
    ) {
      return { status: 401, body: { Message: 'Authorization has been denied for this request.' } };
    }
    const route = routeOf(method, path, body);
    // Writes are attributed to the impersonated resource, which must be one (reads ignore it).
    const writes = route?.operation === 'addNote' || route?.operation === 'addTimeEntry';
    const impersonated = writes ? this.#impersonated(headers) : undefined;
    if (typeof impersonated === 'object') return impersonated;
    if (route === undefined) {
      if (method === 'POST' && /^Tickets\/\d+\/TimeEntries$/i.test(path)) {
        return this.#violation(
          404,
          'time entries are created through POST /TimeEntries, not the ticket child URL',
        );
      }
      if (method === 'PUT' && /^Tickets$/i.test(path)) {
        return this.#violation(
          405,
          'PUT /Tickets replaces the whole ticket and nulls what it omits: use PATCH',
        );
      }
      if (method === 'GET' && /^TicketNotes\/query\/next$/i.test(path)) {
        return this.#violation(
          405,
          'GET on a nextPageUrl: Autotask pages a query with POST and the same filter body',
        );
      }
      if (method === 'POST' && /^TicketNotes$/i.test(path)) {
        return this.#violation(
          404,
          'notes are created through POST /Tickets/{id}/Notes, not the root TicketNotes',
        );
      }
      return this.#violation(404, `${method} ${path} is not an endpoint closeout should call`);
    }
    record.operation = route.operation;
    if (
      (method === 'POST' || method === 'PATCH') &&
      !/^application\/json\b/.test(headers['content-type'] ?? '')
    ) {
      return this.#violation(500, 'a body was sent without Content-Type: application/json');
    }
    if (this.budgetUsed() >= this.#threshold) {
      return errors(429, `The request threshold of ${this.#threshold} requests per hour has been exceeded.`);
    }
    this.#spent.push(this.#now().getTime());
    const refusals = this.#threadRefusals.get(route.operation) ?? 0;
    if (refusals > 0) {
      this.#threadRefusals.set(route.operation, refusals - 1);
      return threadLimited(this.threadLimitStatus, path.split('/')[0] ?? '', this.#threadLimit);
    }
    if (!this.collectionPatch && method === 'PATCH' && /^Tickets$/i.test(path)) {
      return { status: 404, body: HTML_404 };
    }
    const fault = this.#fault(route.operation);
    if (fault) return fault;
    if (this.#denied.has(route.operation)) {
      return errors(
        403,
        'The logged in resource does not have the adequate security level to perform this action.',
      );
    }

    let reply: Answer;
    switch (route.operation) {
      case 'getTicket':
        reply = this.#getTicket(route.id);
        break;
      case 'listStatuses':
        reply = { status: 200, body: { fields: this.#ticketFields() } };
        break;
      case 'noteFields':
        reply = { status: 200, body: { fields: this.#noteFields() } };
        break;
      case 'setTicketStatus':
      case 'updateTicket':
        reply = this.#patchTicket(body);
        break;
      case 'addNote':
        reply = this.#postNote(route.id, body, impersonated);
        break;
      case 'addTimeEntry':
        reply = this.#postTimeEntry(body, impersonated);
        break;
      case 'getTimeEntry':
        reply = this.#getTimeEntry(route.id);
        break;
      case 'findTimeEntry':
        reply = this.#queryTimeEntries(body);
        break;
      case 'findNote':
        reply = route.id === 0 ? this.#queryNotes(body) : this.#nextPage(url, body);
        break;
      case 'getNote': {
        const found = this.notes.find((n) => n.id === route.id);
        reply = { status: 200, body: { item: found ? this.#noteJson(found) : null } };
        break;
      }
      case 'thresholdInformation':
        reply = {
          status: 200,
          body: {
            externalRequestThreshold: this.#threshold,
            requestThresholdTimeframe: 60,
            currentTimeframeRequestCount: this.budgetUsed(),
          },
        };
        break;
      default:
        reply = this.#violation(404, `${method} ${path} is not an endpoint closeout should call`);
    }
    return this.#faults.maybeLose(route.operation, reply);
  }

  #fault(operation: AtOperation): Answer | undefined {
    const fault = this.#faults.take(operation);
    if (!fault) return undefined;
    const headers = retryAfterHeaders(fault);
    const { message } = fault;
    if (fault.status === 429)
      return { ...errors(429, message ?? 'The thread threshold has been exceeded.'), headers };
    if (fault.status >= 500) return { ...serverFault(fault.status, message), headers };
    return { ...errors(fault.status, message ?? 'The request was refused.'), headers };
  }

  #getTicket(id: number): Answer {
    const t = this.tickets.get(id);
    // A ticket that does not exist, or one the API user may not see, reads as an empty item.
    if (!t || t.hidden) return { status: 200, body: { item: null } };
    return {
      status: 200,
      body: {
        item: {
          id: t.id,
          ticketNumber: `T20261201.${String(t.id).padStart(4, '0')}`,
          title: t.title,
          status: t.status,
          queueID: t.queueID,
          resolution: t.resolution,
          companyID: 0,
          priority: 2,
          lastActivityDate: this.#now().toISOString(),
          userDefinedFields: [],
        },
      },
    };
  }

  #picklistField(name: string, values: AtPicklistValue[], required: boolean) {
    return {
      name,
      dataType: 'integer',
      isRequired: required,
      isReadOnly: false,
      isQueryable: true,
      isPickList: true,
      picklistValues: values.map((v, i) => ({
        value: String(v.value),
        label: v.label,
        isDefaultValue: false,
        sortOrder: i,
        parentValue: '',
        isActive: v.isActive !== false,
        isSystem: v.isSystem === true,
      })),
      picklistParentValueField: '',
    };
  }

  #ticketFields() {
    return [
      plainField('id', 'long', { required: true, readOnly: true }),
      this.#picklistField('status', this.statuses, true),
      plainField('resolution', 'string', { required: false, readOnly: false }),
    ];
  }

  #noteFields() {
    return [
      plainField('description', 'string', { required: true, readOnly: false }),
      this.#picklistField('noteType', this.noteTypes, true),
      this.#picklistField('publish', this.publish, true),
      plainField('title', 'string', { required: false, readOnly: false }),
    ];
  }

  #patchTicket(body: unknown): Answer {
    if (typeof body !== 'object' || body === null || Array.isArray(body))
      return errors(500, 'The request body is not a Ticket.');
    const patch = body as Record<string, unknown>;
    if (typeof patch.id !== 'number' || !Number.isInteger(patch.id))
      return errors(500, 'id is required.; on record number [0].');
    const t = this.tickets.get(patch.id);
    if (!t || t.hidden)
      return errors(500, `Ticket with id ${patch.id} was not found.; on record number [0].`);
    const next: AtTicket = { ...t };
    if ('resolution' in patch) {
      if (typeof patch.resolution !== 'string' || patch.resolution.length > 32_000) {
        return errors(500, 'resolution must be text of at most 32000 characters.; on record number [0].');
      }
      next.resolution = patch.resolution;
    }
    if ('status' in patch) {
      const value = this.statuses.find((s) => s.value === patch.status);
      if (value === undefined)
        return errors(
          500,
          `Value ${String(patch.status)} is not a valid picklist value for status.; on record number [0].`,
        );
      if (value.isActive === false)
        return errors(500, `The status ${value.label} is inactive.; on record number [0].`);
      for (const field of this.requiredFor[value.value] ?? []) {
        const v = next[field];
        if (v === undefined || v === null || v === '')
          return errors(500, `${field} is required.; on record number [0].`);
      }
      next.status = value.value;
      for (const rule of this.workflowRules) {
        if (rule.whenStatus !== value.value || (rule.ticketId !== undefined && rule.ticketId !== t.id))
          continue;
        next.status = rule.action === 'keep' ? t.status : rule.action.setStatus;
      }
    }
    this.tickets.set(t.id, next);
    return { status: 200, body: { itemId: t.id } };
  }

  /**
   * The resource an `ImpersonationResourceId` header names (writes are then theirs), `undefined`
   * without the header, or Autotask's refusal of a resource that is not an active one.
   */
  #impersonated(headers: Record<string, string>): number | undefined | Answer {
    const raw = headers.impersonationresourceid;
    if (raw === undefined) return undefined;
    const id = Number(raw);
    const resource = this.resources.get(id);
    if (!Number.isInteger(id) || resource === undefined || resource.active === false) {
      return errors(500, `ImpersonationResourceId ${raw} is not an active resource.`);
    }
    return id;
  }

  /**
   * `POST /TimeEntries` with Autotask's rules: ticketID, resourceID and roleID required; the
   * resource active and licensed (an API-only user cannot log time); a role it holds;
   * `hoursWorked` above 0 and at most 24; `dateWorked` required. Refusals are 500 with `errors`.
   */
  #postTimeEntry(body: unknown, impersonated: number | undefined): Answer {
    if (typeof body !== 'object' || body === null || Array.isArray(body))
      return errors(500, 'The request body is not a TimeEntry.');
    const e = body as Record<string, unknown>;
    const problems: string[] = [];
    const int = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);
    const ticket = int(e.ticketID) ? this.tickets.get(e.ticketID) : undefined;
    if (e.ticketID === undefined) problems.push('ticketID is required.');
    else if (!ticket || ticket.hidden) problems.push(`Ticket with id ${String(e.ticketID)} was not found.`);
    const resource = int(e.resourceID) ? this.resources.get(e.resourceID) : undefined;
    if (e.resourceID === undefined) problems.push('resourceID is required.');
    else if (!resource || resource.active === false)
      problems.push(`Resource with id ${String(e.resourceID)} was not found or is inactive.`);
    else if (!resource.licensed) problems.push(`Resource ${resource.id} is not licensed to log time.`);
    if (e.roleID === undefined) problems.push('roleID is required.');
    else if (resource && !resource.roles.includes(e.roleID as number))
      problems.push(`Role ${String(e.roleID)} is not a role of resource ${resource.id}.`);
    if (typeof e.dateWorked !== 'string' || Number.isNaN(Date.parse(e.dateWorked)))
      problems.push('dateWorked is required.');
    const hours = e.hoursWorked;
    if (typeof hours !== 'number' || !(hours > 0) || hours > 24)
      problems.push('hoursWorked must be greater than 0 and at most 24.');
    const start = typeof e.startDateTime === 'string' ? Date.parse(e.startDateTime) : Number.NaN;
    const end = typeof e.endDateTime === 'string' ? Date.parse(e.endDateTime) : Number.NaN;
    if (!Number.isNaN(start) && !Number.isNaN(end) && end <= start)
      problems.push('endDateTime must be after startDateTime.');
    if (problems.length > 0) return errors(500, ...problems.map((p) => `${p}; on record number [0].`));
    const stored: AtTimeEntry = {
      id: this.#nextTimeEntryId++,
      ticketID: e.ticketID as number,
      resourceID: e.resourceID as number,
      roleID: e.roleID as number,
      dateWorked: e.dateWorked as string,
      startDateTime: new Date(start),
      endDateTime: new Date(end),
      hoursWorked: hours as number,
      summaryNotes: typeof e.summaryNotes === 'string' ? e.summaryNotes : '',
      isNonBillable: e.isNonBillable === true,
      billingCodeID: int(e.billingCodeID) ? e.billingCodeID : null,
      createDateTime: this.#now(),
      creatorResourceID: impersonated ?? this.resourceId,
      impersonatorCreatorResourceID: impersonated === undefined ? null : this.resourceId,
    };
    this.timeEntries.push(stored);
    return { status: 200, body: { itemId: stored.id } };
  }

  #timeEntryJson(e: AtTimeEntry): Record<string, unknown> {
    return {
      id: e.id,
      ticketID: e.ticketID,
      resourceID: e.resourceID,
      roleID: e.roleID,
      dateWorked: e.dateWorked,
      startDateTime: Number.isNaN(e.startDateTime.getTime()) ? null : e.startDateTime.toISOString(),
      endDateTime: Number.isNaN(e.endDateTime.getTime()) ? null : e.endDateTime.toISOString(),
      hoursWorked: e.hoursWorked,
      summaryNotes: e.summaryNotes,
      isNonBillable: e.isNonBillable,
      billingCodeID: e.billingCodeID,
      createDateTime: e.createDateTime.toISOString(),
      creatorUserID: e.creatorResourceID,
      impersonatorCreatorResourceID: e.impersonatorCreatorResourceID,
    };
  }

  #getTimeEntry(id: number): Answer {
    const e = this.timeEntries.find((x) => x.id === id);
    return { status: 200, body: { item: e === undefined ? null : this.#timeEntryJson(e) } };
  }

  #queryTimeEntries(body: unknown): Answer {
    const q = this.#query(this.timeEntries, body);
    if ('status' in q) return q;
    return this.#page(
      q.items.map((e) => project(this.#timeEntryJson(e), q.include)),
      q.max,
      q.filter,
    );
  }

  /**
   * The part every `/query` shares: `maxRecords` within 1–500, at least one filter, each filter a
   * condition Autotask knows (else a 500, recorded as a violation), the matches in id order.
   */
  #query<T extends Queryable>(
    all: readonly T[],
    body: unknown,
  ): Answer | { items: T[]; max: number; include: string[] | undefined; filter: string } {
    const q = (body ?? {}) as { filter?: unknown; includeFields?: unknown; maxRecords?: unknown };
    const max = q.maxRecords ?? 500;
    if (typeof max !== 'number' || !Number.isInteger(max) || max < 1 || max > 500) {
      return errors(500, 'maxRecords must be between 1 and 500.');
    }
    if (!Array.isArray(q.filter) || q.filter.length === 0)
      return errors(500, 'A query needs at least one filter.');
    let items = [...all];
    for (const f of q.filter as Array<{ op?: unknown; field?: unknown; value?: unknown }>) {
      const test = condition(f);
      if (typeof test === 'string') {
        this.violations.push(test);
        return errors(500, test);
      }
      items = items.filter(test);
    }
    items.sort((a, b) => a.id - b.id);
    const include = Array.isArray(q.includeFields) ? (q.includeFields as string[]) : undefined;
    return { items, max, include, filter: JSON.stringify(q.filter) };
  }

  #postNote(ticketId: number, body: unknown, impersonated?: number): Answer {
    const t = this.tickets.get(ticketId);
    if (!t || t.hidden) return errors(500, `The parent Ticket ${ticketId} was not found.`);
    if (typeof body !== 'object' || body === null)
      return errors(500, 'The request body is not a TicketNote.');
    const n = body as Record<string, unknown>;
    const problems: string[] = [];
    if (n.ticketID !== undefined && n.ticketID !== ticketId)
      problems.push('ticketID does not match the parent ticket.');
    if (typeof n.description !== 'string' || n.description.trim() === '')
      problems.push('description is required.');
    else if (n.description.length > 32_000) problems.push('description must be at most 32000 characters.');
    if (this.requireNoteTitles && (typeof n.title !== 'string' || n.title.trim() === '')) {
      problems.push('Title is required: the ticket category requires titles on ticket notes.');
    }
    const active = (list: AtPicklistValue[], v: unknown) =>
      list.some((p) => p.value === v && p.isActive !== false);
    if (n.noteType === undefined) problems.push('noteType is required.');
    else if (!active(this.noteTypes, n.noteType))
      problems.push(`Value ${String(n.noteType)} is not a valid picklist value for noteType.`);
    if (n.publish === undefined) problems.push('publish is required.');
    else if (!active(this.publish, n.publish))
      problems.push(`Value ${String(n.publish)} is not a valid picklist value for publish.`);
    if (problems.length > 0) return errors(500, ...problems.map((p) => `${p}; on record number [0].`));
    let publish = n.publish as number;
    if (this.#misstore > 0) {
      this.#misstore -= 1;
      publish = this.#otherVisibility(publish);
    }
    const stored: AtNote = {
      id: this.#nextNoteId++,
      ticketID: ticketId,
      title: typeof n.title === 'string' ? n.title : '',
      // The API stores text only.
      description: n.description as string,
      noteType: n.noteType as number,
      publish,
      createDateTime: this.#now(),
      creatorResourceID: impersonated ?? this.resourceId,
      impersonatorCreatorResourceID: impersonated === undefined ? null : this.resourceId,
    };
    this.notes.push(stored);
    return { status: 200, body: { itemId: stored.id } };
  }

  /** A publish value of the other visibility: customer-visible ↔ the first internal one. */
  #otherVisibility(publish: number): number {
    const visible = (p: AtPicklistValue) => p.label === 'All Autotask Users';
    const current = this.publish.find((p) => p.value === publish);
    const other =
      current && visible(current) ? this.publish.find((p) => !visible(p)) : this.publish.find(visible);
    return other?.value ?? publish;
  }

  #noteJson(n: AtNote): Record<string, unknown> {
    return {
      id: n.id,
      ticketID: n.ticketID,
      title: n.title,
      description: n.description,
      noteType: n.noteType,
      publish: n.publish,
      createDateTime: n.createDateTime.toISOString(),
      lastActivityDate: n.createDateTime.toISOString(),
      creatorResourceID: n.creatorResourceID,
      impersonatorCreatorResourceID: n.impersonatorCreatorResourceID ?? null,
      impersonatorUpdaterResourceID: null,
    };
  }

  #queryNotes(body: unknown): Answer {
    const q = this.#query(this.notes, body);
    if ('status' in q) return q;
    if (q.include && !q.include.includes('id') && q.items.length > q.max) {
      return errors(500, 'includeFields must include id to page through more than one page of results.');
    }
    return this.#page(
      q.items.map((n) => project(this.#noteJson(n), q.include)),
      q.max,
      q.filter,
    );
  }

  #page(items: Record<string, unknown>[], size: number, filter: string): Answer {
    const slice = items.slice(0, size);
    let nextPageUrl: string | null = null;
    if (size < items.length) {
      const token = `p${this.#pageSeq++}`;
      this.#pages.set(token, { items: items.slice(size), size, filter });
      // Autotask's own spelling of the path, whatever case the zone lookup gave.
      nextPageUrl = `${this.origin}${API}TicketNotes/query/next?paging=${token}`;
    }
    return {
      status: 200,
      body: {
        items: slice,
        pageDetails: { count: slice.length, requestCount: size, prevPageUrl: null, nextPageUrl },
      },
    };
  }

  /** `POST {nextPageUrl}` with the query's filter body: the next page. */
  #nextPage(url: URL, body: unknown): Answer {
    const filter = (body as { filter?: unknown } | undefined)?.filter;
    if (filter === undefined) {
      return this.#violation(500, 'Value cannot be null. Parameter name: filters');
    }
    const token = url.searchParams.get('paging') ?? '';
    const page = this.#pages.get(token);
    if (!page) return errors(500, 'The paging token is invalid or has expired.');
    if (JSON.stringify(filter) !== page.filter) {
      return this.#violation(500, 'The filter of a nextPageUrl request must be the query’s own.');
    }
    this.#pages.delete(token);
    return this.#page(page.items, page.size, page.filter);
  }
}

/** What a query filters notes and time entries on. */
interface Queryable {
  id: number;
  ticketID: number;
  createDateTime: Date;
}

/** The filter of a query condition, or why Autotask refuses it. */
function condition(f: {
  op?: unknown;
  field?: unknown;
  value?: unknown;
}): ((n: Queryable) => boolean) | string {
  if (f.op === 'ne') return "'ne' is not a valid operator: Autotask's is 'noteq'";
  const value = (n: Queryable): number | undefined =>
    f.field === 'ticketID'
      ? n.ticketID
      : f.field === 'id'
        ? n.id
        : f.field === 'createDateTime'
          ? n.createDateTime.getTime()
          : undefined;
  if (f.field !== 'ticketID' && f.field !== 'id' && f.field !== 'createDateTime') {
    return `unsupported query field ${String(f.field)}`;
  }
  const wanted = f.field === 'createDateTime' ? Date.parse(String(f.value)) : Number(f.value);
  if (Number.isNaN(wanted)) return `the value of ${String(f.field)} is not valid`;
  const ops: Record<string, (a: number, b: number) => boolean> = {
    eq: (a, b) => a === b,
    noteq: (a, b) => a !== b,
    gt: (a, b) => a > b,
    gte: (a, b) => a >= b,
    lt: (a, b) => a < b,
    lte: (a, b) => a <= b,
  };
  const op = ops[String(f.op)];
  if (!op) return `unsupported operator ${String(f.op)}`;
  return (n) => op(value(n) ?? Number.NaN, wanted);
}

function routeOf(
  method: string,
  path: string,
  body: unknown,
): { operation: AtOperation; id: number } | undefined {
  const ticket = path.match(/^Tickets\/(\d+)$/i);
  if (ticket && method === 'GET') return { operation: 'getTicket', id: Number(ticket[1]) };
  if (/^Tickets$/i.test(path) && method === 'PATCH') {
    const isStatus = typeof body === 'object' && body !== null && 'status' in body;
    return { operation: isStatus ? 'setTicketStatus' : 'updateTicket', id: 0 };
  }
  const notes = path.match(/^Tickets\/(\d+)\/Notes$/i);
  if (notes && method === 'POST') return { operation: 'addNote', id: Number(notes[1]) };
  const note = path.match(/^TicketNotes\/(\d+)$/i);
  if (note && method === 'GET') return { operation: 'getNote', id: Number(note[1]) };
  if (/^TicketNotes\/query$/i.test(path) && method === 'POST') return { operation: 'findNote', id: 0 };
  if (/^TimeEntries$/i.test(path) && method === 'POST') return { operation: 'addTimeEntry', id: 0 };
  if (/^TimeEntries\/query$/i.test(path) && method === 'POST') return { operation: 'findTimeEntry', id: 0 };
  const entry = path.match(/^TimeEntries\/(\d+)$/i);
  if (entry && method === 'GET') return { operation: 'getTimeEntry', id: Number(entry[1]) };
  if (/^TicketNotes\/query\/next$/i.test(path) && method === 'POST') return { operation: 'findNote', id: 1 };
  if (/^Tickets\/entityInformation\/fields$/i.test(path) && method === 'GET')
    return { operation: 'listStatuses', id: 0 };
  if (/^TicketNotes\/entityInformation\/fields$/i.test(path) && method === 'GET')
    return { operation: 'noteFields', id: 0 };
  if (/^ThresholdInformation$/i.test(path) && method === 'GET')
    return { operation: 'thresholdInformation', id: 0 };
  return undefined;
}

/** The one nock interceptor for the public zone lookup, dispatching by `user` to its simulator. */
function installLookup(): void {
  removeLookup ??= interceptWithNock(ZONE_LOOKUP_ORIGIN, async (method, uri, body, headers) => {
    const user = new URL(uri, ZONE_LOOKUP_ORIGIN).searchParams.get('user') ?? '';
    const sim = byUser.get(user.toLowerCase());
    if (!sim) return errors(404, 'Zone information could not be found for this user.');
    return sim.answer(method, uri, body, headers);
  });
}

function project(value: Record<string, unknown>, fields: string[] | undefined): Record<string, unknown> {
  if (!fields) return value;
  const keep = new Set(fields);
  return Object.fromEntries(Object.entries(value).filter(([k]) => keep.has(k)));
}

/** A field that is not a picklist, as `entityInformation/fields` lists it. */
function plainField(name: string, dataType: string, flags: { required: boolean; readOnly: boolean }) {
  return {
    name,
    dataType,
    isRequired: flags.required,
    isReadOnly: flags.readOnly,
    isQueryable: true,
    isPickList: false,
    picklistValues: null,
  };
}

/** How a stored note maps to closeout's note types, given the adapter's default labels. */
export function closeoutTypeOf(sim: AutotaskSimulator, note: AtNote): NoteType {
  if (!sim.visibility(note).customerVisible) return 'internal_analysis';
  return sim.noteTypeLabel(note) === 'Task Summary' ? 'resolution' : 'discussion';
}
