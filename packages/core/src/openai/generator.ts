import OpenAI from 'openai';
import { z } from 'zod';
import { requireApiKey } from '../generators/api-key.js';
import type { NoteGenerator } from '../generators/types.js';
import { parseInput } from '../model/validate.js';
import { readCompletion } from './answer.js';
import { checkAzureClient } from './azure.js';
import { toOpenAiGeneratorError } from './errors.js';
import { buildChatRequest, type OpenAiRequestSettings } from './request.js';

/** The default cap on output tokens per request (`max_completion_tokens`). */
export const DEFAULT_OPENAI_MAX_OUTPUT_TOKENS = 8_192;

/** The default time one request may take, in milliseconds: a person is waiting for the preview. */
export const DEFAULT_OPENAI_TIMEOUT_MS = 60_000;

/** Options for {@link openaiGenerator}. */
export interface OpenAiGeneratorOptions {
  /**
   * The model or deployment name, e.g. `gpt-5-mini`, an Azure OpenAI deployment, or a model served
   * by vLLM or Ollama. Required: there is no default that fits every server. Part of the
   * generator id, so of the cache key.
   */
  model: string;
  /**
   * A configured SDK client: `new AzureOpenAI({endpoint, apiKey, apiVersion})` for Azure OpenAI
   * (`model` is then the deployment name; `apiVersion` must be `AZURE_MIN_API_VERSION` or
   * later, or construction fails), or any `OpenAI` client (retries, proxy, `fetch`). Its retry policy applies (by default two retries on 408, 409, 429
   * and 5xx, unless the server sends `x-should-retry`).
   */
  client?: OpenAI;
  /** The server, e.g. `http://localhost:11434/v1` for Ollama or `http://gpu-box:8000/v1` for vLLM. */
  baseURL?: string;
  /**
   * Used to create a client when none is given; default `process.env.OPENAI_API_KEY`. A local
   * server that checks no key still needs a value here (any string, e.g. `'ollama'`).
   */
  apiKey?: string;
  /** `max_completion_tokens` per request; default {@link DEFAULT_OPENAI_MAX_OUTPUT_TOKENS}. */
  maxOutputTokens?: number;
  /** `reasoning_effort`, for reasoning models only (others refuse it); default: not sent. */
  reasoningEffort?: 'minimal' | 'low' | 'medium' | 'high';
  /** Time per request attempt in milliseconds; default {@link DEFAULT_OPENAI_TIMEOUT_MS}. */
  timeoutMs?: number;
}

/** The plain options, checked at construction; shared with the claim auditor. */
export const OptionsSchema = z.object({
  model: z.string().trim().min(1),
  baseURL: z.url({ protocol: /^https?$/ }).optional(),
  apiKey: z.string().min(1).optional(),
  maxOutputTokens: z.number().int().min(1).optional(),
  reasoningEffort: z.enum(['minimal', 'low', 'medium', 'high']).optional(),
  timeoutMs: z.number().int().min(1).optional(),
});

/**
 * A note generator for OpenAI-compatible Chat Completions APIs: OpenAI, Azure OpenAI, and a local
 * vLLM or Ollama server for MSPs whose client data may not leave their network. It asks for the
 * sections through structured outputs (`response_format` json_schema, strict, built by the SDK's
 * `zodResponseFormat` from the section schemas); core checks them with zod and the faithfulness
 * guard, retries a rejected answer once with feedback, and renders the markdown, exactly as for
 * Claude. Errors map to `GENERATOR_FAILED` with `retryable` as the SDK judges it.
 *
 * Throws `VALIDATION_FAILED` at once without `model`, without a client, an `apiKey` and
 * `OPENAI_API_KEY`, or with an `AzureOpenAI` client whose `apiVersion` predates
 * `AZURE_MIN_API_VERSION`.
 *
 * @example
 * ```ts
 * import { createCloseout } from '@closeout/core';
 * import { openaiGenerator } from '@closeout/core/openai';
 * import { memoryStorage } from '@closeout/storage-memory';
 *
 * // A local Ollama server: the session never leaves the network.
 * const generator = openaiGenerator({ baseURL: 'http://localhost:11434/v1', apiKey: 'ollama', model: 'qwen3:14b' });
 * const closeout = createCloseout({ storage: memoryStorage(), generator });
 * ```
 */
export function openaiGenerator(options: OpenAiGeneratorOptions): NoteGenerator {
  const { client: given, ...plain } = options;
  const checked = parseInput(OptionsSchema, plain, 'openaiGenerator options');
  checkAzureClient(given);
  const apiKey = requireApiKey(
    { client: given, apiKey: checked.apiKey },
    'OPENAI_API_KEY',
    'openaiGenerator',
  );
  const client =
    given ?? new OpenAI({ apiKey, ...(checked.baseURL === undefined ? {} : { baseURL: checked.baseURL }) });
  const timeoutMs = checked.timeoutMs ?? DEFAULT_OPENAI_TIMEOUT_MS;
  const settings: OpenAiRequestSettings = {
    model: checked.model,
    maxTokens: checked.maxOutputTokens ?? DEFAULT_OPENAI_MAX_OUTPUT_TOKENS,
    reasoningEffort: checked.reasoningEffort,
  };

  return {
    id: `openai:${checked.model}`,
    telemetry: { provider: 'openai', model: checked.model },
    async generate(request) {
      let completion: OpenAI.ChatCompletion;
      try {
        completion = await client.chat.completions.create(buildChatRequest(request, settings), {
          timeout: timeoutMs,
        });
      } catch (error) {
        throw toOpenAiGeneratorError(error, checked.model, timeoutMs);
      }
      return readCompletion(completion, request, checked.model);
    },
  };
}
