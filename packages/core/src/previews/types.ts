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
}

/** A preview as the cache stores it. */
export type CachedPreview = Omit<Preview, 'cached' | 'contactEmail'>;
