// A PsaAdapter for Tessera, an invented PSA (its API is described in tessera-server.ts). It is a
// complete adapter in one file: each PsaAdapter method is one or two HTTP calls, every answer is
// checked with zod, and every failure becomes a PsaRequestError that says whether a retry may help
// (`retryable`) and whether a write may have landed although no answer came back (`ambiguous`).
// It passes `runPsaConformance` (see tessera.test.ts). What every adapter needs (the failure
// mapping, the credential scrubber, input checks) comes from the toolkit, `@closeout/core/psa`.
import {
  CloseoutError,
  type NoteType,
  type PsaAdapter,
  type PsaNoteInput,
  type PsaStatus,
  type PsaTicket,
  type TicketRef,
} from '@closeout/core';
import {
  checkNoteId,
  credentialScrubber,
  outsideText,
  type PsaCall,
  parseInput,
  readErrorBody,
  responseError,
  transportError,
  unexpectedAnswer,
  validationError,
} from '@closeout/core/psa';
import { z } from 'zod';

/** Options of {@link tessera}. */
export interface TesseraOptions {
  /** The instance, e.g. `https://acme.tessera.example`; plain http only on a loopback host. */
  baseUrl: string;
  /** An API token with read and write access to tickets. */
  token: string;
  /** Per-request timeout in milliseconds (default 15000). */
  timeoutMs?: number;
  /** The fetch implementation (default: the global fetch). */
  fetch?: typeof fetch;
}

/** The provider name sessions link their tickets with: `{ provider: 'tessera', id }`. */
export const TESSERA = 'tessera';

const OptionsSchema = z.object({
  baseUrl: z
    .url({ protocol: /^https?$/ })
    .refine((u) => u.startsWith('https://') || /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/?$/.test(u), {
      error: 'must be https (plain http only for a loopback host)',
    })
    .transform((u) => u.replace(/\/$/, '')),
  // Checked for shape only: a message must never echo the token.
  token: z.string().min(1, { error: 'must be the API token' }),
  timeoutMs: z.number().int().positive().default(15_000),
  fetch: z.custom<typeof fetch>((f) => typeof f === 'function').optional(),
});

// What the adapter reads of Tessera's answers; anything else they hold is ignored.
const State = z.object({ key: z.string(), label: z.string(), closed: z.boolean() });
const Ticket = z.object({ id: z.string(), queue: z.string(), state: State });
const Comment = z.object({
  id: z.string(),
  body: z.string(),
  created_at: z.iso.datetime(),
  visibility: z.enum(['public', 'internal']).optional(),
  tag: z.string().nullish(),
});
const CommentPage = z.object({ comments: z.array(Comment), next_cursor: z.string().nullable() });
const States = z.object({ states: z.array(State) });
const ErrorBody = z.object({ error: z.object({ type: z.string(), message: z.string() }) });

/**
 * closeout's note types as Tessera comments. Who can read each one is the point: a resolution goes
 * to the customer, an escalation's internal analysis never does.
 */
const COMMENT_OF: Record<NoteType, { visibility: 'public' | 'internal'; tag?: 'resolution' }> = {
  resolution: { visibility: 'public', tag: 'resolution' },
  discussion: { visibility: 'public' },
  internal_analysis: { visibility: 'internal' },
};

/** Text as compared by findNote: a PSA may change line endings and trim. */
const normalize = (text: string) => text.replace(/\r\n?/g, '\n').trim();

/** Creates the adapter. Throws `VALIDATION_FAILED` on a malformed option, naming only the field. */
export function tessera(options: TesseraOptions): PsaAdapter {
  const { baseUrl, token, timeoutMs, ...rest } = parseInput(OptionsSchema, options, 'Tessera options');
  const fetchImpl = rest.fetch ?? fetch;
  // Tessera might echo what it was sent: the token is scrubbed from everything it says, verbatim,
  // URL-encoded or base64.
  const scrub = credentialScrubber([token], { mask: '[REDACTED]' });

  async function call<S extends z.ZodType>(
    what: string,
    operation: string,
    request: { method: 'GET' | 'POST' | 'PUT'; path: string; body?: unknown },
    schema: S,
  ): Promise<z.output<S>> {
    // The toolkit derives `retryable` and `ambiguous` from this: only the comment POST creates
    // something, so only its failures may leave a comment behind.
    const psaCall: PsaCall = { vendor: 'Tessera', operation, method: request.method, doing: what };
    let response: Response;
    try {
      response = await fetchImpl(`${baseUrl}${request.path}`, {
        method: request.method,
        headers: {
          Authorization: `Bearer ${token}`,
          Accept: 'application/json',
          ...(request.body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        body: request.body === undefined ? undefined : JSON.stringify(request.body),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      // No answer at all. The request object (with its Authorization header) is never kept.
      throw transportError(error, psaCall, scrub);
    }
    if (!response.ok) {
      const error = await readErrorBody(response, ErrorBody);
      throw responseError(response, psaCall, {
        vendorMessage: outsideText(error?.error.message, scrub),
        details: { tesseraType: outsideText(error?.error.type, scrub) },
      });
    }
    const text = await response.text().catch(() => '');
    let body: unknown;
    try {
      body = text === '' ? undefined : JSON.parse(text);
    } catch {
      body = undefined;
    }
    const result = schema.safeParse(body);
    if (!result.success) throw unexpectedAnswer(psaCall, 'an unexpected body', response.status);
    return result.data;
  }

  const ticketPath = (ref: TicketRef) => {
    if (typeof ref?.id !== 'string' || ref.id.trim() === '') {
      throw validationError('A Tessera ticket id is a non-empty string', [
        { path: 'ticket.id', message: 'must be a non-empty string' },
      ]);
    }
    return `/v1/tickets/${encodeURIComponent(ref.id)}`;
  };

  const readTicket = (ref: TicketRef) =>
    call(`reading ticket ${ref.id}`, 'getTicket', { method: 'GET', path: ticketPath(ref) }, Ticket);

  return {
    provider: TESSERA,

    async getTicket(ref): Promise<PsaTicket> {
      const t = await readTicket(ref);
      // Tessera's state keys are closeout's status ids; its queues are the boards statuses belong to.
      return {
        id: t.id,
        status: { id: t.state.key, name: t.state.label },
        boardId: t.queue,
        closed: t.state.closed,
      };
    },

    async addNote(ref, note: PsaNoteInput) {
      const comment = await call(
        `posting a comment on ticket ${ref.id}`,
        'addNote',
        {
          method: 'POST',
          path: `${ticketPath(ref)}/comments`,
          body: { body: note.text, ...COMMENT_OF[note.type] },
        },
        Comment,
      );
      return { id: comment.id };
    },

    async setTicketStatus(ref, statusId) {
      // No check of the answer here: core always re-reads the ticket to verify the change.
      await call(
        `setting the state of ticket ${ref.id}`,
        'setTicketStatus',
        { method: 'PUT', path: `${ticketPath(ref)}/state`, body: { key: statusId } },
        z.unknown(),
      );
    },

    async findNote(ref, { text, since }) {
      // Lets a retried writeback find the note whose POST answer was lost, instead of posting twice.
      const wanted = normalize(text);
      let newest: { id: string; at: number } | null = null;
      let cursor: string | null = null;
      do {
        const query = `since=${encodeURIComponent(since.toISOString())}${cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`}`;
        const page: z.output<typeof CommentPage> = await call(
          `listing the comments of ticket ${ref.id}`,
          'findNote',
          { method: 'GET', path: `${ticketPath(ref)}/comments?${query}` },
          CommentPage,
        );
        for (const c of page.comments) {
          const at = Date.parse(c.created_at);
          if (at >= since.getTime() && normalize(c.body) === wanted && (newest === null || at >= newest.at)) {
            newest = { id: c.id, at };
          }
        }
        cursor = page.next_cursor;
      } while (cursor !== null);
      return newest === null ? null : { id: newest.id };
    },

    async getNote(ref, id) {
      // The note receipt: core re-reads every comment it posted, so a comment Tessera stored public
      // although it was sent internal is caught before the ticket's state moves.
      const commentId = checkNoteId(id);
      try {
        const c = await call(
          `reading comment ${commentId} of ticket ${ref.id}`,
          'getNote',
          { method: 'GET', path: `${ticketPath(ref)}/comments/${encodeURIComponent(commentId)}` },
          Comment,
        );
        const type: NoteType =
          c.visibility !== 'public'
            ? 'internal_analysis'
            : c.tag === 'resolution'
              ? 'resolution'
              : 'discussion';
        return { id: c.id, text: c.body, type };
      } catch (error) {
        if (CloseoutError.isInstance(error) && error.details.status === 404) return null;
        throw error;
      }
    },

    async listStatuses(ref): Promise<PsaStatus[]> {
      // Lets core refuse a configured status that the ticket's queue does not have, before posting.
      const { queue } = await readTicket(ref);
      const { states } = await call(
        `listing the states of queue ${queue}`,
        'listStatuses',
        { method: 'GET', path: `/v1/queues/${encodeURIComponent(queue)}/states` },
        States,
      );
      return states.map((s) => ({ id: s.key, name: s.label, closed: s.closed }));
    },
  };
}
