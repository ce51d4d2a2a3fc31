import { createElement, Fragment, type ReactNode } from 'react';

// The note rendered as the customer will read it, from the markdown subset closeout writes:
// headings, paragraphs, lists and bold (core's templates), plus what a technician typically adds
// while editing (italics, code, links, quotes, rules), the same subset as core's `renderNote`.
// Anything else stays text. It builds React elements, never an HTML string, so no text of the note
// can become markup: raw HTML in a note shows as the characters typed.
//
// Hand-written rather than a markdown library on purpose: the full-CommonMark renderers for React
// are ESM-only trees of dozens of packages, which this package's CommonJS build could not require on
// Node 20.12, and they would render constructs (tables, images, raw HTML) that the PSAs never show.

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

/** Splits markdown into blocks (exported for tests). */
export function parseBlocks(markdown: string): Block[] {
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
    const current = open as Block | null;
    if (bullet || numbered) {
      const ordered = numbered !== null;
      const item = (bullet ? bullet[1] : numbered?.[2]) ?? '';
      if (current?.kind === 'list' && current.ordered === ordered) current.items.push(item);
      else {
        close();
        open = { kind: 'list', ordered, start: ordered ? Number(numbered?.[1]) : 1, items: [item] };
      }
      continue;
    }
    const quote = QUOTE.exec(line);
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

const ESCAPABLE = /\\([\\`*_{}[\]()#+\-.!>|~])/g;
const SAFE_LINK = /^(https?:|mailto:)/i;

/** One inline construct: where it starts in the text, how long it is, and what it renders. */
interface Span {
  at: number;
  length: number;
  render: () => ReactNode;
}

// Children are passed as arguments, not as an array: a note's parts are static, so they need no keys.
const el = (type: string, props: Record<string, unknown> | null, children: ReactNode[] = []) =>
  createElement(type, props, ...children);

// Inline constructs, tried at every position; the earliest match wins. `pre` is a character the
// pattern had to see before the marker (word boundaries), which stays text.
const INLINE: ReadonlyArray<(text: string) => Span | null> = [
  (text) => {
    const m = /\[([^\]\n]+)\]\(([^)\s]+)\)/.exec(text);
    if (m === null) return null;
    const [whole, label = '', url = ''] = m;
    return {
      at: m.index,
      length: whole.length,
      render: () =>
        SAFE_LINK.test(url)
          ? el('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, inline(label))
          : `${label} (${url})`,
    };
  },
  wrapped(/\*\*(?=\S)(.+?)(?<=\S)\*\*/, 'strong'),
  wrapped(/(^|[^\w])__(?=\S)(.+?)(?<=\S)__(?!\w)/, 'strong'),
  wrapped(/(^|[^*\w])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![*\w])/, 'em'),
  wrapped(/(^|[^\w])_(?=[^\s_])(.+?)(?<=[^\s_])_(?!\w)/, 'em'),
];

function wrapped(pattern: RegExp, tag: 'strong' | 'em') {
  const hasPre = pattern.source.startsWith('(^|');
  return (text: string): Span | null => {
    const m = pattern.exec(text);
    if (m === null) return null;
    const pre = hasPre ? (m[1] ?? '') : '';
    const inner = (hasPre ? m[2] : m[1]) ?? '';
    return {
      at: m.index + pre.length,
      length: m[0].length - pre.length,
      render: () => el(tag, null, inline(inner)),
    };
  };
}

// Escaped characters are set aside in private-use placeholders so no pattern reads them as markup.
const restore = (text: string, escaped: string[]) =>
  text.replace(/\uE000(\d+)\uE001/g, (_, n: string) => escaped[Number(n)] ?? '');

function inline(text: string, escaped: string[] = []): ReactNode[] {
  const out: ReactNode[] = [];
  let rest = text;
  while (rest !== '') {
    let first: Span | null = null;
    for (const find of INLINE) {
      const span = find(rest);
      if (span !== null && (first === null || span.at < first.at)) first = span;
    }
    if (first === null) {
      out.push(restore(rest, escaped));
      break;
    }
    if (first.at > 0) out.push(restore(rest.slice(0, first.at), escaped));
    out.push(first.render());
    rest = rest.slice(first.at + first.length);
  }
  return out;
}

/** Inline markdown of one line: code spans are literal, the rest is formatted. */
function line(text: string): ReactNode[] {
  return text.split(/(`[^`]+`)/).flatMap((part, i): ReactNode[] => {
    if (i % 2 === 1) return [el('code', null, [part.slice(1, -1)])];
    const escaped: string[] = [];
    const marked = part.replace(ESCAPABLE, (_, ch: string) => `\uE000${escaped.push(ch) - 1}\uE001`);
    return inline(marked, escaped);
  });
}

const lines = (texts: string[]) =>
  texts.flatMap((t, i) => (i === 0 ? line(t) : [el('br', null), ...line(t)]));

function block(b: Block): ReactNode {
  switch (b.kind) {
    case 'heading':
      // The step's own heading is an h2; the note's headings sit below it.
      return el(`h${Math.min(b.level + 1, 6)}`, null, line(b.text));
    case 'paragraph':
      return el('p', null, lines(b.lines));
    case 'list': {
      const items = b.items.map((item) => el('li', null, line(item)));
      return b.ordered ? el('ol', b.start === 1 ? null : { start: b.start }, items) : el('ul', null, items);
    }
    case 'code':
      return el('pre', null, [el('code', null, [b.lines.join('\n')])]);
    case 'quote':
      return el('blockquote', null, [el('p', null, lines(b.lines))]);
    case 'rule':
      return el('hr', null);
  }
}

/** The note's markdown as React elements. */
export function NoteMarkdown(props: { markdown: string }) {
  return createElement(Fragment, null, ...parseBlocks(props.markdown).map(block));
}
