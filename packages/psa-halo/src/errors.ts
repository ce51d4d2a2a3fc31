/**
 * Halo's error answers, in words an MSP admin can act on. Halo documents no error body: it answers
 * with a bare message ("An Outcome must be entered for this Action"), as plain text, a JSON string or
 * an object with a message, so all three are read. Everything read is scrubbed first.
 *
 * @module
 */
import type { PsaRequestError } from '@closeout/core';
import {
  type CredentialScrubber,
  outsideText,
  type PsaCall,
  responseError,
  retryAfterSeconds,
} from '@closeout/core/psa';
import { VENDOR } from './ids.js';

/** What the API agent (the application's "Agent to log in as") needs for each call. */
const PERMISSION: Record<string, string> = {
  getTicket: 'read access to the ticket (scope read:tickets or all, and the agent able to see its team)',
  setTicketStatus: 'edit access to tickets (scope edit:tickets or all)',
  addNote: 'edit access to tickets (scope edit:tickets or all) and the right to run the outcome',
  findNote: 'read access to the ticket and its actions (scope read:tickets or all)',
  listStatuses: 'read access to tickets (scope read:tickets or all)',
  listOutcomes: 'read access to tickets (scope read:tickets or all)',
};

export const OUTCOME_MISSING = /an outcome must be entered/i;
export const OUTCOME_FORBIDDEN = /do not have access to this action/i;

/** Halo's own words from an error answer: plain text, a JSON string, or `{message}`-like JSON. */
async function haloSaid(response: Response): Promise<string | undefined> {
  let text: string;
  try {
    text = (await response.text()).slice(0, 20_000).trim();
  } catch {
    return undefined;
  }
  if (text === '') return undefined;
  try {
    const body: unknown = JSON.parse(text);
    if (typeof body === 'string') return body;
    if (typeof body === 'object' && body !== null) {
      const o = body as Record<string, unknown>;
      const said = o.message ?? o.Message ?? o.error_description ?? o.error;
      return typeof said === 'string' ? said : undefined;
    }
  } catch {
    // Not JSON: Halo's plain-text message, unless it is a page.
  }
  return /^\s*</.test(text) ? undefined : text;
}

/** Maps a non-2xx answer from Halo's API. */
export async function haloError(
  response: Response,
  call: PsaCall,
  scrub: CredentialScrubber,
): Promise<PsaRequestError> {
  const status = response.status;
  const ticketId = call.details?.ticketId;
  const said = outsideText(await haloSaid(response), scrub);
  const { doing, operation } = call;
  let message: string | undefined;
  let reason: string | undefined;
  if (status === 401) {
    message =
      `${VENDOR} rejected a fresh access token (401) while ${doing}: check that the API application ` +
      'is active and its agent is not disabled (Configuration › Integrations › Halo API)';
  } else if (status === 403) {
    message = `${VENDOR} refused ${doing} (403): the API application needs ${PERMISSION[operation] ?? 'more permissions'}`;
  } else if (status === 404 && ticketId !== undefined) {
    message = `${VENDOR} ticket ${String(ticketId)} was not found (404) while ${doing}; the API agent may not see it`;
  } else if (status === 429) {
    const wait = retryAfterSeconds(response);
    message =
      `${VENDOR} rate-limited ${doing} (429)${said ? `: "${said}"` : ''}` +
      (wait === undefined
        ? '; the rolling window frees room as earlier calls age out'
        : `; retry after ${wait}s`);
  } else if (said !== undefined && OUTCOME_FORBIDDEN.test(said)) {
    reason = 'outcome_not_available';
    message = `${VENDOR} refused ${doing}: "${said}". The API agent may not run the configured outcome; nothing was posted`;
  } else if (said !== undefined && OUTCOME_MISSING.test(said)) {
    reason = 'outcome_missing';
    message = `${VENDOR} refused ${doing}: "${said}". Check the configured outcome ids; nothing was posted`;
  }
  return responseError(response, call, {
    ...(message === undefined ? {} : { message }),
    ...(said === undefined ? {} : { vendorMessage: said }),
    details: { haloMessage: said, reason },
  });
}
