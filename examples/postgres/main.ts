// closeout on PostgreSQL: sessions that survive a restart. With DATABASE_URL set it uses that
// server; without it, an embedded PGlite database in .closeout-data/ beside where it runs. Run it
// a few times: each run picks up the session the previous run left and moves it on.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CloseoutError, createCloseout, type Session } from '@closeout/core';
import { type DatabaseTarget, migrate, postgresStorage } from '@closeout/storage-postgres';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

const dataDir = join(process.cwd(), '.closeout-data');
await mkdir(dataDir, { recursive: true });

// A host opens its pool once at start-up. `connectionTimeoutMillis` turns an exhausted pool into
// an error instead of a wait without end, and the `error` listener keeps a dropped idle
// connection from ending the process.
const url = process.env.DATABASE_URL;
let target: DatabaseTarget;
let close: () => Promise<void>;
if (url !== undefined) {
  const pool = new pg.Pool({ connectionString: url, max: 5, connectionTimeoutMillis: 5_000 });
  pool.on('error', (err) => console.error('idle PostgreSQL connection failed:', err.message));
  target = { pool };
  close = () => pool.end();
  console.log('storage: PostgreSQL server from DATABASE_URL');
} else {
  const pglite = await PGlite.create(join(dataDir, 'pglite'));
  target = { pglite };
  close = () => pglite.close();
  console.log(`storage: embedded PGlite in ${join(dataDir, 'pglite')}`);
}

// Safe to run on every start, from every instance at once.
const schema = 'closeout_example';
const migration = await migrate({ ...target, schema });
console.log(
  migration.applied.length > 0
    ? `migrated schema "${schema}" to version ${migration.version}`
    : `schema "${schema}" already at version ${migration.version}`,
);

const closeout = createCloseout({ storage: postgresStorage({ ...target, schema }) });
const acme = closeout.account('acme-msp');

// A host keeps the session id with its ticket; here a small file stands in for that.
const idFile = join(dataDir, 'example-session-id');
const knownId = await readFile(idFile, 'utf8').catch(() => undefined);

async function previousSession(id: string | undefined): Promise<Session | undefined> {
  if (id === undefined) return undefined;
  try {
    const session = await acme.sessions.get(id.trim());
    return session.status === 'open' ? session : undefined;
  } catch (error) {
    // Another database, or its data was removed: start over.
    if (CloseoutError.hasCode(error, 'SESSION_NOT_FOUND')) return undefined;
    throw error;
  }
}

let session = await previousSession(knownId);
if (session === undefined) {
  session = await acme.sessions.create({
    problem: 'Users on floor 3 cannot print to HP-LJ-301',
    ticket: { provider: 'connectwise', id: '48213' },
  });
  await writeFile(idFile, session.id);
  console.log(`\nnew session ${session.id} (v${session.stateVersion})`);
} else {
  console.log(`\nresuming session ${session.id} at v${session.stateVersion}, stored by an earlier run`);
}

// Each run moves the troubleshooting on by one step, so the history grows across runs.
const run = session.findings.length + 1;
session = await acme.sessions.addFinding(session.id, {
  text: `Run ${run}: Print Spooler on PRN01 stopped again within a minute`,
});
console.log(`v${session.stateVersion}  finding ${run} added`);
if (session.activeFixId === null) {
  session = await acme.sessions.proposeFix(session.id, {
    title: 'Remove the corrupt HP Universal driver and reinstall v7.1',
    steps: ['Remove driver package', 'Install HP UPD 7.1', 'Restart spooler'],
  });
  console.log(`v${session.stateVersion}  fix proposed`);
} else {
  session = await acme.sessions.recordOutcome(session.id, {
    status: 'partial',
    partialNotes: `After run ${run} the queue drains, but the spooler still stops now and then`,
  });
  console.log(`v${session.stateVersion}  outcome recorded: partial`);
}

console.log('\nFindings so far:');
for (const finding of session.findings) console.log(`  - ${finding.text}`);
console.log(`\nSession ${session.id} is at state version ${session.stateVersion}. Run again to continue it.`);

await close();
