import { describe, expect, it } from 'vitest';
import { buildBundle } from '../src/bundle/build.js';
import { findResolutionClaim } from '../src/generators/closure.js';
import { checkFaithfulness } from '../src/generators/guard.js';
import { renderResolutionNote } from '../src/generators/render.js';
import type { EscalationPackageSections, ResolutionNoteSections } from '../src/generators/schemas.js';
import { honestPrinterNote } from './fixtures/notes.js';
import { printerSession, session } from './fixtures/sessions.js';

const failedBundle = () => buildBundle(printerSession('failed'));
const [first, active] = printerSession('failed').fixes.map((f) => f.id) as [string, string];

/** An honest note for the printer session with its active fix failed. */
const honestNote = (): ResolutionNoteSections => honestPrinterNote(failedBundle());

const codes = (violations: Array<{ code: string }>) => violations.map((v) => v.code);

describe('faithfulness guard', () => {
  it('accepts an honest note', () => {
    expect(checkFaithfulness('resolution_note', honestNote(), failedBundle())).toEqual([]);
  });

  it('rejects an output that invents a fix, by fixId or in the text', () => {
    const invented = honestNote();
    invented.tried.push({
      fixId: 'fix_01JD3ZZZZZZZZZZZZZZZZZZZZZ',
      status: 'failed',
      summary: 'Reinstalled Office.',
    });
    invented.nextSteps.push('Revisit fix_01JD3YYYYYYYYYYYYYYYYYYYYY');
    const violations = checkFaithfulness('resolution_note', invented, failedBundle());
    expect(violations).toEqual([
      expect.objectContaining({ code: 'unknown_fix', path: 'tried.2.fixId' }),
      // The invented entry also tells of work nobody recorded.
      expect.objectContaining({ code: 'unrecorded_action', path: 'tried.2.summary' }),
      expect.objectContaining({ code: 'unknown_fix', path: 'nextSteps.1' }),
    ]);
  });

  it('rejects a success claim over a failed active fix', () => {
    const claims = honestNote();
    claims.summary = 'Good news: the printing issue has been resolved.';
    expect(codes(checkFaithfulness('resolution_note', claims, failedBundle()))).toEqual(['resolution_claim']);

    const resolved: ResolutionNoteSections = {
      ...honestNote(),
      outcome: 'resolved',
      resolution: { fixId: active, whatFixedIt: 'A new driver.', howConfirmed: 'Test page.' },
    };
    expect(codes(checkFaithfulness('resolution_note', resolved, failedBundle()))).toEqual([
      'resolution_claim',
      'resolution_claim',
    ]);
  });

  it('rejects an outcome that differs from the record, a proposed fix listed as tried, and duplicates', () => {
    const upgraded = honestNote();
    upgraded.tried[1] = { fixId: active, status: 'partial', summary: 'Driver replaced.' };
    expect(checkFaithfulness('resolution_note', upgraded, failedBundle())).toEqual([
      expect.objectContaining({ code: 'outcome_mismatch', path: 'tried.1.status' }),
    ]);

    const planned = buildBundle(printerSession('proposed'));
    const listsPlanned = honestNote();
    listsPlanned.tried[1] = { fixId: active, status: 'success', summary: 'Driver replaced.' };
    expect(codes(checkFaithfulness('resolution_note', listsPlanned, planned))).toContain('outcome_mismatch');

    const twice = honestNote();
    twice.tried.push({ fixId: first, status: 'failed', summary: 'Again.' });
    expect(codes(checkFaithfulness('resolution_note', twice, failedBundle()))).toEqual(['duplicate_fix']);
  });

  it('requires next steps and the failed active fix in an unresolved note', () => {
    const bare = { ...honestNote(), tried: [honestNote().tried[0]!], nextSteps: [] };
    expect(codes(checkFaithfulness('resolution_note', bare, failedBundle())).sort()).toEqual([
      'missing_fix',
      'missing_next_steps',
    ]);
  });

  it('requires a resolved note to name the successful active fix', () => {
    const bundle = buildBundle(printerSession('success'));
    const note: ResolutionNoteSections = {
      outcome: 'resolved',
      summary: 'Printing works again.',
      resolution: { fixId: first, whatFixedIt: 'Restarted the spooler.', howConfirmed: 'Test page printed.' },
      tried: [],
      nextSteps: [],
    };
    expect(checkFaithfulness('resolution_note', note, bundle)).toEqual([
      expect.objectContaining({ code: 'outcome_mismatch', path: 'resolution.fixId' }),
    ]);
    note.resolution = { fixId: active, whatFixedIt: 'New driver.', howConfirmed: 'Test page printed.' };
    expect(checkFaithfulness('resolution_note', note, bundle)).toEqual([]);
    expect(codes(checkFaithfulness('resolution_note', { ...note, outcome: 'not_resolved' }, bundle))).toEqual(
      ['missing_resolution'],
    );
  });

  it('requires an escalation package to list every applied fix and to make no closure claim', () => {
    const pkg: EscalationPackageSections = {
      problem: 'Floor 3 cannot print.',
      confirmed: ['Spooler stops within a minute'],
      tried: [{ fixId: first, status: 'failed', summary: 'Restarted the spooler.' }],
      hypothesis: 'We fixed the driver, so the ticket can be closed.',
      nextSteps: ['Collect a crash dump'],
    };
    const violations = checkFaithfulness('escalation_package', pkg, failedBundle());
    expect(violations).toEqual([
      expect.objectContaining({ code: 'resolution_claim', path: 'hypothesis' }),
      expect.objectContaining({ code: 'missing_fix', message: expect.stringContaining(active) }),
    ]);
  });

  it('lets a note quote a recorded text that happens to sound like closure', () => {
    const s = session({
      findings: ['Printing is working again for 30 seconds after a restart, then stops'],
      fixes: [{ title: 'Restart spooler', status: 'failed', failureReason: 'stops again' }],
    });
    const bundle = buildBundle(s);
    const pkg: EscalationPackageSections = {
      problem: 'Floor 3 cannot print.',
      confirmed: ['Printing is working again for 30 seconds after a restart, then stops'],
      tried: [{ fixId: s.fixes[0]!.id, status: 'failed', summary: 'Restarted.' }],
      hypothesis:
        'Since “Printing is working again for 30 seconds after a restart”, a driver crashes on the first job.',
      nextSteps: ['Collect a crash dump'],
    };
    expect(checkFaithfulness('escalation_package', pkg, bundle)).toEqual([]);
    // The same words as the generator's own claim are still rejected.
    pkg.hypothesis = 'Printing is working again now.';
    expect(codes(checkFaithfulness('escalation_package', pkg, bundle))).toEqual(['resolution_claim']);
  });
});

describe('work told as done', () => {
  it('rejects work that is not an applied fix or a finding, in any supported language', () => {
    for (const summary of [
      'We replaced the fuser unit, but printing still stops.',
      'Nous avons remplacé le module de fusion, sans effet.',
      'Wir haben die Fixiereinheit ausgetauscht, leider ohne Erfolg.',
      'Hemos reemplazado la unidad fusora, sin éxito.',
      'We hebben de fuser vervangen, zonder resultaat.',
      'Substituímos a unidade fusora, sem sucesso.',
      'Abbiamo sostituito il fusore, senza risultato.',
    ]) {
      const note = { ...honestNote(), summary };
      expect(codes(checkFaithfulness('resolution_note', note, failedBundle())), summary).toEqual([
        'unrecorded_action',
      ]);
    }
  });

  it('accepts work the record holds, and work planned or denied', () => {
    for (const summary of [
      'We reinstalled the printer driver; printing still stops after a minute.',
      'We will replace the fuser unit if the driver is not the cause.',
      'We have not replaced any hardware yet.',
      'Replacing the fuser unit is the next step.',
    ]) {
      const note = { ...honestNote(), summary };
      expect(checkFaithfulness('resolution_note', note, failedBundle()), summary).toEqual([]);
    }
  });

  it('counts the problem, decisions and rationales as record, and the history of the problem as no work', () => {
    const bundle = buildBundle(
      session({
        problem: 'Printer stopped working after Windows was upgraded',
        decisions: [{ text: 'Keep the spooler running', rationale: 'the queue was purged on Friday' }],
        fixes: [{ title: 'Restart the spooler', status: 'failed', failureReason: 'stops again' }],
      }),
    );
    const [restart] = bundle.fixes;
    for (const summary of [
      'Windows was upgraded on Monday; printing has stopped since.',
      'We upgraded Windows last week, as the ticket says.',
      'The queue was purged on Friday.',
      'Printing stopped after the update was installed.',
      'Outlook crashes since the add-in was updated.',
    ]) {
      const note: ResolutionNoteSections = {
        outcome: 'not_resolved',
        summary,
        resolution: null,
        tried: [{ fixId: restart!.id, status: 'failed', summary: 'Restarted the spooler.' }],
        nextSteps: ['Collect a crash dump'],
      };
      expect(checkFaithfulness('resolution_note', note, bundle), summary).toEqual([]);
    }
  });

  it('rejects a planned fix told as done', () => {
    const bundle = buildBundle(
      session({
        fixes: [
          { title: 'Restart the spooler', status: 'failed', failureReason: 'stops again' },
          { title: 'Replace the fuser unit', status: 'proposed' },
        ],
      }),
    );
    const [restart] = bundle.fixes;
    const note: ResolutionNoteSections = {
      outcome: 'not_resolved',
      summary: 'We replaced the fuser unit; we are waiting to see whether that helps.',
      resolution: null,
      tried: [{ fixId: restart!.id, status: 'failed', summary: 'Restarted the spooler.' }],
      nextSteps: ['Watch the printer for a day'],
    };
    expect(codes(checkFaithfulness('resolution_note', note, bundle))).toEqual(['unrecorded_action']);
  });
});

describe('closure language', () => {
  it.each([
    'The issue has been resolved.',
    'We fixed the printer this morning.',
    'Printing is working again.',
    'Your problem is now solved.',
    "We've resolved the problem with your mailbox.",
    'Closing this ticket.',
    'No further action is needed.',
    'Everything is back to normal.',
    'The fix was confirmed by the user.',
    'The spooler was restarted and the issue is fixed.',
    'We checked and printing is working again.',
  ])('finds a claim in %j', (text) => {
    expect(findResolutionClaim(text)).not.toBeNull();
  });

  it.each([
    'The issue is not resolved yet.',
    'This has not been resolved.',
    'We will update you once it is resolved.',
    'The issue remains unresolved.',
    "We haven't fixed it yet.",
    'Next we will try to resolve the driver conflict.',
    'Until this is fixed, please use the printer on floor 2.',
    'The restart did not fix it.',
    'We applied the fix; the problem remained.',
    'If the new driver works, we will tell you.',
    'Confirm with the user that printing is working again after the update.',
    'Make sure the spooler is back to normal before closing anything.',
  ])('finds no claim in %j', (text) => {
    expect(findResolutionClaim(text)).toBeNull();
  });
});

describe('framing', () => {
  it('renders a status update over a failed active fix even from sections that claim resolution', () => {
    const claims: ResolutionNoteSections = {
      ...honestNote(),
      outcome: 'resolved',
      resolution: { fixId: active, whatFixedIt: 'A new driver.', howConfirmed: 'Test page.' },
    };
    const markdown = renderResolutionNote(claims, failedBundle());
    expect(markdown).toMatch(/^## Closed without a confirmed fix\n/);
    expect(markdown).not.toContain('## Resolution');
  });
});
