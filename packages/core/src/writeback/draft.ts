import type { PreviewKind } from '../previews/types.js';

/**
 * Where a writeback gets its text when the caller sends none: the session's current preview of
 * the given kind. Its `stateVersion` must equal the caller's `basedOnVersion`.
 */
export type WritebackDraft = (
  sessionId: string,
  kind: PreviewKind,
) => Promise<{ markdown: string; stateVersion: number }>;
