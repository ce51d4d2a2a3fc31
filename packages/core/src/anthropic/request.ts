import type Anthropic from '@anthropic-ai/sdk';
import { zodOutputFormat } from '@anthropic-ai/sdk/helpers/zod';
import { estimateTokens } from '../bundle/tokens.js';
import { DocumentSchema } from '../generators/prompts/document.js';
import { SYSTEM_PROMPT } from '../generators/prompts/system.js';
import { buildUserMessage } from '../generators/prompts/user.js';
import type { GenerateRequest } from '../generators/types.js';
import { anthropicModelSettings, checkAnthropicRequest } from './model-rules.js';
import type { AnthropicEffort } from './models.js';

// The request, identical for both kinds up to the user message: the output format (built by the
// SDK's zodOutputFormat from the section schemas, one field per kind) and the system prompt, marked
// for caching, form one prefix that resolve and escalate requests share.

const FORMAT = zodOutputFormat(DocumentSchema);

/** The `output_config.format` of every request; the SDK's parse function stays out of the body. */
export const NOTE_FORMAT: Anthropic.Messages.JSONOutputFormat = { type: FORMAT.type, schema: FORMAT.schema };

/**
 * The cached prefix's size in tokens, estimated as closeout estimates bundles (characters / 4):
 * the output schema and the system prompt. Compare it with the model's `minCacheableTokens`.
 */
export function cachedPrefixTokens(): number {
  return estimateTokens(JSON.stringify(NOTE_FORMAT.schema)) + estimateTokens(SYSTEM_PROMPT);
}

/** One Claude call with a structured answer: what {@link anthropicRequest} builds a request from. */
export interface AnthropicRequestInput {
  model: Anthropic.Messages.Model;
  maxTokens: number;
  /** The system prompt; marked for caching, so calls sharing it share a cached prefix. */
  system: string;
  /** The user message. */
  user: string;
  /** `output_config.format`: the JSON schema the answer's text block follows. */
  format: Anthropic.Messages.JSONOutputFormat;
  /** `thinking`; default the model's, from `SUPPORTED_ANTHROPIC_MODELS`. */
  thinking?: Anthropic.Messages.ThinkingConfigParam | undefined;
  /** `output_config.effort`; default the model's. */
  effort?: AnthropicEffort | undefined;
}

/**
 * A Messages API request for any closeout call to Claude: thinking and effort chosen per model
 * from `SUPPORTED_ANTHROPIC_MODELS`, the system prompt marked for caching, the answer asked for
 * through structured outputs, and the whole request checked against the model's rules. A setting
 * the model refuses is `VALIDATION_FAILED` naming the option and the model; nothing is sent.
 */
export function anthropicRequest(
  input: AnthropicRequestInput,
): Anthropic.Messages.MessageCreateParamsNonStreaming {
  const { thinking, effort } = anthropicModelSettings(input);
  const request: Anthropic.Messages.MessageCreateParamsNonStreaming = {
    model: input.model,
    max_tokens: input.maxTokens,
    system: [{ type: 'text', text: input.system, cache_control: { type: 'ephemeral' } }],
    messages: [{ role: 'user', content: input.user }],
    thinking,
    output_config: { effort, format: input.format },
  };
  checkAnthropicRequest(request);
  return request;
}

/** How a note request thinks, and how hard: the generator's settings (unset: the model's). */
export interface RequestSettings {
  model: Anthropic.Messages.Model;
  maxTokens: number;
  thinking?: Anthropic.Messages.ThinkingConfigParam | undefined;
  effort?: AnthropicEffort | undefined;
}

/** What differs between closeout's Messages API calls (a draft, a claim audit): prompts and format. */
export interface RequestContent {
  /** The fixed system prompt, marked for caching. */
  system: string;
  /** The per-call user message. */
  user: string;
  format: Anthropic.Messages.JSONOutputFormat;
}

/**
 * A Messages API request of closeout's: the one place the model settings become a request, so
 * every call (the generator's and the claim auditor's) follows the same model rules. It is
 * {@link anthropicRequest} with the content and the settings apart: thinking and effort left unset
 * are the model's, and a setting the model refuses is `VALIDATION_FAILED` before anything is sent.
 */
export function buildMessagesRequest(
  content: RequestContent,
  settings: RequestSettings,
): Anthropic.Messages.MessageCreateParamsNonStreaming {
  return anthropicRequest({ ...settings, ...content });
}

/** The Messages API request for one generation. */
export function buildRequest(
  { kind, bundle, feedback }: GenerateRequest,
  settings: RequestSettings,
): Anthropic.Messages.MessageCreateParamsNonStreaming {
  return buildMessagesRequest(
    { system: SYSTEM_PROMPT, user: buildUserMessage(kind, bundle, feedback), format: NOTE_FORMAT },
    settings,
  );
}
