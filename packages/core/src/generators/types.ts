import type { Bundle } from '../bundle/types.js';
import type { PreviewKind } from './kinds.js';

/** Tokens a generator used for one preview (LLM generators only). */
export interface TokenUsage {
  inputTokens: number;
  outputTokens: number;
  cacheReadInputTokens: number;
  cacheCreationInputTokens: number;
  /**
   * Of `outputTokens`, how many the model spent thinking (Claude's adaptive thinking, an OpenAI
   * reasoning model). Absent when the provider does not report it.
   */
  thinkingTokens?: number;
}

/** What a generator is asked to write. */
export interface GenerateRequest {
  kind: PreviewKind;
  /** The session as the generator may see it: secrets masked, size bounded. */
  bundle: Bundle;
  /**
   * On the one retry after a rejected output: why it was rejected (ids and statuses only), so a
   * model can correct itself. Absent on the first attempt.
   */
  feedback?: readonly string[];
}

/** A generator's answer: sections for core to validate, check and render. */
export interface GeneratorOutput {
  /** Validated by core against the kind's zod schema; anything else is `GENERATOR_OUTPUT_INVALID`. */
  sections: unknown;
  /**
   * Why the answer could not even be read as sections (not JSON, no text, the wrong field), in
   * words for the model. Core treats it as an invalid output: one retry with it as feedback.
   */
  malformed?: string;
  usage?: TokenUsage;
}

/**
 * Writes the sections of a resolution note or an escalation package from a bundle. Core checks
 * every output with the faithfulness guard, retries a rejected one once (with `feedback`), renders
 * the markdown, and caches per (session, state version, kind, prompt version, generator id).
 *
 * Throw `GeneratorError` (`GENERATOR_FAILED`, with `retryable`) when the generator itself fails.
 */
export interface NoteGenerator {
  /**
   * Part of the cache key: change it whenever the same bundle would now give a different output
   * (another model, new template wording), so old previews are not served for the new generator.
   */
  readonly id: string;
  generate(request: GenerateRequest): Promise<GeneratorOutput>;
}
