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

/** What an endpoint gets: the caller's account scope, path params and the parsed JSON body. */
export interface EndpointContext {
  scope: AccountScope;
  params: Record<string, string>;
  body: Record<string, unknown>;
}

/** An endpoint's answer: a status and a JSON body. */
export interface EndpointResult {
  status: number;
  body: unknown;
}

export type Endpoint = (ctx: EndpointContext) => Promise<EndpointResult>;

/** A route of the API: method, path under the base path, and whether it reads a body. */
export interface RouteDefinition {
  method: 'GET' | 'POST' | 'PATCH';
  path: string;
  endpoint: Endpoint;
}

// `expectedVersion` travels in the body beside the fields of the change. The casts only name the
// shape core expects: core validates both with zod and answers VALIDATION_FAILED on anything else.
function splitOptions<I>(body: Record<string, unknown>): [I, MutationOptions] {
  const { expectedVersion, ...input } = body;
  return [input as I, expectedVersion === undefined ? {} : ({ expectedVersion } as MutationOptions)];
}

const ok = (body: unknown): EndpointResult => ({ status: 200, body });

/** Every endpoint of the API. */
export const ROUTES: RouteDefinition[] = [
  {
    method: 'POST',
    path: '/ai-sessions',
    endpoint: async ({ scope, body }) => ({
      status: 201,
      body: await scope.sessions.create(body as CreateSessionInput),
    }),
  },
  {
    method: 'GET',
    path: '/ai-sessions/:id',
    endpoint: async ({ scope, params }) => ok(await scope.sessions.get(params.id as string)),
  },
  {
    method: 'POST',
    path: '/ai-sessions/:id/findings',
    endpoint: async ({ scope, params, body }) => {
      const [input, options] = splitOptions<AddFindingInput>(body);
      return ok(await scope.sessions.addFinding(params.id as string, input, options));
    },
  },
  {
    method: 'POST',
    path: '/ai-sessions/:id/decisions',
    endpoint: async ({ scope, params, body }) => {
      const [input, options] = splitOptions<RecordDecisionInput>(body);
      return ok(await scope.sessions.recordDecision(params.id as string, input, options));
    },
  },
  {
    method: 'POST',
    path: '/ai-sessions/:id/fixes',
    endpoint: async ({ scope, params, body }) => {
      const [input, options] = splitOptions<ProposeFixInput>(body);
      return ok(await scope.sessions.proposeFix(params.id as string, input, options));
    },
  },
  {
    method: 'PATCH',
    path: '/ai-sessions/:id/outcome',
    endpoint: async ({ scope, params, body }) => {
      const [input, options] = splitOptions<RecordOutcomeInput>(body);
      return ok(await scope.sessions.recordOutcome(params.id as string, input, options));
    },
  },
  {
    method: 'POST',
    path: '/ai-sessions/:id/resolution-note/preview',
    endpoint: async ({ scope, params }) => ok(await scope.previews.resolutionNote(params.id as string)),
  },
  {
    method: 'POST',
    path: '/ai-sessions/:id/escalation-package/preview',
    endpoint: async ({ scope, params }) => ok(await scope.previews.escalationPackage(params.id as string)),
  },
  {
    method: 'POST',
    path: '/ai-sessions/:id/resolution-note/post',
    endpoint: async ({ scope, params, body }) =>
      ok(await scope.resolve(params.id as string, body as WritebackInput)),
  },
  {
    method: 'POST',
    path: '/ai-sessions/:id/escalation-package/post',
    endpoint: async ({ scope, params, body }) =>
      ok(await scope.escalate(params.id as string, body as WritebackInput)),
  },
];
