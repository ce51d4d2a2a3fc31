import type { Session } from '@closeout/core';
import { sessionState } from '@closeout/core/tools';

/** The URI of a session as an MCP resource. */
export const SESSION_URI_TEMPLATE = 'closeout://sessions/{sessionId}';

export const sessionUri = (sessionId: string) => `closeout://sessions/${encodeURIComponent(sessionId)}`;

/** The session id of a session URI, or undefined for any other URI. */
export function sessionIdOfUri(uri: string): string | undefined {
  const match = /^closeout:\/\/sessions\/([^/?#]+)$/.exec(uri);
  if (match?.[1] === undefined) return undefined;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return undefined;
  }
}

/** A session as the resource's JSON: the session itself, and where it stands. */
export function sessionResourceText(session: Session): string {
  return JSON.stringify({ session, state: sessionState(session) }, null, 2);
}
