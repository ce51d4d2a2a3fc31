import type { operations, paths } from './api-types.js';

/** The operations the client has a method for: every endpoint but the document itself. */
export type ClientOperation = Exclude<keyof operations, 'openApiDocument'>;

type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** The paths whose `method` is operation `K` (checked against the generated `paths`). */
type PathOf<K extends ClientOperation, M extends HttpMethod> = {
  [P in keyof paths]: paths[P][Lowercase<M> & keyof paths[P]] extends operations[K] ? P : never;
}[keyof paths];

type Table = {
  [K in ClientOperation]: { [M in HttpMethod]: { method: M; path: PathOf<K, M> } }[HttpMethod];
};

/**
 * Where each operation lives. The typecheck ties every entry to a path of the generated types, and
 * a test compares the table with `/openapi.json`, so a moved route cannot go unnoticed.
 */
export const OPERATIONS = {
  createSession: { method: 'POST', path: '/ai-sessions' },
  getSession: { method: 'GET', path: '/ai-sessions/{id}' },
  addFinding: { method: 'POST', path: '/ai-sessions/{id}/findings' },
  recordDecision: { method: 'POST', path: '/ai-sessions/{id}/decisions' },
  proposeFix: { method: 'POST', path: '/ai-sessions/{id}/fixes' },
  recordOutcome: { method: 'PATCH', path: '/ai-sessions/{id}/outcome' },
  previewResolutionNote: { method: 'POST', path: '/ai-sessions/{id}/resolution-note/preview' },
  previewEscalationPackage: { method: 'POST', path: '/ai-sessions/{id}/escalation-package/preview' },
  previewTimeEntry: { method: 'POST', path: '/ai-sessions/{id}/time-entry/preview' },
  resolve: { method: 'POST', path: '/ai-sessions/{id}/resolution-note/post' },
  escalate: { method: 'POST', path: '/ai-sessions/{id}/escalation-package/post' },
  listSessions: { method: 'GET', path: '/ai-sessions' },
  deleteSession: { method: 'DELETE', path: '/ai-sessions/{id}' },
  sessionHistory: { method: 'GET', path: '/ai-sessions/{id}/history' },
  linkTicket: { method: 'PUT', path: '/ai-sessions/{id}/ticket' },
} as const satisfies Table;

/** The JSON body operation `K` takes (`never` for none). */
export type BodyOf<K extends ClientOperation> = operations[K] extends {
  requestBody: { content: { 'application/json': infer B } };
}
  ? B
  : never;

/** What operation `K` answers on success (`undefined` for a 204). */
export type AnswerOf<K extends ClientOperation> = operations[K]['responses'] extends infer R
  ? R extends { 200: { content: { 'application/json': infer A } } }
    ? A
    : R extends { 201: { content: { 'application/json': infer A } } }
      ? A
      : undefined
  : never;

/** The query parameters operation `K` takes (`never` for none). */
export type QueryOf<K extends ClientOperation> = NonNullable<operations[K]['parameters']['query']>;

/**
 * The arguments of operation `K`'s method: the session id when the path has one, then the body,
 * or the query parameters (all optional).
 */
export type ArgsOf<K extends ClientOperation> = [
  ...(operations[K]['parameters']['path'] extends { id: string } ? [sessionId: string] : []),
  ...([BodyOf<K>] extends [never] ? [] : [body: BodyOf<K>]),
  ...([QueryOf<K>] extends [never] ? [] : [query?: QueryOf<K>]),
];
