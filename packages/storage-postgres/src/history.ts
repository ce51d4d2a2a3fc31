import type { SessionEvent } from '@closeout/core';
import type { Tables } from './schema.js';

/**
 * The SQL that appends history entries in the same statement as the write they record: a
 * data-modifying CTE inserting one row per element of the JSON array in parameter `$param`, for
 * each row the CTE `source` returned (none when the write did not happen). Account and session
 * come from `$1` and `$sessionParam`.
 */
export function appendHistorySql(t: Tables, source: string, param: number, sessionParam = 2): string {
  return `INSERT INTO ${t.history} (account_id, session_id, event)
    SELECT $1, $${sessionParam}, e.value
    FROM ${source}, json_array_elements($${param}::json) WITH ORDINALITY AS e(value, n)
    ORDER BY e.n`;
}

/** The JSON parameter of {@link appendHistorySql}, or `undefined` when there is nothing to append. */
export function historyParam(events: readonly SessionEvent[] | undefined): string | undefined {
  return events === undefined || events.length === 0 ? undefined : JSON.stringify(events);
}
