import type { AccountScope } from '@closeout/core';
import type { z } from 'zod';
import {
  AddFindingBody,
  type ApiErrorCode,
  CreateSessionBody,
  PreviewResponse,
  ProposeFixBody,
  RecordDecisionBody,
  RecordOutcomeBody,
  SessionResponse,
  WritebackBody,
  WritebackResultResponse,
} from './schemas.js';

/** What an endpoint gets: the caller's account scope, path params and the body its schema parsed. */
export interface EndpointContext<B> {
  scope: AccountScope;
  params: Record<string, string>;
  body: B;
}

/**
 * A route of the API, with the schemas of its body and answer. The handler parses the body with
 * `body` before the endpoint runs, and `/openapi.json` is generated from the same table, so the
 * document cannot describe a route, a field or an error the handler does not have.
 */
export interface RouteDefinition<B extends z.ZodType = z.ZodType, R extends z.ZodType = z.ZodType> {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** Path under the base path; `:name` is a path parameter. */
  path: string;
  /** The operation's name in `/openapi.json`, and the method's name in `@closeout/client`. */
  operationId: string;
  summary: string;
  /** The JSON body's schema; absent → the route reads no body. */
  body?: B;
  /** The success status and the answer's schema (absent for a 204). */
  success: { status: 200 | 201 | 204; schema?: R };
  /** The error codes this route answers besides the ones every route may answer. */
  errors: readonly ApiErrorCode[];
  endpoint(ctx: EndpointContext<z.output<B>>): Promise<z.input<R>>;
}

/** Checks one route's endpoint against its own schemas, then files it in the table. */
function route<B extends z.ZodType, R extends z.ZodType>(definition: RouteDefinition<B, R>): RouteDefinition {
  return definition as unknown as RouteDefinition;
}

/** `expectedVersion` travels in the body beside the fields of the change. */
function splitOptions<T extends { expectedVersion?: number | undefined }>(
  body: T,
): [Omit<T, 'expectedVersion'>, { expectedVersion?: number }] {
  const { expectedVersion, ...input } = body;
  return [input, expectedVersion === undefined ? {} : { expectedVersion }];
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
    endpoint: ({ scope, body }) => scope.sessions.create(body),
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
    endpoint: ({ scope, params, body }) => scope.sessions.addFinding(id(params), ...splitOptions(body)),
  }),
  route({
    method: 'POST',
    path: '/ai-sessions/:id/decisions',
    operationId: 'recordDecision',
    summary: 'Record a decision and its rationale',
    body: RecordDecisionBody,
    success: { status: 200, schema: SessionResponse },
    errors: MUTATION_ERRORS,
    endpoint: ({ scope, params, body }) => scope.sessions.recordDecision(id(params), ...splitOptions(body)),
  }),
  route({
    method: 'POST',
    path: '/ai-sessions/:id/fixes',
    operationId: 'proposeFix',
    summary: 'Propose a fix; it becomes the active fix',
    body: ProposeFixBody,
    success: { status: 200, schema: SessionResponse },
    errors: MUTATION_ERRORS,
    endpoint: ({ scope, params, body }) => scope.sessions.proposeFix(id(params), ...splitOptions(body)),
  }),
  route({
    method: 'PATCH',
    path: '/ai-sessions/:id/outcome',
    operationId: 'recordOutcome',
    summary: 'Record the outcome of a fix (the active fix unless fixId is given)',
    body: RecordOutcomeBody,
    success: { status: 200, schema: SessionResponse },
    errors: MUTATION_ERRORS,
    endpoint: ({ scope, params, body }) => scope.sessions.recordOutcome(id(params), ...splitOptions(body)),
  }),
  route({
    method: 'POST',
    path: '/ai-sessions/:id/resolution-note/preview',
    operationId: 'previewResolutionNote',
    summary: 'Draft the customer resolution note of the current state (cached per state version)',
    success: { status: 200, schema: PreviewResponse },
    errors: PREVIEW_ERRORS,
    endpoint: ({ scope, params }) => scope.previews.resolutionNote(id(params)),
  }),
  route({
    method: 'POST',
    path: '/ai-sessions/:id/escalation-package/preview',
    operationId: 'previewEscalationPackage',
    summary: 'Draft the internal five-section escalation package of the current state',
    success: { status: 200, schema: PreviewResponse },
    errors: PREVIEW_ERRORS,
    endpoint: ({ scope, params }) => scope.previews.escalationPackage(id(params)),
  }),
  route({
    method: 'POST',
    path: '/ai-sessions/:id/resolution-note/post',
    operationId: 'resolve',
    summary: 'Post the resolution note, move the ticket to the resolved status and verify it',
    body: WritebackBody,
    success: { status: 200, schema: WritebackResultResponse },
    errors: RESOLVE_ERRORS,
    endpoint: ({ scope, params, body }) => scope.resolve(id(params), body),
  }),
  route({
    method: 'POST',
    path: '/ai-sessions/:id/escalation-package/post',
    operationId: 'escalate',
    summary: 'Post the escalation package as an internal note, move the ticket and verify it',
    body: WritebackBody,
    success: { status: 200, schema: WritebackResultResponse },
    errors: WRITEBACK_ERRORS,
    endpoint: ({ scope, params, body }) => scope.escalate(id(params), body),
  }),
];
