import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type PublicPackage, packsDir, repoRoot } from './packages.js';

const run = promisify(execFile);

/**
 * The TypeScript a new project gets from `npm install typescript` (`npm view typescript version`), installed into
 * the host project at this exact version. It is not a devDependency of the workspace: its `tsc` bin would shadow
 * the workspace's TypeScript 5 in `node_modules/.bin`. Bump it when a new major or minor appears.
 */
export const CURRENT_TYPESCRIPT = '7.0.2';

/** A fresh project outside the repository that installs closeout from its tarballs, as a user would. */
export interface HostProject {
  dir: string;
  /** Runs a command in the host project; rejects with its output when it fails. */
  exec(command: string, args: string[]): Promise<{ stdout: string; stderr: string }>;
}

/**
 * An environment for npm and node in the host without the `npm_*` variables of the `npm run` that started the
 * test: `npm_config_local_prefix` and friends would point npm back at the workspace.
 */
function hostEnv(): NodeJS.ProcessEnv {
  const keep = new Set(['npm_config_cache', 'npm_config_registry', 'npm_config_userconfig']);
  return Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith('npm_') || keep.has(key)),
  );
}

/**
 * The version of `name` installed in the workspace (from its lock file), so the host installs what npm's cache
 * already holds; the declared range when the workspace has none.
 */
function workspaceVersion(name: string, range: string): string {
  const manifest = join(repoRoot, 'node_modules', name, 'package.json');
  if (!existsSync(manifest)) return range;
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

/** `react` → `@types/react`, `@scope/name` → `@types/scope__name`. */
const typesPackageOf = (name: string) => `@types/${name.replace(/^@/, '').replace('/', '__')}`;

/**
 * The host's dependencies: every tarball, every peer any public package declares (optional ones too, so each entry
 * point loads for real), a peer's `@types` package when the workspace uses one, and the current TypeScript.
 */
export function hostDependencies(packages: PublicPackage[]): Record<string, string> {
  const deps: Record<string, string> = {};
  for (const p of packages) deps[p.manifest.name] = `file:${join(packsDir, p.tarball)}`;
  for (const p of packages) {
    for (const [peer, range] of Object.entries(p.manifest.peerDependencies ?? {})) {
      if (peer.startsWith('@closeout/') || deps[peer] !== undefined) continue;
      deps[peer] = workspaceVersion(peer, range);
      const types = typesPackageOf(peer);
      if (existsSync(join(repoRoot, 'node_modules', types))) deps[types] = workspaceVersion(types, '*');
    }
  }
  deps.typescript = CURRENT_TYPESCRIPT;
  return deps;
}

/**
 * Creates the host project in the system's temp folder and installs everything in ONE `npm install`: the tarballs
 * name each other at matching versions, so npm never asks the registry for `@closeout/*`. `--prefer-offline`
 * lets the cache that `npm ci` filled serve the third-party packages.
 */
export async function createHost(packages: PublicPackage[]): Promise<HostProject> {
  const dir = mkdtempSync(join(tmpdir(), 'closeout-host-'));
  const env = hostEnv();
  const manifest = {
    name: 'closeout-host',
    private: true,
    type: 'module',
    dependencies: hostDependencies(packages),
  };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  for (const file of ['session.ts', 'tsconfig.node16.json', 'tsconfig.bundler.json']) {
    copyFileSync(join(repoRoot, 'packaging', 'host', file), join(dir, file));
  }
  // The same program as CommonJS: TypeScript compiles a `.cts` file's imports to `require`.
  copyFileSync(join(dir, 'session.ts'), join(dir, 'session-cjs.cts'));
  const exec = async (command: string, args: string[]) => {
    try {
      return await run(command, args, { cwd: dir, env, maxBuffer: 64 * 1024 * 1024 });
    } catch (error) {
      const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
      throw new Error(`${command} ${args.join(' ')} failed in ${dir}:\n${stdout}\n${stderr}`);
    }
  };
  await exec('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts']);
  return { dir, exec };
}
