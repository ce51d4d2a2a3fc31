import { validationError } from '../errors.js';
import type { PreviewKind } from '../previews/types.js';

/**
 * Where a writeback gets its text when the caller sends none: the session's current preview of
 * the given kind. Its `stateVersion` must equal the caller's `basedOnVersion`.
 */
export type WritebackDraft = (
  sessionId: string,
  kind: PreviewKind,
) => Promise<{ markdown: string; stateVersion: number }>;

/** A draft source for hosts without previews: every writeback must carry its `text`. */
export const textRequired: WritebackDraft = async () => {
  throw validationError('text is required', [
    { path: 'text', message: 'send the text to post (no preview is available to post instead)' },
  ]);
};
