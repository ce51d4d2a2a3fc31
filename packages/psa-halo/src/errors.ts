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

/** The permission (Configuration › Integrations › Halo API › the application) a call needs. */
const permission = (operation: string) =>
  operation === 'addNote'
    ? 'the edit:tickets (or all) permission, and its agent the right to run the outcome'
    : `the ${operation === 'setTicketStatus' ? 'edit' : 'read'}:tickets (or all) permission`;

const OUTCOME_MISSING = /an outcome must be entered/i;
const OUTCOME_FORBIDDEN = /do not have access to this action/i;

/** Halo's own words from an error answer: plain text, a JSON string, or `{message}`-like JSON. */
async function haloSaid(response: Response): Promise<string | undefined> {
  const text = (await response.text().catch(() => '')).slice(0, 20_000).trim();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON: Halo's plain-text message.
  }
  const o = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const said = typeof body === 'string' ? body : (o.message ?? o.Message ?? o.error_description ?? o.error);
  // An HTML page (a proxy, a login screen) says nothing worth quoting.
  return typeof said === 'string' && said !== '' && !said.startsWith('<') ? said : undefined;
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
    message = `${VENDOR} refused ${doing} (403): the API application needs ${permission(operation)}`;
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
