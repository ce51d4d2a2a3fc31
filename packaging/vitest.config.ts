import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The packaging test runs against the packed tarballs, not the sources: no `@closeout/source` condition here.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['packaging/install.test.ts'],
    testTimeout: 300_000,
    hookTimeout: 600_000,
  },
});
