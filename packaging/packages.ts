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
  /** The exported files that are not modules, e.g. `@closeout/react/styles.css`. */
  assets: string[];
  /** The tarball `npm pack` names it: `@closeout/core@0.1.0` → `closeout-core-0.1.0.tgz`. */
  tarball: string;
}

function readManifest(dir: string): PackageManifest {
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as PackageManifest;
}

const specifierOf = (name: string, subpath: string) =>
  subpath === '.' ? name : `${name}/${subpath.slice(2)}`;

/** A subpath naming a file that is not a module (`./styles.css`, `./package.json`): resolved, never imported. */
const isAsset = (subpath: string) => /\.[a-z]+$/i.test(subpath) && !/\.[cm]?js$/i.test(subpath);

function subpathsOf(manifest: PackageManifest): string[] {
  const subpaths = Object.keys(manifest.exports ?? { '.': './index.js' });
  for (const subpath of subpaths) {
    if (subpath.includes('*'))
      throw new Error(`${manifest.name}: a public wildcard export (${subpath}) cannot be checked`);
  }
  return subpaths;
}

/** Every importable specifier of a package's `exports` map; wildcard subpaths cannot be listed and are refused. */
export function entryPointsOf(manifest: PackageManifest): string[] {
  return subpathsOf(manifest)
    .filter((subpath) => !isAsset(subpath))
    .map((subpath) => specifierOf(manifest.name, subpath));
}

/** The specifiers of the files a package exports besides its modules, e.g. `@closeout/react/styles.css`. */
export function assetsOf(manifest: PackageManifest): string[] {
  return subpathsOf(manifest)
    .filter((subpath) => isAsset(subpath) && subpath !== './package.json')
    .map((subpath) => specifierOf(manifest.name, subpath));
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
        assets: assetsOf(manifest),
        tarball: `${manifest.name.replace(/^@/, '').replace('/', '-')}-${manifest.version}.tgz`,
      };
    })
    .sort((a, b) => a.manifest.name.localeCompare(b.manifest.name));
}
