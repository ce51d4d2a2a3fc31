import { defineConfig } from 'vitest/config';

// Tests import the workspace packages through their `@closeout/source` export condition, so
// `npm test` runs against the TypeScript sources straight after `npm ci`, with no build step.
export default defineConfig({
  resolve: { conditions: ['@closeout/source'] },
  ssr: { resolve: { conditions: ['@closeout/source'] } },
  test: {
    include: [
      'packages/*/test/**/*.test.{ts,tsx}',
      'examples/**/*.test.ts',
      'bench/**/*.test.ts',
      'docs/test/**/*.test.ts',
      'packaging/test/**/*.test.ts',
    ],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
