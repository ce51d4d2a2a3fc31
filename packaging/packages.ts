import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: this file lives in `packaging/`. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Where `npm run pack` leaves the tarballs (ignored by git). */
export const packsDir = join(repoRoot, 'packs');

/** The fields of a workspace `package.json` that packing and the packaging test read. */
export interface PackageManifest {
  name: string;
  version: string;
  private?: boolean;
  exports?: Record<string, unknown>;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

/** One public workspace package, read from `packages/<folder>/package.json`. */
export interface PublicPackage {
  dir: string;
  manifest: PackageManifest;
  /** Every importable specifier of its `exports` map, e.g. `@closeout/core/anthropic` (no `./package.json`). */
  entryPoints: string[];
  /** The tarball `npm pack` names it: `@closeout/core@0.1.0` → `closeout-core-0.1.0.tgz`. */
  tarball: string;
}

function readManifest(dir: string): PackageManifest {
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as PackageManifest;
}

/** Every importable specifier of a package's `exports` map; wildcard subpaths cannot be listed and are refused. */
export function entryPointsOf(manifest: PackageManifest): string[] {
  const subpaths = Object.keys(manifest.exports ?? { '.': './index.js' }).filter((s) => !s.endsWith('.json'));
  return subpaths.map((subpath) => {
    if (subpath.includes('*'))
      throw new Error(`${manifest.name}: a public wildcard export (${subpath}) cannot be checked`);
    return subpath === '.' ? manifest.name : `${manifest.name}/${subpath.slice(2)}`;
  });
}

/**
 * The packages a user installs: every non-private `packages/*` workspace, found rather than listed, so a new
 * package is packed and checked the day it appears.
 */
export function publicPackages(): PublicPackage[] {
  const root = join(repoRoot, 'packages');
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(root, entry.name))
    .filter((dir) => {
      try {
        return readManifest(dir).private !== true;
      } catch {
        return false; // a folder without a package.json is no package
      }
    })
    .map((dir) => {
      const manifest = readManifest(dir);
      return {
        dir,
        manifest,
        entryPoints: entryPointsOf(manifest),
        tarball: `${manifest.name.replace(/^@/, '').replace('/', '-')}-${manifest.version}.tgz`,
      };
    })
    .sort((a, b) => a.manifest.name.localeCompare(b.manifest.name));
}
