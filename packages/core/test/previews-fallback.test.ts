// A preview never leaves the technician with nothing: a generator that fails, or whose drafts the
// guard (or the claim audit) refuses twice, gives the template's draft marked as a fallback. The
// fallback is cached for a while, so a failing model is not called on every click, and then given
// another chance, so an outage does not hide good drafts for ever.
import { memoryStorage } from '@closeout/storage-memory';
import { describe, expect, it } from 'vitest';
import { createCloseout, DEFAULT_FALLBACK_RETRY_MS } from '../src/closeout.js';
import { GeneratorError } from '../src/errors.js';
import type { ClaimAuditInput, ClaimAuditor } from '../src/generators/auditor.js';
import { draftSentences } from '../src/generators/auditor.js';
import { TEMPLATE_GENERATOR_ID, templateGenerator } from '../src/generators/template.js';
import type { NoteGenerator } from '../src/generators/types.js';
import type { FixStatus } from '../src/model/session.js';
import { caught } from './support/caught.js';

/** A clock the test moves by hand. */
function manualClock(iso = '2026-11-25T09:00:00.000Z') {
  let t = Date.parse(iso);
  return {
    now: () => new Date(t),
    advance: (ms: number) => {
      t += ms;
    },
  };
}

/** A model-like generator that claims success whatever the record says, until `honest` is set. */
function boastful() {
  const state = { calls: 0, honest: false };
  const template = templateGenerator();
  const generator: NoteGenerator = {
    id: 'boastful@1',
    async generate(request) {
      state.calls++;
      const { sections } = await template.generate(request);
      if (state.honest) return { sections };
      return { sections: { ...(sections as object), summary: 'The issue has been resolved.' } };
    },
  };
  return { generator, state };
}

function failing(): { generator: NoteGenerator; state: { calls: number } } {
  const state = { calls: 0 };
  return {
    state,
    generator: {
      id: 'down@1',
      async generate() {
        state.calls++;
        throw new GeneratorError('The provider answered 529', { retryable: true });
      },
    },
  };
}

async function sessionWith(
  acme: ReturnType<ReturnType<typeof createCloseout>['account']>,
  status: FixStatus,
) {
  const s = await acme.sessions.create({ problem: 'Users on floor 3 cannot print to HP-LJ-301' });
  await acme.sessions.addFinding(s.id, { text: 'Print Spooler on PRN01 stops within a minute of starting' });
  await acme.sessions.proposeFix(s.id, { title: 'Restart the Print Spooler' });
  if (status === 'proposed') return s.id;
  await acme.sessions.recordOutcome(
    s.id,
    status === 'failed'
      ? { status, failureReason: 'Spooler stopped again after 40 seconds' }
      : status === 'partial'
        ? { status, partialNotes: 'Prints, but only in black and white' }
        : { status, verifiedAt: '2026-11-25T08:50:00.000Z' },
  );
  return s.id;
}

describe('fallback previews', () => {
  it('a draft refused twice gives the template’s draft, marked with who was refused and why', async () => {
    const { generator, state } = boastful();
    const acme = createCloseout({ storage: memoryStorage(), generator }).account('acme');
    const id = await sessionWith(acme, 'failed');
    const preview = await acme.previews.resolutionNote(id);
    expect(state.calls).toBe(2); // the one retry came first
    expect(preview.generatorId).toBe(TEMPLATE_GENERATOR_ID);
    expect(preview.fallback).toEqual({
      from: 'boastful@1',
      reason: 'output_invalid',
      violations: expect.arrayContaining([{ code: 'resolution_claim', path: 'summary' }]),
    });
    // Codes and paths only: the refused text never travels with the preview.
    expect(JSON.stringify(preview.fallback)).not.toContain('has been resolved');
    expect(preview.markdown).toMatch(/^## Closed without a confirmed fix\n/);
    expect(preview.markdown).not.toContain('has been resolved');
    const history = await acme.sessions.history(id);
    expect(history.at(-1)).toMatchObject({
      type: 'preview_generated',
      details: {
        generatorId: TEMPLATE_GENERATOR_ID,
        fallbackFrom: 'boastful@1',
        fallbackReason: 'output_invalid',
      },
    });
  });

  it('a failing generator gives a fallback with reason generator_failed and no violations', async () => {
    const { generator } = failing();
    const acme = createCloseout({ storage: memoryStorage(), generator }).account('acme');
    const id = await sessionWith(acme, 'partial');
    const preview = await acme.previews.escalationPackage(id);
    expect(preview.fallback).toEqual({ from: 'down@1', reason: 'generator_failed', violations: [] });
    expect(preview.markdown).toContain('## Problem');
  });

  it('a normal preview has no fallback field at all', async () => {
    const acme = createCloseout({ storage: memoryStorage() }).account('acme');
    const id = await sessionWith(acme, 'success');
    const preview = await acme.previews.resolutionNote(id);
    expect('fallback' in preview).toBe(false);
  });

  it('fallbackGenerator: null restores the errors', async () => {
    const refused = createCloseout({
      storage: memoryStorage(),
      generator: boastful().generator,
      fallbackGenerator: null,
    }).account('acme');
    const a = await sessionWith(refused, 'failed');
    expect((await caught(refused.previews.resolutionNote(a))).code).toBe('GENERATOR_OUTPUT_INVALID');
    const down = createCloseout({
      storage: memoryStorage(),
      generator: failing().generator,
      fallbackGenerator: null,
    }).account('acme');
    const b = await sessionWith(down, 'failed');
    expect((await caught(down.previews.resolutionNote(b))).code).toBe('GENERATOR_FAILED');
  });

  it('a refused template is not retried by the template: its error stands', async () => {
    const broken: NoteGenerator = {
      id: TEMPLATE_GENERATOR_ID,
      async generate() {
        return { sections: { outcome: 'resolved' } };
      },
    };
    const acme = createCloseout({
      storage: memoryStorage(),
      generator: broken,
      fallbackGenerator: broken,
    }).account('acme');
    const id = await sessionWith(acme, 'failed');
    expect((await caught(acme.previews.resolutionNote(id))).code).toBe('GENERATOR_OUTPUT_INVALID');
  });

  it('serves a cached fallback without calling the model until fallbackRetryMs has passed, then tries again', async () => {
    const clock = manualClock();
    const { generator, state } = boastful();
    const acme = createCloseout({ storage: memoryStorage(), generator, clock }).account('acme');
    const id = await sessionWith(acme, 'failed');
    const first = await acme.previews.resolutionNote(id);
    expect(first.fallback?.reason).toBe('output_invalid');
    expect(state.calls).toBe(2);

    clock.advance(DEFAULT_FALLBACK_RETRY_MS - 1);
    for (let i = 0; i < 5; i++) {
      const again = await acme.previews.resolutionNote(id);
      expect(again).toMatchObject({ cached: true, fallback: { reason: 'output_invalid' } });
    }
    expect(state.calls).toBe(2); // no click reached the model

    // The model got better: past the window it is asked again, and its good draft replaces the fallback.
    state.honest = true;
    clock.advance(1);
    const good = await acme.previews.resolutionNote(id);
    expect(good).toMatchObject({ cached: false, generatorId: 'boastful@1' });
    expect(good.fallback).toBeUndefined();
    expect(state.calls).toBe(3);

    // A good draft is cached for good.
    clock.advance(10 * DEFAULT_FALLBACK_RETRY_MS);
    expect(await acme.previews.resolutionNote(id)).toMatchObject({ cached: true, generatorId: 'boastful@1' });
    expect(state.calls).toBe(3);
  });

  it('honours fallbackRetryMs, and refuses a negative one', async () => {
    const clock = manualClock();
    const { generator, state } = failing();
    const acme = createCloseout({
      storage: memoryStorage(),
      generator,
      clock,
      fallbackRetryMs: 1_000,
    }).account('acme');
    const id = await sessionWith(acme, 'failed');
    await acme.previews.resolutionNote(id);
    clock.advance(999);
    await acme.previews.resolutionNote(id);
    expect(state.calls).toBe(1);
    clock.advance(1);
    expect((await acme.previews.resolutionNote(id)).fallback?.reason).toBe('generator_failed');
    expect(state.calls).toBe(2);
    expect(() => createCloseout({ storage: memoryStorage(), fallbackRetryMs: -1 })).toThrow(
      expect.objectContaining({ code: 'VALIDATION_FAILED' }),
    );
  });

  it('resolving without text posts the fallback draft the technician saw', async () => {
    const acme = createCloseout({ storage: memoryStorage(), generator: failing().generator }).account('acme');
    const id = await sessionWith(acme, 'failed');
    const preview = await acme.previews.resolutionNote(id);
    const result = await acme.resolve(id, { basedOnVersion: preview.stateVersion, confirmUnresolved: true });
    expect(result.outcome).toBe('resolved_local');
    const session = await acme.sessions.get(id);
    expect(session.finalization?.text).toBe(preview.markdown.trim());
  });

  it('resolving without text after the window still posts the fallback shown, not a newer model draft', async () => {
    const clock = manualClock();
    const { generator, state } = boastful();
    const acme = createCloseout({ storage: memoryStorage(), generator, clock }).account('acme');
    const id = await sessionWith(acme, 'failed');
    const shown = await acme.previews.resolutionNote(id);
    state.honest = true;
    clock.advance(DEFAULT_FALLBACK_RETRY_MS + 1);
    await acme.resolve(id, { basedOnVersion: shown.stateVersion, confirmUnresolved: true });
    expect(state.calls).toBe(2);
    expect((await acme.sessions.get(id)).finalization?.text).toBe(shown.markdown.trim());
  });
});

/** An auditor that marks the sentences `marks` picks, and records what it was asked. */
function fakeAuditor(marks: (text: string) => boolean, id = 'audit@1') {
  const calls: ClaimAuditInput[] = [];
  const auditor: ClaimAuditor = {
    id,
    async audit(input) {
      calls.push(input);
      return {
        sentences: draftSentences(input.sections).map((s) => ({ ...s, assertsResolved: marks(s.text) })),
        usage: { inputTokens: 100, outputTokens: 10, cacheReadInputTokens: 0, cacheCreationInputTokens: 0 },
      };
    },
  };
  return { auditor, calls };
}

/** A generator that appends a sentence the lexical guard does not know to the summary. */
function sly(extra: string): NoteGenerator {
  const template = templateGenerator();
  return {
    id: 'sly@1',
    async generate(request) {
      const { sections } = await template.generate(request);
      const s = sections as { summary?: string; problem?: string };
      return {
        sections:
          s.summary === undefined ? sections : { ...(sections as object), summary: `${s.summary} ${extra}` },
      };
    },
  };
}

describe('claim audit', () => {
  it('refuses a sentence the auditor marks over a failed fix, and falls back after the retry', async () => {
    const { auditor, calls } = fakeAuditor((t) => t === 'The gremlins have packed their bags.');
    const acme = createCloseout({
      storage: memoryStorage(),
      generator: sly('The gremlins have packed their bags.'),
      claimAudit: auditor,
    }).account('acme');
    const id = await sessionWith(acme, 'failed');
    const preview = await acme.previews.resolutionNote(id);
    expect(calls).toHaveLength(2);
    expect(preview.fallback).toEqual({
      from: 'sly@1',
      reason: 'output_invalid',
      violations: [{ code: 'resolution_claim', path: 'summary' }],
    });
  });

  it('accepts a draft whose sentences it leaves unmarked, and adds its tokens to the usage', async () => {
    const { auditor, calls } = fakeAuditor(() => false);
    const acme = createCloseout({
      storage: memoryStorage(),
      generator: sly('Thanks.'),
      claimAudit: auditor,
    }).account('acme');
    const id = await sessionWith(acme, 'partial');
    const preview = await acme.previews.resolutionNote(id);
    expect(preview.fallback).toBeUndefined();
    expect(preview.generatorId).toBe('sly@1');
    expect(preview.usage).toMatchObject({ inputTokens: 100, outputTokens: 10 });
    expect(calls[0]?.kind).toBe('resolution_note');
  });

  it('lets the escalation package list a finding that sounds like closure, where it lists the record', async () => {
    const finding = 'Printing works again for 30 seconds after a restart, then stops.';
    const { auditor } = fakeAuditor((t) => t.includes('works again'));
    const acme = createCloseout({
      storage: memoryStorage(),
      generator: sly('Printing works again.'),
      claimAudit: auditor,
    }).account('acme');
    const id = await sessionWith(acme, 'partial');
    await acme.sessions.addFinding(id, { text: finding });
    const pkg = await acme.previews.escalationPackage(id);
    expect(pkg.fallback).toBeUndefined();
    expect(pkg.markdown).toContain(finding);
    // The same words as the note's own claim are refused.
    expect((await acme.previews.resolutionNote(id)).fallback?.violations).toEqual([
      { code: 'resolution_claim', path: 'summary' },
    ]);
  });

  it('is not asked over a successful fix, where closure language is the truth', async () => {
    const { auditor, calls } = fakeAuditor(() => true);
    const acme = createCloseout({
      storage: memoryStorage(),
      generator: sly('Thanks.'),
      claimAudit: auditor,
    }).account('acme');
    const id = await sessionWith(acme, 'success');
    const preview = await acme.previews.resolutionNote(id);
    expect(calls).toHaveLength(0);
    expect(preview.fallback).toBeUndefined();
  });

  it('a failing audit is a failure of the draft: the fallback says generator_failed', async () => {
    const auditor: ClaimAuditor = {
      id: 'audit@1',
      async audit() {
        throw new Error('socket hang up');
      },
    };
    const acme = createCloseout({
      storage: memoryStorage(),
      generator: sly('Thanks.'),
      claimAudit: auditor,
    }).account('acme');
    const id = await sessionWith(acme, 'failed');
    expect((await acme.previews.resolutionNote(id)).fallback).toEqual({
      from: 'sly@1',
      reason: 'generator_failed',
      violations: [],
    });
  });

  it('its id is part of the cache key: another auditor drafts again', async () => {
    const storage = memoryStorage();
    const first = fakeAuditor(() => false, 'audit@1');
    const a = createCloseout({ storage, generator: sly('Thanks.'), claimAudit: first.auditor }).account(
      'acme',
    );
    const id = await sessionWith(a, 'failed');
    await a.previews.resolutionNote(id);
    expect((await a.previews.resolutionNote(id)).cached).toBe(true);
    const second = fakeAuditor(() => false, 'audit@2');
    const b = createCloseout({ storage, generator: sly('Thanks.'), claimAudit: second.auditor }).account(
      'acme',
    );
    expect((await b.previews.resolutionNote(id)).cached).toBe(false);
    expect(second.calls).toHaveLength(1);
  });
});
