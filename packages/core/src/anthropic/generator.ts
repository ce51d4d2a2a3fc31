import Anthropic from '@anthropic-ai/sdk';
import { z } from 'zod';
import { requireApiKey } from '../generators/api-key.js';
import type { NoteGenerator } from '../generators/types.js';
import { parseInput } from '../model/validate.js';
import { readAnswer } from './answer.js';
import { toGeneratorError } from './errors.js';
import { anthropicModelSettings } from './model-rules.js';
import { DEFAULT_ANTHROPIC_MODEL, SUPPORTED_ANTHROPIC_MODELS } from './models.js';
import { buildRequest, type RequestSettings } from './request.js';

/** The default cap on output tokens per request; an escalation of a large session needs a few thousand. */
export const DEFAULT_MAX_OUTPUT_TOKENS = 8_192;

/**
 * The default time one request may take, in milliseconds. A person is waiting for the preview: a
 * note is a few hundred output tokens, an escalation of a large session a few thousand, well
 * inside a minute; the SDK's own default (10 minutes) would leave them staring at a spinner.
 */
export const DEFAULT_ANTHROPIC_TIMEOUT_MS = 60_000;

/**
 * The default model's thinking: `between_tools`, the lowest it accepts (`disabled` answers 400).
 * Each model's own default is in `SUPPORTED_ANTHROPIC_MODELS` (Sonnet 5 has no `between_tools`
 * and gets `disabled`); the generator sends the model's.
 */
export const DEFAULT_ANTHROPIC_THINKING: Anthropic.Messages.ThinkingConfigParam = {
  ...(SUPPORTED_ANTHROPIC_MODELS[DEFAULT_ANTHROPIC_MODEL]?.thinking ?? { type: 'between_tools' }),
};

/**
 * The default effort: `medium`. `between_tools` is refused at `xhigh` and `max`; `low` risks a
 * terse document that leaves out an applied fix, and a rejected draft costs a whole second request.
 */
export const DEFAULT_ANTHROPIC_EFFORT = 'medium' as const;

/** Options for {@link anthropicGenerator}. */
export interface AnthropicGeneratorOptions {
  /**
   * A configured SDK client (retries, base URL, proxy, `fetch`). Its retry policy applies: by
   * default the SDK retries 408, 409, 429 and 5xx (including 529 overloaded) twice with backoff,
   * unless the API says not to (`x-should-retry`).
   */
  client?: Anthropic;
  /** Used to create a client when none is given; default `process.env.ANTHROPIC_API_KEY`. */
  apiKey?: string;
  /** The model; default {@link DEFAULT_ANTHROPIC_MODEL}. Part of the generator id, so of the cache key. */
  model?: Anthropic.Messages.Model;
  /** `max_tokens` per request; default {@link DEFAULT_MAX_OUTPUT_TOKENS}. */
  maxOutputTokens?: number;
  /**
   * `thinking`; default the model's, from `SUPPORTED_ANTHROPIC_MODELS` ({@link DEFAULT_ANTHROPIC_THINKING}
   * for the default model). A mode the model refuses is `VALIDATION_FAILED` at construction.
   */
  thinking?: Anthropic.Messages.ThinkingConfigParam;
  /** `output_config.effort`; default the model's ({@link DEFAULT_ANTHROPIC_EFFORT}). */
  effort?: NonNullable<Anthropic.Messages.OutputConfig['effort']>;
  /** Time per request attempt in milliseconds; default {@link DEFAULT_ANTHROPIC_TIMEOUT_MS}. */
  timeoutMs?: number;
}

/** The plain options, checked at construction; shared with the claim auditor. */
export const OptionsSchema = z.object({
  apiKey: z.string().min(1).optional(),
  model: z.string().min(1).optional(),
  maxOutputTokens: z.number().int().min(1).max(128_000).optional(),
  effort: z.enum(['low', 'medium', 'high', 'xhigh', 'max']).optional(),
  timeoutMs: z.number().int().min(1).optional(),
});

/**
 * A note generator backed by Claude. Each request asks for the sections through structured
 * outputs (`output_config.format`, built by the SDK's `zodOutputFormat` from the section schemas),
 * with the system prompt marked for prompt caching; the format and the system prompt are the same
 * for both kinds, so resolve and escalate requests share one cached prefix. The answer's JSON text
 * block is validated by core with zod and the faithfulness guard. Token usage (cache reads and
 * writes, thinking) lands on the preview; SDK errors become `GENERATOR_FAILED` with `retryable`.
 *
 * Thinking and effort are chosen per model from `SUPPORTED_ANTHROPIC_MODELS`, and every request is
 * checked against the model's rules before it is sent.
 *
 * Throws `VALIDATION_FAILED` at once when there is no client, no `apiKey` and no
 * `ANTHROPIC_API_KEY`, when an option is out of range, or when the model refuses the thinking or
 * effort asked for (naming the option and the model).
 *
 * @example
 * ```ts
 * import { createCloseout } from '@closeout/core';
 * import { anthropicGenerator } from '@closeout/core/anthropic';
 * import { memoryStorage } from '@closeout/storage-memory';
 *
 * const closeout = createCloseout({ storage: memoryStorage(), generator: anthropicGenerator() });
 * ```
 */
export function anthropicGenerator(options: AnthropicGeneratorOptions = {}): NoteGenerator {
  const { client: given, thinking, ...plain } = options;
  const checked = parseInput(OptionsSchema, plain, 'anthropicGenerator options');
  const apiKey = requireApiKey(
    { client: given, apiKey: checked.apiKey },
    'ANTHROPIC_API_KEY',
    'anthropicGenerator',
  );
  const client = given ?? new Anthropic({ apiKey });
  const model = checked.model ?? DEFAULT_ANTHROPIC_MODEL;
  const timeoutMs = checked.timeoutMs ?? DEFAULT_ANTHROPIC_TIMEOUT_MS;
  const settings: RequestSettings = {
    model,
    maxTokens: checked.maxOutputTokens ?? DEFAULT_MAX_OUTPUT_TOKENS,
    // Chosen per model and checked against its rules now: a refused setting fails here, not as a 400.
    ...anthropicModelSettings({ model, thinking, effort: checked.effort }),
  };

  return {
    id: `anthropic:${model}`,
    telemetry: { provider: 'anthropic', model },
    async generate(request) {
      let message: Anthropic.Messages.Message;
      try {
        message = await client.messages.create(buildRequest(request, settings), { timeout: timeoutMs });
      } catch (error) {
        throw toGeneratorError(error, model, timeoutMs);
      }
      return readAnswer(message, request, model);
    },
  };
}
