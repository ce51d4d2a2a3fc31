/**
 * The docs' code, checked: every ` ```ts ` block of README.md and docs/*.md type-checks as a module of its own
 * against the workspace sources (the `@closeout/source` condition), and every ` ```ts run ` block also runs to a
 * clean exit. ` ```ts fragment ` blocks are pieces of code and are passed over.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allBlocks, type CodeBlock, labelOf } from './blocks.js';

const run = promisify(execFile);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const blocks = allBlocks(root);
const checked = blocks.filter((b) => b.mode !== 'fragment');
const runnable = blocks.filter((b) => b.mode === 'run');

/** Where the blocks live for the compiler: inside the repository, so `@closeout/*` resolves to the workspace. */
const virtualDir = join(root, 'docs', 'test', '.blocks');
const virtualPath = (block: CodeBlock) => join(virtualDir, block.moduleName);

/** The workspace's compiler options, with every block a module of its own (top-level await included). */
function compilerOptions(): ts.CompilerOptions {
  const configPath = join(root, 'tsconfig.json');
  const { config } = ts.readConfigFile(configPath, ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, root, undefined, configPath);
  return {
    ...options,
    noEmit: true,
    moduleDetection: ts.ModuleDetectionKind.Force,
    jsx: ts.JsxEmit.ReactJSX,
  };
}

/** Type-checks all blocks in one program; answers each block's diagnostics as printable text. */
function typecheck(list: CodeBlock[]): Map<CodeBlock, string[]> {
  const sources = new Map(list.map((b) => [virtualPath(b), b]));
  const options = compilerOptions();
  const host = ts.createCompilerHost(options);
  const { fileExists, readFile, getSourceFile } = host;
  host.fileExists = (path) => sources.has(path) || fileExists.call(host, path);
  host.readFile = (path) => sources.get(path)?.code ?? readFile.call(host, path);
  host.getSourceFile = (path, language, onError, create) => {
    const block = sources.get(path);
    return block === undefined
      ? getSourceFile.call(host, path, language, onError, create)
      : ts.createSourceFile(path, block.code, language, true);
  };
  const program = ts.createProgram([...sources.keys()], options, host);
  const byBlock = new Map<CodeBlock, string[]>(list.map((b) => [b, []]));
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const block = diagnostic.file === undefined ? undefined : sources.get(diagnostic.file.fileName);
    const text = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
    if (block === undefined) {
      // An error outside the blocks (in a source they import) belongs to every block: none can be trusted.
      for (const found of byBlock.values()) found.push(`${diagnostic.file?.fileName ?? ''}: ${text}`);
      continue;
    }
    const { line } = ts.getLineAndCharacterOfPosition(
      diagnostic.file as ts.SourceFile,
      diagnostic.start ?? 0,
    );
    byBlock.get(block)?.push(`line ${block.line + 1 + line}: TS${diagnostic.code} ${text}`);
  }
  return byBlock;
}

describe('TypeScript blocks in README.md and docs/*.md', () => {
  let diagnostics: Map<CodeBlock, string[]>;
  beforeAll(() => {
    diagnostics = typecheck(checked);
  }, 180_000);

  it('finds the blocks (the extractor reads the fences)', () => {
    expect(checked.length).toBeGreaterThan(0);
    expect(runnable.length).toBeGreaterThan(0);
  });

  it.each(checked.map((b) => [labelOf(b), b] as const))('%s type-checks on its own', (_, block) => {
    expect(diagnostics.get(block)).toEqual([]);
  });
});

describe('runnable blocks (```ts run) exit cleanly', () => {
  let dir: string;
  beforeAll(() => {
    // Inside the repository's node_modules, so Node resolves `@closeout/*` to the workspace packages.
    const cache = join(root, 'node_modules', '.cache');
    mkdirSync(cache, { recursive: true });
    dir = mkdtempSync(join(cache, 'closeout-docs-'));
    // ES modules, as in a host project: top-level await is allowed.
    writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(runnable.map((b) => [labelOf(b), b] as const))(
    '%s',
    async (_, block) => {
      const file = join(dir, block.moduleName);
      writeFileSync(file, block.code);
      const tsx = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
      const env = { ...process.env, NODE_ENV: 'test' };
      await expect(
        run(process.execPath, [tsx, '--conditions=@closeout/source', file], {
          cwd: root,
          env,
          timeout: 60_000,
        }),
      ).resolves.toBeDefined();
    },
    90_000,
  );
});

// Getting started shows one program snippet by snippet, then whole in one runnable file. The snippets are
// fragments (each builds on the ones before), so this keeps them honest: each one's code, imports aside, is in the
// whole program, in order, as a reader who pastes them one after another would have it.
describe('getting-started.md: the snippets paste into its one-file program', () => {
  const guide = blocks.filter((b) => b.file === join('docs', 'getting-started.md'));
  const program = guide.find((b) => b.mode === 'run');
  const snippets = guide.filter((b) => b.mode === 'fragment' || b === guide[0]);
  const codeLines = (block: CodeBlock) =>
    block.code.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('import '));

  it('has the program and its snippets', () => {
    expect(program).toBeDefined();
    expect(snippets.length).toBeGreaterThan(3);
  });

  it.each(snippets.map((b, n) => [labelOf(b), n] as const))(
    '%s is in the program, after the snippets before it',
    (_, n) => {
      const whole = codeLines(program as CodeBlock);
      let from = 0;
      for (const snippet of snippets.slice(0, n + 1)) {
        const lines = codeLines(snippet);
        const at = whole.findIndex((_, i) => i >= from && lines.every((line, j) => whole[i + j] === line));
        expect(
          at,
          `${labelOf(snippet)} is not in ${labelOf(program as CodeBlock)} after the snippets before it`,
        ).toBeGreaterThanOrEqual(0);
        from = at + lines.length;
      }
    },
  );
});
