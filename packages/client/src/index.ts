/**
 * `@closeout/client`: a typed client of the closeout HTTP endpoints, with no dependency but
 * `fetch`. Its types are generated from the zod schemas `@closeout/http` validates with.
 *
 * @packageDocumentation
 */

export type {
  AddFindingBody,
  CreateSessionBody,
  ErrorBody,
  ErrorCode,
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
export type { ClientHeaders, ClientOptions, CloseoutClient } from './client.js';
export { createClient } from './client.js';
export type { ClientErrorCode } from './errors.js';
export { CloseoutError } from './errors.js';
