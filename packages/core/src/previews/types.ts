/** Which document a preview is. */
export type PreviewKind = 'resolution_note' | 'escalation_package';

/** Tokens a generator used for one preview (LLM generators only). */
export interface TokenUsage {
  inputTokens: number;
  outputTokens: number;
  cacheReadInputTokens: number;
  cacheCreationInputTokens: number;
}

/**
 * A generated draft for the technician to read, edit and post. Cached per
 * (session, state version, kind, prompt version, generator).
 *
 * `S` is the type of `sections`: `ResolutionNoteSections` or `EscalationPackageSections` as the
 * previews API returns them; storage keeps them as opaque JSON.
 */
export interface Preview<S extends Readonly<Record<string, unknown>> = Readonly<Record<string, unknown>>> {
  kind: PreviewKind;
  sessionId: string;
  /** The state version the preview was generated from; pass it as `basedOnVersion` when posting. */
  stateVersion: number;
  markdown: string;
  /** The structured sections the markdown was rendered from. */
  sections: S;
  generatorId: string;
  generatedAt: string;
  /** True when this call was served from the cache and no generator ran. */
  cached: boolean;
  /** Tokens used to generate it, summed over attempts (LLM generators only). */
  usage?: TokenUsage;
}

/** A preview as the cache stores it. */
export type CachedPreview = Omit<Preview, 'cached'>;
