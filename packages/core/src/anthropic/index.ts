/**
 * `@closeout/core/anthropic`: the Anthropic note generator. Needs `@anthropic-ai/sdk`
 * (an optional peer dependency).
 *
 * @packageDocumentation
 */
export {};
