// An OpenAI-compatible Chat Completions API (POST …/chat/completions) as strict as OpenAI's
// documented rules for it: bearer authentication, a known model, messages, `max_tokens` refused on
// reasoning models (they take `max_completion_tokens`), `reasoning_effort` refused on the others,
// `response_format` json_schema with a valid name and, under `strict: true`, a schema every object
// of which closes itself and requires every property; `json_object` only when a message says JSON.
// It answers with the documented shapes: `chat.completion` with `finish_reason`, `refusal`, usage
// with `cached_tokens` (automatic prompt caching from 1,024 tokens, in steps of 128) and
// `reasoning_tokens`, and the error body `{error: {message, type, param, code}}` with the headers
// the SDK's retry logic reads (`retry-after`, `x-should-retry`).
//
// vLLM and Ollama serve the same path under their own base URL; the simulator answers any base URL.
// As Azure OpenAI (`azure` option) it serves Azure's shape instead: an `api-key` header (a Bearer
// key is refused), `/openai/deployments/{deployment}/chat/completions`, and a required
// `api-version` that decides what is accepted: `response_format` json_schema from
// 2024-08-01-preview, `max_completion_tokens` from 2024-09-01-preview (older versions answer 400).
// Token counts are the simulator's estimate (characters / 4).

import { z } from 'zod';
import type { SimulatedToolTurnRequest, SimulatedTurn } from './anthropic-tools.js';
import { checkToolRules, toolCallsOf, toolTurnRequest } from './openai-tools.js';
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

/** A key the simulator accepts by default. Test-only. */
export const SIMULATED_OPENAI_KEY = 'sim-openai-test-key';

/** What the simulator knows about a model. */
export interface SimulatedOpenAiModel {
  /** A reasoning model: `max_completion_tokens` only, `reasoning_effort` accepted, reasoning tokens spent. */
  reasoning: boolean;
  maxOutputTokens: number;
  contextWindowTokens: number;
}

export const SIMULATED_OPENAI_MODELS: Readonly<Record<string, SimulatedOpenAiModel>> = {
  'gpt-5-mini': { reasoning: true, maxOutputTokens: 128_000, contextWindowTokens: 400_000 },
  'gpt-4.1-mini': { reasoning: false, maxOutputTokens: 32_768, contextWindowTokens: 1_047_576 },
};

/** Reasoning tokens a reasoning model spends per answer, by effort (the simulator's invention). */
export const SIMULATED_REASONING_TOKENS = { minimal: 0, low: 128, medium: 512, high: 2_048 } as const;

/** Automatic prompt caching: prompts from this many tokens, cached in steps of 128. */
export const OPENAI_MIN_CACHED_TOKENS = 1_024;

const tokens = (text: string) => Math.ceil(text.length / 4);

export type FinishReason = 'stop' | 'length' | 'content_filter' | 'tool_calls';

/** A reply the next request gets instead of the model's answer. */
export type ScriptedOpenAiReply =
  /** An error answer, before validation; `code` is OpenAI's error code (`insufficient_quota`). */
  | (ScriptedError & { code?: string })
  /** A 200 with this finish reason, after validation. */
  | { finishReason: FinishReason }
  /** A 200 whose message is a refusal. */
  | { refusal: string }
  /** A 200 whose content is exactly this text. */
  | { text: string };

type ModelReply = Exclude<ScriptedOpenAiReply, ScriptedError>;

/** A request as the simulated model sees it. */
export interface SimulatedChatRequest {
  model: string;
  system: string;
  user: string;
  schema: Record<string, unknown> | undefined;
  body: ChatBody;
}

/** Azure OpenAI: the resource's deployments and the API versions it serves. */
export interface AzureSimulatorOptions {
  /** Deployment name → the model it serves (a model of {@link SIMULATED_OPENAI_MODELS}). */
  deployments: Record<string, string>;
}

/** The first `api-version` that accepts `response_format: {type: 'json_schema'}`. */
export const AZURE_JSON_SCHEMA_SINCE = '2024-08-01-preview';
/** The first `api-version` that accepts `max_completion_tokens`. */
export const AZURE_MAX_COMPLETION_TOKENS_SINCE = '2024-09-01-preview';
/** The API versions the simulated resource serves, oldest first. */
export const AZURE_API_VERSIONS = [
  '2024-02-01',
  '2024-06-01',
  '2024-08-01-preview',
  '2024-09-01-preview',
  '2024-10-21',
  '2025-04-01-preview',
] as const;

/** Whether `version` is `since` or later (by the date it starts with; a preview before its GA). */
export function azureVersionAtLeast(version: string, since: string): boolean {
  const key = (v: string) => `${v.slice(0, 10)}${v.endsWith('-preview') ? '0' : '1'}`;
  return key(version) >= key(since);
}

export interface OpenAiSimulatorOptions {
  apiKey?: string;
  /** Serve as an Azure OpenAI resource instead of api.openai.com; see {@link AzureSimulatorOptions}. */
  azure?: AzureSimulatorOptions;
  /** What the model answers: a value written as JSON content (default `{}`). */
  answer?: (request: SimulatedChatRequest) => unknown | Promise<unknown>;
  /**
   * The model's move on a request with `tools`: call tools (answered as `tool_calls` with
   * `finish_reason: 'tool_calls'`) or answer in text. Without it the model answers with `answer`.
   */
  act?: (request: SimulatedToolTurnRequest) => SimulatedTurn | Promise<SimulatedTurn>;
  delayMs?: number;
}

export interface RecordedChatRequest {
  body: ChatBody;
  path: string;
  status: number;
  /** The `api-version` query parameter, when one was sent. */
  apiVersion?: string;
}

export interface OpenAiSimulator {
  fetch: SimulatorFetch;
  readonly requests: RecordedChatRequest[];
  script(...replies: ScriptedOpenAiReply[]): void;
}

const Message = z
  .object({
    role: z.enum(['system', 'developer', 'user', 'assistant', 'tool']),
    content: z.union([z.string(), z.array(z.object({ type: z.string() }).passthrough())]).nullable(),
    name: z.string().optional(),
  })
  .passthrough();
const ResponseFormat = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text') }).strict(),
  z.object({ type: z.literal('json_object') }).strict(),
  z
    .object({
      type: z.literal('json_schema'),
      json_schema: z
        .object({
          name: z.string().regex(/^[a-zA-Z0-9_-]{1,64}$/, 'must be 1-64 letters, digits, _ or -'),
          description: z.string().optional(),
          schema: z.record(z.string(), z.unknown()).optional(),
          strict: z.boolean().nullish(),
        })
        .strict(),
    })
    .strict(),
]);
const FunctionTool = z
  .object({
    type: z.literal('function'),
    function: z
      .object({
        name: z.string().regex(/^[a-zA-Z0-9_-]{1,64}$/, 'must be 1-64 letters, digits, _ or -'),
        description: z.string().optional(),
        parameters: z.record(z.string(), z.unknown()).optional(),
        strict: z.boolean().nullish(),
      })
      .strict(),
  })
  .strict();
const ToolChoice = z.union([
  z.enum(['none', 'auto', 'required']),
  z.object({ type: z.literal('function'), function: z.object({ name: z.string() }).strict() }).strict(),
]);
const ChatBodySchema = z
  .object({
    model: z.string().min(1),
    messages: z.array(Message).min(1),
    tools: z.array(FunctionTool).optional(),
    tool_choice: ToolChoice.optional(),
    parallel_tool_calls: z.boolean().optional(),
    response_format: ResponseFormat.optional(),
    max_tokens: z.number().int().min(1).nullish(),
    max_completion_tokens: z.number().int().min(1).nullish(),
    reasoning_effort: z.enum(['minimal', 'low', 'medium', 'high']).nullish(),
    temperature: z.number().min(0).max(2).nullish(),
    stream: z.literal(false).nullish(),
    user: z.string().optional(),
  })
  .strict();

/** A request body the simulator accepted. */
export type ChatBody = z.infer<typeof ChatBodySchema>;

/**
 * The first way a strict schema breaks OpenAI's strict-mode rules, or null: the root is an object
 * (not anyOf), and every object sets `additionalProperties: false` and lists every property in
 * `required` (optional fields are nullable instead).
 */
export function strictSchemaProblem(schema: unknown, path = 'schema', root = true): string | null {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) return null;
  const node = schema as Record<string, unknown>;
  if (root && (node.type !== 'object' || 'anyOf' in node))
    return `${path}: the root must be an object, not anyOf`;
  if (node.type === 'object') {
    if (node.additionalProperties !== false) return `${path}: additionalProperties must be false`;
    const properties = Object.keys((node.properties ?? {}) as object);
    const required = new Set((node.required ?? []) as string[]);
    const missing = properties.find((p) => !required.has(p));
    if (missing !== undefined) return `${path}: '${missing}' must be in required`;
  }
  for (const [key, value] of Object.entries(node)) {
    const children =
      key === 'properties' || key === '$defs' || key === 'definitions'
        ? Object.entries(value as Record<string, unknown>)
        : key === 'anyOf' && Array.isArray(value)
          ? value.map((v, i) => [String(i), v] as const)
          : key === 'items'
            ? [['', value] as const]
            : [];
    for (const [name, child] of children) {
      const problem = strictSchemaProblem(
        child,
        name === '' ? `${path}.items` : `${path}.${key}.${name}`,
        false,
      );
      if (problem !== null) return problem;
    }
  }
  return null;
}

const invalid = (message: string, param: string | null = null, code: string | null = null) =>
  new SimulatedApiError(400, 'invalid_request_error', message, code, param);

/** Azure's own refusals of what its `api-version` does not know yet. */
function checkAzureVersion(body: ChatBody, version: string): void {
  if (
    body.response_format?.type === 'json_schema' &&
    !azureVersionAtLeast(version, AZURE_JSON_SCHEMA_SINCE)
  ) {
    throw invalid(
      `response_format value as json_schema is enabled only for api versions ${AZURE_JSON_SCHEMA_SINCE} and later`,
      'response_format',
    );
  }
  if (
    body.max_completion_tokens != null &&
    !azureVersionAtLeast(version, AZURE_MAX_COMPLETION_TOKENS_SINCE)
  ) {
    throw invalid('Unrecognized request argument supplied: max_completion_tokens', 'max_completion_tokens');
  }
}

function checkModelRules(body: ChatBody, model: SimulatedOpenAiModel): void {
  checkToolRules(
    body.messages as Parameters<typeof checkToolRules>[0],
    body.tools,
    body.tool_choice,
    (schema, path) => strictSchemaProblem(schema, path),
  );
  if (model.reasoning && body.max_tokens != null) {
    throw invalid(
      "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.",
      'max_tokens',
      'unsupported_parameter',
    );
  }
  if (!model.reasoning && body.reasoning_effort != null) {
    throw invalid(
      "Unsupported parameter: 'reasoning_effort' is not supported with this model.",
      'reasoning_effort',
      'unsupported_parameter',
    );
  }
  const limit = body.max_completion_tokens ?? body.max_tokens;
  if (limit != null && limit > model.maxOutputTokens) {
    throw invalid(
      `max_tokens is too large: ${limit}. This model supports at most ${model.maxOutputTokens}.`,
      'max_tokens',
    );
  }
  const format = body.response_format;
  if (format?.type === 'json_object') {
    const says = body.messages.some((m) =>
      JSON.stringify(m.content ?? '')
        .toLowerCase()
        .includes('json'),
    );
    if (!says)
      throw invalid(
        "'messages' must contain the word 'json' in some form, to use 'response_format' of type 'json_object'.",
        'messages',
      );
  }
  if (format?.type === 'json_schema' && format.json_schema.strict === true) {
    if (format.json_schema.schema === undefined)
      throw invalid('strict json_schema needs a schema', 'response_format');
    const problem = strictSchemaProblem(format.json_schema.schema, 'response_format.json_schema.schema');
    if (problem !== null)
      throw invalid(
        `Invalid schema for response_format '${format.json_schema.name}': ${problem}`,
        'response_format',
      );
  }
}

const text = (content: ChatBody['messages'][number]['content']) =>
  typeof content === 'string' ? content : JSON.stringify(content ?? '');

/** Creates a simulator with its own prompt cache and script. */
export function openaiSimulator(options: OpenAiSimulatorOptions = {}): OpenAiSimulator {
  const apiKey = options.apiKey ?? SIMULATED_OPENAI_KEY;
  const requests: RecordedChatRequest[] = [];
  const scripted = new ReplyScript<ModelReply>();
  const cache = new Set<string>();
  let n = 0;

  function error(requestId: string, e: SimulatedApiError, headers = new Headers()): Response {
    headers.set('content-type', 'application/json');
    headers.set('x-request-id', requestId);
    return new Response(
      JSON.stringify({ error: { message: e.message, type: e.type, param: e.param, code: e.code } }),
      {
        status: e.status,
        headers,
      },
    );
  }

  async function handle(request: Request): Promise<Response> {
    n += 1;
    const requestId = requestIdOf(n);
    const url = new URL(request.url);
    const raw = await jsonBody(request);
    const apiVersion = url.searchParams.get('api-version') ?? undefined;
    const record: RecordedChatRequest = {
      body: raw as ChatBody,
      path: url.pathname,
      status: 200,
      ...(apiVersion === undefined ? {} : { apiVersion }),
    };
    requests.push(record);
    await latency(options.delayMs, request.signal);
    try {
      const azure = options.azure;
      const deployment = /^\/openai\/deployments\/([^/]+)\/chat\/completions$/.exec(url.pathname)?.[1];
      const served =
        azure === undefined ? url.pathname.endsWith('/chat/completions') : deployment !== undefined;
      if (request.method !== 'POST' || !served) {
        throw new SimulatedApiError(
          404,
          'invalid_request_error',
          `Invalid URL (${request.method} ${url.pathname})`,
        );
      }
      const key =
        azure === undefined
          ? /^Bearer (.+)$/.exec(request.headers.get('authorization') ?? '')?.[1]
          : (request.headers.get('api-key') ?? undefined);
      if (azure !== undefined && key !== apiKey) {
        throw new SimulatedApiError(
          401,
          'invalid_request_error',
          'Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription (the api-key header) and use a correct regional API endpoint for your resource.',
          '401',
        );
      }
      if (key !== apiKey) {
        throw new SimulatedApiError(
          401,
          'invalid_request_error',
          'Incorrect API key provided.',
          'invalid_api_key',
        );
      }
      const failure = scripted.takeError() as (ScriptedError & { code?: string }) | undefined;
      if (failure !== undefined) {
        record.status = failure.status;
        const e = new SimulatedApiError(
          failure.status,
          failure.type,
          failure.message ?? failure.type,
          failure.code ?? null,
        );
        return error(requestId, e, retryHeaders(failure));
      }
      if (raw === undefined) throw invalid('We could not parse the JSON body of your request.');
      const parsed = ChatBodySchema.safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const param = issue?.path.join('.') || null;
        throw invalid(`Invalid '${param ?? 'body'}': ${issue?.message}`, param);
      }
      const body = parsed.data;
      let modelName = body.model;
      if (azure !== undefined) {
        if (apiVersion === undefined) {
          throw invalid('Missing required query parameter: api-version', 'api-version', 'BadRequest');
        }
        if (!(AZURE_API_VERSIONS as readonly string[]).includes(apiVersion)) {
          throw new SimulatedApiError(404, 'invalid_request_error', 'Resource not found', '404');
        }
        const served = Object.hasOwn(azure.deployments, deployment ?? '')
          ? azure.deployments[deployment ?? '']
          : undefined;
        if (served === undefined) {
          throw new SimulatedApiError(
            404,
            'invalid_request_error',
            'The API deployment for this resource does not exist. If you created the deployment within the last 5 minutes, please wait a moment and try again.',
            'DeploymentNotFound',
          );
        }
        checkAzureVersion(body, apiVersion);
        modelName = served;
      }
      const model = SIMULATED_OPENAI_MODELS[modelName];
      if (model === undefined) {
        throw new SimulatedApiError(
          404,
          'invalid_request_error',
          `The model \`${body.model}\` does not exist or you do not have access to it.`,
          'model_not_found',
        );
      }
      checkModelRules(body, model);
      return await answer({ ...body, model: modelName }, model, requestId, scripted.takeReply());
    } catch (e) {
      if (!(e instanceof SimulatedApiError)) throw e;
      record.status = e.status;
      return error(requestId, e);
    }
  }

  async function answer(
    body: ChatBody,
    model: SimulatedOpenAiModel,
    requestId: string,
    reply: ModelReply | undefined,
  ): Promise<Response> {
    const system = body.messages
      .filter((m) => m.role === 'system' || m.role === 'developer')
      .map((m) => text(m.content))
      .join('\n');
    const user = text(body.messages.findLast((m) => m.role === 'user')?.content ?? '');
    const promptTokens = tokens(JSON.stringify([body.response_format ?? null, body.messages]));
    if (promptTokens > model.contextWindowTokens) {
      throw invalid(
        `This model's maximum context length is ${model.contextWindowTokens} tokens.`,
        'messages',
        'context_length_exceeded',
      );
    }
    // The cacheable prefix: the response format and the system messages, identical across requests.
    const prefix = JSON.stringify([body.model, body.response_format ?? null, system]);
    const prefixTokens = tokens(prefix);
    let cached = 0;
    if (prefixTokens >= OPENAI_MIN_CACHED_TOKENS) {
      if (cache.has(prefix)) cached = Math.floor(prefixTokens / 128) * 128;
      else cache.add(prefix);
    }
    const reasoning = model.reasoning ? SIMULATED_REASONING_TOKENS[body.reasoning_effort ?? 'medium'] : 0;
    const schema =
      body.response_format?.type === 'json_schema' ? body.response_format.json_schema.schema : undefined;
    let finish: FinishReason = reply !== undefined && 'finishReason' in reply ? reply.finishReason : 'stop';
    let content: string | null;
    let refusal: string | null = null;
    let toolCalls: ReturnType<typeof toolCallsOf> = [];
    if (reply === undefined && options.act !== undefined && (body.tools ?? []).length > 0) {
      const move = await options.act(
        toolTurnRequest(body.model, body.messages as Parameters<typeof toolTurnRequest>[1], body.tools ?? []),
      );
      content = move.text ?? null;
      if ('toolCalls' in move && move.toolCalls.length > 0) {
        toolCalls = toolCallsOf(move.toolCalls, n);
        finish = 'tool_calls';
      }
    } else if (reply !== undefined && 'refusal' in reply) {
      content = null;
      refusal = reply.refusal;
    } else if (reply !== undefined && 'text' in reply) content = reply.text;
    else
      content = JSON.stringify(
        (await options.answer?.({ model: body.model, system, user, schema, body })) ?? {},
      );
    const limit = body.max_completion_tokens ?? body.max_tokens ?? model.maxOutputTokens;
    if (content !== null && tokens(content) + reasoning > limit) {
      content = content.slice(0, Math.max(0, limit - reasoning) * 4);
      finish = 'length';
    }
    if (finish === 'content_filter') content = null;
    const completion =
      tokens(content ?? refusal ?? '') +
      (toolCalls.length === 0 ? 0 : tokens(JSON.stringify(toolCalls))) +
      reasoning;
    const message = {
      id: `chatcmpl-sim${String(n).padStart(20, '0')}`,
      object: 'chat.completion',
      created: 1_764_547_200 + n,
      model: body.model,
      choices: [
        {
          index: 0,
          message: {
            role: 'assistant',
            content,
            refusal,
            ...(toolCalls.length === 0 ? {} : { tool_calls: toolCalls }),
          },
          logprobs: null,
          finish_reason: finish,
        },
      ],
      usage: {
        prompt_tokens: promptTokens,
        completion_tokens: completion,
        total_tokens: promptTokens + completion,
        prompt_tokens_details: { cached_tokens: cached, audio_tokens: 0 },
        completion_tokens_details: { reasoning_tokens: reasoning, audio_tokens: 0 },
      },
      system_fingerprint: 'fp_sim',
    };
    return new Response(JSON.stringify(message), {
      status: 200,
      headers: { 'content-type': 'application/json', 'x-request-id': requestId },
    });
  }

  return {
    fetch: asFetch(handle),
    requests,
    script: (...replies) => scripted.push(...replies),
  };
}
