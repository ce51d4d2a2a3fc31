import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CloseoutError, type PsaRequestError } from '../errors.js';
import type { NoteType } from '../model/session.js';
import { isCustomerVisible, sameNoteText } from '../psa/text.js';
import {
  PSA_OPERATIONS,
  type PsaConformanceHarness,
  type PsaFault,
  type PsaOperation,
} from './psa-harness.js';

const OPERATIONS = PSA_OPERATIONS;
const NOTE_TYPES: readonly NoteType[] = ['resolution', 'internal_analysis', 'discussion'];
const HOUR = 3_600_000;

let seq = 0;
/** Texts unique per run, so the suite can share one ticket with earlier runs and tests. */
const unique = (label: string) =>
  `conformance ${label} ${Date.now().toString(36)}-${(seq++).toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (e: unknown) => e,
  );
}

/**
 * The suite every `PsaAdapter` must pass. Call it at the top level of a vitest test file:
 *
 * ```ts
 * runPsaConformance('fakePsa', () => fakePsa().harness());
 * ```
 *
 * `factory` is called once before the suite and the harness's `close` once after it, so tests share
 * the harness's ticket: they use unique note texts and never assume the ticket is empty. Tests of
 * optional methods (`findNote`, `listStatuses`) and of the optional harness member
 * `foreignStatusId` report themselves skipped, with the reason, when the adapter or harness lacks
 * them.
 *
 * What it proves: each note type lands with the right customer visibility, written as the
 * harness's `member` when it names one; `getNote` reads a note back by id with its text and the
 * visibility the PSA stored (also after a misstored POST), and answers `null` for an id the ticket
 * does not hold; time entries (`addTimeEntry`) land once, read back and found by their notes, or the
 * adapter declares none of the time entry methods; a status set is the
 * status read back; `findNote` finds exactly the text at or after `since`, the newest of several
 * matches, and nothing older or different; `listStatuses` lists the board; failures are
 * `PSA_REQUEST_FAILED` with `retryable` (429 and 5xx true, 4xx false) and `ambiguous` (false for an
 * answered failure, true for a lost answer) and never carry a credential from `harness.secrets`.
 *
 * Against a live sandbox, leave the harness's back doors out (`seedNote`, `setFault`,
 * `loseNextResponse`): the tests that need them skip themselves with the reason.
 */
export function runPsaConformance(
  name: string,
  factory: () => PsaConformanceHarness | Promise<PsaConformanceHarness>,
): void {
  describe(`PSA conformance: ${name}`, () => {
    let h: PsaConformanceHarness;

    beforeAll(async () => {
      h = await factory();
    });
    afterEach(() => {
      for (const op of OPERATIONS) h.setFault?.(op, null);
    });
    afterAll(async () => {
      await h?.close?.();
    });

    function expectPsaError(error: unknown, retryable: boolean, ambiguous = false): void {
      expect(CloseoutError.isInstance(error), `expected a CloseoutError, got ${String(error)}`).toBe(true);
      const e = error as PsaRequestError;
      expect(e.code).toBe('PSA_REQUEST_FAILED');
      expect(e.httpStatus).toBe(502);
      expect(e.retryable).toBe(retryable);
      expect(e.details.retryable).toBe(retryable);
      // An answered failure proves the call took no effect; only a lost answer is ambiguous.
      expect(e.ambiguous, 'ambiguous').toBe(ambiguous);
      expect(e.details.ambiguous).toBe(ambiguous);
      const visible = `${e.message}\n${JSON.stringify(e)}\n${JSON.stringify(e.details)}`;
      for (const secret of h.secrets ?? []) {
        if (secret.length > 0) expect(visible.includes(secret), 'an error carries a credential').toBe(false);
      }
    }

    it('names its provider and reads the ticket with its status', async () => {
      expect(typeof h.adapter.provider).toBe('string');
      expect(h.adapter.provider.length).toBeGreaterThan(0);
      expect(h.ticket.provider).toBe(h.adapter.provider);
      const ticket = await h.adapter.getTicket(h.ticket);
      expect(String(ticket.id)).toBe(h.ticket.id);
      expect(typeof ticket.status.id).toBe('string');
      expect(typeof ticket.status.name).toBe('string');
    });

    it('posts each note type with the right customer visibility', async () => {
      const posted: Array<{ id: string; text: string; type: NoteType }> = [];
      for (const type of NOTE_TYPES) {
        const text = unique(`${type} note`);
        const { id } = await h.adapter.addNote(h.ticket, { text, type });
        expect(typeof id).toBe('string');
        expect(id.length).toBeGreaterThan(0);
        posted.push({ id, text, type });
      }
      expect(new Set(posted.map((p) => p.id)).size).toBe(posted.length);
      const held = await h.notes();
      for (const p of posted) {
        const note = held.find((n) => n.id === p.id);
        expect(note, `note ${p.id} (${p.type}) is not on the ticket`).toBeDefined();
        expect(note?.text.trim()).toBe(p.text);
        expect(note?.type).toBe(p.type);
        // Resolution and discussion notes reach the customer; internal analysis never does.
        expect(note?.customerVisible).toBe(p.type !== 'internal_analysis');
        expect(note?.createdAt).toBeInstanceOf(Date);
      }
    });

    it('keeps a status it was set to, as the re-fetched ticket shows', async () => {
      for (const statusId of [h.statusIds[0], h.statusIds[1], h.statusIds[0]]) {
        await h.adapter.setTicketStatus(h.ticket, statusId);
        const ticket = await h.adapter.getTicket(h.ticket);
        expect(ticket.status.id).toBe(statusId);
      }
    });

    it('rejects a status that is not on the board, not retryable, leaving the status alone', async (ctx) => {
      const foreign = h.foreignStatusId;
      if (foreign === undefined) return ctx.skip('the harness names no foreignStatusId');
      await h.adapter.setTicketStatus(h.ticket, h.statusIds[1]);
      expectPsaError(await rejection(h.adapter.setTicketStatus(h.ticket, foreign)), false);
      expect((await h.adapter.getTicket(h.ticket)).status.id).toBe(h.statusIds[1]);
    });

    it('lists the statuses of the ticket board', async (ctx) => {
      const list = h.adapter.listStatuses;
      if (list === undefined) return ctx.skip('the adapter has no listStatuses');
      const statuses = await list.call(h.adapter, h.ticket);
      for (const s of statuses) {
        expect(typeof s.id).toBe('string');
        expect(typeof s.name).toBe('string');
        expect(typeof s.closed).toBe('boolean');
      }
      const ids = statuses.map((s) => s.id);
      expect(ids).toContain(h.statusIds[0]);
      expect(ids).toContain(h.statusIds[1]);
      if (h.foreignStatusId !== undefined) expect(ids).not.toContain(h.foreignStatusId);
    });

    it('reads each posted note back by id with its text and the visibility it was stored with', async (ctx) => {
      const get = h.adapter.getNote;
      if (get === undefined) return ctx.skip('the adapter has no getNote');
      for (const type of NOTE_TYPES) {
        const text = unique(`${type} receipt\nwith two lines`);
        const { id } = await h.adapter.addNote(h.ticket, { text, type });
        const note = await get.call(h.adapter, h.ticket, id);
        expect(note, `note ${id} (${type}) not read back`).not.toBeNull();
        expect(note?.id).toBe(id);
        expect(sameNoteText(note?.text ?? '', text), 'the text read back').toBe(true);
        // The visibility is what counts: a PSA may not tell a resolution from a discussion note.
        expect(isCustomerVisible(note?.type ?? 'internal_analysis')).toBe(isCustomerVisible(type));
        if (type === 'internal_analysis') expect(note?.type).toBe('internal_analysis');
      }
    });

    it('answers null for a note id the ticket does not hold', async (ctx) => {
      const get = h.adapter.getNote;
      if (get === undefined) return ctx.skip('the adapter has no getNote');
      expect(await get.call(h.adapter, h.ticket, '987654321')).toBeNull();
    });

    it('reports the visibility the PSA really stored, not the one asked', async (ctx) => {
      const get = h.adapter.getNote;
      if (get === undefined) return ctx.skip('the adapter has no getNote');
      const misstore = h.misstoreNextNote;
      if (misstore === undefined) return ctx.skip('the harness cannot misstore a note (misstoreNextNote)');
      for (const type of ['internal_analysis', 'resolution'] as const) {
        const text = unique(`misstored ${type}`);
        misstore.call(h);
        const { id } = await h.adapter.addNote(h.ticket, { text, type });
        const held = (await h.notes()).find((n) => n.id === id);
        expect(held?.customerVisible).toBe(!isCustomerVisible(type));
        const note = await get.call(h.adapter, h.ticket, id);
        expect(isCustomerVisible(note?.type ?? 'internal_analysis')).toBe(!isCustomerVisible(type));
      }
    });

    it('finds a posted note by its exact text at or after since', async (ctx) => {
      const find = h.adapter.findNote;
      if (find === undefined) return ctx.skip('the adapter has no findNote');
      const text = unique('posted note\nwith two lines');
      const { id } = await h.adapter.addNote(h.ticket, { text, type: 'resolution' });
      const held = (await h.notes()).find((n) => n.id === id);
      expect(held).toBeDefined();
      const createdAt = (held as { createdAt: Date }).createdAt;
      expect(
        await find.call(h.adapter, h.ticket, { text, since: new Date(createdAt.getTime() - 60_000) }),
      ).toEqual({
        id,
      });
      expect(await find.call(h.adapter, h.ticket, { text, since: createdAt })).toEqual({ id });
      expect(
        await find.call(h.adapter, h.ticket, {
          text: `${text} (edited)`,
          since: new Date(createdAt.getTime() - HOUR),
        }),
      ).toBeNull();
      expect(
        await find.call(h.adapter, h.ticket, {
          text: text.slice(0, -4),
          since: new Date(createdAt.getTime() - HOUR),
        }),
      ).toBeNull();
    });

    it('finds the newest of several notes with the same text', async (ctx) => {
      const find = h.adapter.findNote;
      if (find === undefined) return ctx.skip('the adapter has no findNote');
      const text = unique('repeated note');
      const first = await h.adapter.addNote(h.ticket, { text, type: 'resolution' });
      const second = await h.adapter.addNote(h.ticket, { text, type: 'resolution' });
      const held = await h.notes();
      const at = (id: string) => held.find((n) => n.id === id)?.createdAt.getTime() ?? Number.NaN;
      const found = await find.call(h.adapter, h.ticket, { text, since: new Date(at(first.id) - HOUR) });
      // Within one PSA clock tick the two cannot be told apart by time; otherwise the later wins.
      if (at(second.id) > at(first.id)) expect(found).toEqual({ id: second.id });
      else expect([first.id, second.id]).toContain(found?.id);
      const seed = h.seedNote;
      if (seed === undefined) return;
      const base = Date.now();
      const seededText = unique('seeded twice');
      await seed.call(h, { text: seededText, type: 'resolution', createdAt: new Date(base - 2 * HOUR) });
      const newer = await seed.call(h, {
        text: seededText,
        type: 'resolution',
        createdAt: new Date(base - HOUR),
      });
      await seed.call(h, { text: `${seededText} (edited)`, type: 'resolution', createdAt: new Date(base) });
      expect(
        await find.call(h.adapter, h.ticket, { text: seededText, since: new Date(base - 3 * HOUR) }),
      ).toEqual({ id: newer.id });
    });

    it('finds no note older than since', async (ctx) => {
      const find = h.adapter.findNote;
      if (find === undefined) return ctx.skip('the adapter has no findNote');
      const seed = h.seedNote;
      if (seed === undefined) return ctx.skip('the harness cannot seed back-dated notes (seedNote)');
      const base = Date.now();
      const text = unique('seeded note');
      const seeded = await seed.call(h, {
        text,
        type: 'internal_analysis',
        createdAt: new Date(base - HOUR),
      });
      expect(await find.call(h.adapter, h.ticket, { text, since: new Date(base - HOUR / 2) })).toBeNull();
      expect(await find.call(h.adapter, h.ticket, { text, since: new Date(base - 2 * HOUR) })).toEqual({
        id: seeded.id,
      });
    });

    it('fails with PSA_REQUEST_FAILED: retryable on 429 and 5xx, not on 4xx, never ambiguous', async (ctx) => {
      const setFault = h.setFault;
      if (setFault === undefined) return ctx.skip('the harness cannot inject faults (setFault)');
      const cases: Array<[PsaOperation, PsaFault, boolean]> = [
        ['getTicket', { status: 500 }, true],
        ['addNote', { status: 503 }, true],
        ['addNote', { status: 429, retryAfterSeconds: 0 }, true],
        ['setTicketStatus', { status: 400 }, false],
        ['getTicket', { status: 404 }, false],
        ['addNote', { status: 403 }, false],
      ];
      for (const [operation, fault, retryable] of cases) {
        setFault.call(h, operation, fault);
        const text = unique('faulted note');
        const call =
          operation === 'getTicket'
            ? h.adapter.getTicket(h.ticket)
            : operation === 'addNote'
              ? h.adapter.addNote(h.ticket, { text, type: 'discussion' })
              : h.adapter.setTicketStatus(h.ticket, h.statusIds[0]);
        expectPsaError(await rejection(call), retryable);
        setFault.call(h, operation, null);
        if (operation === 'addNote') {
          // An answered failure means the PSA did not store the note.
          expect((await h.notes()).some((n) => n.text.trim() === text)).toBe(false);
        }
      }
      // Cleared faults leave a working adapter.
      expect(String((await h.adapter.getTicket(h.ticket)).id)).toBe(h.ticket.id);
    });

    it('reports a lost answer as ambiguous and retryable: the note may be stored', async (ctx) => {
      const lose = h.loseNextResponse;
      if (lose === undefined) return ctx.skip('the harness cannot lose answers (loseNextResponse)');
      const text = unique('lost note');
      lose.call(h, 'addNote');
      expectPsaError(await rejection(h.adapter.addNote(h.ticket, { text, type: 'resolution' })), true, true);
      const stored = (await h.notes()).filter((n) => n.text.trim() === text);
      expect(stored).toHaveLength(1);
      if (h.adapter.findNote !== undefined) {
        const since = new Date((stored[0] as { createdAt: Date }).createdAt.getTime() - HOUR);
        expect(await h.adapter.findNote(h.ticket, { text, since })).toEqual({ id: stored[0]?.id });
      }
    });

    /** A time entry of `minutes` ending now, with unique notes. */
    const entry = (label: string, minutes = 25) => {
      const end = new Date(Math.floor(Date.now() / 60_000) * 60_000);
      return {
        start: new Date(end.getTime() - minutes * 60_000),
        end,
        minutes,
        notes: unique(label),
        billable: true,
        ...(h.member === undefined ? {} : { member: h.member }),
      };
    };

    /**
     * An adapter that logs no time declares none of the time entry methods: core then refuses a
     * time entry before posting anything, instead of failing halfway through a writeback.
     */
    function expectNoTimeEntries(): void {
      const a = h.adapter;
      expect(a.findTimeEntry, 'findTimeEntry without addTimeEntry').toBeUndefined();
      expect(a.getTimeEntry, 'getTimeEntry without addTimeEntry').toBeUndefined();
      expect(a.checkTimeEntry, 'checkTimeEntry without addTimeEntry').toBeUndefined();
    }

    it('logs a time entry on the ticket and reads it back (or declares no time entries)', async (ctx) => {
      const { addTimeEntry, getTimeEntry } = h.adapter;
      if (addTimeEntry === undefined) return expectNoTimeEntries();
      expect(getTimeEntry, 'an adapter that logs time reads it back (getTimeEntry)').toBeDefined();
      if (getTimeEntry === undefined) return;
      if (h.timeEntries === undefined) return ctx.skip('the harness cannot read time entries (timeEntries)');
      const wanted = entry('time entry');
      const { id } = await addTimeEntry.call(h.adapter, h.ticket, wanted);
      expect(typeof id).toBe('string');
      const read = await getTimeEntry.call(h.adapter, h.ticket, id);
      expect(read.id).toBe(id);
      expect(String(read.ticketId)).toBe(h.ticket.id);
      expect(read.minutes).toBe(wanted.minutes);
      expect(read.notes.trim()).toBe(wanted.notes);
      const held = (await h.timeEntries()).filter((e) => e.notes.trim() === wanted.notes);
      expect(held).toHaveLength(1);
      expect(held[0]?.id).toBe(id);
      expect(held[0]?.minutes).toBe(wanted.minutes);
      expect(held[0]?.billable).toBe(true);
    });

    it('writes a note as the member it is given, or takes the note without attributing it', async () => {
      const member = h.member;
      const text = unique('attributed note');
      // An adapter whose PSA cannot attribute a write ignores the member: the note still lands.
      const note = await h.adapter.addNote(h.ticket, {
        text,
        type: 'internal_analysis',
        member: member ?? 'closeout-conformance',
      });
      const held = (await h.notes()).find((n) => n.id === note.id);
      expect(held?.text.trim()).toBe(text);
      if (member === undefined) return;
      expect(held?.member).toBe(member);
      const { addTimeEntry } = h.adapter;
      if (addTimeEntry === undefined || h.timeEntries === undefined) return;
      const wanted = entry('attributed time');
      const logged = await addTimeEntry.call(h.adapter, h.ticket, { ...wanted, member });
      expect((await h.timeEntries()).find((e) => e.id === logged.id)?.member).toBe(member);
    });

    it('finds a logged time entry by its notes at or after since (or declares no time entries)', async (ctx) => {
      const { addTimeEntry, findTimeEntry } = h.adapter;
      if (addTimeEntry === undefined) return expectNoTimeEntries();
      if (findTimeEntry === undefined) return ctx.skip('the adapter has no findTimeEntry');
      if (h.timeEntries === undefined) return ctx.skip('the harness cannot read time entries (timeEntries)');
      const wanted = entry('found time');
      const { id } = await addTimeEntry.call(h.adapter, h.ticket, wanted);
      const createdAt = (await h.timeEntries()).find((e) => e.id === id)?.createdAt ?? new Date();
      const since = new Date(createdAt.getTime() - HOUR);
      expect(await findTimeEntry.call(h.adapter, h.ticket, { notes: wanted.notes, since })).toEqual({ id });
      expect(
        await findTimeEntry.call(h.adapter, h.ticket, { notes: `${wanted.notes} (edited)`, since }),
      ).toBeNull();
      expect(
        await findTimeEntry.call(h.adapter, h.ticket, {
          notes: wanted.notes,
          since: new Date(createdAt.getTime() + HOUR),
        }),
      ).toBeNull();
    });

    it('refuses a time entry outside 1 to 1440 minutes with VALIDATION_FAILED (or declares none)', async (ctx) => {
      const { addTimeEntry } = h.adapter;
      if (addTimeEntry === undefined) return expectNoTimeEntries();
      if (h.timeEntries === undefined) return ctx.skip('the harness cannot read time entries (timeEntries)');
      for (const minutes of [0, 1441]) {
        const wanted = { ...entry('invalid time'), minutes };
        const error = await rejection(addTimeEntry.call(h.adapter, h.ticket, wanted));
        expect(CloseoutError.hasCode(error, 'VALIDATION_FAILED')).toBe(true);
        expect((await h.timeEntries()).some((e) => e.notes.trim() === wanted.notes)).toBe(false);
      }
    });

    it('reports a lost time entry answer as ambiguous and retryable: the entry is stored once', async (ctx) => {
      const { addTimeEntry } = h.adapter;
      if (addTimeEntry === undefined) return expectNoTimeEntries();
      const lose = h.loseNextResponse;
      if (lose === undefined) return ctx.skip('the harness cannot lose answers (loseNextResponse)');
      if (h.timeEntries === undefined) return ctx.skip('the harness cannot read time entries (timeEntries)');
      const wanted = entry('lost time');
      lose.call(h, 'addTimeEntry');
      expectPsaError(await rejection(addTimeEntry.call(h.adapter, h.ticket, wanted)), true, true);
      const stored = (await h.timeEntries()).filter((e) => e.notes.trim() === wanted.notes);
      expect(stored).toHaveLength(1);
      if (h.adapter.findTimeEntry !== undefined) {
        const since = new Date((stored[0] as { createdAt: Date }).createdAt.getTime() - HOUR);
        expect(await h.adapter.findTimeEntry(h.ticket, { notes: wanted.notes, since })).toEqual({
          id: stored[0]?.id,
        });
      }
    });

    it('answers an unknown ticket with a non-retryable PSA_REQUEST_FAILED', async () => {
      const missing = { provider: h.ticket.provider, id: '999999999' };
      expectPsaError(await rejection(h.adapter.getTicket(missing)), false);
      expectPsaError(
        await rejection(h.adapter.addNote(missing, { text: unique('orphan'), type: 'discussion' })),
        false,
      );
    });
  });
}
