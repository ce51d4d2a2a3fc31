// The client-credentials token: cached until shortly before it expires, shared by concurrent calls,
// renewed once when Halo rejects it, found through /api/authinfo when asked, and refused clearly.
import { CloseoutError, type PsaRequestError } from '@closeout/core';
import { describe, expect, it } from 'vitest';
import { manualClock, rejection, TICKET, useSimulators } from './support/setup.js';

const sims = useSimulators();

describe('the access token', () => {
  it('is reused until shortly before expires_in, then renewed', async () => {
    const clock = manualClock();
    const { sim, adapter } = sims.make({ clock }, { tokenLifetimeSeconds: 600 });
    await adapter.getTicket(TICKET);
    clock.advance(530_000);
    await adapter.getTicket(TICKET);
    expect(sim.count('token')).toBe(1);
    // Renewed a minute early, so no call leaves with a token about to expire.
    clock.advance(20_000);
    await adapter.getTicket(TICKET);
    expect(sim.count('token')).toBe(2);
  });

  it('is asked for once by concurrent calls', async () => {
    const { sim, adapter } = sims.make();
    await Promise.all([1, 2, 3, 4, 5].map(() => adapter.getTicket(TICKET)));
    expect(sim.count('token')).toBe(1);
    expect(sim.count('getTicket')).toBe(5);
  });

  it('is renewed once when Halo rejects it early, and the call goes through', async () => {
    const { sim, adapter } = sims.make();
    await adapter.addNote(TICKET, { text: '<p>Before</p>', type: 'discussion' });
    sim.revokeTokens();
    const { id } = await adapter.addNote(TICKET, {
      text: '<p>After a revoked token</p>',
      type: 'discussion',
    });
    expect(sim.count('token')).toBe(2);
    // The refused POST stored nothing and the resend stored one action.
    expect(sim.actions.map((a) => a.noteHtml)).toEqual(['<p>Before</p>', '<p>After a revoked token</p>']);
    expect(String(sim.actions[1]?.id)).toBe(id);
    expect(sim.requests.filter((r) => r.operation === 'addNote').map((r) => r.outcome)).toEqual([
      200, 401, 200,
    ]);
  });

  it('is renewed when it expired on Halo before the adapter expected', async () => {
    const { sim, adapter } = sims.make({}, { tokenLifetimeSeconds: 3600 });
    await adapter.getTicket(TICKET);
    sim.advance(3_600_000);
    expect((await adapter.getTicket(TICKET)).id).toBe('1042');
    expect(sim.count('token')).toBe(2);
  });

  it('fails without looping when a fresh token is rejected too', async () => {
    const { sim, adapter } = sims.make();
    sim.setFault('getTicket', { status: 401 });
    const error = (await rejection(adapter.getTicket(TICKET))) as PsaRequestError;
    expect(error).toMatchObject({ code: 'PSA_REQUEST_FAILED', retryable: false });
    expect(error.message).toContain('rejected a fresh access token');
    expect(sim.count('getTicket')).toBe(2);
    expect(sim.count('token')).toBe(2);
  });

  it('asks for the configured scope', async () => {
    const { sim, adapter } = sims.make(
      { scope: 'read:tickets edit:tickets' },
      { grantedScopes: ['read:tickets', 'edit:tickets'] },
    );
    await adapter.addNote(TICKET, { text: '<p>Scoped</p>', type: 'discussion' });
    expect(new URLSearchParams(String(sim.requests[0]?.body)).get('scope')).toBe('read:tickets edit:tickets');
  });

  it('names the scope when the application lacks it', async () => {
    const { adapter } = sims.make({}, { grantedScopes: ['read:tickets'] });
    const error = (await rejection(adapter.getTicket(TICKET))) as PsaRequestError;
    expect(error.retryable).toBe(false);
    expect(error.message).toContain('invalid_scope');
    expect(error.message).toContain('"all"');
  });

  it('says which credentials to check on invalid_client, without quoting them', async () => {
    const { sim, adapter } = sims.make({ clientSecret: 'not-the-secret-123' });
    const error = (await rejection(adapter.getTicket(TICKET))) as PsaRequestError;
    expect(CloseoutError.hasCode(error, 'PSA_REQUEST_FAILED')).toBe(true);
    expect(error.retryable).toBe(false);
    expect(error.message).toContain('invalid_client');
    expect(error.message).toContain('clientSecret');
    expect(JSON.stringify(error) + error.message).not.toContain('not-the-secret-123');
    expect(sim.count('getTicket')).toBe(0);
  });

  it('sends ?tenant= when a tenant is configured', async () => {
    const { sim, adapter } = sims.make({ tenant: 'acme' }, { tenant: 'acme' });
    await adapter.getTicket(TICKET);
    expect(sim.requests[0]?.query.get('tenant')).toBe('acme');
  });

  it('finds the authorisation server and the tenant through /api/authinfo when asked', async () => {
    const { sim, adapter } = sims.make({ discoverAuth: true }, { tenant: 'acme' });
    await adapter.getTicket(TICKET);
    await adapter.getTicket(TICKET);
    expect(sim.requests.map((r) => r.operation)).toEqual(['authinfo', 'token', 'getTicket', 'getTicket']);
    expect(sim.requests[0]?.headers.authorization).toBeUndefined();
    expect(sim.requests[1]?.query.get('tenant')).toBe('acme');
  });
});
