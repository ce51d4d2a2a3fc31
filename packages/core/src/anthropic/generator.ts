import Anthropic from '@anthropic-ai/sdk';
import { GeneratorError } from '../errors.js';
import { SYSTEM_PROMPT } from '../generators/prompts/system.js';
import { buildUserMessage } from '../generators/prompts/user.js';
import type { NoteGenerator } from '../generators/types.js';
import { toGeneratorError } from './errors.js';
import { NOTE_TOOLS, TOOL_NAMES } from './tools.js';

/** The default model: the newest Sonnet in the SDK's `Model` type. */
export const DEFAULT_ANTHROPIC_MODEL: Anthropic.Messages.Model = 'claude-sonnet-5-5';

/** The default cap on output tokens per request; an escalation of a large session needs a few thousand. */
export const DEFAULT_MAX_OUTPUT_TOKENS = 8_192;

/** Options for {@link anthropicGenerator}. */
export interface AnthropicGeneratorOptions {
  /**
   * A configured SDK client (retries, timeout, base URL, proxy). Its retry policy applies: by
   * default the SDK retries 408, 409, 429 and 5xx (including 529 overloaded) twice with backoff.
   */
  client?: Anthropic;
  /** Used to create a client when none is given. Without either, the SDK reads `ANTHROPIC_API_KEY`. */
  apiKey?: string;
  /** The model; default {@link DEFAULT_ANTHROPIC_MODEL}. Part of the generator id, so of the cache key. */
  model?: Anthropic.Messages.Model;
  /** `max_tokens` per request; default {@link DEFAULT_MAX_OUTPUT_TOKENS}. */
  maxOutputTokens?: number;
}

/**
 * A note generator backed by Claude. Each request sends the stable system prompt marked for prompt
 * caching (`cache_control`), both document tools (identical on every request, so they share the
 * cache), the masked bundle in the user message, and forces the tool for the document wanted, so
 * the answer is structured sections that core validates with zod and the faithfulness guard.
 * Token usage, cache reads and writes included, lands on the preview. SDK errors become
 * `GENERATOR_FAILED` with `retryable`.
 *
 * @example
 * ```ts
 * import { anthropicGenerator } from '@closeout/core/anthropic';
 * const closeout = createCloseout({ storage, generator: anthropicGenerator({ apiKey: process.env.ANTHROPIC_API_KEY }) });
 * ```
 */
export function anthropicGenerator(options: AnthropicGeneratorOptions = {}): NoteGenerator {
  const model = options.model ?? DEFAULT_ANTHROPIC_MODEL;
  const maxTokens = options.maxOutputTokens ?? DEFAULT_MAX_OUTPUT_TOKENS;
  let client = options.client;

  return {
    id: `anthropic:${model}`,
    async generate({ kind, bundle, feedback }) {
      const toolName = TOOL_NAMES[kind];
      let message: Anthropic.Messages.Message;
      try {
        client ??= new Anthropic(options.apiKey === undefined ? {} : { apiKey: options.apiKey });
        message = await client.messages.create({
          model,
          max_tokens: maxTokens,
          system: [{ type: 'text', text: SYSTEM_PROMPT, cache_control: { type: 'ephemeral' } }],
          tools: NOTE_TOOLS,
          tool_choice: { type: 'tool', name: toolName, disable_parallel_tool_use: true },
          messages: [{ role: 'user', content: buildUserMessage(kind, bundle, feedback) }],
        });
      } catch (error) {
        throw toGeneratorError(error, model);
      }
      const usage = {
        inputTokens: message.usage.input_tokens,
        outputTokens: message.usage.output_tokens,
        cacheReadInputTokens: message.usage.cache_read_input_tokens ?? 0,
        cacheCreationInputTokens: message.usage.cache_creation_input_tokens ?? 0,
      };
      if (message.stop_reason === 'max_tokens' || message.stop_reason === 'refusal') {
        throw new GeneratorError(
          message.stop_reason === 'max_tokens'
            ? `The model ran out of output tokens (max ${maxTokens}); raise maxOutputTokens`
            : 'The model declined to write this document',
          {
            retryable: false,
            details: { provider: 'anthropic', model, stopReason: message.stop_reason, requestId: message.id },
          },
        );
      }
      const call = message.content.find((block) => block.type === 'tool_use' && block.name === toolName);
      // No tool call is an invalid output like any other: core retries once, then rejects it.
      return { sections: call?.type === 'tool_use' ? call.input : null, usage };
    },
  };
}
