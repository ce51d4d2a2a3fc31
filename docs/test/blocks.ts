import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';

/**
 * What a fenced TypeScript block in the docs is, from its info string:
 * - ` ```ts ` (or `tsx`): a complete module; it must type-check on its own.
 * - ` ```ts run `: a complete program; it must type-check, and it is run and must exit 0 (offline, in seconds).
 * - ` ```ts fragment `: a piece of code; neither checked nor run.
 */
export type BlockMode = 'check' | 'run' | 'fragment';

/** One fenced TypeScript block of a markdown file. */
export interface CodeBlock {
  /** The markdown file, relative to the repository root. */
  file: string;
  /** The 1-based line of the opening fence. */
  line: number;
  language: 'ts' | 'tsx';
  mode: BlockMode;
  code: string;
  /** A file name for the block, unique in the repository: `docs-getting-started.md-42.ts`. */
  moduleName: string;
}

const FENCE = /^(\s*)(`{3,}|~{3,})\s*([^\s`]*)\s*(.*)$/;
const LANGUAGES: Record<string, 'ts' | 'tsx'> = { ts: 'ts', typescript: 'ts', tsx: 'tsx' };

function modeOf(words: string[], where: string): BlockMode {
  if (words.includes('fragment')) return 'fragment';
  if (words.includes('run')) return 'run';
  if (words.length > 0) throw new Error(`${where}: unknown words after the language: ${words.join(' ')}`);
  return 'check';
}

/** Every TypeScript block of one markdown text. Blocks of other languages are passed over. */
export function extractBlocks(markdown: string, file: string): CodeBlock[] {
  const lines = markdown.split(/\r?\n/);
  const blocks: CodeBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i] as string);
    if (open === null) continue;
    const [, indent = '', fence = '', language = '', rest = ''] = open;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const line = lines[j] as string;
      if (line.trimStart().startsWith(fence) && line.trim().replace(/[`~]/g, '') === '') break;
      body.push(line.startsWith(indent) ? line.slice(indent.length) : line);
    }
    const kind = LANGUAGES[language.toLowerCase()];
    if (kind !== undefined) {
      const where = `${file}:${i + 1}`;
      const words = rest.split(/\s+/).filter((w) => w !== '');
      blocks.push({
        file,
        line: i + 1,
        language: kind,
        mode: modeOf(words, where),
        code: `${body.join('\n')}\n`,
        moduleName: `${file.replace(/[/\\]/g, '-')}-${i + 1}.${kind}`,
      });
    }
    i = j;
  }
  return blocks;
}

/** The markdown files whose blocks are checked: the README and every guide in `docs/`. */
export function docFiles(root: string): string[] {
  const docs = readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => join(root, 'docs', name));
  return [join(root, 'README.md'), ...docs.sort()];
}

/** Every TypeScript block of the README and the guides. */
export function allBlocks(root: string): CodeBlock[] {
  return docFiles(root).flatMap((path) => extractBlocks(readFileSync(path, 'utf8'), relative(root, path)));
}

/** A short label for a test title: `getting-started.md:42`. */
export const labelOf = (block: CodeBlock) => `${basename(block.file)}:${block.line}`;
