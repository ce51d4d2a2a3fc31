/**
 * `@closeout/core/openai`: a note generator and a claim auditor for OpenAI-compatible APIs (OpenAI, Azure OpenAI, a
 * local vLLM or Ollama server). Needs `openai` (an optional peer dependency).
 *
 * @packageDocumentation
 */

export type { OpenAiClaimAuditorOptions } from './auditor.js';
export {
  DEFAULT_OPENAI_AUDIT_MAX_OUTPUT_TOKENS,
  OPENAI_AUDIT_FORMAT,
  openaiClaimAuditor,
} from './auditor.js';
export { AZURE_MIN_API_VERSION } from './azure.js';
export { toOpenAiGeneratorError } from './errors.js';
export type { OpenAiGeneratorOptions } from './generator.js';
export { DEFAULT_OPENAI_MAX_OUTPUT_TOKENS, DEFAULT_OPENAI_TIMEOUT_MS, openaiGenerator } from './generator.js';
export { buildChatCompletionRequest, type ChatContent, OPENAI_NOTE_FORMAT } from './request.js';
