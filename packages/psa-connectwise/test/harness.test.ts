import type { PsaRequestError } from '@closeout/core';
import { afterEach, describe, expect, it } from 'vitest';
import { connectwiseHarness } from './support/harness.js';
import { rejection } from './support/setup.js';

// What `runPsaConformance` will check through the harness, exercised directly.
describe('connectwiseHarness', () => {
  let harness: ReturnType<typeof connectwiseHarness>;
  afterEach(async () => {
    await harness.close?.();
  });

  it('offers a ticket and two statuses of its board that are not its current one', async () => {
    harness = connectwiseHarness();
    const ticket = await harness.adapter.getTicket(harness.ticket);
    const board = (await harness.adapter.listStatuses(harness.ticket)).map((s) => s.id);
    expect(harness.statusIds[0]).not.toBe(harness.statusIds[1]);
    for (const id of harness.statusIds) {
      expect(board).toContain(id);
      expect(id).not.toBe(ticket.status.id);
    }
  });

  it('set-then-get round trip for both status ids', async () => {
    harness = connectwiseHarness();
    for (const id of harness.statusIds) {
      await harness.adapter.setTicketStatus(harness.ticket, id);
      expect((await harness.adapter.getTicket(harness.ticket)).status.id).toBe(id);
    }
  });

  it('notes() reports type and customer visibility as ConnectWise holds them', async () => {
    harness = connectwiseHarness();
    const resolution = await harness.adapter.addNote(harness.ticket, { text: 'Fixed', type: 'resolution' });
    const internal = await harness.adapter.addNote(harness.ticket, {
      text: 'Hypothesis',
      type: 'internal_analysis',
    });
    const discussion = await harness.adapter.addNote(harness.ticket, { text: 'Update', type: 'discussion' });
    const notes = await harness.notes();
    expect(notes.map(({ id, type, customerVisible }) => ({ id, type, customerVisible }))).toEqual([
      { id: resolution.id, type: 'resolution', customerVisible: true },
      { id: internal.id, type: 'internal_analysis', customerVisible: false },
      { id: discussion.id, type: 'discussion', customerVisible: true },
    ]);
    expect(notes.every((n) => n.createdAt instanceof Date)).toBe(true);
  });

  it('seedNote keeps createdAt, and findNote (two to a page) tells old from new', async () => {
    harness = connectwiseHarness();
    const since = new Date(Date.now() - 60_000);
    await harness.seedNote({
      text: 'Same words',
      type: 'resolution',
      createdAt: new Date(since.getTime() - 3_600_000),
    });
    for (let i = 0; i < 3; i++)
      await harness.seedNote({ text: `noise ${i}`, type: 'discussion', createdAt: new Date() });
    expect(await harness.adapter.findNote(harness.ticket, { text: 'Same words', since })).toBeNull();
    const fresh = await harness.seedNote({ text: 'Same words', type: 'resolution', createdAt: new Date() });
    expect(await harness.adapter.findNote(harness.ticket, { text: 'Same words', since })).toEqual(fresh);
    expect((await harness.notes()).find((n) => n.id === fresh.id)?.createdAt.getTime()).toBeLessThanOrEqual(
      Date.now(),
    );
  });

  it('setFault persists until cleared, for every operation, as a retryable PSA_REQUEST_FAILED', async () => {
    harness = connectwiseHarness();
    const calls = {
      getTicket: () => harness.adapter.getTicket(harness.ticket),
      addNote: () => harness.adapter.addNote(harness.ticket, { text: 'x', type: 'discussion' }),
      setTicketStatus: () => harness.adapter.setTicketStatus(harness.ticket, harness.statusIds[0]),
      findNote: () => harness.adapter.findNote(harness.ticket, { text: 'x', since: new Date(0) }),
      listStatuses: () => harness.adapter.listStatuses(harness.ticket),
    };
    for (const [operation, call] of Object.entries(calls) as Array<
      [keyof typeof calls, () => Promise<unknown>]
    >) {
      for (const fault of [{ status: 503 }, { status: 429, retryAfterSeconds: 1 }]) {
        harness.setFault(operation, fault);
        for (let i = 0; i < 2; i++) {
          const error = (await rejection(call())) as PsaRequestError;
          expect(error.code, operation).toBe('PSA_REQUEST_FAILED');
          expect(error.retryable, operation).toBe(true);
        }
        harness.setFault(operation, null);
        await expect(call()).resolves.not.toThrow();
      }
      harness.setFault(operation, { status: 400 });
      expect(((await rejection(call())) as PsaRequestError).retryable).toBe(false);
      harness.setFault(operation, null);
    }
  });

  it('close() fails when the adapter broke the contract', async () => {
    harness = connectwiseHarness({ apiVersion: '2020.1' });
    await rejection(harness.adapter.getTicket(harness.ticket));
    expect(() => harness.close?.()).toThrow(/contract violations/);
    harness = connectwiseHarness();
  });
});
