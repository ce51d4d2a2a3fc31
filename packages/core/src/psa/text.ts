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

/**
 * Whether two note texts are the same note as PSAs store them: {@link normalizeNoteText}, then any
 * run of whitespace as one space and none between HTML tags (Autotask folds whitespace, HaloPSA
 * reformats its HTML). Used by the note receipt, which re-reads a posted note by id.
 */
export function sameNoteText(a: string, b: string): boolean {
  const loose = (text: string) => normalizeNoteText(text).replace(/>\s+</g, '><').replace(/\s+/g, ' ');
  return loose(a) === loose(b);
}

/** Whether a note of this type reaches the customer: `resolution` and `discussion` do, `internal_analysis` never. */
export function isCustomerVisible(type: 'resolution' | 'internal_analysis' | 'discussion'): boolean {
  return type !== 'internal_analysis';
}
