import type Anthropic from '@anthropic-ai/sdk';
import { zodOutputFormat } from '@anthropic-ai/sdk/helpers/zod';
import { estimateTokens } from '../bundle/tokens.js';
import { DocumentSchema } from '../generators/prompts/document.js';
import { SYSTEM_PROMPT } from '../generators/prompts/system.js';
import { buildUserMessage } from '../generators/prompts/user.js';
import type { GenerateRequest } from '../generators/types.js';

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

/** How a request thinks, and how hard: the generator's settings. */
export interface RequestSettings {
  model: Anthropic.Messages.Model;
  maxTokens: number;
  thinking: Anthropic.Messages.ThinkingConfigParam;
  effort: NonNullable<Anthropic.Messages.OutputConfig['effort']>;
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
 * every call (the generator's and the claim auditor's) follows the same model rules.
 */
export function buildMessagesRequest(
  content: RequestContent,
  settings: RequestSettings,
): Anthropic.Messages.MessageCreateParamsNonStreaming {
  return {
    model: settings.model,
    max_tokens: settings.maxTokens,
    system: [{ type: 'text', text: content.system, cache_control: { type: 'ephemeral' } }],
    messages: [{ role: 'user', content: content.user }],
    thinking: settings.thinking,
    output_config: { effort: settings.effort, format: content.format },
  };
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
