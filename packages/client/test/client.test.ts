import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CloseoutError, createClient } from '@closeout/client';
import { CloseoutError as CoreCloseoutError } from '@closeout/core';
import { buildOpenApiDocument, ROUTES, toNodeListener } from '@closeout/http';
import { beforeEach, describe, expect, it } from 'vitest';
import { API_TYPES_FILE, renderApiTypes } from '../scripts/api-types.js';
import { OPERATIONS } from '../src/operations.js';
import { API_KEY, type Backend, startBackend } from './support/backend.js';

let backend: Backend;
beforeEach(async () => {
  backend = await startBackend();
});

describe('the client types', () => {
  it('are the ones generated from the current HTTP schemas', async () => {
    const committed = await readFile(API_TYPES_FILE, 'utf8');
    // On failure: `npm run generate -w @closeout/client`, then commit packages/client/src/api-types.ts.
    expect(committed).toBe(await renderApiTypes());
  });

  it('put every method where /openapi.json documents its operation', () => {
    const doc = buildOpenApiDocument(ROUTES, '');
    const documented = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, op]) => ({ path, method, id: op.operationId as string })),
    );
    for (const [id, { method, path }] of Object.entries(OPERATIONS)) {
      expect(documented).toContainEqual({ path, method: method.toLowerCase(), id });
    }
    const methods = Object.keys(backend.client).sort();
    expect(methods).toEqual(
      documented
        .map((d) => d.id)
        .filter((id) => id !== 'openApiDocument')
        .sort(),
    );
  });
});

describe('createClient', () => {
  it('runs a session from creation to a verified resolution', async () => {
    const { client, psa } = backend;
    const ticket = psa.createTicket({ id: '48213' });
    const created = await client.createSession({ problem: 'Outlook prompts for the password', ticket });
    expect(created).toMatchObject({ stateVersion: 1, status: 'open', ticket: { id: '48213' } });
    await client.addFinding(created.id, { text: 'Only on the office Wi-Fi' });
    await client.recordDecision(created.id, { text: 'Keep the profile', rationale: 'Webmail works' });
    await client.proposeFix(created.id, { title: 'Clear the cached credentials' });
    const worked = await client.recordOutcome(created.id, { status: 'success', expectedVersion: 4 });
    expect(worked.fixes[0]?.status).toBe('success');

    const preview = await client.previewResolutionNote(created.id);
    expect(preview).toMatchObject({ kind: 'resolution_note', stateVersion: 5, cached: false });
    const text = `${preview.markdown}\n\nCall us if it comes back.`;
    const result = await client.resolve(created.id, { basedOnVersion: preview.stateVersion, text });
    expect(result).toMatchObject({ outcome: 'resolved', status: { name: 'Resolved', verified: true } });
    expect(psa.notes('48213').map((n) => n.text)).toEqual([text]);
  });

  it('previews and posts the escalation package as an internal note', async () => {
    const id = await backend.workedSession({ outcome: 'failed' });
    const preview = await backend.client.previewEscalationPackage(id);
    expect(preview.kind).toBe('escalation_package');
    const result = await backend.client.escalate(id, { basedOnVersion: preview.stateVersion });
    expect(result).toMatchObject({ outcome: 'escalated', note: { type: 'internal_analysis' } });
  });

  it('drafts the time entry and posts it with the resolution', async () => {
    const id = await backend.workedSession({ outcome: 'success' });
    const draft = await backend.client.previewTimeEntry(id);
    expect(draft).toMatchObject({ sessionId: id, billable: true });
    expect(draft.minutes).toBeGreaterThanOrEqual(1);
    const result = await backend.client.resolve(id, {
      basedOnVersion: draft.stateVersion,
      timeEntry: { minutes: draft.minutes + 10, notes: draft.notes },
    });
    expect(result.timeEntry).toMatchObject({ minutes: draft.minutes + 10, verified: true });
    expect(backend.psa.timeEntries()).toHaveLength(1);
  });

  it('lists, links, reads the history of and deletes sessions', async () => {
    const { client, psa } = backend;
    const first = await backend.workedSession();
    const second = await backend.workedSession();
    const page = await client.listSessions({ status: ['open'], limit: '1' });
    expect(page.items.map((s) => s.id)).toEqual([second]);
    expect(backend.requests.at(-1)).toBe('GET /api/ai-sessions');
    const next = await client.listSessions({
      status: ['open'],
      limit: '1',
      cursor: page.nextCursor as string,
    });
    expect(next.items.map((s) => s.id)).toEqual([first]);

    const relinked = await client.linkTicket(first, {
      ...psa.createTicket({ id: '9001' }),
      expectedVersion: 6,
    });
    expect(relinked).toMatchObject({ stateVersion: 7, ticket: { id: '9001' } });
    const { events } = await client.sessionHistory(first);
    expect(events.at(-1)?.type).toBe('ticket_linked');

    expect(await client.deleteSession(first)).toBeUndefined();
    const gone = await client.getSession(first).catch((e: unknown) => e);
    expect(CloseoutError.hasCode(gone, 'SESSION_NOT_FOUND')).toBe(true);
  });

  it('uses the global fetch against a real server when none is given', async () => {
    const server = createServer(toNodeListener(backend.handler));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const client = createClient({
        baseUrl: `http://127.0.0.1:${port}/api/`,
        headers: () => ({ authorization: `Bearer ${API_KEY}` }),
      });
      const id = await backend.workedSession();
      expect((await client.getSession(id)).id).toBe(id);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('computes the headers for every request', async () => {
    let calls = 0;
    const client = createClient({
      baseUrl: 'http://closeout.test/api',
      headers: async () => ({ authorization: `Bearer ${API_KEY}`, 'x-call': String(++calls) }),
      fetch: (url, init) => backend.handler(new Request(url, init)),
    });
    const id = await backend.workedSession();
    await client.getSession(id);
    await client.getSession(id);
    expect(calls).toBe(2);
  });

  it('encodes the session id into its path segment', async () => {
    const error = await backend.client.getSession('ses/../../x').catch((e: unknown) => e);
    expect(backend.requests.at(-1)).toBe('GET /api/ai-sessions/ses%2F..%2F..%2Fx');
    expect(CloseoutError.hasCode(error, 'SESSION_NOT_FOUND')).toBe(true);
  });
});

describe('errors', () => {
  it('are rebuilt with code, status and details, and pass both isInstance checks', async () => {
    const error = await backend.client.getSession('ses_missing').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CloseoutError);
    expect(error).toMatchObject({
      name: 'CloseoutError',
      code: 'SESSION_NOT_FOUND',
      httpStatus: 404,
      details: { sessionId: 'ses_missing' },
    });
    expect(CoreCloseoutError.isInstance(error)).toBe(true);
    expect(CoreCloseoutError.hasCode(error, 'SESSION_NOT_FOUND')).toBe(true);
    expect(CloseoutError.isInstance(new CoreCloseoutError('STALE_PREVIEW', 'stale'))).toBe(true);
    expect(CloseoutError.isInstance(new Error('plain'))).toBe(false);
  });

  it('carry the expected and actual status of a failed verification', async () => {
    const id = await backend.workedSession();
    backend.psa.inject('setTicketStatus', { type: 'silent_status_rejection' });
    const preview = await backend.client.previewResolutionNote(id);
    const error = await backend.client.resolve(id, { basedOnVersion: preview.stateVersion }).catch((e) => e);
    expect(error).toMatchObject({
      code: 'PSA_STATUS_VERIFICATION_FAILED',
      httpStatus: 502,
      details: { expected: { name: 'Resolved' }, actual: { name: 'New' } },
    });
  });

  it('name the fields a refused body got wrong', async () => {
    const id = await backend.workedSession();
    const error = await backend.client.addFinding(id, { text: '' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'VALIDATION_FAILED', httpStatus: 400 });
    expect((error as CloseoutError).details.issues).toEqual([expect.objectContaining({ path: 'text' })]);
  });

  it('say UNEXPECTED_RESPONSE for an answer that is not closeout’s, and never repeat a header', async () => {
    for (const response of [
      new Response('<h1>Bad gateway</h1>', { status: 502, headers: { 'content-type': 'text/html' } }),
      new Response('<!doctype html><title>app</title>', {
        status: 200,
        headers: { 'content-type': 'text/html' },
      }),
    ]) {
      const client = createClient({
        baseUrl: 'http://closeout.test/wrong',
        headers: { authorization: 'Bearer s3cr3t-token' },
        fetch: async () => response,
      });
      const error = await client.getSession('ses_1').catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'UNEXPECTED_RESPONSE', httpStatus: response.status });
      expect(JSON.stringify(error) + String((error as Error).message)).not.toContain('s3cr3t');
    }
  });
});
