// `npm run demo`: one troubleshooting session from the first finding to a verified note on a
// ConnectWise ticket, offline. The real `connectwise()` adapter talks HTTP to a ConnectWise
// simulator this script starts on 127.0.0.1; sessions live in memory; notes are drafted by the
// template generator, or by Claude when ANTHROPIC_API_KEY is set.
import { CloseoutError, createCloseout, PSAStatusVerificationError, type Session } from '@closeout/core';
import { connectwise } from '@closeout/psa-connectwise';
import { ConnectWiseSimulator, type SimRequest } from '@closeout/simulators/connectwise';
import { memoryStorage } from '@closeout/storage-memory';
import { pickGenerator } from './generator.js';
import * as out from './output.js';

const started = performance.now();

// The API member's keys. The simulator checks them like ConnectWise does; they are not real.
const credentials = {
  companyId: 'acme',
  publicKey: 'demo-public-key',
  privateKey: 'demo-private-key',
  clientId: 'demo-client-id',
};
const cw = await new ConnectWiseSimulator(credentials)
  .addBoard({
    id: 1,
    name: 'Help Desk',
    statuses: [
      { id: 11, name: 'New' },
      { id: 12, name: 'In Progress' },
      { id: 13, name: 'Resolved', closed: true },
      { id: 14, name: 'Escalated' },
    ],
  })
  .addTicket({ id: 48213, summary: 'Users on floor 3 cannot print', boardId: 1, statusId: 12 })
  .addTicket({ id: 48214, summary: 'Outlook keeps asking for a password', boardId: 1, statusId: 12 })
  .listen();

/** One line per session change: the version it moved to, what changed. */
function show(session: Session, what: string, detail: string): void {
  out.line(`${out.bold(`v${session.stateVersion}`)}  ${what.padEnd(13)} ${detail}`);
}

/** The HTTP requests the adapter made, as the simulator received them. */
function showRequests(requests: SimRequest[]): void {
  requests.forEach((r, i) => {
    let why = '';
    if (r.path.startsWith('/login/companyinfo/')) why = 'find the API codebase (public, no credentials)';
    else if (r.method === 'POST') why = 'post the note';
    else if (r.method === 'PATCH') why = 'set the status';
    else if (/^service\/tickets\/\d+$/.test(r.path)) {
      why =
        requests[i - 1]?.method === 'PATCH' ? 're-read the ticket: did the status take?' : 'read the ticket';
    } else if (r.path.endsWith('/statuses')) why = "list the board's statuses";
    else if (r.path.endsWith('/notes')) why = 'look for the note';
    out.line(
      `${out.dim('→')} ${r.method.padEnd(5)} ${r.path.padEnd(36)} ${String(r.status)}  ${out.dim(why)}`,
    );
  });
}

try {
  const { generator, description, calls } = await pickGenerator();
  const psa = connectwise(cw.connection());
  const closeout = createCloseout({ storage: memoryStorage(), psa, generator });
  const acme = closeout.account('acme-msp'); // every call is scoped to one MSP

  out.title('closeout demo');
  out.fields([
    ['storage', 'memoryStorage()'],
    ['generator', description],
    ['PSA', `connectwise() → a ConnectWise simulator at ${cw.origin}`],
  ]);

  // ── 1 ────────────────────────────────────────────────────────────────────────────────────────
  out.heading('A troubleshooting session on ConnectWise ticket #48213');
  let s = await acme.sessions.create({
    problem: 'Users on floor 3 cannot print to HP-LJ-301',
    ticket: { provider: 'connectwise', id: '48213' },
  });
  show(s, 'created', s.problem);
  s = await acme.sessions.addFinding(s.id, {
    text: 'The Print Spooler on PRN01 stops within a minute of starting',
  });
  show(s, 'finding', 'The Print Spooler on PRN01 stops within a minute of starting');
  s = await acme.sessions.addFinding(s.id, {
    text: 'Mapped the PRN01 share as svc-print, password: Winter2024! and the jobs still fail',
  });
  show(s, 'finding', 'Mapped the PRN01 share as svc-print, password: Winter2024! …');
  s = await acme.sessions.proposeFix(s.id, {
    title: 'Restart the Print Spooler',
    steps: ['Restart the Print Spooler service on PRN01'],
  });
  show(s, 'fix proposed', 'Restart the Print Spooler');
  s = await acme.sessions.recordOutcome(s.id, {
    status: 'failed',
    failureReason: 'The spooler stopped again after 40 seconds',
  });
  show(s, 'outcome', `${out.red('failed')}: The spooler stopped again after 40 seconds`);
  s = await acme.sessions.recordDecision(s.id, {
    text: 'Replace the HP Universal driver',
    rationale: 'The Application log names the driver module as the one crashing spoolsv.exe',
  });
  show(s, 'decision', 'Replace the HP Universal driver');
  s = await acme.sessions.proposeFix(s.id, {
    title: 'Reinstall the HP Universal Print Driver 7.1',
    steps: ['Remove the driver package', 'Install HP UPD 7.1', 'Restart the Print Spooler'],
  });
  show(s, 'fix proposed', 'Reinstall the HP Universal Print Driver 7.1');
  s = await acme.sessions.recordOutcome(s.id, { status: 'success', verifiedAt: new Date() });
  show(s, 'outcome', `${out.green('success')}, verified now`);
  out.line();
  out.line(out.dim('Every change moved the state version by exactly one.'));

  // ── 2 ────────────────────────────────────────────────────────────────────────────────────────
  out.heading(`The resolution note preview (customer-visible), at v${s.stateVersion}`);
  let t = performance.now();
  const preview = await acme.previews.resolutionNote(s.id);
  out.fields([
    ['generated by', preview.generatorId],
    ['state version', `v${preview.stateVersion}`],
    ['cached', `${preview.cached}  (${out.since(t)})`],
  ]);
  out.line();
  out.block(preview.markdown);
  out.line();
  out.line('The same call again, with no change to the session:');
  const callsBefore = calls();
  t = performance.now();
  const again = await acme.previews.resolutionNote(s.id);
  if (again.cached && calls() === callsBefore) {
    out.ok(
      `cache hit: cached: true in ${out.since(t)}, no generator call (generator calls so far: ${calls()})`,
    );
  } else {
    out.failed(`expected a cache hit, got cached: ${again.cached}`);
    process.exitCode = 1;
  }

  // ── 3 ────────────────────────────────────────────────────────────────────────────────────────
  out.heading(`The escalation package (internal only), at v${s.stateVersion}`);
  const escalation = await acme.previews.escalationPackage(s.id);
  out.block(escalation.markdown);
  out.line();
  out.line(
    out.dim(`Both drafts of v${s.stateVersion} are cached side by side (generator calls: ${calls()}).`),
  );
  out.line(out.dim('The password in the second finding was masked before any generator saw it.'));

  // ── 4 ────────────────────────────────────────────────────────────────────────────────────────
  out.heading('Post the resolution to ConnectWise and verify the status');
  const ticket = { provider: 'connectwise', id: '48213' };
  const statuses = await psa.listStatuses(ticket);
  const statusId = (name: string) => statuses.find((st) => st.name === name)?.id ?? '';
  await acme.settings.update({
    resolvedStatusId: statusId('Resolved'),
    escalatedStatusId: statusId('Escalated'),
  });
  out.line(`Account settings from the ticket's board: resolvedStatusId ${statusId('Resolved')} ("Resolved")`);
  showRequests(cw.takeRequests());
  out.line();
  out.line(`acme.resolve(session, { basedOnVersion: ${preview.stateVersion} })`);
  const resolved = await acme.resolve(s.id, { basedOnVersion: preview.stateVersion });
  showRequests(cw.takeRequests());
  out.line();
  if (resolved.status?.verified) {
    out.ok(
      `verified: ticket #48213 is "${resolved.status.name}" (status ${resolved.status.id}), ` +
        'as re-read from ConnectWise after the change',
    );
  }
  const posted = cw.notesOf(48213)[0];
  out.fields([
    ['outcome', resolved.outcome],
    ['note', `${resolved.note.externalId} (${resolved.note.type})`],
    [
      'on the ticket',
      posted?.resolutionFlag
        ? 'resolutionFlag: true, so the customer sees it (an escalation posts internalAnalysisFlag)'
        : 'no resolution note',
    ],
    ['session', `resolved at v${resolved.stateVersion}; it accepts no further changes`],
  ]);

  // ── 5 ────────────────────────────────────────────────────────────────────────────────────────
  out.heading('A ticket whose status change silently does not take');
  out.line(
    out.dim('On ticket #48214 a workflow rule keeps the status: ConnectWise answers 200 and keeps it.'),
  );
  cw.keepStatus(48214);
  let o = await acme.sessions.create({
    problem: 'Outlook keeps asking for a password',
    ticket: { provider: 'connectwise', id: '48214' },
  });
  show(o, 'created', o.problem);
  o = await acme.sessions.addFinding(o.id, { text: 'Credential Manager holds a stale Office 365 entry' });
  show(o, 'finding', 'Credential Manager holds a stale Office 365 entry');
  o = await acme.sessions.proposeFix(o.id, { title: 'Remove the stale credential and sign in again' });
  show(o, 'fix proposed', 'Remove the stale credential and sign in again');
  o = await acme.sessions.recordOutcome(o.id, { status: 'success', verifiedAt: new Date() });
  show(o, 'outcome', out.green('success'));
  const second = await acme.previews.resolutionNote(o.id);
  out.line();
  out.line(`acme.resolve(session, { basedOnVersion: ${second.stateVersion} })`);
  try {
    await acme.resolve(o.id, { basedOnVersion: second.stateVersion });
    out.failed('the resolve succeeded although the status did not change');
    process.exitCode = 1;
  } catch (error) {
    if (!(error instanceof PSAStatusVerificationError)) throw error;
    showRequests(cw.takeRequests());
    out.line();
    out.failed(`${out.bold(error.name)} ${out.dim(`(${error.code}, HTTP ${error.httpStatus})`)}`);
    out.fields([
      ['expected', `status ${error.expected.id} "${error.expected.name ?? ''}"`],
      ['actual', `status ${error.actual.id} "${error.actual.name ?? ''}"`],
      ['note', `${error.noteId} was posted; the session stays open for a retry`],
    ]);
    out.line(out.dim(error.message));
  }
  out.line();
  out.line('Once the workflow rule is fixed in ConnectWise, the same call resumes where it stopped:');
  cw.keepStatus(48214, false);
  const retried = await acme.resolve(o.id, { basedOnVersion: second.stateVersion });
  showRequests(cw.takeRequests());
  out.line();
  out.ok(
    `verified: ticket #48214 is "${retried.status?.name}"; notes on the ticket: ${cw.notesOf(48214).length} ` +
      '(the note was not posted twice)',
  );

  out.line();
  out.line(out.dim(`Done in ${((performance.now() - started) / 1000).toFixed(1)} s.`));
  out.line(out.dim('Next: docs/getting-started.md, and the examples in examples/README.md.'));
} catch (error) {
  if (CloseoutError.isInstance(error)) {
    // Expected failures (a bad API key, a generator error) are explained, not dumped.
    out.failed(`${error.code}: ${error.message}`);
    out.line(out.dim(JSON.stringify(error.details)));
    if (error.code.startsWith('GENERATOR') && process.env.ANTHROPIC_API_KEY) {
      out.line('Unset ANTHROPIC_API_KEY to run the demo offline with the template generator.');
    }
  } else {
    console.error(error);
  }
  process.exitCode = 1;
} finally {
  await cw.stop();
  if (cw.violations.length > 0) {
    // The simulator is as strict as ConnectWise: a request it would refuse fails the demo.
    out.failed(`ConnectWise contract violations: ${cw.violations.join('; ')}`);
    process.exitCode = 1;
  }
}
