// A Messages API (POST /v1/messages) as strict as its documented rules: the request rules of each
// model it knows (claude-sonnet-5-5 refuses forced tool use, `thinking: {type:'disabled'}`, a manual
// thinking budget, `between_tools` at effort xhigh/max, sampling parameters and an assistant
// prefill; claude-sonnet-5 has no `between_tools` and no manual budget either), the general rules
// (max_tokens required and bounded, messages start with a user turn, an `output_config.format`
// schema in the subset structured outputs accept: the one the SDK's `transformJSONSchema` produces),
// and the documented response shapes: thinking blocks first, usage with cache and thinking tokens,
// every stop reason, the error bodies and headers (`request-id`, `retry-after`, `x-should-retry`).
//
// It is a fetch function, so the real SDK drives it: `new Anthropic({apiKey, fetch: sim.fetch})`.
// Token counts are the simulator's estimate (characters / 4), not the API's tokenizer.

import { z } from 'zod';
import {
  checkToolRules,
  type SimulatedToolTurnRequest,
  type SimulatedTurn,
  toolTurnRequest,
} from './anthropic-tools.js';
import {
  asFetch,
  jsonBody,
  latency,
  ReplyScript,
  requestId as requestIdOf,
  retryHeaders,
  type ScriptedError,
  SimulatedApiError,
  type SimulatorFetch,
} from './scripted-api.js';

/** A key the simulator accepts by default. Test-only; not a real key's shape. */
export const SIMULATED_ANTHROPIC_KEY = 'sim-anthropic-test-key';

/** What the simulator knows about a model: its documented request rules and limits. */
export interface SimulatedModel {
  /** Refuses `tool_choice` `{type:'tool'}` and `{type:'any'}` (400). */
  refusesForcedToolUse: boolean;
  /** The `thinking` types the model accepts; any other answers 400. */
  thinkingModes: readonly ThinkingMode[];
  /** Refuses a non-default `temperature`, and any `top_p` or `top_k` (400). */
  refusesSampling: boolean;
  /** Refuses a last message with role `assistant`, a prefill (400). */
  refusesPrefill: boolean;
  /** Refuses `between_tools` thinking at these efforts (400). */
  betweenToolsRefusedAt: readonly Effort[];
  /** Thinking when the request sets none. */
  defaultThinking: 'adaptive' | 'none';
  /** The smallest prompt prefix the model caches; a shorter one is not cached, silently. */
  minCacheableTokens: number;
  maxOutputTokens: number;
  contextWindowTokens: number;
}

export type Effort = 'low' | 'medium' | 'high' | 'xhigh' | 'max';
export type ThinkingMode = 'adaptive' | 'between_tools' | 'disabled' | 'enabled';

/**
 * The models the simulator answers for, with the rules of the vendor's "What's new" page and the
 * Sonnet 5 and 5.5 migration guides: `between_tools` is new in Sonnet 5.5, Sonnet 5 thinks
 * `adaptive` or `disabled`, neither takes a manual budget (`enabled`), and Sonnet 5.5 refuses
 * sampling parameters and a prefill. Kept apart from core's model table on purpose: this is the
 * vendor's side, which core's table is tested against.
 */
export const SIMULATED_MODELS: Readonly<Record<string, SimulatedModel>> = {
  'claude-sonnet-5-5': {
    refusesForcedToolUse: true,
    thinkingModes: ['adaptive', 'between_tools'],
    refusesSampling: true,
    refusesPrefill: true,
    betweenToolsRefusedAt: ['xhigh', 'max'],
    defaultThinking: 'adaptive',
    minCacheableTokens: 512,
    maxOutputTokens: 128_000,
    contextWindowTokens: 1_000_000,
  },
  'claude-sonnet-5': {
    refusesForcedToolUse: false,
    thinkingModes: ['adaptive', 'disabled'],
    refusesSampling: false,
    refusesPrefill: false,
    betweenToolsRefusedAt: [],
    defaultThinking: 'none',
    minCacheableTokens: 1_024,
    maxOutputTokens: 64_000, // not in the reference; the simulator's assumption
    contextWindowTokens: 1_000_000,
  },
};

/**
 * Thinking tokens the simulated model spends on one answer with adaptive thinking, by effort. An
 * invention of the simulator (the API decides per request); it only has to grow with effort.
 */
export const SIMULATED_THINKING_TOKENS: Readonly<Record<Effort, number>> = {
  low: 120,
  medium: 400,
  high: 1_200,
  xhigh: 2_400,
  max: 4_800,
};

/** The simulator's token estimate. */
export const simulatedTokens = (text: string) => Math.ceil(text.length / 4);

/** A request as the simulated model sees it, for {@link AnthropicSimulatorOptions.answer}. */
export interface SimulatedMessagesRequest {
  model: string;
  /** The system prompt's text blocks joined. */
  system: string;
  /** The last user message's text. */
  user: string;
  /** The JSON schema of `output_config.format`, when given. */
  schema: Record<string, unknown> | undefined;
  body: MessagesBody;
}

/** A reply the next request gets instead of the model's answer. */
export type ScriptedReply =
  /** An error answer, before any validation (as a gateway or the rate limiter answers). */
  | ScriptedError
  /** A 200 with this stop reason (after validation), e.g. `refusal` or `pause_turn`. */
  | { stopReason: StopReason }
  /** A 200 whose text block is exactly this (after validation): malformed JSON, prose. */
  | { text: string };

type ModelReply = Exclude<ScriptedReply, ScriptedError>;

export type StopReason =
  | 'end_turn'
  | 'max_tokens'
  | 'stop_sequence'
  | 'tool_use'
  | 'pause_turn'
  | 'refusal'
  | 'model_context_window_exceeded';

export interface AnthropicSimulatorOptions {
  /** The accepted API key (default {@link SIMULATED_ANTHROPIC_KEY}). */
  apiKey?: string;
  /** What the model answers: a value written as the JSON text block (default `{}`). */
  answer?: (request: SimulatedMessagesRequest) => unknown | Promise<unknown>;
  /**
   * The model's move in a conversation with tools (a request with `tools`): call tools, answered
   * with `tool_use` blocks and `stop_reason: 'tool_use'`, or answer in text. Without it, or on a
   * request without tools, the model answers with {@link AnthropicSimulatorOptions.answer}.
   */
  act?: (request: SimulatedToolTurnRequest) => SimulatedTurn | Promise<SimulatedTurn>;
  /** Latency of every answer, in milliseconds. */
  delayMs?: number;
}

export type {
  SimulatedToolCall,
  SimulatedToolResult,
  SimulatedToolTurnRequest,
  SimulatedTurn,
} from './anthropic-tools.js';

/** One request the simulator received: its body and headers, the credential left out. */
export interface RecordedRequest {
  body: MessagesBody;
  headers: Record<string, string>;
  status: number;
}

export interface AnthropicSimulator {
  /** A fetch function serving the API at any origin (pass the SDK `fetch: sim.fetch`). */
  fetch: SimulatorFetch;
  /** Every request received, in order, answered or refused. */
  readonly requests: RecordedRequest[];
  /** Replies for the next requests, one each, before the model answers again. */
  script(...replies: ScriptedReply[]): void;
  /** Forgets cached prefixes (as their 5-minute lifetime would). */
  clearCache(): void;
}

// ---- request schema -------------------------------------------------------------------------

const CacheControl = z
  .object({ type: z.literal('ephemeral'), ttl: z.enum(['5m', '1h']).optional() })
  .strict();
const TextBlockParam = z
  .object({ type: z.literal('text'), text: z.string().min(1), cache_control: CacheControl.optional() })
  .passthrough();
const ContentBlockParam = z.object({ type: z.string() }).passthrough();
const MessageParam = z
  .object({
    role: z.enum(['user', 'assistant']),
    content: z.union([z.string().min(1), z.array(ContentBlockParam).min(1)]),
  })
  .strict();
const ToolParam = z
  .object({
    name: z.string().regex(/^[a-zA-Z0-9_-]{1,128}$/),
    description: z.string().optional(),
    input_schema: z.object({ type: z.literal('object') }).passthrough(),
    cache_control: CacheControl.optional(),
  })
  .passthrough();
const ToolChoice = z.discriminatedUnion('type', [
  z.object({ type: z.literal('auto'), disable_parallel_tool_use: z.boolean().optional() }).strict(),
  z.object({ type: z.literal('any'), disable_parallel_tool_use: z.boolean().optional() }).strict(),
  z.object({ type: z.literal('none') }).strict(),
  z
    .object({ type: z.literal('tool'), name: z.string(), disable_parallel_tool_use: z.boolean().optional() })
    .strict(),
]);
const Thinking = z.discriminatedUnion('type', [
  z.object({ type: z.literal('adaptive'), display: z.enum(['summarized', 'omitted']).nullish() }).strict(),
  z.object({ type: z.literal('between_tools') }).strict(),
  z.object({ type: z.literal('disabled') }).strict(),
  z
    .object({
      type: z.literal('enabled'),
      budget_tokens: z.number().int(),
      display: z.enum(['summarized', 'omitted']).nullish(),
    })
    .strict(),
]);
const OutputConfig = z
  .object({
    effort: z.enum(['low', 'medium', 'high', 'xhigh', 'max']).nullish(),
    format: z
      .object({ type: z.literal('json_schema'), schema: z.record(z.string(), z.unknown()) })
      .strict()
      .nullish(),
  })
  .strict();

const MessagesBodySchema = z
  .object({
    model: z.string().min(1),
    max_tokens: z.number().int().min(1),
    messages: z.array(MessageParam).min(1),
    system: z.union([z.string(), z.array(TextBlockParam)]).optional(),
    tools: z.array(ToolParam).optional(),
    tool_choice: ToolChoice.optional(),
    thinking: Thinking.optional(),
    output_config: OutputConfig.optional(),
    metadata: z.object({ user_id: z.string().nullish() }).strict().optional(),
    stop_sequences: z.array(z.string()).optional(),
    stream: z.literal(false).optional(),
    temperature: z.number().min(0).max(1).optional(),
    top_p: z.number().min(0).max(1).optional(),
    top_k: z.number().int().min(0).optional(),
  })
  .strict();

/** A request body the simulator accepted. */
export type MessagesBody = z.infer<typeof MessagesBodySchema>;

// ---- output_config.format: the JSON schema subset structured outputs accept ----------------

const STRING_FORMATS = new Set([
  'date-time',
  'time',
  'date',
  'duration',
  'email',
  'hostname',
  'uri',
  'ipv4',
  'ipv6',
  'uuid',
]);
const KEYWORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  any: new Set(['type', 'description', 'title', 'enum', 'const', 'anyOf', 'allOf', '$ref', '$defs']),
  object: new Set(['properties', 'required', 'additionalProperties']),
  array: new Set(['items', 'minItems']),
  string: new Set(['format']),
};

/**
 * The first way `schema` leaves the accepted subset, as `path: problem`, or null. Objects must
 * close themselves (`additionalProperties: false`); numeric and length bounds, patterns, most
 * string formats and `minItems` above 1 are not accepted (they belong in descriptions).
 */
export function schemaProblem(schema: unknown, path = 'schema', root = true): string | null {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) return `${path}: not a schema`;
  const node = schema as Record<string, unknown>;
  if (root && node.type !== 'object') return `${path}: the root must be an object schema`;
  const types = Array.isArray(node.type) ? node.type : [node.type];
  for (const key of Object.keys(node)) {
    const allowed =
      KEYWORDS.any?.has(key) || types.some((t) => typeof t === 'string' && KEYWORDS[t]?.has(key));
    if (!allowed) return `${path}: keyword '${key}' is not supported`;
  }
  if (types.includes('object')) {
    if (node.additionalProperties !== false) return `${path}: objects must set additionalProperties: false`;
    const properties = (node.properties ?? {}) as Record<string, unknown>;
    for (const [name, sub] of Object.entries(properties)) {
      const problem = schemaProblem(sub, `${path}.properties.${name}`, false);
      if (problem !== null) return problem;
    }
    const required = (node.required ?? []) as unknown[];
    for (const name of required) {
      if (typeof name !== 'string' || !(name in properties))
        return `${path}: required names an unknown property`;
    }
  }
  if (typeof node.format === 'string' && !STRING_FORMATS.has(node.format)) {
    return `${path}: format '${node.format}' is not supported`;
  }
  if (node.minItems !== undefined && node.minItems !== 0 && node.minItems !== 1) {
    return `${path}: minItems must be 0 or 1`;
  }
  if (node.items !== undefined) {
    const problem = schemaProblem(node.items, `${path}.items`, false);
    if (problem !== null) return problem;
  }
  for (const key of ['anyOf', 'allOf'] as const) {
    const list = node[key];
    if (list === undefined) continue;
    if (!Array.isArray(list) || list.length === 0) return `${path}.${key}: must be a non-empty list`;
    for (const [i, sub] of list.entries()) {
      const problem = schemaProblem(sub, `${path}.${key}.${i}`, false);
      if (problem !== null) return problem;
    }
  }
  if (node.$defs !== undefined) {
    for (const [name, sub] of Object.entries(node.$defs as Record<string, unknown>)) {
      const problem = schemaProblem(sub, `${path}.$defs.${name}`, false);
      if (problem !== null) return problem;
    }
  }
  return null;
}

// ---- answers --------------------------------------------------------------------------------

const invalid = (message: string) => new SimulatedApiError(400, 'invalid_request_error', message);

function errorResponse(requestId: string, status: number, type: string, message: string, extra: Headers) {
  extra.set('content-type', 'application/json');
  extra.set('request-id', requestId);
  return new Response(JSON.stringify({ type: 'error', error: { type, message }, request_id: requestId }), {
    status,
    headers: extra,
  });
}

function checkModelRules(body: MessagesBody, model: SimulatedModel): void {
  checkToolRules(body.messages as Parameters<typeof checkToolRules>[0], body.tools ?? []);
  if (body.max_tokens > model.maxOutputTokens) {
    throw invalid(`max_tokens: ${body.max_tokens} > ${model.maxOutputTokens}, the maximum for ${body.model}`);
  }
  if (body.messages[0]?.role !== 'user') throw invalid('messages: the first message must use the user role');
  const choice = body.tool_choice;
  if (choice !== undefined && (choice.type === 'tool' || choice.type === 'any')) {
    if (model.refusesForcedToolUse) {
      throw invalid(`tool_choice: forced tool use ('${choice.type}') is not supported on ${body.model}`);
    }
    if ((body.tools ?? []).length === 0) throw invalid('tool_choice: requires tools');
    if (choice.type === 'tool' && !(body.tools ?? []).some((t) => t.name === choice.name)) {
      throw invalid(`tool_choice: no tool named '${choice.name}'`);
    }
  }
  const effort = body.output_config?.effort ?? 'high';
  const thinking = body.thinking;
  if (thinking !== undefined && !model.thinkingModes.includes(thinking.type)) {
    throw invalid(
      `thinking: type '${thinking.type}' is not supported on ${body.model}; use ${model.thinkingModes.map((m) => `'${m}'`).join(' or ')}`,
    );
  }
  if (model.refusesSampling) {
    for (const [name, set] of [
      ['temperature', body.temperature !== undefined && body.temperature !== 1],
      ['top_p', body.top_p !== undefined],
      ['top_k', body.top_k !== undefined],
    ] as const) {
      if (set) throw invalid(`${name}: sampling parameters are not supported on ${body.model}`);
    }
  }
  if (model.refusesPrefill && body.messages.at(-1)?.role === 'assistant') {
    throw invalid(
      `messages: assistant message prefill is not supported on ${body.model}; the last message must use the user role`,
    );
  }
  if (thinking?.type === 'between_tools' && model.betweenToolsRefusedAt.includes(effort)) {
    throw invalid(`thinking: 'between_tools' is not supported at effort '${effort}'`);
  }
  if (
    thinking?.type === 'enabled' &&
    (thinking.budget_tokens < 1_024 || thinking.budget_tokens >= body.max_tokens)
  ) {
    throw invalid('thinking.budget_tokens: must be at least 1024 and less than max_tokens');
  }
  const format = body.output_config?.format;
  if (format) {
    const problem = schemaProblem(format.schema, 'output_config.format.schema');
    if (problem !== null) throw invalid(problem);
  }
}

/** Thinking tokens for this request, as the model's thinking setting and effort decide. */
function thinkingTokens(body: MessagesBody, model: SimulatedModel): number {
  const effort = body.output_config?.effort ?? 'high';
  const type = body.thinking?.type ?? (model.defaultThinking === 'adaptive' ? 'adaptive' : 'disabled');
  if (type === 'adaptive') return SIMULATED_THINKING_TOKENS[effort];
  if (type === 'enabled')
    return Math.min(
      body.thinking?.type === 'enabled' ? body.thinking.budget_tokens : 0,
      SIMULATED_THINKING_TOKENS[effort],
    );
  // between_tools thinks only between tool calls; a request without tools has none.
  if (type === 'between_tools' && (body.tools ?? []).length > 0) return SIMULATED_THINKING_TOKENS.low;
  return 0;
}

const blockText = (content: MessagesBody['messages'][number]['content']) =>
  typeof content === 'string'
    ? content
    : content.map((b) => (typeof b.text === 'string' ? b.text : JSON.stringify(b))).join('\n');

/**
 * The cacheable prefix: tools, the output format's schema, then system blocks up to the last one
 * marked `cache_control` (the breakpoint). Empty when nothing is marked.
 */
function cachedPrefix(body: MessagesBody): string {
  const system = typeof body.system === 'string' ? [] : (body.system ?? []);
  const last = system.findLastIndex((b) => b.cache_control !== undefined);
  const toolMarked = (body.tools ?? []).some((t) => t.cache_control !== undefined);
  if (last < 0 && !toolMarked) return '';
  return JSON.stringify([
    body.model,
    body.tools ?? [],
    body.output_config?.format ?? null,
    last < 0 ? [] : system.slice(0, last + 1).map((b) => b.text),
  ]);
}

/** Creates a simulator. Each one has its own prompt cache and script. */
export function anthropicSimulator(options: AnthropicSimulatorOptions = {}): AnthropicSimulator {
  const apiKey = options.apiKey ?? SIMULATED_ANTHROPIC_KEY;
  const requests: RecordedRequest[] = [];
  const scripted = new ReplyScript<ModelReply>();
  const cache = new Set<string>();
  let n = 0;

  async function handle(request: Request): Promise<Response> {
    n += 1;
    const requestId = requestIdOf(n);
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => {
      if (name !== 'authorization' && name !== 'x-api-key') headers[name] = value;
    });
    const parsedBody = await jsonBody(request);
    const record: RecordedRequest = { body: parsedBody as MessagesBody, headers, status: 200 };
    requests.push(record);
    await latency(options.delayMs, request.signal);
    try {
      const url = new URL(request.url);
      if (request.method !== 'POST' || url.pathname !== '/v1/messages') {
        throw new SimulatedApiError(404, 'not_found_error', `${request.method} ${url.pathname}: not found`);
      }
      const key =
        request.headers.get('x-api-key') ??
        /^Bearer (.+)$/.exec(request.headers.get('authorization') ?? '')?.[1];
      if (key !== apiKey) throw new SimulatedApiError(401, 'authentication_error', 'invalid x-api-key');
      const failure = scripted.takeError();
      if (failure !== undefined) {
        record.status = failure.status;
        return errorResponse(
          requestId,
          failure.status,
          failure.type,
          failure.message ?? failure.type,
          retryHeaders(failure),
        );
      }
      if (!request.headers.get('anthropic-version')) throw invalid('anthropic-version: header is required');
      if (parsedBody === undefined) throw invalid('The request body is not valid JSON');
      const parsed = MessagesBodySchema.safeParse(parsedBody);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const path = issue?.path.join('.') || 'body';
        throw invalid(
          `${path}: ${issue?.code === 'invalid_type' && issue.input === undefined ? 'Field required' : issue?.message}`,
        );
      }
      const body = parsed.data;
      const model = SIMULATED_MODELS[body.model];
      if (model === undefined) throw new SimulatedApiError(404, 'not_found_error', `model: ${body.model}`);
      checkModelRules(body, model);
      return await answer(body, model, requestId, scripted.takeReply());
    } catch (error) {
      if (!(error instanceof SimulatedApiError)) throw error;
      record.status = error.status;
      return errorResponse(requestId, error.status, error.type, error.message, new Headers());
    }
  }

  async function answer(
    body: MessagesBody,
    model: SimulatedModel,
    requestId: string,
    reply: ModelReply | undefined,
  ): Promise<Response> {
    const system =
      typeof body.system === 'string' ? body.system : (body.system ?? []).map((b) => b.text).join('\n');
    const user = blockText(body.messages.at(-1)?.content ?? '');
    const promptTokens = simulatedTokens(
      JSON.stringify([body.tools ?? [], body.output_config?.format ?? null, system, body.messages]),
    );
    if (promptTokens > model.contextWindowTokens) {
      throw invalid(`prompt is too long: ${promptTokens} tokens > ${model.contextWindowTokens} maximum`);
    }
    const prefix = cachedPrefix(body);
    const prefixTokens = simulatedTokens(prefix);
    let cacheRead = 0;
    let cacheWrite = 0;
    if (prefix !== '' && prefixTokens >= model.minCacheableTokens) {
      if (cache.has(prefix)) cacheRead = prefixTokens;
      else {
        cache.add(prefix);
        cacheWrite = prefixTokens;
      }
    }
    const thinking = thinkingTokens(body, model);
    let stopReason: StopReason = reply !== undefined && 'stopReason' in reply ? reply.stopReason : 'end_turn';
    let text: string;
    let toolUses: Array<{
      type: 'tool_use';
      id: string;
      name: string;
      input: unknown;
      caller: { type: 'direct' };
    }> = [];
    if (reply !== undefined && 'text' in reply) text = reply.text;
    else if (options.act !== undefined && (body.tools ?? []).length > 0) {
      const move = await options.act(
        toolTurnRequest(body.model, body.messages as Parameters<typeof toolTurnRequest>[1], body.tools ?? []),
      );
      text = move.text ?? '';
      if ('toolCalls' in move && move.toolCalls.length > 0) {
        toolUses = move.toolCalls.map((call, i) => ({
          type: 'tool_use',
          id: `toolu_sim${String(n).padStart(12, '0')}${String(i).padStart(4, '0')}`,
          name: call.name,
          input: call.input,
          caller: { type: 'direct' },
        }));
        if (reply === undefined) stopReason = 'tool_use';
      }
    } else {
      const value = await options.answer?.({
        model: body.model,
        system,
        user,
        schema: body.output_config?.format?.schema,
        body,
      });
      text = JSON.stringify(value ?? {});
    }
    if (stopReason === 'refusal') text = '';
    // An answer longer than max_tokens is cut there, mid-JSON, as the API cuts it.
    const room = body.max_tokens - thinking;
    if (simulatedTokens(text) > room) {
      text = text.slice(0, Math.max(0, room) * 4);
      stopReason = 'max_tokens';
    }
    const content: unknown[] = [];
    if (thinking > 0) {
      const shown =
        body.thinking?.type === 'adaptive' && body.thinking.display === 'omitted'
          ? ''
          : 'Reading the record…';
      content.push({ type: 'thinking', thinking: shown, signature: `sig_sim_${requestId}` });
    }
    if (toolUses.length === 0 ? text !== '' || stopReason !== 'refusal' : text !== '') {
      content.push({ type: 'text', text, citations: null });
    }
    content.push(...toolUses);
    const message = {
      id: `msg_sim${String(n).padStart(20, '0')}`,
      type: 'message',
      role: 'assistant',
      model: body.model,
      content,
      stop_reason: stopReason,
      stop_sequence: stopReason === 'stop_sequence' ? (body.stop_sequences?.[0] ?? null) : null,
      stop_details: stopReason === 'refusal' ? { type: 'refusal', category: null, explanation: null } : null,
      container: null,
      diagnostics: null,
      usage: {
        input_tokens: promptTokens - cacheRead - cacheWrite,
        output_tokens:
          thinking +
          simulatedTokens(text) +
          (toolUses.length === 0 ? 0 : simulatedTokens(JSON.stringify(toolUses.map((t) => t.input)))),
        cache_creation_input_tokens: cacheWrite,
        cache_read_input_tokens: cacheRead,
        cache_creation: null,
        inference_geo: null,
        output_tokens_details: { thinking_tokens: thinking },
        server_tool_use: null,
        service_tier: 'standard',
        speed: null,
      },
    };
    return new Response(JSON.stringify(message), {
      status: 200,
      headers: { 'content-type': 'application/json', 'request-id': requestId },
    });
  }

  return {
    fetch: asFetch(handle),
    requests,
    script: (...replies) => scripted.push(...replies),
    clearCache: () => cache.clear(),
  };
}
