import type { SessionEvent } from '@closeout/core';
import type { Tables } from './schema.js';

/**
 * The SQL body that inserts the entries carried by parameter `$param` for each row the CTE
 * `source` returned: `one` entry as it is (its JSON), or `many` from a JSON array in order.
 * Account and session come from `$1` and `$sessionParam`. The text depends on nothing else, so a
 * caller that sends it often can build it once.
 *
 * A mutation records one event, so that case inserts its parameter as it is: unpacking a JSON
 * array and ordering its elements is work the server would do on every mutation for nothing.
 */
export function historyInsertSql(
  t: Tables,
  source: string,
  count: 'one' | 'many',
  param: number,
  sessionParam = 2,
): string {
  const into = `INSERT INTO ${t.history} (account_id, session_id, event)`;
  if (count === 'one') return `${into} SELECT $1, $${sessionParam}, $${param}::json FROM ${source}`;
  return `${into}
    SELECT $1, $${sessionParam}, e.value
    FROM ${source}, json_array_elements($${param}::json) WITH ORDINALITY AS e(value, n)
    ORDER BY e.n`;
}

/** The parameter {@link historyInsertSql} takes for `events` (at least one). */
export function historyParam(events: readonly SessionEvent[]): string {
  return JSON.stringify(events.length === 1 ? events[0] : events);
}

/**
 * The SQL that appends `events` to the history in the same statement as the write they record: a
 * data-modifying CTE body inserting one row per event for each row the CTE `source` returned (none
 * when the write did not happen). It pushes its one parameter onto `params`; account and session
 * come from `$1` and `$sessionParam`. `undefined` when there is nothing to append.
 */
export function historyInsert(
  t: Tables,
  source: string,
  events: readonly SessionEvent[] | undefined,
  params: unknown[],
  sessionParam = 2,
): string | undefined {
  if (events === undefined || events.length === 0) return undefined;
  const param = params.push(historyParam(events));
  return historyInsertSql(t, source, events.length === 1 ? 'one' : 'many', param, sessionParam);
}
