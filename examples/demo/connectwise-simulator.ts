// A small ConnectWise PSA (Manage) instance on 127.0.0.1 for the demo, so the real `connectwise()`
// adapter runs end to end over HTTP with no account and no network. It answers the calls closeout
// makes, with bodies shaped like the vendor's (REST API 3.0, version 2025.8):
//
//   GET   /login/companyinfo/{companyId}             public; names the codebase
//   GET   /{codebase}apis/3.0/service/tickets/{id}   Ticket (honours ?fields=)
//   PATCH /{codebase}apis/3.0/service/tickets/{id}   [{op:'replace', path:'status/id', value}]
//   POST  /{codebase}apis/3.0/service/tickets/{id}/notes
//   GET   /{codebase}apis/3.0/service/tickets/{id}/notes
//   GET   /{codebase}apis/3.0/service/boards/{id}/statuses
//
// API calls need the API member's Basic credentials and the clientId header (401 otherwise); a
// status that is not on the ticket's board answers 400 InvalidObject. `keepStatus(ticketId)` makes
// a ticket answer a status change with 200 and keep its old status, as a ConnectWise workflow rule
// can: the trap closeout's verification exists for.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SimStatus {
  id: number;
  name: string;
  closed?: boolean;
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
  dateCreated: string;
}

/** A request as the simulator saw it, for printing what the adapter did. */
export interface SimRequest {
  method: string;
  /** The path below `…/apis/3.0/`, or the full path for company info. */
  path: string;
  status: number;
}

export interface SimulatorOptions {
  companyId: string;
  publicKey: string;
  privateKey: string;
  clientId: string;
  boards: SimBoard[];
  tickets: SimTicket[];
}

export interface ConnectWiseSimulator {
  /** `http://127.0.0.1:<port>`: pass it as the adapter's `site`. */
  readonly origin: string;
  /** Requests since the last call, oldest first. */
  takeRequests(): SimRequest[];
  /** The ticket's status changes answer 200 but do not take (`false` lets them take again). */
  keepStatus(ticketId: number, keep?: boolean): void;
  ticket(ticketId: number): { id: number; status: SimStatus };
  notes(ticketId: number): SimNote[];
  close(): Promise<void>;
}

const CODEBASE = 'v2025_1/';
const API = `/${CODEBASE}apis/3.0/`;

type Answer = { status: number; body?: unknown; headers?: Record<string, string> };

const error = (status: number, code: string, message: string, errors?: unknown[]): Answer => ({
  status,
  body: { code, message, ...(errors ? { errors } : {}) },
});

/** ConnectWise's `fields=` keeps only the named top-level fields. */
function project(value: Record<string, unknown>, fields: string | null): Record<string, unknown> {
  if (fields === null) return value;
  const keep = new Set(fields.split(',').map((f) => f.trim()));
  return Object.fromEntries(Object.entries(value).filter(([k]) => keep.has(k)));
}

/** ConnectWise stores times to the second. */
const cwNow = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Starts the simulator on a free loopback port. */
export async function startConnectWiseSimulator(options: SimulatorOptions): Promise<ConnectWiseSimulator> {
  const boards = new Map(options.boards.map((b) => [b.id, structuredClone(b)]));
  const tickets = new Map(options.tickets.map((t) => [t.id, structuredClone(t)]));
  const notes: SimNote[] = [];
  const kept = new Set<number>();
  let requests: SimRequest[] = [];
  let nextNoteId = 9001;
  const authorization = `Basic ${Buffer.from(
    `${options.companyId}+${options.publicKey}:${options.privateKey}`,
  ).toString('base64')}`;
  let origin = '';

  const statusOf = (t: SimTicket): SimStatus => {
    const status = boards.get(t.boardId)?.statuses.find((s) => s.id === t.statusId);
    if (status === undefined) throw new Error(`ticket ${t.id} has an unknown status`);
    return status;
  };

  function ticketJson(t: SimTicket): Record<string, unknown> {
    const board = boards.get(t.boardId);
    const status = statusOf(t);
    const base = `${origin}${API.slice(0, -1)}`;
    return {
      id: t.id,
      summary: t.summary,
      recordType: 'ServiceTicket',
      board: {
        id: t.boardId,
        name: board?.name,
        _info: { board_href: `${base}/service/boards/${t.boardId}` },
      },
      status: {
        id: status.id,
        name: status.name,
        _info: { status_href: `${base}/service/boards/${t.boardId}/statuses/${status.id}` },
      },
      company: { id: 250, identifier: 'ContosoLtd', name: 'Contoso Ltd', _info: {} },
      closedFlag: status.closed === true,
      _info: { lastUpdated: cwNow(), updatedBy: 'closeout-api' },
    };
  }

  function noteJson(n: SimNote): Record<string, unknown> {
    return {
      ...n,
      issueFlag: false,
      member: { id: 177, identifier: 'closeout-api', name: 'closeout API', _info: {} },
      customerUpdatedFlag: false,
      processNotifications: false,
      createdBy: 'closeout-api',
      internalFlag: n.internalAnalysisFlag,
      externalFlag: !n.internalAnalysisFlag,
      _info: { lastUpdated: n.dateCreated, updatedBy: 'closeout-api' },
    };
  }

  /** One page of a list, with ConnectWise's `Link: <…>; rel="next"` when more follow. */
  function page(url: URL, items: Record<string, unknown>[]): Answer {
    const number = Math.max(1, Number(url.searchParams.get('page') ?? '1') || 1);
    const size = Math.min(1000, Math.max(1, Number(url.searchParams.get('pageSize') ?? '25') || 25));
    const slice = items.slice((number - 1) * size, number * size);
    const headers: Record<string, string> = {};
    if (number * size < items.length) {
      const next = new URL(url);
      next.searchParams.set('page', String(number + 1));
      headers.Link = `<${next}>; rel="next"`;
    }
    return { status: 200, body: slice.map((i) => project(i, url.searchParams.get('fields'))), headers };
  }

  function api(method: string, path: string, url: URL, body: unknown): Answer {
    let m = path.match(/^service\/tickets\/(\d+)$/);
    if (m) {
      const ticket = tickets.get(Number(m[1]));
      if (!ticket) return error(404, 'NotFound', `Ticket ID ${m[1]} not found`);
      if (method === 'GET') {
        return { status: 200, body: project(ticketJson(ticket), url.searchParams.get('fields')) };
      }
      if (method === 'PATCH') {
        const ops = Array.isArray(body)
          ? (body as Array<{ op?: string; path?: string; value?: unknown }>)
          : [];
        for (const op of ops) {
          if (op.op !== 'replace' || op.path !== 'status/id') {
            return error(400, 'InvalidObject', `Unsupported patch of ${op.path}`);
          }
          const status = boards.get(ticket.boardId)?.statuses.find((s) => s.id === op.value);
          if (status === undefined) {
            return error(400, 'InvalidObject', 'Ticket object is invalid', [
              { code: 'NotFound', message: 'Status not found', resource: 'Ticket', field: 'status/id' },
            ]);
          }
          if (!kept.has(ticket.id)) ticket.statusId = status.id;
        }
        return { status: 200, body: ticketJson(ticket) };
      }
    }
    m = path.match(/^service\/tickets\/(\d+)\/notes$/);
    if (m) {
      const ticketId = Number(m[1]);
      if (!tickets.has(ticketId)) return error(404, 'NotFound', `Ticket ID ${ticketId} not found`);
      if (method === 'POST') {
        const input = (body ?? {}) as Partial<SimNote>;
        if (typeof input.text !== 'string' || input.text.trim() === '') {
          return error(400, 'InvalidObject', 'ServiceNote object is invalid', [
            { code: 'Required', message: 'Text is required', resource: 'ServiceNote', field: 'text' },
          ]);
        }
        const note: SimNote = {
          id: nextNoteId++,
          ticketId,
          // ConnectWise stores line breaks as CRLF.
          text: input.text.replace(/\r?\n/g, '\r\n'),
          detailDescriptionFlag: input.detailDescriptionFlag === true,
          internalAnalysisFlag: input.internalAnalysisFlag === true,
          resolutionFlag: input.resolutionFlag === true,
          dateCreated: cwNow(),
        };
        notes.push(note);
        return { status: 201, body: noteJson(note) };
      }
      if (method === 'GET') {
        // The adapter asks for `dateCreated >= [t]`, newest first.
        const since = url.searchParams.get('conditions')?.match(/\[([^\]]+)\]/)?.[1];
        const list = notes
          .filter((n) => n.ticketId === ticketId && (since === undefined || n.dateCreated >= since))
          .sort((a, b) => b.dateCreated.localeCompare(a.dateCreated) || b.id - a.id);
        return page(url, list.map(noteJson));
      }
    }
    m = path.match(/^service\/boards\/(\d+)\/statuses$/);
    if (m && method === 'GET') {
      const board = boards.get(Number(m[1]));
      if (!board) return error(404, 'NotFound', `Board ID ${m[1]} not found`);
      return page(
        url,
        board.statuses.map((s, i) => ({
          id: s.id,
          name: s.name,
          board: { id: board.id, name: board.name, _info: {} },
          sortOrder: i,
          displayOnBoard: true,
          inactive: false,
          closedStatus: s.closed === true,
          defaultFlag: i === 0,
          _info: {},
        })),
      );
    }
    return error(404, 'NotFound', `No endpoint ${method} ${path}`);
  }

  async function answer(req: IncomingMessage): Promise<Answer & { path: string }> {
    const url = new URL(req.url ?? '/', origin);
    const method = req.method ?? 'GET';
    const body = await readBody(req);
    const info = url.pathname.match(/^\/login\/companyinfo\/([^/]+)$/);
    if (info && method === 'GET') {
      const known = decodeURIComponent(info[1] ?? '').toLowerCase() === options.companyId.toLowerCase();
      return {
        path: url.pathname,
        status: 200,
        body: known
          ? {
              CompanyName: 'Acme MSP',
              Codebase: CODEBASE,
              VersionCode: 'v2025.1',
              CompanyID: options.companyId,
            }
          : null,
      };
    }
    if (!url.pathname.startsWith(API)) return { path: url.pathname, ...error(404, 'NotFound', 'Not found') };
    const path = url.pathname.slice(API.length);
    if (req.headers.authorization !== authorization || req.headers.clientid !== options.clientId) {
      return { path, ...error(401, 'Unauthorized', 'The credentials provided are not valid.') };
    }
    return { path, ...api(method, path, url, body) };
  }

  function reply(res: ServerResponse, a: Answer): void {
    const text = a.body === undefined ? '' : JSON.stringify(a.body);
    res.writeHead(a.status, { 'Content-Type': 'application/json; charset=utf-8', ...a.headers });
    res.end(text);
  }

  const server = createServer((req, res) => {
    answer(req).then(
      (a) => {
        requests.push({ method: req.method ?? 'GET', path: a.path, status: a.status });
        reply(res, a);
      },
      () => reply(res, error(500, 'UnexpectedServerError', 'An unexpected server error has occurred.')),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    origin,
    takeRequests() {
      const taken = requests;
      requests = [];
      return taken;
    },
    keepStatus(ticketId, keep = true) {
      if (keep) kept.add(ticketId);
      else kept.delete(ticketId);
    },
    ticket(ticketId) {
      const t = tickets.get(ticketId);
      if (t === undefined) throw new Error(`no ticket ${ticketId}`);
      return { id: t.id, status: { ...statusOf(t) } };
    },
    notes: (ticketId) => notes.filter((n) => n.ticketId === ticketId).map((n) => ({ ...n })),
    close() {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
