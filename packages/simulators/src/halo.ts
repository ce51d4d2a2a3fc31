/**
 * A HaloPSA instance, as strict as the vendor's documented rules (`reference/psa-facts.md` §2) and
 * answering with the shapes of its OpenAPI description (`halo-contract.ts`). It is a fetch handler
 * (`sim.fetch`, for an adapter's `fetch` option) and, for the demo, a loopback HTTP server
 * (`sim.listen()`); both run the same rules.
 *
 * What it enforces:
 * - OAuth2 client credentials at `POST /auth/token` (form-encoded, `grant_type=client_credentials`,
 *   scopes space-separated, `?tenant=` when the instance has a tenant), tokens that expire after
 *   `expires_in` on the simulator's clock, `GET /api/authinfo` for discovery, and a Bearer token on
 *   every other `/api` call (401 without a live one, 403 without the scope);
 * - array bodies on every write (`POST /api/Tickets`, `POST /api/Actions`), each item checked
 *   against Faults / Actions, which know no other field;
 * - the mandatory outcome ("An Outcome must be entered for this Action"), an outcome the API agent
 *   may not run ("You do not have access to this Action at the moment"), an outcome whose `newstatus`
 *   moves the ticket by itself, `hiddenfromuser` defaulting from the outcome;
 * - statuses restricted to ticket types, and `hasbeenclosed` from the status;
 * - action lists that shorten `note` and leave out `note_html` (`shortLists`, default on): only
 *   `GET /api/Actions/{id}` has an action's whole text;
 * - the hosted rate limit: 429 "Rate Limit Reached - 300 Requests per rolling 5 minute window".
 *
 * Where the facts are unconfirmed ([U]) the simulator picks one behaviour and says so: error bodies
 * are plain text, a 429 carries no `Retry-After` unless `retryAfterSeconds` is set, a forbidden
 * outcome is answered 400, `GET /api/Outcome` lists only the outcomes the agent may run, and a status
 * outside the ticket type's list is refused with 400.
 *
 * Faults for tests: a status per operation until cleared, lost responses (the change is committed,
 * then the connection drops), slow responses, silent status rejection, revoked tokens.
 *
 * @module
 */
import { randomBytes } from 'node:crypto';
import type { NoteType, PsaAdapter } from '@closeout/core';
import type { PsaConformanceHarness, PsaFault, PsaHeldNote, PsaOperation } from '@closeout/core/fake-psa';
import { type HaloSchema, haloContractErrors } from './halo-contract.js';
import {
  Faults,
  type Listening,
  listenOnLoopback,
  parseBody,
  requestLines,
  retryAfterHeaders,
} from './transport.js';

export interface HaloSimStatus {
  id: number;
  name: string;
  /** Whether a ticket in this status has been closed (Halo's `hasbeenclosed`). */
  closed?: boolean;
  /** The ticket types that may use it; absent = every type. */
  tickettypes?: number[];
}

export interface HaloSimOutcome {
  id: number;
  /** The outcome's name, e.g. "Private Note". */
  outcome: string;
  /** The default `hiddenfromuser` of an action with this outcome. */
  hidefromuser: boolean;
  /** The default `sendemail` of an action with this outcome (Halo's `TOutcome.sendemail`; default false). */
  sendemail?: boolean;
  /** A status the ticket moves to when an action with this outcome is added. */
  newstatus?: number;
  /** `false`: the API agent may not run it ("You do not have access to this Action at the moment"). */
  agentMayUse?: boolean;
}

export interface HaloSimTicket {
  id: number;
  summary: string;
  statusId: number;
  tickettypeId: number;
}

export interface HaloSimAction {
  id: number;
  ticketId: number;
  outcomeId: number;
  outcome: string;
  /** The HTML as posted (Halo's `note_html`). */
  noteHtml: string;
  hiddenfromuser: boolean;
  sendemail: boolean;
  /** Whether Halo would have e-mailed the ticket's contact: `sendemail` on an action the end user can see. */
  contactEmailed: boolean;
  /** The status the action moved the ticket to, if it moved it. */
  newStatus?: number;
  /** Whole seconds, UTC. */
  datetime: Date;
  /** Hours logged on the action (Halo's `timetaken`); 0 for a note without time. */
  timetaken: number;
  /** The agent the action is by (`actionby_agent_id`, or the API agent). */
  agentId: number;
}

/** An agent actions can be attributed to. */
export interface HaloSimAgent {
  id: number;
  name: string;
  /** An API-only agent cannot log time (nor be assigned tickets). */
  apiOnly?: boolean;
}

/** The agent the API application logs in as: API-only by default. */
export const HALO_API_AGENT: HaloSimAgent = { id: 3, name: 'closeout API', apiOnly: true };

/** The calls the simulator tells apart: the adapter's five, the token, discovery and outcomes. */
export type HaloSimOperation = PsaOperation | 'token' | 'authinfo' | 'listOutcomes' | 'getAction';

export interface HaloRecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  operation: HaloSimOperation | undefined;
  /** Header names in lower case. */
  headers: Record<string, string>;
  body: unknown;
  /** The status answered, or `'lost'` when the connection dropped instead. */
  outcome: number | 'lost';
}

export interface HaloSimOptions {
  /** Host name; unique per simulator by default. */
  host?: string;
  clientId?: string;
  clientSecret?: string;
  /** The tenant of a multi-tenant instance: token requests must then name it (`?tenant=`). */
  tenant?: string;
  /** The scopes the API application is granted (default `['all']`). */
  grantedScopes?: string[];
  /** Seconds a token lives (default 3600). */
  tokenLifetimeSeconds?: number;
  /** The rolling-window rate limit on `/api` calls (default 300 per 5 minutes); `false` for none. */
  rateLimit?: { requests: number; windowMs: number } | false;
  /** `Retry-After` on a 429, in seconds (default: none, as Halo is not known to send it). */
  retryAfterSeconds?: number;
  /** The simulator's clock (default: the wall clock); `advance()` moves it forward. */
  now?: () => Date;
  /**
   * Whether `GET /api/Actions?ticket_id=…` shortens each `note` to {@link HALO_LIST_NOTE_LENGTH}
   * characters and leaves out `note_html`, even with `includehtmlnote=true` (default true, as
   * hosted Halo has been seen to): only `GET /api/Actions/{id}` has the whole text.
   */
  shortLists?: boolean;
}

/** The characters of `note` an action list keeps when it shortens (the simulator's choice). */
export const HALO_LIST_NOTE_LENGTH = 100;

type Answer = { status: number; body?: unknown; headers?: Record<string, string> };
type Reply = Answer | 'lost';

const READ_SCOPES = ['all', 'read:tickets'];
const EDIT_SCOPES = ['all', 'edit:tickets'];
const OUTCOME_MISSING = 'An Outcome must be entered for this Action';
const OUTCOME_FORBIDDEN = 'You do not have access to this Action at the moment';

let instances = 0;

const wholeSecond = (d: Date) => new Date(Math.floor(d.getTime() / 1000) * 1000);
const haloDate = (d: Date) => wholeSecond(d).toISOString().replace('.000Z', 'Z');
// Halo answers errors as bare text.
const text = (status: number, message: string, headers: Record<string, string> = {}): Answer => ({
  status,
  body: message,
  headers: { 'Content-Type': 'text/plain; charset=utf-8', ...headers },
});

/** Plain text of a note, as Halo keeps it beside the HTML in `note`. */
export function htmlToText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|h[1-6])>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();
}

export class HaloSimulator {
  readonly host: string;
  readonly origin: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly tenant: string | undefined;
  readonly grantedScopes: readonly string[];
  readonly tokenLifetimeSeconds: number;
  readonly rateLimit: { requests: number; windowMs: number } | false;

  /** Every request, in order. */
  readonly requests: HaloRecordedRequest[] = [];
  /** Contract breaches by the client (bodies, parameters, routes). Tests expect none. */
  readonly violations: string[] = [];

  readonly statuses = new Map<number, HaloSimStatus>();
  readonly outcomes = new Map<number, HaloSimOutcome>();
  readonly tickets = new Map<number, HaloSimTicket>();
  readonly actions: HaloSimAction[] = [];
  /** Agents by id; the API agent is always there. */
  readonly agents = new Map<number, HaloSimAgent>([[HALO_API_AGENT.id, { ...HALO_API_AGENT }]]);

  /** `POST /api/Tickets` answers 200 with the ticket but keeps its old status (a workflow rule). */
  silentStatusRejection = false;
  /** Action lists shorten `note` and leave out `note_html`; see {@link HaloSimOptions.shortLists}. */
  shortLists: boolean;

  #misstore = 0;

  /**
   * The next `count` actions are stored with `hiddenfromuser` flipped and answered as a success:
   * an internal note the end user can read, or the reverse. Whether an outcome's own
   * `hidefromuser` overrides the action's is not documented, which is why closeout reads actions
   * back; this is that fault. `0` stops it.
   */
  misstoreNotes(count = 1): void {
    this.#misstore = count;
  }

  readonly #faults = new Faults<HaloSimOperation>();
  readonly #tokens = new Map<string, { expires: number; scopes: string[] }>();
  readonly #window: number[] = [];
  readonly #closedAt = new Map<number, Date>();
  readonly #lastAction = new Map<number, Date>();
  readonly #clock: () => Date;
  readonly #retryAfterSeconds: number | undefined;
  #offsetMs = 0;
  #taken = 0;
  #nextActionId = 5001;

  constructor(options: HaloSimOptions = {}) {
    instances += 1;
    this.host = options.host ?? `halo${instances}.sim.test`;
    this.origin = `https://${this.host}`;
    this.clientId = options.clientId ?? '8f3c2a61-5b7d-4e09-a1c4-6d2e9b0f7a35';
    this.clientSecret = options.clientSecret ?? 'hS3cr3t-Qw9zX2vB7nM4kL8pR1tY6uE0';
    this.tenant = options.tenant;
    this.grantedScopes = options.grantedScopes ?? ['all'];
    this.tokenLifetimeSeconds = options.tokenLifetimeSeconds ?? 3600;
    this.rateLimit = options.rateLimit ?? { requests: 300, windowMs: 5 * 60_000 };
    this.#retryAfterSeconds = options.retryAfterSeconds;
    this.#clock = options.now ?? (() => new Date());
    this.shortLists = options.shortLists ?? true;
  }

  /** The simulator's time: its clock plus every `advance()`. */
  now(): Date {
    return new Date(this.#clock().getTime() + this.#offsetMs);
  }

  /** Moves the simulator's clock forward (tokens expire, the rate window rolls). */
  advance(ms: number): void {
    this.#offsetMs += ms;
  }

  /** What an adapter needs to reach this instance. */
  connection(): { url: string; clientId: string; clientSecret: string; fetch: typeof fetch } {
    return { url: this.origin, clientId: this.clientId, clientSecret: this.clientSecret, fetch: this.fetch };
  }

  addStatus(status: HaloSimStatus): this {
    this.statuses.set(status.id, status);
    return this;
  }

  addOutcome(outcome: HaloSimOutcome): this {
    this.outcomes.set(outcome.id, outcome);
    return this;
  }

  addTicket(ticket: HaloSimTicket): this {
    this.tickets.set(ticket.id, ticket);
    return this;
  }

  addAgent(agent: HaloSimAgent): this {
    this.agents.set(agent.id, agent);
    return this;
  }

  /** The actions of a ticket that log time (`timetaken` above 0). */
  timeEntriesOf(ticketId: number): HaloSimAction[] {
    return this.actionsOf(ticketId).filter((a) => a.timetaken > 0);
  }

  /**
   * Stores an action directly, as if an agent had added it in Halo at `createdAt`, with `outcomeId`
   * (default 7 "Private Note" for internal analysis, 1 "Update" otherwise).
   */
  seedAction(
    ticketId: number,
    note: { text: string; type: NoteType; createdAt: Date; outcomeId?: number },
  ): HaloSimAction {
    const hidden = note.type === 'internal_analysis';
    const outcomeId = note.outcomeId ?? (hidden ? 7 : 1);
    const action: HaloSimAction = {
      id: this.#nextActionId++,
      ticketId,
      outcomeId,
      outcome: this.outcomes.get(outcomeId)?.outcome ?? 'Update',
      noteHtml: note.text,
      hiddenfromuser: hidden,
      sendemail: false,
      contactEmailed: false,
      datetime: wholeSecond(note.createdAt),
      timetaken: 0,
      agentId: HALO_API_AGENT.id,
    };
    this.actions.push(action);
    return action;
  }

  actionsOf(ticketId: number): HaloSimAction[] {
    return this.actions.filter((a) => a.ticketId === ticketId);
  }

  /** Makes every live token invalid, as Halo does when a token is revoked or expires early. */
  revokeTokens(): void {
    this.#tokens.clear();
  }

  /** Calls of `operation` answer with `fault`: until cleared with `null`, or only the next `times`. */
  setFault(operation: HaloSimOperation, fault: PsaFault | null, times = Number.POSITIVE_INFINITY): void {
    this.#faults.set(operation, fault, times);
  }

  /** The next `count` calls of `operation` take effect, then their connection drops. */
  loseResponses(operation: HaloSimOperation, count = 1): void {
    this.#faults.lose(operation, count);
  }

  /** Calls of `operation` answer after `ms` (0 clears). */
  delayResponses(operation: HaloSimOperation, ms: number): void {
    this.#faults.delay(operation, ms);
  }

  /** Requests made, optionally only those of one operation. */
  count(operation?: HaloSimOperation): number {
    return operation === undefined
      ? this.requests.length
      : this.requests.filter((r) => r.operation === operation).length;
  }

  /** Requests since the previous call, oldest first: path below `/api/` (`/auth/token` as is), status (0 when lost). */
  takeRequests(): Array<{ method: string; path: string; status: number }> {
    const taken = requestLines(this.requests, this.#taken, '/api/');
    this.#taken = this.requests.length;
    return taken;
  }

  /** `/api` calls counted against the rate limit within the current window. */
  windowCount(): number {
    this.#rollWindow();
    return this.#window.length;
  }

  /** A `fetch` that Halo answers. A lost response rejects like undici after a reset connection. */
  readonly fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const body = request.method === 'GET' || request.method === 'HEAD' ? '' : await request.text();
    const headers: Record<string, string> = {};
    request.headers.forEach((value, key) => {
      headers[key.toLowerCase()] = value;
    });
    const reply = await this.#answer(request.method, new URL(request.url), body, headers);
    if (reply === 'lost') {
      throw new TypeError('fetch failed', {
        cause: Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }),
      });
    }
    return toResponse(reply);
  };

  /** Serves this instance on a free 127.0.0.1 port; the adapter's `url` is the returned origin. */
  listen(): Promise<Listening> {
    let origin = '';
    const server = listenOnLoopback((method, uri, body, headers) =>
      this.#answer(method, new URL(uri, origin), body, headers),
    );
    return server.then((listening) => {
      origin = listening.origin;
      return listening;
    });
  }

  /**
   * The ticket's actions as the conformance suite reads them: the HTML as stored, the note kind by
   * the outcome it was added with (`kinds`: outcome id → kind), visibility by `hiddenfromuser`.
   */
  heldNotes(ticketId: number, kinds: Readonly<Record<number, NoteType>>): PsaHeldNote[] {
    return this.actionsOf(ticketId).map((a) => ({
      id: String(a.id),
      text: a.noteHtml,
      type: kinds[a.outcomeId] ?? 'discussion',
      customerVisible: !a.hiddenfromuser,
      createdAt: a.datetime,
      member: String(a.agentId),
      contactEmailed: a.contactEmailed,
    }));
  }

  /**
   * `adapter` on seeded ticket 1042 as a `PsaConformanceHarness`: statuses 2 and 18 to move between,
   * 30 (changes only) as the foreign one, notes typed by `kinds` (outcome id → note kind), writes
   * attributed to `options.member` (an agent id) when the adapter can. `close` fails when the
   * adapter broke the contract.
   */
  harness(
    adapter: PsaAdapter,
    kinds: Readonly<Record<number, NoteType>>,
    options: { member?: string } = {},
  ): PsaConformanceHarness {
    return {
      adapter,
      ticket: { provider: adapter.provider, id: '1042' },
      statusIds: ['2', '18'],
      foreignStatusId: '30',
      secrets: [this.clientId, this.clientSecret],
      notes: async () => this.heldNotes(1042, kinds),
      seedNote: async (note) => {
        const outcomeId = Object.entries(kinds).find(([, kind]) => kind === note.type)?.[0];
        return {
          id: String(this.seedAction(1042, { ...note, outcomeId: Number(outcomeId) || undefined }).id),
        };
      },
      timeEntries: async () =>
        this.timeEntriesOf(1042).map((a) => ({
          id: String(a.id),
          minutes: Math.round(a.timetaken * 60),
          notes: htmlToText(a.noteHtml),
          // Halo bills by the ticket's contract and charge rate, not per action.
          billable: true,
          member: String(a.agentId),
          createdAt: a.datetime,
        })),
      ...(options.member === undefined ? {} : { member: options.member }),
      setFault: (operation, fault) => this.setFault(operation, fault),
      loseNextResponse: (operation) => this.loseResponses(operation, 1),
      misstoreNextNote: () => this.misstoreNotes(1),
      close: () => {
        if (this.violations.length > 0) {
          throw new Error(`HaloPSA contract violations:\n${this.violations.join('\n')}`);
        }
      },
    };
  }

  async #answer(method: string, url: URL, rawBody: string, headers: Record<string, string>): Promise<Reply> {
    const record: HaloRecordedRequest = {
      method,
      path: url.pathname,
      query: url.searchParams,
      operation: undefined,
      headers,
      body: parseBody(rawBody),
      outcome: 0,
    };
    this.requests.push(record);
    const reply = this.#route(method, url, record);
    record.outcome = reply === 'lost' ? 'lost' : reply.status;
    await this.#faults.wait(record.operation);
    return reply;
  }

  #violation(message: string, status = 400): Answer {
    this.violations.push(message);
    return text(status, `contract violation: ${message}`);
  }

  #route(method: string, url: URL, record: HaloRecordedRequest): Reply {
    const path = url.pathname.replace(/\/+$/, '');
    if (path === '/auth/token') {
      record.operation = 'token';
      if (method !== 'POST') return this.#violation(`${method} /auth/token: the token endpoint takes POST`);
      return this.#fault('token') ?? this.#token(url, record);
    }
    const route = matchRoute(method, path, url.searchParams, record.body);
    if (route === undefined) {
      return this.#violation(`${method} ${path} is not an endpoint a closeout adapter calls`, 404);
    }
    record.operation = route.operation;
    if (route.operation === 'authinfo') {
      return this.#fault('authinfo') ?? { status: 200, body: this.#authInfo() };
    }

    // Halo checks the caller before anything else, then the hosted limit.
    const bearer = /^Bearer (\S+)$/.exec(record.headers.authorization ?? '')?.[1];
    const token = bearer === undefined ? undefined : this.#tokens.get(bearer);
    if (token === undefined || token.expires <= this.now().getTime()) {
      if (bearer !== undefined) this.#tokens.delete(bearer);
      return { status: 401, body: '', headers: { 'WWW-Authenticate': 'Bearer error="invalid_token"' } };
    }
    const needed = method === 'GET' ? READ_SCOPES : EDIT_SCOPES;
    if (!token.scopes.some((s) => needed.includes(s))) {
      return text(403, `The token's scopes do not allow ${method} ${path}`);
    }
    const limited = this.#countAgainstLimit();
    if (limited) return limited;
    if (method === 'POST' && !/^application\/json\b/.test(record.headers['content-type'] ?? '')) {
      return this.#violation('a write was sent without Content-Type: application/json', 415);
    }

    const fault = this.#fault(route.operation);
    if (fault) return fault;

    let reply: Answer;
    switch (route.operation) {
      case 'getTicket':
        reply = this.#getTicket(route.id ?? 0);
        break;
      case 'setTicketStatus':
        reply = this.#postTickets(record.body);
        break;
      case 'addNote':
      case 'addTimeEntry':
        reply = this.#postActions(record.body, url.searchParams);
        break;
      case 'findNote':
      case 'findTimeEntry':
        reply = this.#listActions(url.searchParams);
        break;
      case 'getAction':
        reply = this.#getAction(route.id ?? 0, url.searchParams);
        break;
      case 'listStatuses':
        reply = this.#listStatuses(url.searchParams);
        break;
      case 'listOutcomes':
        reply = this.#answerList('TOutcome', [...this.outcomes.values()].filter(usable).map(outcomeJson));
        break;
      default:
        return this.#violation(`${method} ${path} is routed nowhere`, 404);
    }
    return this.#faults.maybeLose(route.operation, reply);
  }

  #authInfo(): Record<string, unknown> {
    return { auth_url: `${this.origin}/auth`, ...(this.tenant ? { tenant_id: this.tenant } : {}) };
  }

  #token(url: URL, record: HaloRecordedRequest): Answer {
    const oauthError = (status: number, error: string, description: string): Answer => ({
      status,
      body: { error, error_description: description },
    });
    if (!/^application\/x-www-form-urlencoded\b/.test(record.headers['content-type'] ?? '')) {
      this.violations.push('the token request is not application/x-www-form-urlencoded');
      return oauthError(400, 'invalid_request', 'The request must be form-encoded');
    }
    if (record.headers.authorization !== undefined) {
      this.violations.push('the token request carries an Authorization header');
    }
    const form = new URLSearchParams(typeof record.body === 'string' ? record.body : '');
    if (this.tenant !== undefined && url.searchParams.get('tenant') !== this.tenant) {
      return oauthError(400, 'invalid_request', 'The tenant is missing or unknown');
    }
    if (form.get('grant_type') !== 'client_credentials') {
      return oauthError(400, 'unsupported_grant_type', 'Only client_credentials is allowed');
    }
    if (form.get('client_id') !== this.clientId || form.get('client_secret') !== this.clientSecret) {
      return oauthError(401, 'invalid_client', 'The client id or secret is not valid');
    }
    const scopes = (form.get('scope') ?? '').split(' ').filter(Boolean);
    if (scopes.length === 0 || scopes.some((s) => !this.grantedScopes.includes(s))) {
      return oauthError(400, 'invalid_scope', 'A requested scope is not granted to this application');
    }
    const accessToken = randomBytes(24).toString('base64url');
    this.#tokens.set(accessToken, {
      expires: this.now().getTime() + this.tokenLifetimeSeconds * 1000,
      scopes,
    });
    return {
      status: 200,
      body: {
        token_type: 'Bearer',
        access_token: accessToken,
        expires_in: this.tokenLifetimeSeconds,
        scope: scopes.join(' '),
      },
    };
  }

  #rollWindow(): void {
    if (this.rateLimit === false) return;
    const floor = this.now().getTime() - this.rateLimit.windowMs;
    while (this.#window.length > 0 && (this.#window[0] ?? 0) <= floor) this.#window.shift();
  }

  /** Counts an authenticated `/api` call; a refused one does not count. */
  #countAgainstLimit(): Answer | undefined {
    if (this.rateLimit === false) return undefined;
    this.#rollWindow();
    const { requests, windowMs } = this.rateLimit;
    if (this.#window.length >= requests) {
      const minutes = windowMs / 60_000;
      const span = Number.isInteger(minutes) ? `${minutes} minute` : `${windowMs / 1000} second`;
      const wait = this.#retryAfterSeconds;
      return text(429, `Rate Limit Reached - ${requests} Requests per rolling ${span} window`, {
        ...(wait === undefined ? {} : { 'Retry-After': String(wait) }),
      });
    }
    this.#window.push(this.now().getTime());
    return undefined;
  }

  #fault(operation: HaloSimOperation): Answer | undefined {
    const fault = this.#faults.take(operation);
    if (fault === undefined) return undefined;
    const { status } = fault;
    const message =
      fault.message ??
      (status === 429
        ? 'Rate Limit Reached - 300 Requests per rolling 5 minute window'
        : status >= 500
          ? 'An error occurred while processing your request.'
          : 'The request was refused.');
    return text(status, message, retryAfterHeaders(fault));
  }

  #statusOf(ticket: HaloSimTicket): HaloSimStatus | undefined {
    return this.statuses.get(ticket.statusId);
  }

  #ticketJson(ticket: HaloSimTicket): Record<string, unknown> {
    const status = this.#statusOf(ticket);
    const closedAt = this.#closedAt.get(ticket.id);
    return {
      id: ticket.id,
      summary: ticket.summary,
      details: `<p>${ticket.summary}</p>`,
      status_id: ticket.statusId,
      status_name: status?.name ?? null,
      tickettype_id: ticket.tickettypeId,
      client_id: 12,
      site_id: 31,
      user_id: 204,
      team: 'Service Desk',
      agent_id: 3,
      hasbeenclosed: status?.closed === true,
      dateclosed: status?.closed === true && closedAt ? haloDate(closedAt) : null,
      lastactiondate: haloDate(this.#lastAction.get(ticket.id) ?? new Date(0)),
      last_update: haloDate(this.now()),
    };
  }

  #moveTicket(ticket: HaloSimTicket, statusId: number): void {
    ticket.statusId = statusId;
    if (this.statuses.get(statusId)?.closed) this.#closedAt.set(ticket.id, this.now());
    else this.#closedAt.delete(ticket.id);
  }

  #answerWith(schema: HaloSchema, value: Record<string, unknown>): Answer {
    const problems = haloContractErrors(schema, value);
    if (problems.length > 0)
      this.violations.push(`simulator answer breaks ${schema}: ${problems.join('; ')}`);
    return { status: 200, body: value };
  }

  #answerList(schema: HaloSchema, values: Record<string, unknown>[]): Answer {
    for (const value of values) this.#answerWith(schema, value);
    return { status: 200, body: values };
  }

  #getTicket(id: number): Answer {
    const ticket = this.tickets.get(id);
    if (!ticket) return text(404, `Ticket ${id} not found`);
    return this.#answerWith('Faults', this.#ticketJson(ticket));
  }

  /** `POST /api/Tickets [{id, status_id}]`: the only ticket write closeout makes. */
  #postTickets(body: unknown): Answer {
    const problems = haloContractErrors('Faults[]', body);
    if (problems.length > 0) return this.#violation(problems.join('; '));
    let last: HaloSimTicket | undefined;
    for (const item of body as Array<{ id?: number; status_id?: number | null }>) {
      const ticket = item.id === undefined ? undefined : this.tickets.get(item.id);
      if (!ticket) return text(404, `Ticket ${item.id ?? '(no id)'} not found`);
      if (typeof item.status_id === 'number') {
        const status = this.statuses.get(item.status_id);
        if (!status) return text(400, `Status ${item.status_id} does not exist`);
        if (status.tickettypes && !status.tickettypes.includes(ticket.tickettypeId)) {
          return text(400, `Status ${status.name} is not valid for this ticket type`);
        }
        if (!this.silentStatusRejection) this.#moveTicket(ticket, status.id);
      }
      last = ticket;
    }
    return this.#answerWith('Faults', this.#ticketJson(last as HaloSimTicket));
  }

  /** `POST /api/Actions [...]`: answers the last action created (all of them with `returnall=true`). */
  #postActions(body: unknown, query: URLSearchParams): Answer {
    const problems = haloContractErrors('Actions[]', body);
    if (problems.length > 0) return this.#violation(problems.join('; '));
    const items = body as Array<Record<string, unknown>>;
    const created: HaloSimAction[] = [];
    for (const item of items) {
      const ticket = typeof item.ticket_id === 'number' ? this.tickets.get(item.ticket_id) : undefined;
      if (!ticket) return text(404, `Ticket ${String(item.ticket_id ?? '(no ticket_id)')} not found`);
      const outcome =
        typeof item.outcome_id === 'number'
          ? this.outcomes.get(item.outcome_id)
          : [...this.outcomes.values()].find((o) => o.outcome === item.outcome);
      if (!outcome) return text(400, OUTCOME_MISSING);
      if (!usable(outcome)) return text(400, OUTCOME_FORBIDDEN);
      const html = typeof item.note_html === 'string' ? item.note_html : undefined;
      const plain = typeof item.note === 'string' ? item.note : undefined;
      if ((html ?? plain ?? '').trim() === '') return text(400, 'A note must be entered for this Action');
      // The action's own new_status wins over the outcome's default, as in Halo's action screen.
      const move = typeof item.new_status === 'number' ? item.new_status : outcome.newstatus;
      const moves = move !== undefined && this.statuses.has(move);
      const agentId = typeof item.actionby_agent_id === 'number' ? item.actionby_agent_id : HALO_API_AGENT.id;
      const agent = this.agents.get(agentId);
      if (agent === undefined) return text(400, `Agent ${agentId} not found`);
      const hours = typeof item.timetaken === 'number' ? item.timetaken : 0;
      if (hours < 0) return text(400, 'Time taken cannot be negative');
      // An API-only agent cannot log time: the time must be someone's.
      if (hours > 0 && agent.apiOnly === true) return text(400, `Agent ${agent.name} cannot log time`);
      let hidden = typeof item.hiddenfromuser === 'boolean' ? item.hiddenfromuser : outcome.hidefromuser;
      if (this.#misstore > 0) {
        this.#misstore -= 1;
        hidden = !hidden;
      }
      // An absent sendemail takes the outcome's default, as Halo's action screen does.
      const sendemail = typeof item.sendemail === 'boolean' ? item.sendemail : outcome.sendemail === true;
      created.push({
        id: this.#nextActionId++,
        ticketId: ticket.id,
        outcomeId: outcome.id,
        outcome: outcome.outcome,
        noteHtml: html ?? plain ?? '',
        hiddenfromuser: hidden,
        sendemail,
        contactEmailed: sendemail && !hidden,
        datetime: wholeSecond(this.now()),
        timetaken: hours,
        agentId,
        ...(moves ? { newStatus: move } : {}),
      });
      this.#lastAction.set(ticket.id, this.now());
      if (moves) this.#moveTicket(ticket, move);
    }
    this.actions.push(...created);
    if (query.get('returnall') === 'true') {
      return this.#answerList(
        'Actions',
        created.map((a) => this.#actionJson(a, true)),
      );
    }
    return this.#answerWith('Actions', this.#actionJson(created[created.length - 1] as HaloSimAction, true));
  }

  #actionJson(a: HaloSimAction, withHtml: boolean): Record<string, unknown> {
    return {
      ticket_id: a.ticketId,
      id: a.id,
      outcome: a.outcome,
      outcome_id: a.outcomeId,
      who_agentid: a.agentId,
      datetime: haloDate(a.datetime),
      actiondatecreated: haloDate(a.datetime),
      note: htmlToText(a.noteHtml),
      ...(withHtml ? { note_html: a.noteHtml } : {}),
      hiddenfromuser: a.hiddenfromuser,
      sendemail: a.sendemail,
      new_status: a.newStatus ?? null,
      timetaken: a.timetaken,
      actionby_agent_id: a.agentId,
    };
  }

  /** `GET /api/Actions/{id}`: the whole action, `note` and `note_html` included. */
  #getAction(id: number, query: URLSearchParams): Answer {
    const action = this.actions.find((a) => a.id === id);
    const ticketId = query.get('ticket_id');
    if (!action || (ticketId !== null && Number(ticketId) !== action.ticketId)) {
      return text(404, `Action ${id} not found`);
    }
    return this.#answerWith('Actions', this.#actionJson(action, true));
  }

  /** `GET /api/Actions?ticket_id=…&startdate=…`: `{record_count, actions}`, oldest first. */
  #listActions(query: URLSearchParams): Answer {
    const ticketId = Number(query.get('ticket_id'));
    if (!Number.isInteger(ticketId) || ticketId < 1) {
      return this.#violation('GET /api/Actions without ticket_id lists every ticket');
    }
    if (!this.tickets.has(ticketId)) return text(404, `Ticket ${ticketId} not found`);
    let actions = this.actionsOf(ticketId);
    if (query.get('timeentriesonly') === 'true') actions = actions.filter((a) => a.timetaken > 0);
    for (const [param, keep] of [
      ['startdate', (a: HaloSimAction, t: number) => a.datetime.getTime() >= t],
      ['enddate', (a: HaloSimAction, t: number) => a.datetime.getTime() <= t],
    ] as const) {
      const value = query.get(param);
      if (value === null) continue;
      // Halo reads dates without an offset as UTC.
      const t = Date.parse(/[zZ]|[+-]\d{2}:\d{2}$/.test(value) ? value : `${value}Z`);
      if (Number.isNaN(t)) return this.#violation(`${param} "${value}" is not a date`);
      actions = actions.filter((a) => keep(a, t));
    }
    const count = query.get('count');
    if (count !== null) {
      const n = Number(count);
      if (!Number.isInteger(n) || n < 1) return this.#violation(`count "${count}" is not a positive integer`);
      actions = actions.slice(-n);
    }
    const withHtml = query.get('includehtmlnote') === 'true' && !this.shortLists;
    const items = actions.map((a) => {
      const item = this.#actionJson(a, withHtml);
      const note = item.note as string;
      if (this.shortLists && note.length > HALO_LIST_NOTE_LENGTH) {
        item.note = `${note.slice(0, HALO_LIST_NOTE_LENGTH)}...`;
      }
      return item;
    });
    for (const item of items) this.#answerWith('Actions', item);
    return { status: 200, body: { record_count: items.length, actions: items } };
  }

  /** `GET /api/Status?type=ticket&ticket_id=…`: the statuses the ticket's type may take. */
  #listStatuses(query: URLSearchParams): Answer {
    const type = query.get('type');
    if (type !== null && type !== 'ticket') return this.#violation(`type "${type}" lists no ticket statuses`);
    const ticketIdParam = query.get('ticket_id');
    let statuses = [...this.statuses.values()];
    if (ticketIdParam !== null) {
      const ticket = this.tickets.get(Number(ticketIdParam));
      if (!ticket) return text(404, `Ticket ${ticketIdParam} not found`);
      statuses = statuses.filter((s) => !s.tickettypes || s.tickettypes.includes(ticket.tickettypeId));
    }
    if (query.get('excludeclosed') === 'true') statuses = statuses.filter((s) => !s.closed);
    return this.#answerList(
      'TStatus',
      statuses.map((s, i) => ({
        id: s.id,
        name: s.name,
        shortname: s.name.slice(0, 4).toUpperCase(),
        type: 1,
        sequence: i + 1,
        colour: s.closed ? '#7f8c8d' : '#2980b9',
        showonquickchange: true,
        ...(s.tickettypes ? { tickettypes: s.tickettypes.map((id) => ({ id })) } : {}),
      })),
    );
  }
}

const usable = (o: HaloSimOutcome) => o.agentMayUse !== false;

function outcomeJson(o: HaloSimOutcome): Record<string, unknown> {
  return {
    id: o.id,
    outcome: o.outcome,
    buttonname: o.outcome,
    sendemail: 0,
    actionvisibility: !o.hidefromuser,
    newstatus: o.newstatus ?? null,
    hidefromuser: o.hidefromuser,
    mustaddnote: true,
  };
}

/** An action POST that logs time is a time entry; any other is a note. */
const logsTime = (body: unknown) =>
  Array.isArray(body) &&
  body.some(
    (item) =>
      typeof (item as { timetaken?: unknown })?.timetaken === 'number' &&
      (item as { timetaken: number }).timetaken > 0,
  );

function matchRoute(
  method: string,
  path: string,
  query: URLSearchParams,
  body: unknown,
): { operation: HaloSimOperation; id?: number } | undefined {
  const ticket = /^\/api\/tickets\/(\d+)$/i.exec(path);
  if (ticket && method === 'GET') return { operation: 'getTicket', id: Number(ticket[1]) };
  const lower = path.toLowerCase();
  if (lower === '/api/authinfo' && method === 'GET') return { operation: 'authinfo' };
  if (lower === '/api/tickets' && method === 'POST') return { operation: 'setTicketStatus' };
  if (lower === '/api/actions' && method === 'POST') {
    return { operation: logsTime(body) ? 'addTimeEntry' : 'addNote' };
  }
  if (lower === '/api/actions' && method === 'GET') {
    return { operation: query.get('timeentriesonly') === 'true' ? 'findTimeEntry' : 'findNote' };
  }
  // A whole action: the full text of a listed note, or a time entry read back.
  const action = /^\/api\/actions\/(\d+)$/i.exec(path);
  if (action && method === 'GET') return { operation: 'getAction', id: Number(action[1]) };
  if (lower === '/api/status' && method === 'GET') return { operation: 'listStatuses' };
  if (lower === '/api/outcome' && method === 'GET') return { operation: 'listOutcomes' };
  return undefined;
}

function toResponse(reply: Answer): Response {
  const isText = typeof reply.body === 'string';
  const body = reply.body === undefined ? '' : isText ? (reply.body as string) : JSON.stringify(reply.body);
  return new Response(reply.status === 204 ? null : body, {
    status: reply.status,
    headers: {
      'Content-Type': isText ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8',
      ...reply.headers,
    },
  });
}

/**
 * A seeded instance: ticket 1042 (an Incident, status New), ticket 1043 (a Change); statuses
 * 1 New, 2 In Progress, 18 Escalated, 9 Closed and 30 "Change Approved" (changes only); outcomes
 * 1 "Update" (visible), 7 "Private Note" (hidden), 10 "Resolved" (visible, moves to Closed) and 13
 * "Supervisor Override", which the API agent may not run; agent 12 "Jane Doe" (the API agent, 3, is
 * API-only and cannot log time).
 */
export function seededHaloSimulator(options: HaloSimOptions = {}): HaloSimulator {
  return new HaloSimulator(options)
    .addStatus({ id: 1, name: 'New' })
    .addStatus({ id: 2, name: 'In Progress' })
    .addStatus({ id: 18, name: 'Escalated' })
    .addStatus({ id: 9, name: 'Closed', closed: true })
    .addStatus({ id: 30, name: 'Change Approved', tickettypes: [3] })
    .addOutcome({ id: 1, outcome: 'Update', hidefromuser: false })
    .addOutcome({ id: 7, outcome: 'Private Note', hidefromuser: true })
    .addOutcome({ id: 10, outcome: 'Resolved', hidefromuser: false, newstatus: 9 })
    .addOutcome({ id: 13, outcome: 'Supervisor Override', hidefromuser: true, agentMayUse: false })
    .addTicket({
      id: 1042,
      summary: 'Outlook asks for the password every hour',
      statusId: 1,
      tickettypeId: 1,
    })
    .addTicket({ id: 1043, summary: 'Replace the core switch', statusId: 1, tickettypeId: 3 })
    .addAgent({ id: 12, name: 'Jane Doe' });
}
