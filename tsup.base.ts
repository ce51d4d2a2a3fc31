import { defineConfig, type Options } from 'tsup';

/**
 * The build every package shares: ESM + CJS + .d.ts for Node 20, one output per entry point;
 * `extra` adds what one package alone needs.
 */
export function packageConfig(
  entry: Record<string, string> = { index: 'src/index.ts' },
  extra: Options = {},
) {
  const options: Options = {
    entry,
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'node20',
    ...extra,
  };
  return defineConfig(options);
}
