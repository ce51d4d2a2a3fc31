/**
 * `@closeout/core/anthropic`: the Claude note generator. Needs `@anthropic-ai/sdk`
 * (an optional peer dependency).
 *
 * @packageDocumentation
 */

export { toGeneratorError } from './errors.js';
export type { AnthropicGeneratorOptions } from './generator.js';
export {
  anthropicGenerator,
  DEFAULT_ANTHROPIC_EFFORT,
  DEFAULT_ANTHROPIC_THINKING,
  DEFAULT_ANTHROPIC_TIMEOUT_MS,
  DEFAULT_MAX_OUTPUT_TOKENS,
} from './generator.js';
export type { AnthropicModelFacts } from './models.js';
export { DEFAULT_ANTHROPIC_MODEL, SUPPORTED_ANTHROPIC_MODELS } from './models.js';
export { cachedPrefixTokens, NOTE_FORMAT } from './request.js';
