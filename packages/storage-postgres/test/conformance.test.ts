// The shared StorageAdapter suite, on embedded PGlite always and on the PostgreSQL server when
// DATABASE_URL is set (.ci/run sets it when the server answers). Without DATABASE_URL the server
// variant is not registered; nothing is skipped.
import { runStorageConformance } from '@closeout/core/testing';
import { migrate, postgresStorage } from '@closeout/storage-postgres';
import { databaseKinds, type TestDatabase, uniqueSchema } from './support.js';

for (const { kind, open } of databaseKinds()) {
  const schema = uniqueSchema('conformance');
  let db: TestDatabase;
  runStorageConformance(
    `postgres (${kind})`,
    async () => {
      db = await open();
      await migrate({ ...db.target, schema });
      return postgresStorage({ ...db.target, schema });
    },
    {
      teardown: async () => {
        await db.dropSchema(schema);
        await db.close();
      },
    },
  );
}
