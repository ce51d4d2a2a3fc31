import { describe, expect, it } from 'vitest';
import { checkInternalVersions } from '../pack.js';
import {
  assetsOf,
  entryPointsOf,
  type PackageManifest,
  type PublicPackage,
  publicPackages,
} from '../packages.js';

const pkg = (manifest: PackageManifest): PublicPackage => ({
  dir: `/packages/${manifest.name}`,
  manifest,
  entryPoints: entryPointsOf(manifest),
  assets: assetsOf(manifest),
  tarball: `${manifest.name}.tgz`,
});

describe('entryPointsOf', () => {
  it('lists the root and every subpath of the exports map, not package.json', () => {
    const exports = { '.': './index.js', './anthropic': './a.js', './package.json': './package.json' };
    expect(entryPointsOf({ name: '@closeout/core', version: '1.0.0', exports })).toEqual([
      '@closeout/core',
      '@closeout/core/anthropic',
    ]);
  });

  it('tells modules from exported files such as a stylesheet', () => {
    const exports = { '.': './index.js', './styles.css': './styles.css', './package.json': './package.json' };
    const manifest = { name: '@closeout/react', version: '1.0.0', exports };
    expect(entryPointsOf(manifest)).toEqual(['@closeout/react']);
    expect(assetsOf(manifest)).toEqual(['@closeout/react/styles.css']);
  });

  it('refuses a wildcard subpath, whose entry points cannot be listed', () => {
    const exports = { './*': './src/*.ts' };
    expect(() => entryPointsOf({ name: '@closeout/x', version: '1.0.0', exports })).toThrow(/wildcard/);
  });
});

describe('publicPackages', () => {
  it('finds the non-private workspaces, each with its tarball name, and leaves the private ones out', () => {
    const found = publicPackages();
    const names = found.map((p) => p.manifest.name);
    expect(names).toContain('@closeout/core');
    expect(names).toContain('@closeout/mcp');
    expect(names).not.toContain('@closeout/simulators');
    expect(found.every((p) => p.manifest.private !== true)).toBe(true);
    expect(found.find((p) => p.manifest.name === '@closeout/core')?.tarball).toMatch(
      /^closeout-core-\d.*\.tgz$/,
    );
  });
});

describe('checkInternalVersions', () => {
  const core = pkg({ name: '@closeout/core', version: '0.2.0' });

  it('accepts internal dependencies pinned to the versions packed beside them', () => {
    const http = pkg({
      name: '@closeout/http',
      version: '0.2.0',
      dependencies: { '@closeout/core': '0.2.0' },
    });
    expect(() => checkInternalVersions([core, http])).not.toThrow();
  });

  it('refuses a range that is not the workspace version', () => {
    const http = pkg({
      name: '@closeout/http',
      version: '0.2.0',
      dependencies: { '@closeout/core': '^0.1.0' },
    });
    expect(() => checkInternalVersions([core, http])).toThrow(
      /asks @closeout\/core@\^0\.1\.0; the workspace has 0\.2\.0/,
    );
  });

  it('refuses a dependency on a package that is not packed (a private one)', () => {
    const react = pkg({
      name: '@closeout/react',
      version: '0.2.0',
      peerDependencies: { '@closeout/simulators': '0.2.0' },
    });
    expect(() => checkInternalVersions([core, react])).toThrow(/not a public package/);
  });

  it('passes the workspace as it is', () => {
    expect(() => checkInternalVersions(publicPackages())).not.toThrow();
  });
});
