/**
 * `@closeout/core/anthropic`: the Anthropic note generator. Needs `@anthropic-ai/sdk`
 * (an optional peer dependency).
 *
 * @packageDocumentation
 */

export { toGeneratorError } from './errors.js';
export type { AnthropicGeneratorOptions } from './generator.js';
export { anthropicGenerator, DEFAULT_ANTHROPIC_MODEL, DEFAULT_MAX_OUTPUT_TOKENS } from './generator.js';
