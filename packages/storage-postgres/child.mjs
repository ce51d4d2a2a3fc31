import { PGlite } from '@electric-sql/pglite';
const db = await PGlite.create(process.argv[2]);
await db.query('CREATE TABLE IF NOT EXISTS t (v text)');
await db.query("INSERT INTO t VALUES ('hello')");
console.log('done');
setInterval(() => {}, 1000);
