import type { SessionEvent } from '@closeout/core';
import type { Tables } from './schema.js';

/**
 * The SQL that appends `events` to the history in the same statement as the write they record: a
 * data-modifying CTE body inserting one row per event for each row the CTE `source` returned (none
 * when the write did not happen). It pushes its one parameter onto `params`; account and session
 * come from `$1` and `$sessionParam`. `undefined` when there is nothing to append.
 *
 * A mutation records one event, so that case inserts its parameter as it is: unpacking a JSON
 * array and ordering its elements is work the server would do on every mutation for nothing.
 */
export function historyInsert(
  t: Tables,
  source: string,
  events: readonly SessionEvent[] | undefined,
  params: unknown[],
  sessionParam = 2,
): string | undefined {
  if (events === undefined || events.length === 0) return undefined;
  const into = `INSERT INTO ${t.history} (account_id, session_id, event)`;
  if (events.length === 1) {
    const param = params.push(JSON.stringify(events[0]));
    return `${into} SELECT $1, $${sessionParam}, $${param}::json FROM ${source}`;
  }
  const param = params.push(JSON.stringify(events));
  return `${into}
    SELECT $1, $${sessionParam}, e.value
    FROM ${source}, json_array_elements($${param}::json) WITH ORDINALITY AS e(value, n)
    ORDER BY e.n`;
}
