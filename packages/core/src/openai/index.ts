/**
 * `@closeout/core/openai`: a note generator for OpenAI-compatible APIs (OpenAI, Azure OpenAI, a
 * local vLLM or Ollama server). Needs `openai` (an optional peer dependency).
 *
 * @packageDocumentation
 */

export { AZURE_MIN_API_VERSION } from './azure.js';
export { toOpenAiGeneratorError } from './errors.js';
export type { OpenAiGeneratorOptions } from './generator.js';
export { DEFAULT_OPENAI_MAX_OUTPUT_TOKENS, DEFAULT_OPENAI_TIMEOUT_MS, openaiGenerator } from './generator.js';
export { OPENAI_NOTE_FORMAT } from './request.js';
