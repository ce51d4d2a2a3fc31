import type OpenAI from 'openai';
import { zodResponseFormat } from 'openai/helpers/zod';
import { DocumentSchema } from '../generators/prompts/document.js';
import { SYSTEM_PROMPT } from '../generators/prompts/system.js';
import { buildUserMessage } from '../generators/prompts/user.js';
import type { GenerateRequest } from '../generators/types.js';

// As for Claude: one response format for both kinds (built by the SDK's zodResponseFormat from the
// section schemas, strict) and one system message, so the prefix a provider caches automatically is
// the same for resolve and escalate requests; only the user message differs.

const FORMAT = zodResponseFormat(DocumentSchema, 'closeout_document');

/** The `response_format` of every request; the SDK's parse function stays out of the body. */
export const OPENAI_NOTE_FORMAT: OpenAI.ResponseFormatJSONSchema = {
  type: FORMAT.type,
  json_schema: FORMAT.json_schema,
};

/** What the generator sends besides the messages. */
export interface OpenAiRequestSettings {
  model: string;
  maxTokens: number;
  reasoningEffort: OpenAI.ReasoningEffort | undefined;
}

/** What differs between closeout's Chat Completions calls (a draft, a claim audit). */
export interface ChatContent {
  system: string;
  user: string;
  format: OpenAI.ResponseFormatJSONSchema;
}

/**
 * A Chat Completions request of closeout's: the one place the settings become a request, so the
 * generator's and the claim auditor's calls follow the same model rules.
 */
export function buildChatCompletionRequest(
  content: ChatContent,
  settings: OpenAiRequestSettings,
): OpenAI.ChatCompletionCreateParamsNonStreaming {
  return {
    model: settings.model,
    messages: [
      { role: 'system', content: content.system },
      { role: 'user', content: content.user },
    ],
    response_format: content.format,
    max_completion_tokens: settings.maxTokens,
    ...(settings.reasoningEffort === undefined ? {} : { reasoning_effort: settings.reasoningEffort }),
  };
}

/** The Chat Completions request for one generation. */
export function buildChatRequest(
  { kind, bundle, feedback }: GenerateRequest,
  settings: OpenAiRequestSettings,
): OpenAI.ChatCompletionCreateParamsNonStreaming {
  return buildChatCompletionRequest(
    { system: SYSTEM_PROMPT, user: buildUserMessage(kind, bundle, feedback), format: OPENAI_NOTE_FORMAT },
    settings,
  );
}
