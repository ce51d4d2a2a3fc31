/**
 * The token estimate closeout budgets with: one token per four characters, rounded up. It is the
 * usual rule of thumb for English text with Claude- and GPT-style tokenizers, needs no tokenizer
 * download, and is what `BUNDLE_TOKEN_BUDGET` is stated in.
 */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

/**
 * The most a rendered bundle may hold, in tokens by {@link estimateTokens}: 16,000 tokens
 * (64,000 characters). Any session within `LIMITS` fits, including one with 200 findings and 30
 * fixes of maximum length; a typical session (20 findings, 3 fixes) is under 2,000. The system
 * prompt (about 1,600 tokens) and the request's instructions (a few hundred) come on top.
 */
export const BUNDLE_TOKEN_BUDGET = 16_000;

/** {@link BUNDLE_TOKEN_BUDGET} in characters. */
export const BUNDLE_CHAR_BUDGET = BUNDLE_TOKEN_BUDGET * 4;
