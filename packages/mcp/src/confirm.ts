import { confirmationRequired, type PostConfirmationRequest } from '@closeout/core/tools';
import type { Server } from '@modelcontextprotocol/sdk/server/index.js';

/** How long a human has to answer the confirmation before the post is dropped (ten minutes). */
export const CONFIRMATION_TIMEOUT_MS = 10 * 60_000;

/** The words the human reads above the draft: where it goes and who will see it. */
export function confirmationMessage(request: PostConfirmationRequest): string {
  const what = request.kind === 'resolve' ? 'resolution note' : 'escalation package';
  const where =
    request.ticket === null
      ? 'No ticket is linked: it is kept in closeout, not posted.'
      : `It goes to ${request.ticket.provider} ticket #${request.ticket.id}` +
        (request.customerVisible
          ? ' as a customer-visible note, and the ticket moves to its resolved status.'
          : ' as an internal note (not visible to the customer).');
  const unresolved = request.confirmUnresolved
    ? `\nThe active fix is not recorded as a success (${request.activeFix?.status ?? 'no fix'}): the ticket closes anyway.`
    : '';
  return `Post this ${what}? ${where}${unresolved}\n\n${request.text}`;
}

/**
 * Asks the human through MCP elicitation: the draft shown, accept / decline. Only an accept posts (and
 * not one with the box unchecked, `post: false`); a decline, a cancel, a timeout or a client error does not. Without a
 * form-elicitation-capable client it refuses with `CONFIRMATION_REQUIRED`.
 */
export async function confirmByElicitation(
  server: Server,
  request: PostConfirmationRequest,
  timeoutMs = CONFIRMATION_TIMEOUT_MS,
): Promise<boolean> {
  if (server.getClientCapabilities()?.elicitation?.form === undefined) {
    throw confirmationRequired(request.sessionId);
  }
  try {
    const answer = await server.elicitInput(
      {
        mode: 'form',
        message: confirmationMessage(request),
        requestedSchema: {
          type: 'object',
          properties: {
            post: {
              type: 'boolean',
              title: 'Post this note',
              description:
                'Leave checked to post the note exactly as shown; uncheck (or decline) to post nothing.',
              default: true,
            },
          },
        },
      },
      { timeout: timeoutMs },
    );
    // An accept is the human's yes unless they unchecked the box; a client that shows no fields sends none.
    return answer.action === 'accept' && answer.content?.post !== false;
  } catch {
    // No answer is not a yes.
    return false;
  }
}
