#!/usr/bin/env node
// The closeout-mcp command. An installed package runs its build (dist/bin.js). In a clone of the
// repository before a build there is none, so it runs the TypeScript sources through tsx with the
// `@closeout/source` condition, the way the repository's scripts and tests do.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const built = new URL('../dist/bin.js', import.meta.url);

if (existsSync(built)) {
  await import(built.href);
} else {
  let tsx;
  try {
    tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  } catch {
    process.stderr.write(
      'closeout-mcp: not built (npm run build) and tsx is not installed to run the sources\n',
    );
    process.exit(1);
  }
  const source = fileURLToPath(new URL('../src/bin.ts', import.meta.url));
  // stdin and stdout are the MCP channel: the child inherits them as they are.
  const child = spawn(process.execPath, ['--conditions=@closeout/source', '--import', tsx, source], {
    stdio: 'inherit',
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(signal === null ? (code ?? 1) : 1));
}
