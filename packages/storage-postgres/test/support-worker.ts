// A second app instance in its own OS process, driven over stdin/stdout with one JSON line per
// command and per answer: the harness of the cross-process tests.
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';

export interface Worker {
  send<T>(command: Record<string, unknown>): Promise<T>;
  stop(): Promise<void>;
}

// tsx runs the TypeScript worker; named by URL so it resolves whatever the working directory.
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/** Starts the worker script in its own Node process and waits until it is connected. */
export async function startWorker(script: string, name: string, schema: string): Promise<Worker> {
  const child: ChildProcessWithoutNullStreams = spawn(
    process.execPath,
    ['--conditions=@closeout/source', '--import', tsxLoader, script],
    {
      env: { ...process.env, CLOSEOUT_SCHEMA: schema, WORKER_NAME: name },
      stdio: 'pipe',
    },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  let ready!: () => void;
  const isReady = new Promise<void>((resolve, reject) => {
    ready = resolve;
    child.once('exit', (code) => reject(new Error(`worker ${name} exited with ${code}: ${stderr}`)));
  });
  createInterface({ input: child.stdout }).on('line', (line) => {
    const message = JSON.parse(line) as { ready?: boolean; id?: number; result?: unknown; error?: string };
    if (message.ready) return ready();
    const waiter = pending.get(message.id ?? -1);
    pending.delete(message.id ?? -1);
    if (message.error !== undefined) waiter?.reject(new Error(`worker ${name}: ${message.error}`));
    else waiter?.resolve(message.result);
  });
  await isReady;
  let seq = 0;
  return {
    send<T>(command: Record<string, unknown>) {
      const id = ++seq;
      return new Promise<T>((resolve, reject) => {
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
        child.stdin.write(`${JSON.stringify({ ...command, id })}\n`);
      });
    },
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.stdin.write(`${JSON.stringify({ op: 'exit', id: 0 })}\n`);
      await exited;
    },
  };
}
