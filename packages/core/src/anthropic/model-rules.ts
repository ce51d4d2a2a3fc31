import type Anthropic from '@anthropic-ai/sdk';
import { type FieldIssue, validationError } from '../errors.js';
import { type AnthropicEffort, anthropicModelFacts } from './models.js';

/** What a Claude call asks for, before the model's defaults fill it in. */
export interface AnthropicModelChoice {
  model: string;
  /** `thinking`; default the model's own (`SUPPORTED_ANTHROPIC_MODELS[model].thinking`). */
  thinking?: Anthropic.Messages.ThinkingConfigParam | undefined;
  /** `output_config.effort`; default the model's own. */
  effort?: AnthropicEffort | undefined;
}

/**
 * A Messages API request as {@link checkAnthropicRequest} reads it: the SDK's params, plus the
 * sampling parameters the SDK's types no longer carry but a hand-built body may.
 */
export type AnthropicRequestBody = Anthropic.Messages.MessageCreateParams & {
  temperature?: number;
  top_p?: number;
  top_k?: number;
};

/** The thinking and effort a request to `choice.model` is sent with. */
export interface AnthropicModelSettings {
  thinking: Anthropic.Messages.ThinkingConfigParam;
  effort: AnthropicEffort;
}

// The settings for a model closeout does not know: those of the default model, which the caller
// overrides when the model wants others.
const FALLBACK: AnthropicModelSettings = { thinking: { type: 'between_tools' }, effort: 'medium' };

/**
 * The thinking and effort for a call: the given ones, else the model's defaults from
 * `SUPPORTED_ANTHROPIC_MODELS`, checked against the model's rules. A combination the model refuses
 * is `VALIDATION_FAILED` naming the option and the model, before anything is sent.
 */
export function anthropicModelSettings(choice: AnthropicModelChoice): AnthropicModelSettings {
  const facts = anthropicModelFacts(choice.model);
  const settings = {
    thinking: choice.thinking ?? facts?.thinking ?? FALLBACK.thinking,
    effort: choice.effort ?? facts?.effort ?? FALLBACK.effort,
  };
  throwIfRefused(choice.model, thinkingIssues(choice.model, settings));
  return settings;
}

function thinkingIssues(model: string, { thinking, effort }: AnthropicModelSettings): FieldIssue[] {
  const facts = anthropicModelFacts(model);
  if (facts === undefined) return [];
  if (!facts.thinkingModes.includes(thinking.type)) {
    return [
      {
        path: 'thinking',
        message: `${model} refuses thinking '${thinking.type}'; it accepts ${facts.thinkingModes.map((m) => `'${m}'`).join(' or ')}`,
      },
    ];
  }
  if (thinking.type === 'between_tools' && facts.betweenToolsRefusedAt.includes(effort)) {
    return [{ path: 'effort', message: `${model} refuses 'between_tools' thinking at effort '${effort}'` }];
  }
  return [];
}

function throwIfRefused(model: string, issues: FieldIssue[]): void {
  if (issues.length === 0) return;
  throw validationError(`${model} refuses this request (${issues.map((i) => i.message).join('; ')})`, issues);
}

/**
 * Checks a whole Messages API request against its model's rules, as the API would, but before
 * anything is sent: the thinking mode (and `between_tools` at the effort), sampling parameters
 * (`temperature` other than 1, `top_p`, `top_k`) and an assistant prefill on a model that refuses
 * them. A refused request is `VALIDATION_FAILED` naming each option and the model. A model closeout
 * does not know is not checked.
 */
export function checkAnthropicRequest(request: AnthropicRequestBody): void {
  const facts = anthropicModelFacts(request.model);
  if (facts === undefined) return;
  const issues: FieldIssue[] = [];
  if (request.thinking !== undefined) {
    issues.push(
      ...thinkingIssues(request.model, {
        thinking: request.thinking,
        effort: request.output_config?.effort ?? 'high',
      }),
    );
  }
  if (!facts.acceptsSampling) {
    const sampling = [
      request.temperature !== undefined && request.temperature !== 1 ? 'temperature' : undefined,
      request.top_p === undefined ? undefined : 'top_p',
      request.top_k === undefined ? undefined : 'top_k',
    ].filter((p) => p !== undefined);
    for (const path of sampling) {
      issues.push({ path, message: `${request.model} refuses a non-default ${path}` });
    }
  }
  if (!facts.acceptsPrefill && request.messages.at(-1)?.role === 'assistant') {
    issues.push({
      path: `messages.${request.messages.length - 1}`,
      message: `${request.model} refuses an assistant prefill (a last message with role 'assistant')`,
    });
  }
  throwIfRefused(request.model, issues);
}
