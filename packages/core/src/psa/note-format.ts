/**
 * The note renderer: core writes notes in markdown, and a PSA that takes plain text (Autotask) or
 * HTML (Halo) gets them rendered in its `noteFormat` before `addNote`, so no adapter parses
 * markdown. It covers the markdown core writes (headings, paragraphs, lists, bold) and what a
 * technician typically adds while editing (italics, code, links, quotes, rules); anything else
 * passes through as text.
 *
 * @module
 */

/** The text format a PSA takes notes in. */
export type NoteFormat = 'markdown' | 'text' | 'html';

/** Every {@link NoteFormat}, for validating an adapter's `noteFormat`. */
export const NOTE_FORMATS: readonly NoteFormat[] = ['markdown', 'text', 'html'];

type Block =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; lines: string[] }
  | { kind: 'list'; ordered: boolean; start: number; items: string[] }
  | { kind: 'code'; lines: string[] }
  | { kind: 'quote'; lines: string[] }
  | { kind: 'rule' };

const FENCE = /^\s{0,3}(```|~~~)/;
const HEADING = /^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/;
const BULLET = /^\s{0,3}[-*+]\s+(.*)$/;
const NUMBERED = /^\s{0,3}(\d{1,9})[.)]\s+(.*)$/;
const QUOTE = /^\s{0,3}>\s?(.*)$/;
const RULE = /^\s{0,3}([-*_])(?:\s*\1){2,}\s*$/;

function parseBlocks(markdown: string): Block[] {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let open: Block | null = null;
  const close = () => {
    if (open !== null) blocks.push(open);
    open = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const fence = FENCE.exec(line);
    if (fence) {
      close();
      const code: string[] = [];
      for (i++; i < lines.length && !(lines[i] ?? '').trimStart().startsWith(fence[1] ?? '```'); i++) {
        code.push(lines[i] ?? '');
      }
      blocks.push({ kind: 'code', lines: code });
      continue;
    }
    if (line.trim() === '') {
      close();
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      close();
      blocks.push({ kind: 'heading', level: heading[1]?.length ?? 1, text: heading[2] ?? '' });
      continue;
    }
    if (RULE.test(line)) {
      close();
      blocks.push({ kind: 'rule' });
      continue;
    }
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    if (bullet || numbered) {
      const ordered = numbered !== null;
      const item = (bullet ? bullet[1] : numbered?.[2]) ?? '';
      const current = open as Block | null;
      if (current?.kind === 'list' && current.ordered === ordered) {
        current.items.push(item);
      } else {
        close();
        open = { kind: 'list', ordered, start: ordered ? Number(numbered?.[1]) : 1, items: [item] };
      }
      continue;
    }
    const quote = QUOTE.exec(line);
    const current = open as Block | null;
    if (quote) {
      if (current?.kind === 'quote') current.lines.push(quote[1] ?? '');
      else {
        close();
        open = { kind: 'quote', lines: [quote[1] ?? ''] };
      }
      continue;
    }
    if (current?.kind === 'list' && /^\s+\S/.test(line)) {
      // An indented line continues the last item.
      const last = current.items.length - 1;
      current.items[last] = `${current.items[last]} ${line.trim()}`;
    } else if (current?.kind === 'paragraph') {
      current.lines.push(line.trim());
    } else {
      close();
      open = { kind: 'paragraph', lines: [line.trim()] };
    }
  }
  close();
  return blocks;
}

const escapeHtml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

const SAFE_LINK = /^(https?:|mailto:)/i;

/**
 * Inline markdown of one line or paragraph: code spans are kept literally, then links, bold and
 * italics, then backslash escapes. `html` escapes every character of the text itself.
 */
function inline(text: string, to: 'text' | 'html'): string {
  // Code spans first: nothing inside them is formatting.
  return text
    .split(/(`[^`]+`)/)
    .map((part, i) => {
      if (i % 2 === 1) {
        const code = part.slice(1, -1);
        return to === 'html' ? `<code>${escapeHtml(code)}</code>` : code;
      }
      return formatted(part, to);
    })
    .join('');
}

const ESCAPABLE = /\\([\\`*_{}[\]()#+\-.!>|~])/g;

function formatted(text: string, to: 'text' | 'html'): string {
  // Escaped characters are set aside so the patterns below do not read them as markup.
  const escaped: string[] = [];
  let out = text.replace(ESCAPABLE, (_, ch: string) => `\uE000${escaped.push(ch) - 1}\uE001`);
  if (to === 'html') out = escapeHtml(out);
  out = out.replace(/\[([^\]\n]+)\]\(([^)\s]+)\)/g, (_, label: string, url: string) => {
    if (to === 'text') return label === url ? url : `${label} (${url})`;
    return SAFE_LINK.test(url) ? `<a href="${url}">${label}</a>` : `${label} (${url})`;
  });
  const strong = to === 'html' ? (s: string) => `<strong>${s}</strong>` : (s: string) => s;
  const em = to === 'html' ? (s: string) => `<em>${s}</em>` : (s: string) => s;
  out = out
    .replace(/\*\*(?=\S)(.+?)(?<=\S)\*\*/g, (_, s: string) => strong(s))
    .replace(/(^|[^\w])__(?=\S)(.+?)(?<=\S)__(?!\w)/g, (_, pre: string, s: string) => pre + strong(s))
    .replace(/(^|[^*\w])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![*\w])/g, (_, pre: string, s: string) => pre + em(s))
    .replace(/(^|[^\w])_(?=[^\s_])(.+?)(?<=[^\s_])_(?!\w)/g, (_, pre: string, s: string) => pre + em(s));
  return out.replace(/\uE000(\d+)\uE001/g, (_, n: string) => {
    const ch = escaped[Number(n)] ?? '';
    return to === 'html' ? escapeHtml(ch) : ch;
  });
}

function blockText(b: Block): string {
  switch (b.kind) {
    case 'heading':
      return inline(b.text, 'text');
    case 'paragraph':
      return b.lines.map((l) => inline(l, 'text')).join('\n');
    case 'list':
      return b.items
        .map((item, i) => `${b.ordered ? `${b.start + i}.` : '-'} ${inline(item, 'text')}`)
        .join('\n');
    case 'code':
      return b.lines.join('\n');
    case 'quote':
      return b.lines.map((l) => `> ${inline(l, 'text')}`.trimEnd()).join('\n');
    case 'rule':
      return '----';
  }
}

const toText = (blocks: Block[]) => blocks.map(blockText).join('\n\n');

function blockHtml(b: Block): string {
  switch (b.kind) {
    case 'heading':
      return `<h${b.level}>${inline(b.text, 'html')}</h${b.level}>`;
    case 'paragraph':
      return `<p>${b.lines.map((l) => inline(l, 'html')).join('<br>')}</p>`;
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      const start = b.ordered && b.start !== 1 ? ` start="${b.start}"` : '';
      return `<${tag}${start}>${b.items.map((item) => `<li>${inline(item, 'html')}</li>`).join('')}</${tag}>`;
    }
    case 'code':
      return `<pre><code>${escapeHtml(b.lines.join('\n'))}</code></pre>`;
    case 'quote':
      return `<blockquote><p>${b.lines.map((l) => inline(l, 'html')).join('<br>')}</p></blockquote>`;
    case 'rule':
      return '<hr>';
  }
}

const toHtml = (blocks: Block[]) => blocks.map(blockHtml).join('\n');

/**
 * Renders a markdown note in `format`: `markdown` returns it unchanged, `text` drops the markup
 * (headings become their own line, `**bold**` its words, a link `label (url)`, list markers stay),
 * `html` produces escaped HTML (`<h2>`, `<p>`, `<ul>`, `<strong>`…; links only for http, https and
 * mailto). Deterministic: the same markdown always renders the same, so `findNote` can compare a
 * rendered note with what the PSA stored.
 *
 * ```ts
 * import { renderNote } from '@closeout/core/psa';
 *
 * renderNote('## Resolution\n\n**What fixed it:** cleared the queue.', 'text');
 * // 'Resolution\n\nWhat fixed it: cleared the queue.'
 * ```
 */
export function renderNote(markdown: string, format: NoteFormat = 'markdown'): string {
  if (format === 'text') return toText(parseBlocks(markdown));
  if (format === 'html') return toHtml(parseBlocks(markdown));
  return markdown;
}
