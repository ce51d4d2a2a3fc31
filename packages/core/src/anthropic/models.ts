import type Anthropic from '@anthropic-ai/sdk';

/** The default model: the newest Sonnet in the SDK's `Model` type. */
export const DEFAULT_ANTHROPIC_MODEL: Anthropic.Messages.Model = 'claude-sonnet-5-5';

/** A `thinking.type` of the Messages API. */
export type AnthropicThinkingMode = Anthropic.Messages.ThinkingConfigParam['type'];

/** An `output_config.effort` of the Messages API. */
export type AnthropicEffort = NonNullable<Anthropic.Messages.OutputConfig['effort']>;

/** What closeout relies on per supported model: its request rules, and the settings it sends it. */
export interface AnthropicModelFacts {
  /**
   * The shortest prompt prefix the model caches, in tokens; a shorter one is not cached, and the
   * API says nothing. (Published figures: 512 for Sonnet 5.5, 1,024 for Sonnet 5.)
   */
  minCacheableTokens: number;
  /** The `thinking` types the model accepts; any other answers 400. */
  thinkingModes: readonly AnthropicThinkingMode[];
  /** Efforts at which the model refuses `between_tools` thinking (400). */
  betweenToolsRefusedAt: readonly AnthropicEffort[];
  /** Whether a non-default `temperature`, or any `top_p`/`top_k`, is accepted. */
  acceptsSampling: boolean;
  /** Whether a last message with role `assistant` (a prefill) is accepted. */
  acceptsPrefill: boolean;
  /**
   * The thinking closeout sends the model unless told otherwise: the lowest it accepts. A note is
   * written from a record the prompt holds whole, and the guard checks the result; a thinking pass
   * would spend output tokens and seconds a short note does not need.
   */
  thinking: Anthropic.Messages.ThinkingConfigParam;
  /**
   * The effort closeout sends unless told otherwise: `medium`. `low` risks a terse document that
   * leaves out an applied fix, and a rejected draft costs a whole second request.
   */
  effort: AnthropicEffort;
}

/**
 * The models closeout's Claude calls are tested with, and each one's request rules (the vendor's
 * Sonnet 5 and 5.5 migration guides): Sonnet 5.5 thinks `adaptive` or `between_tools` (never
 * `disabled`, never a manual budget) and refuses sampling parameters and an assistant prefill;
 * Sonnet 5 thinks `adaptive` or `disabled` and has no `between_tools`. The generator picks its
 * thinking and effort from this table and checks every request against it before sending; the
 * Anthropic simulator enforces the same rules on its side.
 *
 * Another model id is sent as asked, unchecked: pass `thinking` and `effort` that it accepts.
 */
export const SUPPORTED_ANTHROPIC_MODELS: Readonly<Record<string, AnthropicModelFacts>> = {
  'claude-sonnet-5-5': {
    minCacheableTokens: 512,
    thinkingModes: ['adaptive', 'between_tools'],
    betweenToolsRefusedAt: ['xhigh', 'max'],
    acceptsSampling: false,
    acceptsPrefill: false,
    thinking: { type: 'between_tools' },
    effort: 'medium',
  },
  'claude-sonnet-5': {
    minCacheableTokens: 1_024,
    thinkingModes: ['adaptive', 'disabled'],
    betweenToolsRefusedAt: [],
    acceptsSampling: true,
    acceptsPrefill: true,
    thinking: { type: 'disabled' },
    effort: 'medium',
  },
};

/** The facts of `model`, or `undefined` for a model closeout does not know. */
export function anthropicModelFacts(model: string): AnthropicModelFacts | undefined {
  return Object.hasOwn(SUPPORTED_ANTHROPIC_MODELS, model) ? SUPPORTED_ANTHROPIC_MODELS[model] : undefined;
}
