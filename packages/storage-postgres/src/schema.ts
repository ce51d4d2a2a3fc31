import { CloseoutError } from '@closeout/core';

// A schema name is spliced into SQL text (identifiers cannot be bind parameters), so it is checked
// against a strict pattern first and then quoted as well. Lower case only: an unquoted name in the
// host's own SQL folds to lower case, so `Closeout` would silently name a different schema there.
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** The schema closeout's tables live in when none is given. */
export const DEFAULT_SCHEMA = 'public';

/** Fully qualified, quoted names of closeout's tables in one schema. */
export interface Tables {
  schema: string;
  /** `"schema"`, quoted. */
  quotedSchema: string;
  migrations: string;
  sessions: string;
  settings: string;
  previews: string;
  writebacks: string;
  history: string;
}

/** Checks a schema name; `VALIDATION_FAILED` when it could not be used safely. */
export function checkSchemaName(schema: string | undefined): string {
  const name = schema ?? DEFAULT_SCHEMA;
  if (typeof name !== 'string' || !SCHEMA_NAME.test(name) || name.startsWith('pg_')) {
    throw new CloseoutError(
      'VALIDATION_FAILED',
      'Invalid schema name: use 1–63 lower-case letters, digits and underscores, not starting with a digit or "pg_"',
      { details: { issues: [{ path: 'schema', message: 'not a plain lower-case identifier' }] } },
    );
  }
  return name;
}

/** The quoted, schema-qualified table names for `schema` (already checked). */
export function tablesIn(schema: string): Tables {
  const quotedSchema = `"${schema.replaceAll('"', '""')}"`;
  const table = (name: string) => `${quotedSchema}."${name}"`;
  return {
    schema,
    quotedSchema,
    migrations: table('closeout_migrations'),
    sessions: table('closeout_sessions'),
    settings: table('closeout_settings'),
    previews: table('closeout_previews'),
    writebacks: table('closeout_writebacks'),
    history: table('closeout_history'),
  };
}

// PostgreSQL text cannot hold U+0000, and the driver turns a lone UTF-16 surrogate into U+FFFD, so
// two different ids could land on one key. Such ids are refused rather than stored altered.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Refuses a key PostgreSQL would reject or alter. */
export function checkKey(value: string, field: string): void {
  if (value.includes('\u0000') || LONE_SURROGATE.test(value)) {
    throw new CloseoutError(
      'VALIDATION_FAILED',
      `Invalid ${field}: it contains a NUL character or an unpaired surrogate`,
      { details: { issues: [{ path: field, message: 'contains a character PostgreSQL cannot store' }] } },
    );
  }
}
