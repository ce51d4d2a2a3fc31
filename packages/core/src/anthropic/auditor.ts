import Anthropic from '@anthropic-ai/sdk';
import { zodOutputFormat } from '@anthropic-ai/sdk/helpers/zod';
import { GeneratorError } from '../errors.js';
import { requireApiKey } from '../generators/api-key.js';
import type { ClaimAuditor } from '../generators/auditor.js';
import {
  AUDIT_PROMPT_VERSION,
  AUDIT_SYSTEM_PROMPT,
  AuditAnswerSchema,
  buildAuditUserMessage,
  readAuditAnswer,
} from '../generators/prompts/audit.js';
import { parseInput } from '../model/validate.js';
import { answerText } from './answer.js';
import { toGeneratorError } from './errors.js';
import { type AnthropicGeneratorOptions, DEFAULT_ANTHROPIC_TIMEOUT_MS, OptionsSchema } from './generator.js';
import { anthropicModelSettings } from './model-rules.js';
import { DEFAULT_ANTHROPIC_MODEL } from './models.js';
import { buildMessagesRequest, type RequestSettings } from './request.js';

const FORMAT = zodOutputFormat(AuditAnswerSchema);

/** The `output_config.format` of every audit request; the SDK's parse function stays out of the body. */
export const AUDIT_FORMAT: Anthropic.Messages.JSONOutputFormat = { type: FORMAT.type, schema: FORMAT.schema };

/** The default cap on an audit's output tokens: a label per sentence is a few tokens each. */
export const DEFAULT_AUDIT_MAX_OUTPUT_TOKENS = 2_048;

/**
 * The default effort of an audit: `low`. Labelling sentences needs no deliberation, and each
 * supported model's own thinking (`SUPPORTED_ANTHROPIC_MODELS`) is accepted at `low`.
 */
export const DEFAULT_AUDIT_EFFORT = 'low' as const;

/** Options for {@link anthropicClaimAuditor}: those of the generator, with the audit's defaults. */
export type AnthropicClaimAuditorOptions = AnthropicGeneratorOptions;

/**
 * A claim auditor backed by Claude: one structured-output call per audited draft (built by the
 * SDK's `zodOutputFormat`, through the same request builder as the generator, so the same model
 * rules apply) that labels each sentence `assertsResolved` or not. Core asks it only about drafts
 * the guard accepted, over an active fix that is not a success. Its id (`anthropic-audit@1:<model>`)
 * is part of the preview cache key.
 *
 * Throws `VALIDATION_FAILED` at once without a client, an `apiKey` and `ANTHROPIC_API_KEY`, or when
 * the model refuses the thinking or effort asked for.
 *
 * @example
 * ```ts
 * import { createCloseout } from '@closeout/core';
 * import { anthropicClaimAuditor, anthropicGenerator } from '@closeout/core/anthropic';
 * import { memoryStorage } from '@closeout/storage-memory';
 *
 * const closeout = createCloseout({
 *   storage: memoryStorage(),
 *   generator: anthropicGenerator(),
 *   claimAudit: anthropicClaimAuditor(),
 * });
 * ```
 */
export function anthropicClaimAuditor(options: AnthropicClaimAuditorOptions = {}): ClaimAuditor {
  const { client: given, thinking, ...plain } = options;
  const checked = parseInput(OptionsSchema, plain, 'anthropicClaimAuditor options');
  const apiKey = requireApiKey(
    { client: given, apiKey: checked.apiKey },
    'ANTHROPIC_API_KEY',
    'anthropicClaimAuditor',
  );
  const client = given ?? new Anthropic({ apiKey });
  const model = checked.model ?? DEFAULT_ANTHROPIC_MODEL;
  const timeoutMs = checked.timeoutMs ?? DEFAULT_ANTHROPIC_TIMEOUT_MS;
  const settings: RequestSettings = {
    model,
    maxTokens: checked.maxOutputTokens ?? DEFAULT_AUDIT_MAX_OUTPUT_TOKENS,
    // The model's thinking unless told otherwise, checked against its rules now: a refused setting
    // fails here, not as a 400 on every audit.
    ...anthropicModelSettings({ model, thinking, effort: checked.effort ?? DEFAULT_AUDIT_EFFORT }),
  };

  return {
    id: `anthropic-audit@${AUDIT_PROMPT_VERSION}:${model}`,
    telemetry: { provider: 'anthropic', model },
    async audit(input) {
      const { text: user, sentences } = buildAuditUserMessage(input);
      if (sentences.length === 0) return { sentences: [] };
      let message: Anthropic.Messages.Message;
      try {
        message = await client.messages.create(
          buildMessagesRequest({ system: AUDIT_SYSTEM_PROMPT, user, format: AUDIT_FORMAT }, settings),
          { timeout: timeoutMs },
        );
      } catch (error) {
        throw toGeneratorError(error, model, timeoutMs);
      }
      const { text, usage } = answerText(message, model);
      try {
        return { ...readAuditAnswer(text ?? '', sentences), usage };
      } catch (error) {
        throw new GeneratorError(`The claim audit's answer could not be used: ${(error as Error).message}`, {
          retryable: true,
          details: { provider: 'anthropic', model, requestId: message.id, usage },
        });
      }
    },
  };
}
