import type Anthropic from '@anthropic-ai/sdk';

/** The default model: the newest Sonnet in the SDK's `Model` type. */
export const DEFAULT_ANTHROPIC_MODEL: Anthropic.Messages.Model = 'claude-sonnet-5-5';

/** What the generator relies on per supported model. */
export interface AnthropicModelFacts {
  /**
   * The shortest prompt prefix the model caches, in tokens; a shorter one is not cached, and the
   * API says nothing. (Published figures: 512 for Sonnet 5.5, 1,024 for Sonnet 5.)
   */
  minCacheableTokens: number;
}

/**
 * The models closeout's Claude generator is tested with, against a simulator enforcing each one's
 * documented request rules. Another model id works when it accepts the same request (structured
 * outputs, `between_tools` thinking); pass `thinking` and `effort` explicitly if it does not.
 */
export const SUPPORTED_ANTHROPIC_MODELS: Readonly<Record<string, AnthropicModelFacts>> = {
  'claude-sonnet-5-5': { minCacheableTokens: 512 },
  'claude-sonnet-5': { minCacheableTokens: 1_024 },
};
