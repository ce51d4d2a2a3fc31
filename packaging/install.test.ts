/**
 * The packaging test (`npm run test:pack`, after `npm run pack`): the tarballs install in a fresh project outside
 * the repository, every entry point loads in ESM and CommonJS, a session resolves on fakePsa, a TypeScript host
 * passes its type check with the current TypeScript and with TypeScript 5, under `node16` and `bundler`, and the
 * host's own vitest suite runs against `@closeout/simulators`.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allBlocks } from '../docs/test/blocks.js';
import { CURRENT_TYPESCRIPT, createHost, type HostProject } from './host.js';
import { packsDir, publicPackages, repoRoot } from './packages.js';

const run = promisify(execFile);
const packages = publicPackages();
const entryPoints = packages.flatMap((p) => p.entryPoints);
const assets = packages.flatMap((p) => p.assets);
const RESOLUTIONS = ['node16', 'bundler'] as const;
const bin = (name: string) => join(repoRoot, 'node_modules', '.bin', name);

/**
 * Entry points that cannot load through `require` because a peer refuses it, with the peer's own words: vitest is
 * ESM-only, so `@closeout/core/testing` (whose suites run inside vitest) reaches vitest and stops there.
 */
const REFUSED_BY_A_PEER_IN_CJS: Record<string, RegExp> = {
  '@closeout/core/testing': /Vitest cannot be imported in a CommonJS module/,
};

/**
 * Entry points left out of the CommonJS (`.cts`) type check because a peer's own declarations fail there, with the
 * peer's words: the MCP SDK's CommonJS declarations import the ESM-only `json-schema-typed` without a
 * `resolution-mode`, which TypeScript refuses (TS1541) when `skipLibCheck` is off. The entry still loads through
 * `require` and type-checks as ESM and on its own.
 */
const CJS_TYPES_REFUSED_BY_A_PEER: Record<string, string> = {
  '@closeout/mcp':
    '@modelcontextprotocol/sdk/dist/cjs/validation/types.d.ts: TS1541 (json-schema-typed is ESM-only)',
};

interface Loaded {
  resolved?: string;
  exports?: string[];
  error?: string;
}

const loader = (format: 'esm' | 'cjs') => `
const entries = ${JSON.stringify(entryPoints)};
const out = {};
for (const entry of entries) {
  try {
    ${format === 'esm' ? 'const resolved = import.meta.resolve(entry); const m = await import(entry);' : 'const resolved = require.resolve(entry); const m = require(entry);'}
    out[entry] = { resolved: String(resolved), exports: Object.keys(m) };
  } catch (error) {
    out[entry] = { error: String(error && error.message) };
  }
}
for (const asset of ${JSON.stringify(assets)}) {
  try {
    out[asset] = { resolved: String(${format === 'esm' ? 'import.meta.resolve(asset)' : 'require.resolve(asset)'}) };
  } catch (error) {
    out[asset] = { error: String(error && error.message) };
  }
}
console.log(JSON.stringify(out));
`;

let host: HostProject;

/** Getting started's host test on the simulators: the block that starts `// resolve.test.ts`. */
function guideHostTest() {
  const test = allBlocks(repoRoot).find(
    (b) => b.file === join('docs', 'getting-started.md') && b.code.startsWith('// resolve.test.ts'),
  );
  if (test === undefined) throw new Error('docs/getting-started.md has no `// resolve.test.ts` block');
  return test;
}

function guideProgram() {
  const program = allBlocks(repoRoot).find(
    (b) => b.file === join('docs', 'getting-started.md') && b.mode === 'run',
  );
  if (program === undefined) throw new Error('docs/getting-started.md has no ```ts run block');
  return program;
}

beforeAll(async () => {
  for (const p of packages) {
    if (!existsSync(join(packsDir, p.tarball)))
      throw new Error(`${p.tarball} is missing: run \`npm run pack\` first`);
  }
  host = await createHost(packages);
  // A module that imports every entry point, type-checked as ESM (.ts) and as CommonJS (.cts).
  const program = (entries: readonly string[]) =>
    `${entries.map((e, i) => `import * as m${i} from '${e}';`).join('\n')}\n` +
    `export const modules = [${entries.map((_, i) => `m${i}`).join(', ')}];\n`;
  writeFileSync(join(host.dir, 'entries.ts'), program(entryPoints));
  writeFileSync(
    join(host.dir, 'entries-cjs.cts'),
    program(entryPoints.filter((e) => CJS_TYPES_REFUSED_BY_A_PEER[e] === undefined)),
  );
  // Each entry point alone too: a host importing only `@closeout/http` must not lean on the Node types that
  // another entry's peer (the Anthropic SDK, vitest) happens to pull in.
  entryPoints.forEach((entry, i) => {
    const dir = join(host.dir, 'isolated', String(i));
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'index.ts'),
      `import * as entry from '${entry}';\nexport const loaded = entry;\n`,
    );
    for (const resolution of RESOLUTIONS) {
      const config = { extends: `../../tsconfig.${resolution}.json`, include: ['index.ts'] };
      writeFileSync(join(dir, `tsconfig.${resolution}.json`), JSON.stringify(config));
    }
  });
  // The program getting started ends with, as a reader would save it: type-checked with the rest, then run.
  writeFileSync(join(host.dir, 'guide.ts'), guideProgram().code);
  // The host's own test of its writeback on the ConnectWise simulator, type-checked with the rest, then run.
  writeFileSync(join(host.dir, 'resolve.test.ts'), guideHostTest().code);
  writeFileSync(join(host.dir, 'imports.mjs'), loader('esm'));
  writeFileSync(join(host.dir, 'imports.cjs'), loader('cjs'));
}, 600_000);

afterAll(() => {
  if (host !== undefined) rmSync(host.dir, { recursive: true, force: true });
});

describe('the package linters', () => {
  it.concurrent.for(packages.map((p) => [p.manifest.name, p.tarball] as const))(
    'publint finds nothing in %s',
    async ([, tarball], { expect }) => {
      await expect(run(bin('publint'), ['run', join(packsDir, tarball), '--strict'])).resolves.toBeDefined();
    },
  );

  // node16 and bundler: the `node10` resolution predates `exports` maps (and TypeScript 7 dropped it), so it can
  // never see a subpath such as `@closeout/core/anthropic`.
  // Exported files that are not modules (a stylesheet) have no types to check: attw is told to leave them out.
  it.concurrent.for(packages.map((p) => [p.manifest.name, p.tarball, p.assets] as const))(
    'arethetypeswrong finds nothing in %s',
    async ([name, tarball, assets], { expect }) => {
      const excluded = assets.map((asset) => `.${asset.slice(name.length)}`);
      const args = [join(packsDir, tarball), '--profile', 'node16'];
      if (excluded.length > 0) args.push('--exclude-entrypoints', ...excluded);
      // attw exits non-zero when it finds a problem.
      await expect(run(bin('attw'), args)).resolves.toBeDefined();
    },
  );
});

describe.each(['esm', 'cjs'] as const)(
  'every entry point loads from the installed tarballs (%s)',
  (format) => {
    let loaded: Record<string, Loaded>;
    beforeAll(async () => {
      const { stdout } = await host.exec('node', [format === 'esm' ? 'imports.mjs' : 'imports.cjs']);
      loaded = JSON.parse(stdout) as Record<string, Loaded>;
    });

    it.each(entryPoints)('%s', (entry) => {
      const result = loaded[entry];
      const refusal = format === 'cjs' ? REFUSED_BY_A_PEER_IN_CJS[entry] : undefined;
      if (refusal !== undefined) {
        expect(result?.error).toMatch(refusal);
        return;
      }
      expect(result?.error).toBeUndefined();
      // Resolved inside the host's node_modules, never through a link back into the workspace.
      expect(result?.resolved).toContain(join(host.dir, 'node_modules'));
      expect(result?.exports?.length).toBeGreaterThan(0);
    });

    // Exported files that are not modules (a stylesheet) only need to resolve to a file in the tarball.
    for (const asset of assets) {
      it(`${asset} resolves`, () => {
        expect(loaded[asset]?.error).toBeUndefined();
        expect(loaded[asset]?.resolved).toContain(join(host.dir, 'node_modules'));
      });
    }
  },
);

describe('a TypeScript host type-checks without types: ["node"]', () => {
  const compilers = [
    [
      `TypeScript ${CURRENT_TYPESCRIPT} (current)`,
      () => join(host.dir, 'node_modules', 'typescript', 'bin', 'tsc'),
    ],
    ['TypeScript 5 (the workspace’s)', () => join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc')],
  ] as const;
  const cases = compilers.flatMap(([name, tsc]) =>
    RESOLUTIONS.map((resolution) => [name, resolution, tsc] as const),
  );

  it.each(cases)(
    '%s, moduleResolution %s: the session program and every entry point',
    async (_, resolution, tsc) => {
      const { stdout: version } = await host.exec('node', [tsc(), '--version']);
      expect(version).toMatch(/^Version \d/);
      await expect(
        host.exec('node', [tsc(), '-p', `tsconfig.${resolution}.json`, '--noEmit']),
      ).resolves.toBeDefined();
    },
  );

  // The current TypeScript is the one that loads no `@types` package unless told to, so it is the one that
  // catches a declaration file leaning on `@types/node`.
  // Concurrent: each is a small program of its own, and the native compiler spends most of a run starting up.
  it.concurrent.for(
    RESOLUTIONS.flatMap((resolution) => entryPoints.map((entry, i) => [entry, resolution, i] as const)),
  )('%s alone, TypeScript current, moduleResolution %s', async ([, resolution, i], { expect }) => {
    const tsc = join(host.dir, 'node_modules', 'typescript', 'bin', 'tsc');
    const config = join('isolated', String(i), `tsconfig.${resolution}.json`);
    await expect(host.exec('node', [tsc, '-p', config, '--noEmit'])).resolves.toBeDefined();
  });
});

describe('a minimal session resolves on fakePsa, verified', () => {
  beforeAll(async () => {
    await host.exec('node', [
      join(host.dir, 'node_modules', 'typescript', 'bin', 'tsc'),
      '-p',
      'tsconfig.node16.json',
    ]);
  });

  it.each([
    ['ESM', 'build/session.js'],
    ['CommonJS', 'build/session-cjs.cjs'],
  ])('%s', async (_, program) => {
    const { stdout } = await host.exec('node', [program]);
    const printed = JSON.parse(stdout) as {
      result: { outcome: string; status?: { id: string; name: string; verified: boolean } };
      ticket: { status: { id: string; name: string } };
      notes: Array<{ type: string; customerVisible: boolean }>;
      refused?: string;
    };
    expect(printed.result.outcome).toBe('resolved');
    expect(printed.result.status).toEqual({ id: '4', name: 'Resolved', verified: true });
    expect(printed.ticket.status).toEqual({ id: '4', name: 'Resolved' });
    expect(printed.notes).toHaveLength(1);
    expect(printed.notes[0]).toMatchObject({ type: 'resolution', customerVisible: true });
    expect(printed.refused).toBe('ALREADY_FINALIZED');
  });

  it("getting started's one-file program, on the installed tarballs", async () => {
    await expect(host.exec('node', ['build/guide.js'])).resolves.toBeDefined();
  });
});

describe('the host’s own test suite on @closeout/simulators', () => {
  it("getting started's resolve.test.ts passes under the host's vitest, on the installed tarballs", async () => {
    const vitest = join(host.dir, 'node_modules', 'vitest', 'vitest.mjs');
    const report = join(host.dir, 'vitest-report.json');
    await host.exec('node', [vitest, 'run', 'resolve.test.ts', '--reporter=json', `--outputFile=${report}`]);
    const result = JSON.parse(readFileSync(report, 'utf8')) as {
      success: boolean;
      numPassedTests: number;
      numTotalTests: number;
      testResults: Array<{ name: string }>;
    };
    const declared = guideHostTest().code.match(/^it\(/gm)?.length ?? 0;
    expect(declared).toBeGreaterThan(0);
    expect(result.success).toBe(true);
    expect(result.numTotalTests).toBe(declared);
    expect(result.numPassedTests).toBe(declared);
    expect(result.testResults.map((r) => r.name)).toEqual([join(host.dir, 'resolve.test.ts')]);
    // The simulators the suite ran are the tarball's build, not the workspace's sources.
    const { stdout } = await host.exec('node', [
      '--input-type=module',
      '-e',
      "console.log(import.meta.resolve('@closeout/simulators/connectwise'))",
    ]);
    expect(stdout).toContain(join(host.dir, 'node_modules', '@closeout', 'simulators', 'dist'));
  });
});
