/**
 * `@closeout/mcp`: closeout as an MCP server. `createMcpServer` serves the assistant's tools
 * (`@closeout/core/tools`) and each session as a resource over any MCP transport; `createMcpHandler`
 * is the Streamable HTTP endpoint to mount beside `@closeout/http`; the `closeout-mcp` bin serves one
 * account over stdio for Claude Desktop, Claude Code and other MCP clients. A note is posted only after
 * a human confirms it.
 *
 * @packageDocumentation
 */

export type { AccountOption, McpAuthenticate, McpAuthentication } from './account.js';
export { CONFIRMATION_TIMEOUT_MS, confirmationMessage } from './confirm.js';
export type { McpHandler, McpHandlerOptions } from './http.js';
export { createMcpHandler, DEFAULT_SESSION_IDLE_MS } from './http.js';
export { SESSION_URI_TEMPLATE, sessionUri } from './resource.js';
export type { McpServerOptions } from './server.js';
export { createMcpServer, SERVER_INFO } from './server.js';
