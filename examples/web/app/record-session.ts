import type { CloseoutClient, Session } from '@closeout/client';

/** The ticket the example server's simulated PSA holds. */
export const TICKET = { provider: 'connectwise', id: '48213' } as const;

/**
 * Records a troubleshooting session through the client, as an assistant would have while the
 * technician worked: a failed fix, then one that worked. Every page load gets a fresh session.
 */
export async function recordSession(client: CloseoutClient): Promise<Session> {
  const { id } = await client.createSession({ problem: 'Users on floor 3 cannot print', ticket: TICKET });
  await client.addFinding(id, { text: 'The Print Spooler service stops within a minute of starting' });
  await client.proposeFix(id, {
    title: 'Restart the Print Spooler',
    steps: ['services.msc → Print Spooler → Restart'],
  });
  await client.recordOutcome(id, { status: 'failed', failureReason: 'Stopped again after 40 seconds' });
  await client.recordDecision(id, {
    text: 'Replace the driver rather than the spooler',
    rationale: 'Event 7031 names the HP driver DLL',
  });
  await client.proposeFix(id, { title: 'Reinstall the HP Universal Print Driver 7.1' });
  // The times are the technician's: applied a few minutes ago, confirmed working now.
  const now = Date.now();
  return client.recordOutcome(id, {
    status: 'success',
    appliedAt: new Date(now - 5 * 60_000).toISOString(),
    verifiedAt: new Date(now).toISOString(),
  });
}
