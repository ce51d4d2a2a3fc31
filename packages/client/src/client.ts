import type {
  AddFindingBody,
  CreateSessionBody,
  LinkTicketBody,
  Preview,
  ProposeFixBody,
  RecordDecisionBody,
  RecordOutcomeBody,
  Session,
  SessionHistory,
  SessionPage,
  TimeEntryDraft,
  WritebackBody,
  WritebackResult,
} from './api-types.js';
import { errorFromResponse, unexpected } from './errors.js';
import { type AnswerOf, type ArgsOf, type ClientOperation, OPERATIONS, type QueryOf } from './operations.js';

/** Headers sent with every request: fixed, or computed per request (a token that expires). */
export type ClientHeaders = HeadersInit | (() => HeadersInit | Promise<HeadersInit>);

/** Options of {@link createClient}. */
export interface ClientOptions {
  /** Where the endpoints are mounted, e.g. `https://psa-tools.example/api` or `/api` in a browser. */
  baseUrl: string;
  /** The fetch to use (tests inject one; default: the global fetch at the time of the call). */
  fetch?: (input: string, init: RequestInit) => Promise<Response>;
  /** Sent with every request, e.g. `{authorization: 'Bearer …'}`. */
  headers?: ClientHeaders;
}

/**
 * A typed client of the closeout HTTP endpoints: one method per endpoint, each answering the
 * endpoint's JSON body or throwing a {@link CloseoutError} rebuilt from its error answer.
 * Bodies and answers are typed from the zod schemas the server validates with.
 */
export interface CloseoutClient {
  /** `POST /ai-sessions` */
  createSession(body: CreateSessionBody): Promise<Session>;
  /** `GET /ai-sessions/{id}` */
  getSession(sessionId: string): Promise<Session>;
  /** `POST /ai-sessions/{id}/findings` */
  addFinding(sessionId: string, body: AddFindingBody): Promise<Session>;
  /** `POST /ai-sessions/{id}/decisions` */
  recordDecision(sessionId: string, body: RecordDecisionBody): Promise<Session>;
  /** `POST /ai-sessions/{id}/fixes` */
  proposeFix(sessionId: string, body: ProposeFixBody): Promise<Session>;
  /** `PATCH /ai-sessions/{id}/outcome` */
  recordOutcome(sessionId: string, body: RecordOutcomeBody): Promise<Session>;
  /** `POST /ai-sessions/{id}/resolution-note/preview`: the customer note of the current state. */
  previewResolutionNote(sessionId: string): Promise<Preview>;
  /** `POST /ai-sessions/{id}/escalation-package/preview`: the internal five-section package. */
  previewEscalationPackage(sessionId: string): Promise<Preview>;
  /**
   * `POST /ai-sessions/{id}/time-entry/preview`: the time entry drafted from the record; send it
   * (edited) as `timeEntry` of `resolve` or `escalate`.
   */
  previewTimeEntry(sessionId: string): Promise<TimeEntryDraft>;
  /**
   * `POST /ai-sessions/{id}/resolution-note/post`: posts (with the time entry, when `timeEntry` is
   * given), moves the ticket, verifies the status.
   */
  resolve(sessionId: string, body: WritebackBody): Promise<WritebackResult>;
  /** `POST /ai-sessions/{id}/escalation-package/post`: as `resolve`, as an internal note. */
  escalate(sessionId: string, body: WritebackBody): Promise<WritebackResult>;
  /**
   * `GET /ai-sessions`: a page of the account's sessions, most recently changed first. Pass the
   * answer's `nextCursor` as `cursor` for the next page.
   */
  listSessions(query?: QueryOf<'listSessions'>): Promise<SessionPage>;
  /** `DELETE /ai-sessions/{id}`: the session with its previews, writeback journal and history. */
  deleteSession(sessionId: string): Promise<undefined>;
  /** `GET /ai-sessions/{id}/history`: the audit trail, oldest first. */
  sessionHistory(sessionId: string): Promise<SessionHistory>;
  /** `PUT /ai-sessions/{id}/ticket`: links (or re-links) the PSA ticket. */
  linkTicket(sessionId: string, body: LinkTicketBody): Promise<Session>;
}

// Fails the typecheck when a method above differs from the operation the server documents.
type Generated = { [K in ClientOperation]: (...args: ArgsOf<K>) => Promise<AnswerOf<K>> };
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const matchesServer: Same<CloseoutClient, Generated> = true;
void matchesServer;

/**
 * Creates a client of the closeout endpoints. It depends on nothing but `fetch`, so it runs in
 * browsers, Node 20, Deno, Bun and workers alike.
 *
 * @example
 * ```ts
 * import { createClient } from '@closeout/client';
 *
 * const client = createClient({ baseUrl: '/api', headers: { authorization: 'Bearer demo-key' } });
 * const preview = await client.previewResolutionNote('ses_123');
 * await client.resolve('ses_123', { basedOnVersion: preview.stateVersion, text: preview.markdown });
 * ```
 */
export function createClient(options: ClientOptions): CloseoutClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');

  async function call<K extends ClientOperation>(operation: K, args: unknown[]): Promise<AnswerOf<K>> {
    const { method, path } = OPERATIONS[operation] as { method: string; path: string };
    const hasId = path.includes('{id}');
    const rest = hasId ? args.slice(1) : args;
    // A GET takes its parameters in the query string, every other method a JSON body.
    const body = method === 'GET' ? undefined : rest[0];
    const query = method === 'GET' ? queryString(rest[0]) : '';
    const url = baseUrl + (hasId ? path.replace('{id}', encodeURIComponent(String(args[0]))) : path) + query;
    const headers = new Headers(
      typeof options.headers === 'function' ? await options.headers() : options.headers,
    );
    headers.set('accept', 'application/json');
    if (body !== undefined) headers.set('content-type', 'application/json');
    // Read into a local first: a browser's fetch refuses to be called as a method of another object.
    const fetchImpl = options.fetch ?? globalThis.fetch;
    const response = await fetchImpl(url, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!response.ok) throw await errorFromResponse(response);
    if (response.status === 204) return undefined as AnswerOf<K>;
    const type = response.headers.get('content-type') ?? '';
    if (!type.includes('json')) throw unexpected(response);
    return (await response.json()) as AnswerOf<K>;
  }

  const client = {} as Record<ClientOperation, (...args: unknown[]) => Promise<unknown>>;
  for (const operation of Object.keys(OPERATIONS) as ClientOperation[]) {
    client[operation] = (...args) => call(operation, args);
  }
  return client as unknown as CloseoutClient;
}

/** `?a=1&status=open&status=resolved` from a query object (arrays repeat their key); `''` for none. */
function queryString(query: unknown): string {
  if (typeof query !== 'object' || query === null) return '';
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item !== undefined) search.append(key, String(item));
    }
  }
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}
