import type { PreviewKind } from '../generators/kinds.js';
import type { TokenUsage } from '../generators/types.js';
import type { ContactEmail } from './contact-email.js';

// The kinds and the usage figures belong to the generators; previews re-export them for the
// modules that speak of previews (storage, writeback).
export type { PreviewKind, TokenUsage };

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
  /**
   * Whether posting this note will e-mail the ticket's contact (see {@link ContactEmail}), worked
   * out on every call from the account's `notifyContact` and the PSA, so a UI can say it before
   * the technician confirms. Absent on the previews a writeback drafts for itself.
   */
  contactEmail?: ContactEmail;
  /**
   * Present only when the configured generator could not give a faithful draft and this one was
   * written by the fallback generator instead (by default the offline template). Absent on a
   * normal preview.
   */
  fallback?: PreviewFallback;
}

/** Why a preview is the fallback generator's draft. */
export interface PreviewFallback {
  /** The id of the generator whose drafts were refused or which failed. */
  from: string;
  /**
   * `output_invalid`: its drafts were refused by the faithfulness guard (or the claim audit) after
   * the one retry; `generator_failed`: it failed (the provider's error, a timeout, no API key).
   */
  reason: 'output_invalid' | 'generator_failed';
  /** What the guard refused in its last draft: codes and paths only, never text. Empty on a failure. */
  violations: { code: string; path: string }[];
}

/** A preview as the cache stores it. */
export type CachedPreview = Omit<Preview, 'cached' | 'contactEmail'>;
