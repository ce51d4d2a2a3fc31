import type { AccountScope } from '@closeout/core';
import type { z } from 'zod';
import { ListSessionsParamsSchema } from './host-schemas.js';
import {
  AddFindingBody,
  type ApiErrorCode,
  CreateSessionBody,
  LinkTicketBody,
  PreviewResponse,
  ProposeFixBody,
  RecordDecisionBody,
  RecordOutcomeBody,
  SessionHistoryResponse,
  SessionPageResponse,
  SessionResponse,
  TimeEntryDraftResponse,
  WritebackBody,
  WritebackResultResponse,
} from './schemas.js';

/**
 * What an endpoint gets: the caller's account scope, path params, the body and query its schemas
 * parsed, and the acting user as the host's `authenticate` named them.
 */
export interface EndpointContext<B, Q = undefined> {
  scope: AccountScope;
  params: Record<string, string>;
  body: B;
  query: Q;
  /** Recorded in the session's history; from authentication only, never from the request. */
  actor: string | undefined;
}

/**
 * A route of the API, with the schemas of its body and answer. The handler parses the body with
 * `body` before the endpoint runs, and `/openapi.json` is generated from the same table, so the
 * document cannot describe a route, a field or an error the handler does not have.
 */
export interface RouteDefinition<
  B extends z.ZodType = z.ZodType,
  R extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
> {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** Path under the base path; `:name` is a path parameter. */
  path: string;
  /** The operation's name in `/openapi.json`, and the method's name in `@closeout/client`. */
  operationId: string;
  summary: string;
  /** The JSON body's schema; absent → the route reads no body. */
  body?: B;
  /** The query string's schema, read as repeated-key arrays (see `paramsRecord`); absent → none. */
  query?: Q;
  /** The success status and the answer's schema (absent for a 204). */
  success: { status: 200 | 201 | 204; schema?: R };
  /** The error codes this route answers besides the ones every route may answer. */
  errors: readonly ApiErrorCode[];
  endpoint(ctx: EndpointContext<z.output<B>, z.output<Q>>): Promise<z.input<R> | undefined>;
}

/** Checks one route's endpoint against its own schemas, then files it in the table. */
function route<B extends z.ZodType, R extends z.ZodType, Q extends z.ZodType = z.ZodUndefined>(
  definition: RouteDefinition<B, R, Q>,
): RouteDefinition {
  return definition as unknown as RouteDefinition;
}

/** The acting user, as the options of a core call. */
const actorOf = (actor: string | undefined) => (actor === undefined ? {} : { actor });

/**
 * `expectedVersion` travels in the body beside the fields of the change; the actor comes from
 * authentication (the body schemas have no `actor`), so no caller can write another's name into
 * the audit trail.
 */
function splitOptions<T extends { expectedVersion?: number | undefined }>(
  body: T,
  actor: string | undefined,
): [Omit<T, 'expectedVersion'>, { expectedVersion?: number; actor?: string }] {
  const { expectedVersion, ...input } = body;
  return [input, { ...(expectedVersion === undefined ? {} : { expectedVersion }), ...actorOf(actor) }];
}

const id = (params: Record<string, string>) => params.id as string;

const MUTATION_ERRORS = [
  'VALIDATION_FAILED',
  'SESSION_NOT_FOUND',
  'VERSION_CONFLICT',
  'ALREADY_FINALIZED',
  'WRITEBACK_IN_PROGRESS',
] as const satisfies readonly ApiErrorCode[];
const PREVIEW_ERRORS = [
  'VALIDATION_FAILED',
  'SESSION_NOT_FOUND',
  'GENERATOR_FAILED',
  'GENERATOR_OUTPUT_INVALID',
] as const satisfies readonly ApiErrorCode[];
const WRITEBACK_ERRORS = [
  ...PREVIEW_ERRORS,
  'STALE_PREVIEW',
  'ALREADY_FINALIZED',
  'WRITEBACK_IN_PROGRESS',
  'PSA_STATUS_VERIFICATION_FAILED',
  'PSA_NOTE_VERIFICATION_FAILED',
  'PSA_REQUEST_FAILED',
] as const satisfies readonly ApiErrorCode[];
// Only a resolve asks for the technician's confirmation; an escalation never does.
const RESOLVE_ERRORS = [
  ...WRITEBACK_ERRORS,
  'OUTCOME_NOT_RESOLVED',
] as const satisfies readonly ApiErrorCode[];

/** Every endpoint of the API. */
export const ROUTES: readonly RouteDefinition[] = [
  route({
    method: 'POST',
    path: '/ai-sessions',
    operationId: 'createSession',
    summary: 'Create a session, optionally linked to a PSA ticket',
    body: CreateSessionBody,
    success: { status: 201, schema: SessionResponse },
    errors: ['VALIDATION_FAILED'],
    endpoint: ({ scope, body, actor }) => scope.sessions.create(body, actorOf(actor)),
  }),
  route({
    method: 'GET',
    path: '/ai-sessions/:id',
    operationId: 'getSession',
    summary: 'Read a session',
    success: { status: 200, schema: SessionResponse },
    errors: ['VALIDATION_FAILED', 'SESSION_NOT_FOUND'],
    endpoint: ({ scope, params }) => scope.sessions.get(id(params)),
  }),
  route({
    method: 'POST',
    path: '/ai-sessions/:id/findings',
    operationId: 'addFinding',
    summary: 'Add a finding',
    body: AddFindingBody,
    success: { status: 200, schema: SessionResponse },
    errors: MUTATION_ERRORS,
    endpoint: ({ scope, params, body, actor }) =>
      scope.sessions.addFinding(id(params), ...splitOptions(body, actor)),
  }),
  route({
    method: 'POST',
    path: '/ai-sessions/:id/decisions',
    operationId: 'recordDecision',
    summary: 'Record a decision and its rationale',
    body: RecordDecisionBody,
    success: { status: 200, schema: SessionResponse },
    errors: MUTATION_ERRORS,
    endpoint: ({ scope, params, body, actor }) =>
      scope.sessions.recordDecision(id(params), ...splitOptions(body, actor)),
  }),
  route({
    method: 'POST',
    path: '/ai-sessions/:id/fixes',
    operationId: 'proposeFix',
    summary: 'Propose a fix; it becomes the active fix',
    body: ProposeFixBody,
    success: { status: 200, schema: SessionResponse },
    errors: MUTATION_ERRORS,
    endpoint: ({ scope, params, body, actor }) =>
      scope.sessions.proposeFix(id(params), ...splitOptions(body, actor)),
  }),
  route({
    method: 'PATCH',
    path: '/ai-sessions/:id/outcome',
    operationId: 'recordOutcome',
    summary: 'Record the outcome of a fix (the active fix unless fixId is given)',
    body: RecordOutcomeBody,
    success: { status: 200, schema: SessionResponse },
    errors: MUTATION_ERRORS,
    endpoint: ({ scope, params, body, actor }) =>
      scope.sessions.recordOutcome(id(params), ...splitOptions(body, actor)),
  }),
  route({
    method: 'POST',
    path: '/ai-sessions/:id/resolution-note/preview',
    operationId: 'previewResolutionNote',
    summary: 'Draft the customer resolution note of the current state (cached per state version)',
    success: { status: 200, schema: PreviewResponse },
    errors: PREVIEW_ERRORS,
    endpoint: ({ scope, params, actor }) => scope.previews.resolutionNote(id(params), actorOf(actor)),
  }),
  route({
    method: 'POST',
    path: '/ai-sessions/:id/escalation-package/preview',
    operationId: 'previewEscalationPackage',
    summary: 'Draft the internal five-section escalation package of the current state',
    success: { status: 200, schema: PreviewResponse },
    errors: PREVIEW_ERRORS,
    endpoint: ({ scope, params, actor }) => scope.previews.escalationPackage(id(params), actorOf(actor)),
  }),
  route({
    method: 'POST',
    path: '/ai-sessions/:id/time-entry/preview',
    operationId: 'previewTimeEntry',
    summary: 'Draft the time entry of the session from its record (first change to last outcome)',
    success: { status: 200, schema: TimeEntryDraftResponse },
    errors: ['VALIDATION_FAILED', 'SESSION_NOT_FOUND'],
    endpoint: ({ scope, params }) => scope.previews.timeEntry(id(params)),
  }),
  route({
    method: 'POST',
    path: '/ai-sessions/:id/resolution-note/post',
    operationId: 'resolve',
    summary:
      'Post the resolution note (and a time entry, when asked), move the ticket to the resolved status and verify it',
    body: WritebackBody,
    success: { status: 200, schema: WritebackResultResponse },
    errors: RESOLVE_ERRORS,
    endpoint: ({ scope, params, body, actor }) => scope.resolve(id(params), { ...body, ...actorOf(actor) }),
  }),
  route({
    method: 'POST',
    path: '/ai-sessions/:id/escalation-package/post',
    operationId: 'escalate',
    summary: 'Post the escalation package as an internal note, move the ticket and verify it',
    body: WritebackBody,
    success: { status: 200, schema: WritebackResultResponse },
    errors: WRITEBACK_ERRORS,
    endpoint: ({ scope, params, body, actor }) => scope.escalate(id(params), { ...body, ...actorOf(actor) }),
  }),
  // What a host app builds its session list, audit view and clean-up on.
  route({
    method: 'GET',
    path: '/ai-sessions',
    operationId: 'listSessions',
    summary: "List the account's sessions, most recently changed first, a page at a time",
    query: ListSessionsParamsSchema,
    success: { status: 200, schema: SessionPageResponse },
    errors: ['VALIDATION_FAILED'],
    endpoint: ({ scope, query }) => scope.sessions.list(query),
  }),
  route({
    method: 'DELETE',
    path: '/ai-sessions/:id',
    operationId: 'deleteSession',
    summary: 'Delete a session with its previews, writeback journal and history',
    success: { status: 204 },
    errors: ['VALIDATION_FAILED', 'SESSION_NOT_FOUND', 'WRITEBACK_IN_PROGRESS'],
    endpoint: async ({ scope, params }) => {
      await scope.sessions.delete(id(params));
      return undefined;
    },
  }),
  route({
    method: 'GET',
    path: '/ai-sessions/:id/history',
    operationId: 'sessionHistory',
    summary: 'The audit trail of a session, oldest first',
    success: { status: 200, schema: SessionHistoryResponse },
    errors: ['VALIDATION_FAILED', 'SESSION_NOT_FOUND'],
    endpoint: async ({ scope, params }) => ({ events: await scope.sessions.history(id(params)) }),
  }),
  route({
    method: 'PUT',
    path: '/ai-sessions/:id/ticket',
    operationId: 'linkTicket',
    summary: 'Link (or re-link) the PSA ticket of a session',
    body: LinkTicketBody,
    success: { status: 200, schema: SessionResponse },
    errors: MUTATION_ERRORS,
    endpoint: ({ scope, params, body, actor }) =>
      scope.sessions.linkTicket(id(params), ...splitOptions(body, actor)),
  }),
];
