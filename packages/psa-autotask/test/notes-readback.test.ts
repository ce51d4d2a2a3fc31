import { CloseoutError } from '@closeout/core';
import { describe, expect, it } from 'vitest';
import { autotaskHarness } from './support/harness.js';

describe('getNote', () => {
  it('GETs TicketNotes/{id} and types the note by its publish value and note type', async () => {
    const h = await autotaskHarness();
    try {
      const internal = await h.adapter.addNote(h.ticket, { text: 'Team only', type: 'internal_analysis' });
      const resolution = await h.adapter.addNote(h.ticket, { text: 'Fixed', type: 'resolution' });
      const discussion = await h.adapter.addNote(h.ticket, { text: 'FYI', type: 'discussion' });
      expect(await h.adapter.getNote(h.ticket, internal.id)).toEqual({
        id: internal.id,
        text: 'Team only',
        type: 'internal_analysis',
      });
      expect((await h.adapter.getNote(h.ticket, resolution.id))?.type).toBe('resolution');
      expect((await h.adapter.getNote(h.ticket, discussion.id))?.type).toBe('discussion');
      const get = h.sim.requests.find((r) => r.operation === 'getNote');
      expect(get?.method).toBe('GET');
      expect(get?.path).toMatch(new RegExp(`/TicketNotes/${internal.id}$`));
    } finally {
      await h.close?.();
    }
  });

  it('shows an internal note Autotask published to All Autotask Users as customer-visible', async () => {
    const h = await autotaskHarness();
    try {
      h.sim.misstoreNotes(1);
      const { id } = await h.adapter.addNote(h.ticket, { text: 'Team only', type: 'internal_analysis' });
      expect(h.sim.visibility(h.sim.notes.at(-1)!).customerVisible).toBe(true);
      expect((await h.adapter.getNote(h.ticket, id))?.type).toBe('discussion');
    } finally {
      await h.close?.();
    }
  });

  it('answers null for {item: null}, and refuses a malformed id before any request', async () => {
    const h = await autotaskHarness();
    try {
      expect(await h.adapter.getNote(h.ticket, '424242')).toBeNull();
      const before = h.sim.requests.length;
      const error = await h.adapter.getNote(h.ticket, 'n1').catch((e: unknown) => e);
      expect(CloseoutError.hasCode(error, 'VALIDATION_FAILED')).toBe(true);
      expect(h.sim.requests).toHaveLength(before);
    } finally {
      await h.close?.();
    }
  });

  it('leaves the contact e-mail to Autotask: the adapter says so and sends no flag', async () => {
    const h = await autotaskHarness();
    try {
      expect(h.adapter.contactNotification).toBe('psa_rules');
      await h.adapter.addNote(h.ticket, { text: 'Fixed', type: 'resolution', notifyContact: true });
      const post = h.sim.requests.find((r) => r.operation === 'addNote');
      expect(Object.keys(post?.body as object).sort()).toEqual([
        'description',
        'noteType',
        'publish',
        'ticketID',
        'title',
      ]);
    } finally {
      await h.close?.();
    }
  });
});
