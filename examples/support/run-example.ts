// Runs an example as a user would (a separate Node process on the TypeScript sources) and captures
// what it prints, for the smoke tests beside each example.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

export interface ExampleRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `script` (a path from the repository root) with tsx and the `@closeout/source` condition,
 * as the `npm run` scripts do. The child's stdout is a pipe, not a terminal, and
 * ANTHROPIC_API_KEY is removed so nothing reaches the network; `env` adds to the environment and
 * `args` are the script's arguments (what `npm run x -- …` passes).
 */
export function runExample(
  script: string,
  env: Record<string, string> = {},
  args: string[] = [],
): Promise<ExampleRun> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
  delete childEnv.ANTHROPIC_API_KEY;
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--conditions=@closeout/source', '--import', 'tsx', script, ...args],
      { cwd: root, env: childEnv, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** An example server started by {@link startExample}. */
export interface RunningExample {
  /** The first capture of `announce` in what the server printed (its URL). */
  url: string;
  child: ChildProcess;
  stop(): void;
}

/**
 * Starts a long-running example (a server) with `PORT=0` as `npm run` would, and answers once it
 * prints a line matching `announce`, whose first group is the URL to call. `env` adds to the
 * environment.
 */
export function startExample(
  script: string,
  announce: RegExp,
  env: Record<string, string> = {},
): Promise<RunningExample> {
  const child = spawn(process.execPath, ['--conditions=@closeout/source', '--import', 'tsx', script], {
    cwd: root,
    env: { ...process.env, ...env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = announce.exec(out)?.[1];
      if (url !== undefined) resolve({ url, child, stop: () => child.kill('SIGTERM') });
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.on('exit', (code) => reject(new Error(`${script} exited with ${code}: ${out}`)));
  });
}
