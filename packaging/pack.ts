/**
 * `npm run pack`: build every public package and pack it into `packs/`, ready for a host project to install
 * all tarballs in one `npm install` (the internal dependencies are pinned to the very versions packed beside them).
 * `--no-build` packs what `npm run build` left in each `dist/`.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type PublicPackage, packsDir, publicPackages, repoRoot } from './packages.js';

/**
 * Refuses a package whose `@closeout/*` dependency is not another public package at exactly its workspace
 * version: such a tarball would ask the registry for a version that is not there (or a different one).
 */
export function checkInternalVersions(packages: PublicPackage[]): void {
  const versions = new Map(packages.map((p) => [p.manifest.name, p.manifest.version]));
  const problems: string[] = [];
  for (const { manifest } of packages) {
    const deps = { ...manifest.dependencies, ...manifest.peerDependencies };
    for (const [name, range] of Object.entries(deps)) {
      if (!name.startsWith('@closeout/')) continue;
      const version = versions.get(name);
      if (version === undefined)
        problems.push(`${manifest.name} depends on ${name}, which is not a public package`);
      else if (range !== version)
        problems.push(`${manifest.name} asks ${name}@${range}; the workspace has ${version}`);
    }
  }
  if (problems.length > 0)
    throw new Error(`internal dependency versions do not match:\n  ${problems.join('\n  ')}`);
}

/** Builds (unless told not to) and packs every public package; answers the tarballs' absolute paths. */
export function pack(options: { build: boolean }): string[] {
  const packages = publicPackages();
  checkInternalVersions(packages);
  const npm = (args: string[]) =>
    execFileSync('npm', args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] });
  if (options.build) execFileSync('npm', ['run', 'build'], { cwd: repoRoot, stdio: 'inherit' });
  rmSync(packsDir, { recursive: true, force: true });
  mkdirSync(packsDir, { recursive: true });
  const workspaces = packages.flatMap((p) => ['--workspace', relative(repoRoot, p.dir)]);
  npm(['pack', '--silent', '--pack-destination', packsDir, ...workspaces]);
  return packages.map((p) => join(packsDir, p.tarball));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const tarballs = pack({ build: !process.argv.includes('--no-build') });
  console.log(`packed ${tarballs.length} packages into ${relative(repoRoot, packsDir)}/:`);
  for (const tarball of tarballs) console.log(`  ${relative(repoRoot, tarball)}`);
}
