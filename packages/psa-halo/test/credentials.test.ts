// No credential reaches an error, its details or a log line: not the client secret, not the
// client id, not an access token; not verbatim, not URL-encoded, not base64.
import { halo } from '@closeout/psa-halo';
import { describe, expect, it } from 'vitest';
import { adapterOptions, rejection, TICKET, useSimulators } from './support/setup.js';

const sims = useSimulators();

const forms = (secret: string) => [
  secret,
  encodeURIComponent(secret),
  Buffer.from(secret).toString('base64'),
  Buffer.from(secret).toString('base64url'),
];

function expectClean(text: string, secrets: string[]): void {
  for (const secret of secrets) {
    for (const form of forms(secret)) expect(text.includes(form), `leaks ${form.slice(0, 4)}…`).toBe(false);
  }
}

const seen = (error: unknown) =>
  `${String((error as Error).message)}\n${JSON.stringify(error)}\n${String((error as Error).stack)}`;

describe('credentials', () => {
  it('scrubs a token endpoint error that echoes the request', async () => {
    const { sim } = sims.make();
    // A proxy in front of Halo that answers the form back in its error page.
    const echo: typeof fetch = async (input, init) => {
      const request = new Request(input, init);
      if (!request.url.includes('/auth/token')) return sim.fetch(request);
      const form = await request.text();
      const body = JSON.stringify({
        error: 'invalid_request',
        error_description: `bad form ${form} ${Buffer.from(form).toString('base64')}`,
      });
      return new Response(body, { status: 400, headers: { 'Content-Type': 'application/json' } });
    };
    const adapter = halo(adapterOptions(sim, { fetch: echo }));
    const error = await rejection(adapter.getTicket(TICKET));
    expect(seen(error)).toContain('[redacted]');
    expectClean(seen(error), [sim.clientSecret, sim.clientId]);
  });

  it('scrubs an API error that echoes the access token, and logs no credential', async () => {
    const { sim } = sims.make();
    const lines: string[] = [];
    const logger = {
      debug: (...args: unknown[]) => lines.push(JSON.stringify(args)),
      warn: (...args: unknown[]) => lines.push(JSON.stringify(args)),
    };
    let sent = '';
    const echo: typeof fetch = async (input, init) => {
      const request = new Request(input, init);
      if (!request.url.includes('/api/Tickets/')) return sim.fetch(request);
      sent = (request.headers.get('authorization') ?? '').replace(/^Bearer /, '');
      return new Response(`Token not accepted: Bearer ${sent} (${encodeURIComponent(sent)})`, {
        status: 400,
      });
    };
    const adapter = halo(adapterOptions(sim, { fetch: echo, logger }));
    const error = await rejection(adapter.getTicket(TICKET));
    expect(sent.length).toBeGreaterThan(10);
    expect(seen(error)).toContain('Token not accepted');
    expect(seen(error)).toContain('[redacted]');
    expectClean(seen(error) + lines.join('\n'), [sim.clientSecret, sim.clientId, sent]);
    expect(lines.length).toBeGreaterThan(0);
  });

  it('keeps tokens out of conformance-style failures of every operation', async () => {
    const { sim, adapter } = sims.make({ retry: { limit: 0 } });
    for (const operation of [
      'getTicket',
      'addNote',
      'setTicketStatus',
      'findNote',
      'listStatuses',
    ] as const) {
      sim.setFault(operation, { status: 500 });
    }
    const errors = await Promise.all([
      rejection(adapter.getTicket(TICKET)),
      rejection(adapter.addNote(TICKET, { text: '<p>x</p>', type: 'discussion' })),
      rejection(adapter.setTicketStatus(TICKET, '2')),
      rejection(adapter.findNote(TICKET, { text: 'x', since: new Date() })),
      rejection(adapter.listStatuses(TICKET)),
    ]);
    const tokens = sim.requests
      .map((r) => r.headers.authorization?.replace('Bearer ', ''))
      .filter((t): t is string => t !== undefined);
    expect(tokens.length).toBeGreaterThan(0);
    expectClean(errors.map(seen).join('\n'), [sim.clientSecret, sim.clientId, ...new Set(tokens)]);
  });
});
