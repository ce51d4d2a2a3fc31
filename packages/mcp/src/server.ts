import { type Closeout, CloseoutError } from '@closeout/core';
import { type AssistantTool, assistantTools, type ConfirmPost } from '@closeout/core/tools';
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import {
  CallToolRequestSchema,
  type CallToolResult,
  ErrorCode,
  ListResourcesRequestSchema,
  ListResourceTemplatesRequestSchema,
  ListToolsRequestSchema,
  McpError,
  ReadResourceRequestSchema,
} from '@modelcontextprotocol/sdk/types.js';
import { type AccountOption, type Caller, resolveCaller } from './account.js';
import { CONFIRMATION_TIMEOUT_MS, confirmByElicitation } from './confirm.js';
import { SESSION_URI_TEMPLATE, sessionIdOfUri, sessionResourceText, sessionUri } from './resource.js';

/** Options of {@link createMcpServer}: whose sessions, and how a post is confirmed. */
export type McpServerOptions = AccountOption & {
  /**
   * How a human confirms `closeout_post_note`. `'elicit'` (default): the server shows the draft
   * through MCP elicitation and posts only on accept; a client that cannot elicit gets
   * `CONFIRMATION_REQUIRED`. `'host'`: the host confirms every tool call in its own UI (it shows the
   * call and its draft to the human before letting it run), so the server posts without asking.
   */
  confirm?: 'elicit' | 'host';
  /** How long the human has to answer an elicitation (default ten minutes); no answer is a no. */
  confirmTimeoutMs?: number;
  /** Told to the client at initialization: e.g. which PSA the notes go to. */
  instructions?: string;
};

/** The server's name and version, as MCP clients show them. */
export const SERVER_INFO = { name: 'closeout', version: '0.1.0' } as const;

const DEFAULT_INSTRUCTIONS =
  'closeout records the troubleshooting session you run: start a session for the problem, record findings, ' +
  'decisions, each fix you propose and how it turned out, then preview the closing note and post it. ' +
  'Every post is shown to the technician, who must confirm it.';

/**
 * Creates an MCP server (the official SDK's `Server`) that serves the assistant's tools
 * (`assistantTools`) and each session as the resource `closeout://sessions/{sessionId}`.
 *
 * With `{ accountId }` every call acts for that account (the `closeout-mcp` bin over stdio). With
 * `{ authenticate }` every call acts for the account `authenticate` answers for the HTTP request it
 * came with (see `createMcpHandler`); a session of another account answers `SESSION_NOT_FOUND`.
 *
 * @example
 * ```ts
 * const server = createMcpServer(closeout, { accountId: 'acme-msp' });
 * await server.connect(new StdioServerTransport());
 * ```
 */
export function createMcpServer(closeout: Closeout, options: McpServerOptions): Server {
  // A fixed account is checked now, so a bad id fails at start-up rather than on every call.
  if ('accountId' in options) closeout.account(options.accountId);
  const server = new Server(SERVER_INFO, {
    capabilities: { tools: {}, resources: {} },
    instructions: options.instructions ?? DEFAULT_INSTRUCTIONS,
  });
  const timeout = options.confirmTimeoutMs ?? CONFIRMATION_TIMEOUT_MS;
  const confirm: ConfirmPost =
    options.confirm === 'host' ? () => true : (request) => confirmByElicitation(server, request, timeout);
  const toolsOf = (caller: Caller): AssistantTool[] =>
    assistantTools(caller.account, {
      confirm,
      ...(caller.actor === undefined ? {} : { actor: caller.actor }),
    });

  server.setRequestHandler(ListToolsRequestSchema, async (_request, extra) => {
    const tools = toolsOf(await resolveCaller(closeout, options, extra.requestInfo));
    return {
      tools: tools.map((t) => ({
        name: t.name,
        description: t.description,
        inputSchema: t.inputSchema,
        annotations: annotationsOf(t.name),
      })),
    };
  });

  server.setRequestHandler(CallToolRequestSchema, async (request, extra): Promise<CallToolResult> => {
    const tools = toolsOf(await resolveCaller(closeout, options, extra.requestInfo));
    const tool = tools.find((t) => t.name === request.params.name);
    if (tool === undefined)
      throw new McpError(ErrorCode.InvalidParams, `Unknown tool: ${request.params.name}`);
    const answer = await tool.run(request.params.arguments ?? {});
    return {
      content: [{ type: 'text', text: answer.text }],
      structuredContent: answer.data,
      ...(answer.isError ? { isError: true } : {}),
    };
  });

  server.setRequestHandler(ListResourceTemplatesRequestSchema, async () => ({
    resourceTemplates: [
      {
        uriTemplate: SESSION_URI_TEMPLATE,
        name: 'session',
        title: 'A closeout session',
        description:
          'A troubleshooting session: findings, decisions, fixes and outcomes, and what a resolve still needs.',
        mimeType: 'application/json',
      },
    ],
  }));

  server.setRequestHandler(ListResourcesRequestSchema, async (_request, extra) => {
    const { account } = await resolveCaller(closeout, options, extra.requestInfo);
    const page = await account.sessions.list({ limit: 50 });
    return {
      resources: page.items.map((s) => ({
        uri: sessionUri(s.id),
        name: s.id,
        title: s.problem.slice(0, 80),
        description: `${s.status}, state version ${s.stateVersion}`,
        mimeType: 'application/json',
      })),
    };
  });

  server.setRequestHandler(ReadResourceRequestSchema, async (request, extra) => {
    const { account } = await resolveCaller(closeout, options, extra.requestInfo);
    const sessionId = sessionIdOfUri(request.params.uri);
    if (sessionId === undefined)
      throw new McpError(ErrorCode.InvalidParams, `Unknown resource: ${request.params.uri}`);
    try {
      const session = await account.sessions.get(sessionId);
      return {
        contents: [
          { uri: request.params.uri, mimeType: 'application/json', text: sessionResourceText(session) },
        ],
      };
    } catch (error) {
      // MCP's "resource not found"; the message carries the CloseoutError code.
      if (CloseoutError.isInstance(error))
        throw new McpError(-32002, `${error.code}: ${error.message}`, error.toJSON());
      throw error;
    }
  });

  return server;
}

/** What a client may show about a tool before calling it: reading tools are read-only; the post writes to a ticket. */
function annotationsOf(name: string) {
  const readOnly = name === 'closeout_get_session' || name === 'closeout_preview_note';
  return {
    readOnlyHint: readOnly,
    destructiveHint: name === 'closeout_post_note',
    openWorldHint: name === 'closeout_post_note',
  };
}
