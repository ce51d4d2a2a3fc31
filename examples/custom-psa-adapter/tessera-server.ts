// Tessera is an invented PSA, so the example runs a small Tessera server of its own on 127.0.0.1.
// Its API, which the adapter in tessera.ts is written against:
//
//   GET  /v1/tickets/{id}                     → Ticket
//   PUT  /v1/tickets/{id}/state   {key}       → Ticket (422 invalid_state: not a state of its queue)
//   POST /v1/tickets/{id}/comments {body, visibility: 'public'|'internal', tag?: 'resolution'}
//                                             → 201 Comment
//   GET  /v1/tickets/{id}/comments?since=ISO&cursor=…  (created at or after)
//                                             → {comments: Comment[], next_cursor: string | null}
//   GET  /v1/queues/{queue}/states            → {states: [{key, label, closed}]}
//
// Every call needs `Authorization: Bearer <token>`. Errors are `{error: {type, message}}`; 429 comes
// with Retry-After. The back door (`comments`, `seedComment`, `fail`, `keepState`) is for the
// example and the conformance harness: a real PSA's sandbox would be read through its own API.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { PsaFault, PsaOperation } from '@closeout/core/testing';

export interface TesseraState {
  key: string;
  label: string;
  closed: boolean;
}

export interface TesseraTicket {
  id: string;
  title: string;
  queue: string;
  state: string;
}

export interface TesseraComment {
  id: string;
  ticket_id: string;
  body: string;
  visibility: 'public' | 'internal';
  tag: 'resolution' | null;
  created_at: string;
}

export interface TesseraServerOptions {
  token: string;
  /** States per queue, e.g. `{ helpdesk: [...], billing: [...] }`. */
  queues: Record<string, TesseraState[]>;
  tickets: TesseraTicket[];
}

export interface TesseraServer {
  readonly baseUrl: string;
  ticket(id: string): TesseraTicket;
  comments(ticketId: string): TesseraComment[];
  seedComment(ticketId: string, comment: Omit<TesseraComment, 'id' | 'ticket_id'>): TesseraComment;
  /** Calls of `operation` answer with `fault` until cleared with `null`. */
  fail(operation: PsaOperation, fault: PsaFault | null): void;
  /** The next call of `operation` takes effect, then its connection is reset instead of answered. */
  loseNext(operation: PsaOperation): void;
  /** State changes of the ticket answer 200 and change nothing, as a workflow rule might. */
  keepState(ticketId: string, keep?: boolean): void;
  /** The next comment is stored with the other visibility and answered 201 as if all was well. */
  misstoreNext(): void;
  close(): Promise<void>;
}

type Answer = { status: number; body?: unknown; headers?: Record<string, string> };

const PAGE_SIZE = 50;
const fail = (status: number, type: string, message: string): Answer => ({
  status,
  body: { error: { type, message } },
});

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    return text === '' ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

export async function startTesseraServer(options: TesseraServerOptions): Promise<TesseraServer> {
  const tickets = new Map(options.tickets.map((t) => [t.id, { ...t }]));
  const comments: TesseraComment[] = [];
  const faults = new Map<PsaOperation, PsaFault>();
  const kept = new Set<string>();
  let misstore = 0;
  let nextComment = 1;

  const stateOf = (t: TesseraTicket) =>
    options.queues[t.queue]?.find((s) => s.key === t.state) ?? {
      key: t.state,
      label: t.state,
      closed: false,
    };
  const ticketJson = (t: TesseraTicket) => ({ ...t, state: stateOf(t) });

  function store(ticketId: string, c: Omit<TesseraComment, 'id' | 'ticket_id'>): TesseraComment {
    const comment = { id: `c_${nextComment++}`, ticket_id: ticketId, ...c };
    comments.push(comment);
    return comment;
  }

  function route(
    method: string,
    url: URL,
  ): { operation: PsaOperation; id: string; commentId?: string } | undefined {
    const [, v1, kind, id, sub, ...rest] = url.pathname.split('/');
    // `GET /v1/tickets/{id}/comments/{commentId}`: one comment, as getNote reads it back.
    if (v1 === 'v1' && kind === 'tickets' && id !== undefined && sub === 'comments' && rest.length === 1) {
      return method === 'GET'
        ? { operation: 'getNote', id: decodeURIComponent(id), commentId: decodeURIComponent(rest[0] ?? '') }
        : undefined;
    }
    if (v1 !== 'v1' || id === undefined || rest.length > 0) return undefined;
    const key = `${method} ${kind}${sub === undefined ? '' : `/${sub}`}`;
    const operation = (
      {
        'GET tickets': 'getTicket',
        'PUT tickets/state': 'setTicketStatus',
        'POST tickets/comments': 'addNote',
        'GET tickets/comments': 'findNote',
        'GET queues/states': 'listStatuses',
      } as const
    )[key];
    return operation === undefined ? undefined : { operation, id: decodeURIComponent(id) };
  }

  async function answer(req: IncomingMessage, url: URL): Promise<Answer> {
    if (req.headers.authorization !== `Bearer ${options.token}`) {
      return fail(401, 'unauthorized', 'Missing or invalid API token');
    }
    const r = route(req.method ?? 'GET', url);
    if (r === undefined) return fail(404, 'not_found', `No endpoint ${req.method} ${url.pathname}`);
    const fault = faults.get(r.operation);
    if (fault !== undefined) {
      const headers: Record<string, string> =
        fault.retryAfterSeconds === undefined ? {} : { 'Retry-After': String(fault.retryAfterSeconds) };
      return { ...fail(fault.status, 'injected', `Injected ${fault.status}`), headers };
    }
    if (r.operation === 'listStatuses') {
      const states = options.queues[r.id];
      return states ? { status: 200, body: { states } } : fail(404, 'not_found', `No queue ${r.id}`);
    }
    const ticket = tickets.get(r.id);
    if (ticket === undefined) return fail(404, 'not_found', `No ticket ${r.id}`);
    switch (r.operation) {
      case 'getTicket':
        return { status: 200, body: ticketJson(ticket) };
      case 'setTicketStatus': {
        const { key } = ((await readJson(req)) ?? {}) as { key?: unknown };
        if (!options.queues[ticket.queue]?.some((s) => s.key === key)) {
          return fail(422, 'invalid_state', `State ${String(key)} is not a state of queue ${ticket.queue}`);
        }
        if (!kept.has(ticket.id)) ticket.state = key as string;
        return { status: 200, body: ticketJson(ticket) };
      }
      case 'addNote': {
        const input = ((await readJson(req)) ?? {}) as Partial<TesseraComment>;
        if (typeof input.body !== 'string' || input.body.trim() === '') {
          return fail(422, 'invalid_comment', 'body is required');
        }
        if (input.visibility !== 'public' && input.visibility !== 'internal') {
          return fail(422, 'invalid_comment', 'visibility must be public or internal');
        }
        // A misstored comment flips its visibility and is answered as if all was well.
        const flip = misstore > 0;
        if (flip) misstore -= 1;
        const visibility = flip ? (input.visibility === 'public' ? 'internal' : 'public') : input.visibility;
        const comment = store(ticket.id, {
          body: input.body,
          visibility,
          tag: input.tag === 'resolution' ? 'resolution' : null,
          created_at: new Date().toISOString(),
        });
        return { status: 201, body: comment };
      }
      case 'findNote': {
        const since = url.searchParams.get('since');
        const list = comments.filter(
          (c) => c.ticket_id === ticket.id && (since === null || c.created_at >= since),
        );
        const start = Number(url.searchParams.get('cursor') ?? '0');
        const page = list.slice(start, start + PAGE_SIZE);
        const next = start + PAGE_SIZE < list.length ? String(start + PAGE_SIZE) : null;
        return { status: 200, body: { comments: page, next_cursor: next } };
      }
      case 'getNote': {
        const comment = comments.find((c) => c.ticket_id === ticket.id && c.id === r.commentId);
        return comment ? { status: 200, body: comment } : fail(404, 'not_found', `No comment ${r.commentId}`);
      }
      default:
        // Tessera logs no time: the operations it has no endpoint for are not routed here.
        return fail(404, 'not_found', `No endpoint ${req.method} ${url.pathname}`);
    }
  }

  function reply(res: ServerResponse, a: Answer): void {
    res.writeHead(a.status, { 'Content-Type': 'application/json', ...a.headers });
    res.end(a.body === undefined ? '' : JSON.stringify(a.body));
  }

  const lose = new Set<PsaOperation>();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const operation = route(req.method ?? 'GET', url)?.operation;
    answer(req, url).then(
      (a) => {
        if (operation !== undefined && lose.delete(operation)) res.socket?.destroy();
        else reply(res, a);
      },
      () => reply(res, fail(500, 'internal', 'Internal error')),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    ticket(id) {
      const t = tickets.get(id);
      if (t === undefined) throw new Error(`no ticket ${id}`);
      return { ...t };
    },
    comments: (ticketId) => comments.filter((c) => c.ticket_id === ticketId).map((c) => ({ ...c })),
    seedComment: (ticketId, comment) => ({ ...store(ticketId, comment) }),
    fail(operation, fault) {
      if (fault === null) faults.delete(operation);
      else faults.set(operation, fault);
    },
    loseNext(operation) {
      lose.add(operation);
    },
    misstoreNext() {
      misstore += 1;
    },
    keepState(ticketId, keep = true) {
      if (keep) kept.add(ticketId);
      else kept.delete(ticketId);
    },
    close() {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
