import type {
  AccountScope,
  AddFindingInput,
  CreateSessionInput,
  MutationOptions,
  ProposeFixInput,
  RecordDecisionInput,
  RecordOutcomeInput,
  WritebackInput,
} from '@closeout/core';
import { LinkTicketBodySchema, ListSessionsParamsSchema, paramsRecord } from './host-schemas.js';
import { parseInput } from './parse.js';

/**
 * What an endpoint gets: the caller's account scope, path params, the query string, the parsed
 * JSON body, and the acting user as the host's `authenticate` named them.
 */
export interface EndpointContext {
  scope: AccountScope;
  params: Record<string, string>;
  query: URLSearchParams;
  body: Record<string, unknown>;
  /** Recorded in the session's history; from authentication only, never from the request body. */
  actor: string | undefined;
}

/** An endpoint's answer: a status and a JSON body. */
export interface EndpointResult {
  status: number;
  body: unknown;
}

export type Endpoint = (ctx: EndpointContext) => Promise<EndpointResult>;

/** A route of the API: method, path under the base path, and whether it reads a body. */
export interface RouteDefinition {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  path: string;
  endpoint: Endpoint;
}

// `expectedVersion` travels in the body beside the fields of the change; the actor comes from
// authentication, and an `actor` in the body is dropped, so no caller can write another's name
// into the audit trail. The casts only name the shape core expects: core validates both with zod
// and answers VALIDATION_FAILED on anything else.
function splitOptions<I>(ctx: EndpointContext): [I, MutationOptions] {
  const { expectedVersion, actor: _ignored, ...input } = ctx.body;
  return [
    input as I,
    {
      ...(expectedVersion === undefined ? {} : { expectedVersion: expectedVersion as number }),
      ...actorOf(ctx),
    },
  ];
}

const actorOf = (ctx: EndpointContext) => (ctx.actor === undefined ? {} : { actor: ctx.actor });

/** A writeback body with the authenticated actor in place of any the body named. */
function writebackInput(ctx: EndpointContext): WritebackInput {
  const { actor: _ignored, ...input } = ctx.body;
  return { ...(input as WritebackInput), ...actorOf(ctx) };
}

const ok = (body: unknown): EndpointResult => ({ status: 200, body });

// What a host app needs around sessions: its list, deletion, the audit trail, linking a ticket.
const HOST_ROUTES: RouteDefinition[] = [
  {
    method: 'GET',
    path: '/ai-sessions',
    endpoint: async ({ scope, query }) =>
      ok(await scope.sessions.list(parseInput(ListSessionsParamsSchema, paramsRecord(query), 'query'))),
  },
  {
    method: 'DELETE',
    path: '/ai-sessions/:id',
    endpoint: async ({ scope, params }) => {
      await scope.sessions.delete(params.id as string);
      return { status: 204, body: null };
    },
  },
  {
    method: 'GET',
    path: '/ai-sessions/:id/history',
    endpoint: async ({ scope, params }) => ok({ events: await scope.sessions.history(params.id as string) }),
  },
  {
    method: 'PUT',
    path: '/ai-sessions/:id/ticket',
    endpoint: async (ctx) => {
      const { expectedVersion, ...ticket } = parseInput(LinkTicketBodySchema, ctx.body, 'ticket');
      return ok(
        await ctx.scope.sessions.linkTicket(ctx.params.id as string, ticket, {
          ...(expectedVersion === undefined ? {} : { expectedVersion }),
          ...actorOf(ctx),
        }),
      );
    },
  },
];

/** Every endpoint of the API. */
export const ROUTES: RouteDefinition[] = [
  {
    method: 'POST',
    path: '/ai-sessions',
    endpoint: async (ctx) => {
      const { actor: _ignored, ...input } = ctx.body;
      return {
        status: 201,
        body: await ctx.scope.sessions.create(input as CreateSessionInput, actorOf(ctx)),
      };
    },
  },
  {
    method: 'GET',
    path: '/ai-sessions/:id',
    endpoint: async ({ scope, params }) => ok(await scope.sessions.get(params.id as string)),
  },
  {
    method: 'POST',
    path: '/ai-sessions/:id/findings',
    endpoint: async (ctx) => {
      const [input, options] = splitOptions<AddFindingInput>(ctx);
      return ok(await ctx.scope.sessions.addFinding(ctx.params.id as string, input, options));
    },
  },
  {
    method: 'POST',
    path: '/ai-sessions/:id/decisions',
    endpoint: async (ctx) => {
      const [input, options] = splitOptions<RecordDecisionInput>(ctx);
      return ok(await ctx.scope.sessions.recordDecision(ctx.params.id as string, input, options));
    },
  },
  {
    method: 'POST',
    path: '/ai-sessions/:id/fixes',
    endpoint: async (ctx) => {
      const [input, options] = splitOptions<ProposeFixInput>(ctx);
      return ok(await ctx.scope.sessions.proposeFix(ctx.params.id as string, input, options));
    },
  },
  {
    method: 'PATCH',
    path: '/ai-sessions/:id/outcome',
    endpoint: async (ctx) => {
      const [input, options] = splitOptions<RecordOutcomeInput>(ctx);
      return ok(await ctx.scope.sessions.recordOutcome(ctx.params.id as string, input, options));
    },
  },
  {
    method: 'POST',
    path: '/ai-sessions/:id/resolution-note/preview',
    endpoint: async (ctx) =>
      ok(await ctx.scope.previews.resolutionNote(ctx.params.id as string, actorOf(ctx))),
  },
  {
    method: 'POST',
    path: '/ai-sessions/:id/escalation-package/preview',
    endpoint: async (ctx) =>
      ok(await ctx.scope.previews.escalationPackage(ctx.params.id as string, actorOf(ctx))),
  },
  {
    method: 'POST',
    path: '/ai-sessions/:id/resolution-note/post',
    endpoint: async (ctx) => ok(await ctx.scope.resolve(ctx.params.id as string, writebackInput(ctx))),
  },
  {
    method: 'POST',
    path: '/ai-sessions/:id/escalation-package/post',
    endpoint: async (ctx) => ok(await ctx.scope.escalate(ctx.params.id as string, writebackInput(ctx))),
  },
  ...HOST_ROUTES,
];
