/**
 * `@closeout/core/anthropic`: the Claude note generator and claim auditor. Needs `@anthropic-ai/sdk`
 * (an optional peer dependency).
 *
 * @packageDocumentation
 */

export type { AnthropicClaimAuditorOptions } from './auditor.js';
export {
  AUDIT_FORMAT,
  anthropicClaimAuditor,
  DEFAULT_AUDIT_EFFORT,
  DEFAULT_AUDIT_MAX_OUTPUT_TOKENS,
} from './auditor.js';
export { toGeneratorError } from './errors.js';
export type { AnthropicGeneratorOptions } from './generator.js';
export {
  anthropicGenerator,
  DEFAULT_ANTHROPIC_EFFORT,
  DEFAULT_ANTHROPIC_THINKING,
  DEFAULT_ANTHROPIC_TIMEOUT_MS,
  DEFAULT_MAX_OUTPUT_TOKENS,
} from './generator.js';
export type { AnthropicModelChoice, AnthropicModelSettings, AnthropicRequestBody } from './model-rules.js';
export { anthropicModelSettings, checkAnthropicRequest } from './model-rules.js';
export type { AnthropicEffort, AnthropicModelFacts, AnthropicThinkingMode } from './models.js';
export { anthropicModelFacts, DEFAULT_ANTHROPIC_MODEL, SUPPORTED_ANTHROPIC_MODELS } from './models.js';
export type { AnthropicRequestInput, RequestContent } from './request.js';
export { anthropicRequest, buildMessagesRequest, cachedPrefixTokens, NOTE_FORMAT } from './request.js';
