import type OpenAI from 'openai';
import { GeneratorError } from '../errors.js';
import { readDocument } from '../generators/prompts/document.js';
import type { GenerateRequest, GeneratorOutput, TokenUsage } from '../generators/types.js';

/** The preview's token usage from a completion's: cached prompt tokens counted apart, as Claude's are. */
export function openAiUsage(usage: OpenAI.CompletionUsage | undefined): TokenUsage | undefined {
  if (usage === undefined) return undefined;
  const cached = usage.prompt_tokens_details?.cached_tokens ?? 0;
  const reasoning = usage.completion_tokens_details?.reasoning_tokens;
  return {
    inputTokens: usage.prompt_tokens - cached,
    outputTokens: usage.completion_tokens,
    cacheReadInputTokens: cached,
    cacheCreationInputTokens: usage.prompt_tokens_details?.cache_write_tokens ?? 0,
    ...(reasoning === undefined ? {} : { thinkingTokens: reasoning }),
  };
}

/**
 * Reads the sections out of a completion: the first choice's JSON content. A cut-off answer
 * (`length`), a filtered one or a refusal fails at once, since the same request would end the same
 * way; content that is not the document is `malformed` (core retries once with feedback).
 */
export function readCompletion(
  completion: OpenAI.ChatCompletion,
  request: GenerateRequest,
  model: string,
): GeneratorOutput {
  const { content, usage } = completionContent(completion, model);
  const withUsage = usage === undefined ? {} : { usage };
  if (content === undefined)
    return { sections: undefined, malformed: 'the answer had no text', ...withUsage };
  const read = readDocument(request.kind, content);
  return 'malformed' in read
    ? { sections: undefined, malformed: read.malformed, ...withUsage }
    : { sections: read.sections, ...withUsage };
}

/**
 * The first choice's content and the usage; a cut-off, filtered or refused answer throws
 * `GENERATOR_FAILED` (the same request would end the same way).
 */
export function completionContent(
  completion: OpenAI.ChatCompletion,
  model: string,
): { content: string | undefined; usage: TokenUsage | undefined } {
  const usage = openAiUsage(completion.usage);
  const choice = completion.choices[0];
  const fail = (message: string) =>
    new GeneratorError(message, {
      retryable: false,
      details: {
        provider: 'openai',
        model,
        finishReason: choice?.finish_reason,
        requestId: completion.id,
        usage,
      },
    });
  if (choice?.finish_reason === 'length') {
    throw fail('The model ran out of output tokens before finishing the document; raise maxOutputTokens');
  }
  if (choice?.finish_reason === 'content_filter' || typeof choice?.message.refusal === 'string') {
    throw fail('The model declined to write this document');
  }
  const content = choice?.message.content;
  return { content: typeof content === 'string' && content !== '' ? content : undefined, usage };
}
