/**
 * Cuts `text` to at most `max` characters, ending it with a visible marker that says how much was
 * left out, so neither a model nor a reader mistakes a cut text for the whole of it.
 */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  // ` …[cut N chars]`, sized for the widest N this text can produce.
  const markerLength = 14 + String(text.length).length;
  const keep = Math.max(0, max - markerLength);
  return `${text.slice(0, keep).trimEnd()} …[cut ${text.length - keep} chars]`;
}
