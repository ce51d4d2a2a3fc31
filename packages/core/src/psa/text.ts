/**
 * Text as `findNote` compares it: Unicode NFC, line endings as `\n`, no trailing spaces on a line,
 * no blank lines at either end. PSAs store notes with CRLF and may trim; nothing else about the
 * text may differ for a note to count as the same.
 */
export function normalizeNoteText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();
}
