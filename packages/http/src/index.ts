/**
 * `@closeout/http`: the closeout endpoints as one web-standard `(Request) => Promise<Response>`
 * handler, plus `toNodeListener` for Node's http server and Express.
 *
 * @packageDocumentation
 */

export type { CloseoutHandler, HandlerOptions } from './handler.js';
export { createHandler } from './handler.js';
export type { ErrorBody, HttpErrorCode } from './http-error.js';
export type { NodeRequestLike, NodeResponseLike } from './node.js';
export { toNodeListener } from './node.js';
