import OpenAI from 'openai';
import { zodResponseFormat } from 'openai/helpers/zod';
import { GeneratorError } from '../errors.js';
import { requireApiKey } from '../generators/api-key.js';
import type { ClaimAuditor } from '../generators/auditor.js';
import {
  AUDIT_FORMAT_NAME,
  AUDIT_PROMPT_VERSION,
  AUDIT_SYSTEM_PROMPT,
  AuditAnswerSchema,
  buildAuditUserMessage,
  readAuditAnswer,
} from '../generators/prompts/audit.js';
import { parseInput } from '../model/validate.js';
import { completionContent } from './answer.js';
import { checkAzureClient } from './azure.js';
import { toOpenAiGeneratorError } from './errors.js';
import { DEFAULT_OPENAI_TIMEOUT_MS, type OpenAiGeneratorOptions, OptionsSchema } from './generator.js';
import { buildChatCompletionRequest, type OpenAiRequestSettings } from './request.js';

const FORMAT = zodResponseFormat(AuditAnswerSchema, AUDIT_FORMAT_NAME);

/** The `response_format` of every audit request (strict json_schema); the parse function stays out. */
export const OPENAI_AUDIT_FORMAT: OpenAI.ResponseFormatJSONSchema = {
  type: FORMAT.type,
  json_schema: FORMAT.json_schema,
};

/** The default cap on an audit's output tokens (`max_completion_tokens`). */
export const DEFAULT_OPENAI_AUDIT_MAX_OUTPUT_TOKENS = 2_048;

/** Options for {@link openaiClaimAuditor}: those of the generator, with the audit's defaults. */
export type OpenAiClaimAuditorOptions = OpenAiGeneratorOptions;

/**
 * A claim auditor for OpenAI-compatible Chat Completions APIs (OpenAI, Azure OpenAI, vLLM, Ollama):
 * one structured-output call per audited draft (`response_format` json_schema, strict, built by the
 * SDK's `zodResponseFormat`, through the same request builder as the generator) that labels each
 * sentence `assertsResolved` or not. Its id (`openai-audit@1:<model>`) is part of the preview cache
 * key.
 *
 * Throws `VALIDATION_FAILED` at once without `model`, or without a client, an `apiKey` and
 * `OPENAI_API_KEY`.
 *
 * @example
 * ```ts
 * import { createCloseout } from '@closeout/core';
 * import { openaiClaimAuditor, openaiGenerator } from '@closeout/core/openai';
 * import { memoryStorage } from '@closeout/storage-memory';
 *
 * const closeout = createCloseout({
 *   storage: memoryStorage(),
 *   generator: openaiGenerator({ model: 'gpt-5-mini' }),
 *   claimAudit: openaiClaimAuditor({ model: 'gpt-5-mini' }),
 * });
 * ```
 */
export function openaiClaimAuditor(options: OpenAiClaimAuditorOptions): ClaimAuditor {
  const { client: given, ...plain } = options;
  const checked = parseInput(OptionsSchema, plain, 'openaiClaimAuditor options');
  // The audit asks as the generator does (json_schema, max_completion_tokens): the same api-version floor.
  checkAzureClient(given);
  const apiKey = requireApiKey(
    { client: given, apiKey: checked.apiKey },
    'OPENAI_API_KEY',
    'openaiClaimAuditor',
  );
  const client =
    given ?? new OpenAI({ apiKey, ...(checked.baseURL === undefined ? {} : { baseURL: checked.baseURL }) });
  const timeoutMs = checked.timeoutMs ?? DEFAULT_OPENAI_TIMEOUT_MS;
  const settings: OpenAiRequestSettings = {
    model: checked.model,
    maxTokens: checked.maxOutputTokens ?? DEFAULT_OPENAI_AUDIT_MAX_OUTPUT_TOKENS,
    reasoningEffort: checked.reasoningEffort,
  };

  return {
    id: `openai-audit@${AUDIT_PROMPT_VERSION}:${checked.model}`,
    telemetry: { provider: 'openai', model: checked.model },
    async audit(input) {
      const { text: user, sentences } = buildAuditUserMessage(input);
      if (sentences.length === 0) return { sentences: [] };
      let completion: OpenAI.ChatCompletion;
      try {
        completion = await client.chat.completions.create(
          buildChatCompletionRequest(
            { system: AUDIT_SYSTEM_PROMPT, user, format: OPENAI_AUDIT_FORMAT },
            settings,
          ),
          { timeout: timeoutMs },
        );
      } catch (error) {
        throw toOpenAiGeneratorError(error, checked.model, timeoutMs);
      }
      const { content, usage } = completionContent(completion, checked.model);
      try {
        return { ...readAuditAnswer(content ?? '', sentences), ...(usage === undefined ? {} : { usage }) };
      } catch (error) {
        throw new GeneratorError(`The claim audit's answer could not be used: ${(error as Error).message}`, {
          retryable: true,
          details: { provider: 'openai', model: checked.model, requestId: completion.id, usage },
        });
      }
    },
  };
}
