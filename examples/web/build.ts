// Builds the page in app/ with Vite into a fresh folder. The closeout packages resolve to their
// TypeScript sources through the `@closeout/source` condition, so no package build is needed first.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, defaultClientConditions } from 'vite';

/** Builds the page and answers the folder holding index.html and its assets. */
export async function buildPage(): Promise<string> {
  const outDir = await mkdtemp(join(tmpdir(), 'closeout-web-'));
  await build({
    root: fileURLToPath(new URL('./app', import.meta.url)),
    configFile: false,
    // React's production build and JSX runtime, also when started from a test run (NODE_ENV=test).
    mode: 'production',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    oxc: { jsx: { runtime: 'automatic', development: false } },
    logLevel: 'warn',
    resolve: { conditions: ['@closeout/source', ...defaultClientConditions] },
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}
