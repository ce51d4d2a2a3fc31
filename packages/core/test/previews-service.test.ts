import { memoryStorage } from '@closeout/storage-memory';
import { describe, expect, it } from 'vitest';
import { createCloseout } from '../src/closeout.js';
import { GeneratorError } from '../src/errors.js';
import { findResolutionClaim } from '../src/generators/closure.js';
import { templateGenerator } from '../src/generators/template.js';
import type { GenerateRequest, GeneratorOutput, NoteGenerator } from '../src/generators/types.js';
import type { StorageAdapter } from '../src/storage/adapter.js';
import { caught } from './support/caught.js';

function fixedClock(iso = '2026-11-25T09:00:00.000Z') {
  const t = Date.parse(iso);
  return { now: () => new Date(t) };
}

/** Wraps a generator, recording every request; `gate` holds each call until it resolves. */
function spy(inner: NoteGenerator = templateGenerator(), gate?: Promise<void>) {
  const calls: GenerateRequest[] = [];
  const generator: NoteGenerator = {
    id: inner.id,
    async generate(request) {
      calls.push(request);
      await gate;
      return inner.generate(request);
    },
  };
  return { generator, calls };
}

/** A memory store that counts how often the preview lock is taken. */
function countingStorage(): StorageAdapter & { locks: number; previewReads: number } {
  const inner = memoryStorage();
  const counted = Object.assign(Object.create(null) as object, inner, {
    locks: 0,
    previewReads: 0,
  }) as StorageAdapter & { locks: number; previewReads: number };
  counted.withLock = (accountId, name, fn) => {
    counted.locks++;
    return inner.withLock(accountId, name, fn);
  };
  counted.getPreview = (accountId, key) => {
    counted.previewReads++;
    return inner.getPreview(accountId, key);
  };
  return counted;
}

function setup(generator?: NoteGenerator, storage: StorageAdapter = memoryStorage()) {
  const closeout = createCloseout({
    storage,
    clock: fixedClock(),
    fallbackGenerator: null,
    ...(generator ? { generator } : {}),
  });
  return { storage, acme: closeout.account('acme-msp'), closeout };
}

async function printerSession(acme: ReturnType<typeof setup>['acme']) {
  const s = await acme.sessions.create({
    problem: 'Users on floor 3 cannot print to HP-LJ-301',
    ticket: { provider: 'connectwise', id: '48213' },
  });
  await acme.sessions.addFinding(s.id, { text: 'Print Spooler on PRN01 stops within a minute of starting' });
  return acme.sessions.proposeFix(s.id, {
    title: 'Restart the Print Spooler',
    steps: ['Restart the service on PRN01'],
  });
}

describe('previews', () => {
  it('regenerates after an outcome is recorded, and the new text reflects the outcome', async () => {
    const { generator, calls } = spy();
    const { acme } = setup(generator);
    const proposed = await printerSession(acme);
    const before = await acme.previews.resolutionNote(proposed.id);
    expect(before.stateVersion).toBe(proposed.stateVersion);
    expect(before.markdown).not.toContain('Spooler stopped again after 40 seconds');

    const failed = await acme.sessions.recordOutcome(proposed.id, {
      status: 'failed',
      failureReason: 'Spooler stopped again after 40 seconds',
    });
    expect(failed.stateVersion).toBe(proposed.stateVersion + 1);
    const after = await acme.previews.resolutionNote(proposed.id);
    expect(after).toMatchObject({ cached: false, stateVersion: failed.stateVersion });
    // The generator saw the outcome fields, not only a new version.
    expect(calls.at(-1)?.bundle.fixes[0]).toMatchObject({
      status: 'failed',
      failureReason: 'Spooler stopped again after 40 seconds',
      active: true,
    });
    // A failed fix: no closure language, its failure reason present, next steps present.
    expect(findResolutionClaim(after.markdown)).toBeNull();
    expect(after.markdown).not.toMatch(/\bresolved\b(?! yet)/i);
    expect(after.markdown).toContain(
      'Restart the Print Spooler** — did not fix it: Spooler stopped again after 40 seconds',
    );
    expect(after.markdown).toMatch(/### Next steps\n\n1\. \S/);
    expect(after.sections.outcome).toBe('not_resolved');

    // A new fix that works turns the note into a closing one.
    await acme.sessions.proposeFix(proposed.id, { title: 'Reinstall HP Universal Print Driver 7.1' });
    const fixed = await acme.sessions.recordOutcome(proposed.id, {
      status: 'success',
      verifiedAt: '2026-11-25T10:00:00Z',
    });
    const closing = await acme.previews.resolutionNote(proposed.id);
    expect(closing.stateVersion).toBe(fixed.stateVersion);
    expect(closing.markdown).toContain('We have resolved the issue you reported');
    expect(closing.markdown).toContain('**What fixed it:** Reinstall HP Universal Print Driver 7.1.');
    expect(closing.markdown).toContain('2026-11-25 10:00 UTC');
    expect(closing.markdown).toContain('did not fix it: Spooler stopped again after 40 seconds');
  });

  it('serves a repeat with no state change from the cache without calling the generator', async () => {
    const { generator, calls } = spy();
    const { acme } = setup(generator);
    const s = await printerSession(acme);
    const first = await acme.previews.resolutionNote(s.id);
    const second = await acme.previews.resolutionNote(s.id);
    expect(calls).toHaveLength(1);
    expect(first.cached).toBe(false);
    expect(second.cached).toBe(true);
    const { cached: _a, ...a } = first;
    const { cached: _b, ...b } = second;
    expect(b).toEqual(a);
    expect(first.generatorId).toBe('template@1');
    expect(first.generatedAt).toBe('2026-11-25T09:00:00.000Z');
  });

  it('keeps resolve and escalate previews of one state side by side', async () => {
    const { generator, calls } = spy();
    const { acme } = setup(generator);
    const s = await printerSession(acme);
    const note = await acme.previews.resolutionNote(s.id);
    const pkg = await acme.previews.escalationPackage(s.id);
    expect(note.kind).toBe('resolution_note');
    expect(pkg.kind).toBe('escalation_package');
    expect(pkg.markdown).toMatch(/^## Problem\n/);
    expect((await acme.previews.resolutionNote(s.id)).cached).toBe(true);
    expect((await acme.previews.escalationPackage(s.id)).cached).toBe(true);
    expect(calls.map((c) => c.kind)).toEqual(['resolution_note', 'escalation_package']);
  });

  it('makes one generator call for 50 concurrent misses of one key', async () => {
    let open!: () => void;
    const gate = new Promise<void>((resolve) => {
      open = resolve;
    });
    const { generator, calls } = spy(templateGenerator(), gate);
    const storage = countingStorage();
    const { acme } = setup(generator, storage);
    const s = await printerSession(acme);
    const all = Promise.all(Array.from({ length: 50 }, () => acme.previews.resolutionNote(s.id)));
    await new Promise((r) => setTimeout(r, 10));
    open();
    const previews = await all;
    expect(calls).toHaveLength(1);
    // The other 49 joined the flight in process and never queued on the storage lock.
    expect(storage.locks).toBe(1);
    expect(new Set(previews.map((p) => p.markdown)).size).toBe(1);
    // Each caller holds its own copy.
    previews[0]!.markdown = 'edited';
    expect(previews[1]!.markdown).not.toBe('edited');
  });

  it('makes one generator call across two instances sharing a store (the storage lock)', async () => {
    let open!: () => void;
    const gate = new Promise<void>((resolve) => {
      open = resolve;
    });
    const { generator, calls } = spy(templateGenerator(), gate);
    const storage = countingStorage();
    const one = setup(generator, storage).acme;
    const two = setup(generator, storage).acme;
    const s = await printerSession(one);
    const all = Promise.all([
      ...Array.from({ length: 5 }, () => one.previews.escalationPackage(s.id)),
      ...Array.from({ length: 5 }, () => two.previews.escalationPackage(s.id)),
    ]);
    // Open the gate only once both instances have asked for the storage lock and all ten callers
    // have looked in the cache (ten reads, and the lock holder's second look inside the lock): a
    // fixed delay is too short on a loaded machine, and a caller still computing its cache key
    // when the preview lands would find the cache filled. One more tick lets the last read's
    // answer reach its caller, which then joins the flight.
    while (storage.locks < 2 || storage.previewReads < 11) await new Promise((r) => setTimeout(r, 1));
    await new Promise((r) => setTimeout(r, 1));
    open();
    const previews = await all;
    expect(calls).toHaveLength(1);
    // The instance that waited on the lock found the other one's preview in the cache. Which one
    // takes the lock first is the scheduler's choice (each computes the cache key's digest on the
    // thread pool), so the test asks only that one instance generated and the other was served.
    const groups = [previews.slice(0, 5), previews.slice(5)];
    expect(groups.filter((g) => g.every((p) => !p.cached))).toHaveLength(1);
    expect(groups.filter((g) => g.every((p) => p.cached))).toHaveLength(1);
    expect(storage.locks).toBe(2);
  });

  it('retries a rejected output once with feedback, then answers GENERATOR_OUTPUT_INVALID and caches nothing', async () => {
    const inventing: NoteGenerator = {
      id: 'inventing@1',
      async generate({ bundle }): Promise<GeneratorOutput> {
        const active = bundle.fixes.at(-1)!;
        return {
          sections: {
            outcome: 'resolved',
            summary: 'We fixed it.',
            resolution: {
              fixId: 'fix_01JD3ZZZZZZZZZZZZZZZZZZZZZ',
              whatFixedIt: 'Magic',
              howConfirmed: 'Trust us',
            },
            tried: [{ fixId: active.id, status: 'success', summary: 'Worked.' }],
            nextSteps: [],
          },
          usage: {
            inputTokens: 100,
            outputTokens: 10,
            cacheReadInputTokens: 0,
            cacheCreationInputTokens: 100,
          },
        };
      },
    };
    const { generator, calls } = spy(inventing);
    const { acme } = setup(generator);
    const s = await printerSession(acme);
    await acme.sessions.recordOutcome(s.id, { status: 'failed', failureReason: 'Spooler stopped again' });
    const error = await caught(acme.previews.resolutionNote(s.id));
    expect(error.code).toBe('GENERATOR_OUTPUT_INVALID');
    expect(error.httpStatus).toBe(502);
    expect(calls).toHaveLength(2);
    expect(calls[0]?.feedback).toBeUndefined();
    expect(calls[1]?.feedback?.join('\n')).toMatch(/outcome_mismatch|recorded as failed/);
    const codes = (error.details.violations as Array<{ code: string }>).map((v) => v.code);
    expect(codes).toEqual(expect.arrayContaining(['resolution_claim', 'outcome_mismatch']));
    await caught(acme.previews.resolutionNote(s.id));
    expect(calls).toHaveLength(4);
  });

  it('accepts a corrected second attempt and sums the usage of both', async () => {
    let attempt = 0;
    const template = templateGenerator();
    const learning: NoteGenerator = {
      id: 'learning@1',
      async generate(request) {
        attempt++;
        const { sections } = await template.generate(request);
        const usage = {
          inputTokens: 1_000,
          outputTokens: 200,
          cacheReadInputTokens: 900,
          cacheCreationInputTokens: 0,
        };
        return attempt === 1
          ? { sections: { ...(sections as object), summary: '' }, usage }
          : { sections, usage };
      },
    };
    const { acme } = setup(learning);
    const s = await printerSession(acme);
    const preview = await acme.previews.resolutionNote(s.id);
    expect(attempt).toBe(2);
    expect(preview.usage).toEqual({
      inputTokens: 2_000,
      outputTokens: 400,
      cacheReadInputTokens: 1_800,
      cacheCreationInputTokens: 0,
    });
  });

  it('passes a GeneratorError on, wraps any other failure as GENERATOR_FAILED, and caches nothing', async () => {
    let fail: Error | null = new GeneratorError('model overloaded', { retryable: true });
    const template = templateGenerator();
    const flaky: NoteGenerator = {
      id: 'flaky@1',
      async generate(request) {
        if (fail) throw fail;
        return template.generate(request);
      },
    };
    const { acme } = setup(flaky);
    const s = await printerSession(acme);
    const first = await caught(acme.previews.resolutionNote(s.id));
    expect(first).toMatchObject({ code: 'GENERATOR_FAILED', retryable: true });
    fail = new TypeError('boom');
    const second = await caught(acme.previews.resolutionNote(s.id));
    expect(second).toMatchObject({
      code: 'GENERATOR_FAILED',
      retryable: false,
      details: { generatorId: 'flaky@1', retryable: false },
    });
    expect(JSON.stringify(second)).not.toContain('boom');
    fail = null;
    expect((await acme.previews.resolutionNote(s.id)).cached).toBe(false);
  });

  it('hides a session of another account and rejects a bad id', async () => {
    const { closeout, acme } = setup();
    const s = await printerSession(acme);
    const other = closeout.account('other-msp');
    expect((await caught(other.previews.resolutionNote(s.id))).code).toBe('SESSION_NOT_FOUND');
    expect((await caught(other.previews.escalationPackage(s.id))).code).toBe('SESSION_NOT_FOUND');
    expect((await caught(acme.previews.resolutionNote(''))).code).toBe('VALIDATION_FAILED');
  });

  it('caches per generator: a different generator id does not see another one’s previews', async () => {
    const storage = memoryStorage();
    const a = spy();
    const other = templateGenerator();
    const b = spy({ id: 'template-variant@1', generate: (r) => other.generate(r) });
    const s = await printerSession(setup(a.generator, storage).acme);
    await setup(a.generator, storage).acme.previews.resolutionNote(s.id);
    const fromB = await setup(b.generator, storage).acme.previews.resolutionNote(s.id);
    expect(fromB).toMatchObject({ cached: false, generatorId: 'template-variant@1' });
    expect(a.calls).toHaveLength(1);
    expect(b.calls).toHaveLength(1);
  });
});
