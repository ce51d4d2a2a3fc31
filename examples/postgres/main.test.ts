// The example keeps its session across runs: two runs as separate processes, in a scratch
// directory, on embedded PGlite (DATABASE_URL is removed from the children's environment so the
// local-folder path is the one tested).
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { SCHEMA_VERSION } from '@closeout/storage-postgres';
import { afterAll, expect, it } from 'vitest';

const run = promisify(execFile);
const script = fileURLToPath(new URL('./main.ts', import.meta.url));
// `--import tsx` resolves from the working directory, which here is a scratch one: name it fully.
const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
let cwd: string | undefined;

afterAll(async () => {
  if (cwd !== undefined) await rm(cwd, { recursive: true, force: true });
});

it('continues, in a second run, the session the first run stored', async () => {
  cwd = await mkdtemp(join(tmpdir(), 'closeout-example-'));
  const env = { ...process.env };
  delete env.DATABASE_URL;
  const once = () =>
    run(process.execPath, ['--conditions=@closeout/source', '--import', tsx, script], { cwd, env });

  const first = (await once()).stdout;
  expect(first).toContain(`migrated schema "closeout_example" to version ${SCHEMA_VERSION}`);
  const id = /new session (ses_\w+) \(v1\)/.exec(first)?.[1];
  expect(id).toBeDefined();
  expect(first).toContain(`Session ${id} is at state version 3`);

  const second = (await once()).stdout;
  expect(second).toContain(`already at version ${SCHEMA_VERSION}`);
  expect(second).toContain(`resuming session ${id} at v3`);
  expect(second).toContain('Run 1: Print Spooler');
  expect(second).toContain('Run 2: Print Spooler');
  expect(second).toContain(`Session ${id} is at state version 5`);
}, 120_000);
