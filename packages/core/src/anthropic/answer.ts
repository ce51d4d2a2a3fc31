import type Anthropic from '@anthropic-ai/sdk';
import { GeneratorError } from '../errors.js';
import { readDocument } from '../generators/prompts/document.js';
import type { GenerateRequest, GeneratorOutput, TokenUsage } from '../generators/types.js';

/** The preview's token usage from the API's. */
export function usageOf(usage: Anthropic.Messages.Usage): TokenUsage {
  return {
    inputTokens: usage.input_tokens,
    outputTokens: usage.output_tokens,
    cacheReadInputTokens: usage.cache_read_input_tokens ?? 0,
    cacheCreationInputTokens: usage.cache_creation_input_tokens ?? 0,
    ...(usage.output_tokens_details ? { thinkingTokens: usage.output_tokens_details.thinking_tokens } : {}),
  };
}

// Stop reasons that end the generation with no usable document. Each fails at once: the same
// request would stop the same way, so neither the SDK nor core sends it again.
const STOPPED: Partial<Record<Anthropic.Messages.StopReason, { message: string; retryable: boolean }>> = {
  max_tokens: {
    message: 'The model ran out of output tokens before finishing the document; raise maxOutputTokens',
    retryable: false,
  },
  refusal: { message: 'The model declined to write this document', retryable: false },
  model_context_window_exceeded: {
    message: "The session does not fit the model's context window",
    retryable: false,
  },
  // A paused turn (a long server-side operation) is not an answer; a later call may finish.
  pause_turn: { message: 'The model paused its turn before answering', retryable: true },
};

/**
 * Reads the sections out of a Messages API answer: the JSON `text` block (never `content[0]`,
 * which can be a thinking block), parsed and narrowed to the kind's field. What cannot be read is
 * `malformed` (core retries once with it as feedback); a stop reason that left no document throws.
 */
export function readAnswer(
  message: Anthropic.Messages.Message,
  request: GenerateRequest,
  model: string,
): GeneratorOutput {
  const { text, usage } = answerText(message, model);
  if (text === undefined) return { sections: undefined, malformed: 'the answer had no text', usage };
  const read = readDocument(request.kind, text);
  return 'malformed' in read
    ? { sections: undefined, malformed: read.malformed, usage }
    : { sections: read.sections, usage };
}

/**
 * The text of a Messages API answer (its last text block, after any thinking) and its usage; a
 * stop reason that left no usable answer throws `GENERATOR_FAILED`.
 */
export function answerText(
  message: Anthropic.Messages.Message,
  model: string,
): { text: string | undefined; usage: TokenUsage } {
  const usage = usageOf(message.usage);
  const stopped = message.stop_reason === null ? undefined : STOPPED[message.stop_reason];
  if (stopped !== undefined) {
    throw new GeneratorError(stopped.message, {
      retryable: stopped.retryable,
      details: {
        provider: 'anthropic',
        model,
        stopReason: message.stop_reason,
        requestId: message.id,
        usage,
      },
    });
  }
  const text = message.content.findLast((block) => block.type === 'text');
  return { text: text?.type === 'text' ? text.text : undefined, usage };
}
