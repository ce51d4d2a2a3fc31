import type { PreviewKind } from './types.js';

/** Everything a cached preview depends on. */
export interface PreviewKeyParts {
  sessionId: string;
  stateVersion: number;
  kind: PreviewKind;
  promptVersion: string;
  generatorId: string;
}

const hex = (bytes: ArrayBuffer) =>
  Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('');

/**
 * The cache key of a preview: the hex SHA-256 of its parts, encoded as a JSON array so no two
 * different part lists can produce the same input. Uses Web Crypto, so it runs unchanged on Node,
 * Deno, Bun and edge runtimes.
 */
export async function previewCacheKey(parts: PreviewKeyParts): Promise<string> {
  const input = JSON.stringify([
    'closeout-preview',
    parts.sessionId,
    parts.stateVersion,
    parts.kind,
    parts.promptVersion,
    parts.generatorId,
  ]);
  return hex(await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(input)));
}
