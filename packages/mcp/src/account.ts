import type { AccountScope, Closeout } from '@closeout/core';
import {
  ErrorCode,
  type IsomorphicHeaders,
  McpError,
  type RequestInfo,
} from '@modelcontextprotocol/sdk/types.js';

/** What `authenticate` may answer: an account id, or the account id with the acting user (as `@closeout/http`). */
export type McpAuthentication = string | { accountId: string; actor?: string };

/**
 * Tells who is calling, from the HTTP request: the same function a host gives `@closeout/http`'s
 * `createHandler`, so one sign-in guards both. `null` → the request is refused.
 */
export type McpAuthenticate = (
  request: Request,
) => McpAuthentication | null | Promise<McpAuthentication | null>;

/** Whose sessions a server acts on: one fixed account (stdio, a desktop app), or the caller's. */
export type AccountOption = { accountId: string; actor?: string } | { authenticate: McpAuthenticate };

/** The account scope and actor of one call. */
export interface Caller {
  account: AccountScope;
  actor: string | undefined;
}

/** The request an MCP message came with, rebuilt as a web-standard `Request` for `authenticate`. */
export function requestOf(info: RequestInfo): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(info.headers as IsomorphicHeaders)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  return new Request(info.url ?? 'http://localhost/', { headers });
}

/** The caller's account, or an MCP error when `authenticate` does not know them. */
export async function resolveCaller(
  closeout: Closeout,
  option: AccountOption,
  info: RequestInfo | undefined,
): Promise<Caller> {
  if ('accountId' in option) return { account: closeout.account(option.accountId), actor: option.actor };
  if (info === undefined) throw unauthenticated();
  const answer = await option.authenticate(requestOf(info));
  if (answer === null || answer === '') throw unauthenticated();
  return typeof answer === 'string'
    ? { account: closeout.account(answer), actor: undefined }
    : { account: closeout.account(answer.accountId), actor: answer.actor };
}

/** The account id `authenticate` answers for a request, or null. */
export async function accountIdOf(authenticate: McpAuthenticate, request: Request): Promise<string | null> {
  const answer = await authenticate(request);
  if (answer === null || answer === '') return null;
  return typeof answer === 'string' ? answer : answer.accountId;
}

const unauthenticated = () => new McpError(ErrorCode.InvalidRequest, 'Authentication required');
