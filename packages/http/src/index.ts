/**
 * `@closeout/http`: the closeout endpoints as one web-standard `(Request) => Promise<Response>`
 * handler, plus `toNodeListener` for Node's http server and Express, and the zod schemas of every
 * body and answer that `GET /openapi.json` is generated from.
 *
 * @packageDocumentation
 */

export type { CloseoutHandler, HandlerOptions } from './handler.js';
export { createHandler } from './handler.js';
export type { Authentication } from './host-schemas.js';
export {
  AuthenticationSchema,
  LinkTicketBodySchema,
  ListSessionsParamsSchema,
  SessionHistorySchema,
  SessionPageSchema,
} from './host-schemas.js';
export type { HttpErrorCode } from './http-error.js';
export { HTTP_ERROR_CODES, HTTP_ERROR_STATUS } from './http-error.js';
export type { NodeListenerOptions, NodeRequestLike, NodeResponseLike } from './node.js';
export { toNodeListener } from './node.js';
export type { OpenApiDocument } from './openapi.js';
export { API_VERSION, buildOpenApiDocument } from './openapi.js';
export type { EndpointContext, RouteDefinition } from './routes.js';
export { ROUTES } from './routes.js';
export type { ApiErrorCode, ErrorBody } from './schemas.js';
export {
  AddFindingBody,
  CreateSessionBody,
  ErrorBodySchema,
  ErrorCodeSchema,
  PreviewResponse,
  ProposeFixBody,
  REQUEST_SCHEMAS,
  RESPONSE_SCHEMAS,
  RecordDecisionBody,
  RecordOutcomeBody,
  SessionResponse,
  WritebackBody,
  WritebackResultResponse,
} from './schemas.js';
