import {
  type CloseoutClient,
  CloseoutError,
  type Preview,
  type Session,
  type WritebackBody,
  type WritebackResult,
} from '@closeout/client';
import { useCallback, useEffect, useRef, useState } from 'react';

/** Which note the step drafts and posts: the customer resolution note, or the internal escalation package. */
export type NoteKind = 'resolve' | 'escalate';

/** A status as the PSA reported it in a failed verification. */
export interface ReportedStatus {
  id: string;
  name?: string;
}

/**
 * What stands between the technician and a posted note, each with what they can do about it:
 *
 * - `stale`: the session changed after the draft was made → `reload()`.
 * - `verification_failed`: the note was posted but the ticket kept another status → `retry()`
 *   (the status change only), or `stop()`.
 * - `note_verification_failed`: the note was posted, but reading it back showed another visibility
 *   or text (or no note) → correct it in the PSA, then `retry()` (reads it again), or `stop()`.
 * - `unfinished`: an earlier post of this session put (or may have put) its note on the ticket and
 *   did not finish → `finishUnfinished()` (same kind only), or `stop()`.
 * - `outcome_not_resolved`: resolving although the active fix is not a success → `confirmUnresolved()`.
 * - `in_progress`: another post of this session is under way → wait, then `checkAgain()`.
 * - `load_failed` / `post_failed`: anything else, with the server's message → `reload()` / `retry()`.
 *
 * The first three mean a note is on the ticket: `noteOnTicket` is true, the text is read-only and
 * "Confirm & post" is gone, since posting it again is no longer what can happen.
 */
export type NoteProblem =
  | { kind: 'stale'; draftVersion: number; currentVersion: number | null }
  | { kind: 'verification_failed'; expected: ReportedStatus; actual: ReportedStatus }
  | {
      kind: 'note_verification_failed';
      noteId: string;
      expectedType: string;
      actualType: string | null;
    }
  | { kind: 'unfinished'; noteKind: NoteKind; basedOnVersion: number; noteId: string | null }
  | { kind: 'outcome_not_resolved' }
  | { kind: 'in_progress' }
  | { kind: 'load_failed'; message: string; code: string | null }
  | { kind: 'post_failed'; message: string; code: string | null };

/** Where the step stands. */
export type NoteStep = 'loading' | 'ready' | 'posting' | 'posted';

/** Options of {@link useNotePreview}. */
export interface UseNotePreviewOptions {
  client: CloseoutClient;
  sessionId: string;
  kind: NoteKind;
  /**
   * The session's current state version, when the host tracks it. A version past the draft's marks
   * the draft stale before the technician posts it.
   */
  sessionVersion?: number;
  /** Called once the note is posted (or kept locally) and the session finalized. */
  onPosted?: (result: WritebackResult) => void;
  /** The time entry to post with the note (see `useTimeEntry`); absent → none. */
  timeEntry?: WritebackBody['timeEntry'];
}

/** What {@link useNotePreview} gives a component: the state of the step and its actions. */
export interface NotePreviewController {
  step: NoteStep;
  kind: NoteKind;
  /** The session as last read (its ticket names the PSA ticket in messages). */
  session: Session | null;
  /** The draft as generated; `text` is what the technician is editing. */
  preview: Preview | null;
  text: string;
  /** True when `text` differs from the draft. */
  edited: boolean;
  /**
   * True when the last reload drafted exactly the text the technician had edited from, so their
   * edits were kept rather than replaced by an identical draft.
   */
  editsKept: boolean;
  setText(text: string): void;
  /** Puts the draft's own text back. */
  discardEdits(): void;
  /** What stands in the way, if anything. */
  problem: NoteProblem | null;
  /** The writeback's result once posted. */
  result: WritebackResult | null;
  /** Posts `text` as the note. */
  post(): Promise<void>;
  /** Posts again after a failure (a failed verification resumes; no second note is posted). */
  retry(): Promise<void>;
  /** Resolves although the active fix is not recorded as a success (`confirmUnresolved: true`). */
  confirmUnresolved(): Promise<void>;
  /** Reads the session and drafts the note again (after a stale draft or a failed load). */
  reload(): Promise<void>;
  /** Reads the session again while another post is under way: shows its result once finalized. */
  checkAgain(): Promise<void>;
  /** True when a note of this session is (or may be) on the ticket and the writeback is not finished. */
  noteOnTicket: boolean;
  /** Finishes an earlier, unfinished post of the same kind: its own text and version, no new note. */
  finishUnfinished(): Promise<void>;
  /** Leaves a writeback whose note is on the ticket unfinished for now: `stopped` becomes true. */
  stop(): void;
  /** The technician chose to stop; the note stays on the ticket and the status is left for later. */
  stopped: boolean;
}

/** Problems that mean a note of this session is on the ticket already. */
const ON_TICKET: ReadonlySet<NoteProblem['kind']> = new Set([
  'verification_failed',
  'note_verification_failed',
  'unfinished',
]);

/** The result a finalized session stands for (the same facts `resolve` answered when it finalized it). */
function resultOf(session: Session): WritebackResult | null {
  const f = session.finalization;
  if (f === null) return null;
  return {
    outcome: f.outcome,
    sessionId: session.id,
    stateVersion: session.stateVersion,
    note: f.note,
    ...(f.status === undefined ? {} : { status: f.status }),
    ...(f.statusTransitionSkippedReason === undefined
      ? {}
      : { statusTransitionSkippedReason: f.statusTransitionSkippedReason }),
    ...(f.timeEntry === undefined ? {} : { timeEntry: f.timeEntry }),
  };
}

function failure(kind: 'load_failed' | 'post_failed', error: unknown): NoteProblem {
  if (CloseoutError.isInstance(error)) return { kind, message: error.message, code: error.code };
  return { kind, message: error instanceof Error ? error.message : String(error), code: null };
}

function reported(value: unknown): ReportedStatus {
  const v = (typeof value === 'object' && value !== null ? value : {}) as { id?: unknown; name?: unknown };
  return { id: String(v.id ?? '?'), ...(typeof v.name === 'string' ? { name: v.name } : {}) };
}

/**
 * The technician's step, headless: loads the session and the draft of its kind, keeps the edited
 * text, posts it, and turns every answer into a state a UI can show. `<NotePreview>` is built on it;
 * a host with its own design system can build its own on it too.
 */
export function useNotePreview(options: UseNotePreviewOptions): NotePreviewController {
  const { client, sessionId, kind, sessionVersion } = options;
  const [step, setStep] = useState<NoteStep>('loading');
  const [session, setSession] = useState<Session | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<NoteProblem | null>(null);
  const [result, setResult] = useState<WritebackResult | null>(null);
  const [editsKept, setEditsKept] = useState(false);
  const [stopped, setStopped] = useState(false);
  // The markdown of the draft the text was edited from, read by `load` without re-creating it.
  const drafted = useRef<string | null>(null);
  // The current text, read by `load` without re-creating it on every keystroke.
  const typed = useRef(text);
  typed.current = text;
  // Answers for an earlier session or kind (or after unmount) are dropped, never shown.
  const generation = useRef(0);
  const onPosted = useRef(options.onPosted);
  onPosted.current = options.onPosted;
  // Read when posting, so editing the time does not re-create the actions.
  const timeEntry = useRef(options.timeEntry);
  timeEntry.current = options.timeEntry;

  const finish = useCallback((posted: WritebackResult) => {
    setResult(posted);
    setProblem(null);
    setStep('posted');
    onPosted.current?.(posted);
  }, []);

  const load = useCallback(async () => {
    const current = ++generation.current;
    setStep('loading');
    setProblem(null);
    try {
      const read = await client.getSession(sessionId);
      if (current !== generation.current) return;
      setSession(read);
      const done = resultOf(read);
      if (done !== null) {
        setResult(done);
        setStep('posted');
        return;
      }
      const draft =
        kind === 'resolve'
          ? await client.previewResolutionNote(sessionId)
          : await client.previewEscalationPackage(sessionId);
      if (current !== generation.current) return;
      // A redraft identical to the draft the technician edited keeps their edits: replacing them
      // with the same draft would only throw their work away.
      const unchanged = drafted.current === draft.markdown;
      drafted.current = draft.markdown;
      setPreview(draft);
      if (!unchanged) setText(draft.markdown);
      setEditsKept(unchanged && typed.current !== draft.markdown);
      setStep('ready');
    } catch (error) {
      if (current !== generation.current) return;
      setProblem(failure('load_failed', error));
      setStep('ready');
    }
  }, [client, sessionId, kind]);

  useEffect(() => {
    drafted.current = null;
    setPreview(null);
    setResult(null);
    setEditsKept(false);
    setText('');
    void load();
    return () => {
      generation.current++;
    };
  }, [load]);

  // A host that knows the session moved on says so before the technician posts an outdated draft.
  useEffect(() => {
    if (preview === null || sessionVersion === undefined || step === 'posted') return;
    if (sessionVersion > preview.stateVersion) {
      setProblem({ kind: 'stale', draftVersion: preview.stateVersion, currentVersion: sessionVersion });
    }
  }, [preview, sessionVersion, step]);

  const submit = useCallback(
    async (extra: Partial<WritebackBody> = {}, journaledText = false) => {
      if (preview === null) return;
      const current = generation.current;
      setStep('posting');
      setProblem(null);
      setStopped(false);
      const time = timeEntry.current;
      const body: WritebackBody = {
        basedOnVersion: preview.stateVersion,
        ...(journaledText ? {} : { text }),
        ...(time === undefined ? {} : { timeEntry: time }),
        ...extra,
      };
      try {
        const posted =
          kind === 'resolve' ? await client.resolve(sessionId, body) : await client.escalate(sessionId, body);
        if (current === generation.current) finish(posted);
      } catch (error) {
        if (current !== generation.current) return;
        // Posted already (an answer lost on the way, another tab): show what was posted.
        if (CloseoutError.hasCode(error, 'ALREADY_FINALIZED')) {
          const read = await client.getSession(sessionId).catch(() => null);
          const done = read === null ? null : resultOf(read);
          if (done !== null && current === generation.current) {
            setSession(read);
            finish(done);
            return;
          }
        }
        const found = await problemOf(error);
        if (current !== generation.current) return;
        setStep('ready');
        setProblem(found);
      }

      async function problemOf(error: unknown): Promise<NoteProblem> {
        if (!CloseoutError.isInstance(error)) return failure('post_failed', error);
        switch (error.code) {
          case 'STALE_PREVIEW': {
            const now = await client.getSession(sessionId).catch(() => null);
            return {
              kind: 'stale',
              draftVersion: body.basedOnVersion,
              currentVersion: now?.stateVersion ?? null,
            };
          }
          case 'PSA_STATUS_VERIFICATION_FAILED':
            return {
              kind: 'verification_failed',
              expected: reported(error.details.expected),
              actual: reported(error.details.actual),
            };
          case 'PSA_NOTE_VERIFICATION_FAILED':
            return {
              kind: 'note_verification_failed',
              noteId: String(error.details.noteId ?? ''),
              expectedType: String(error.details.expectedType ?? ''),
              actualType: typeof error.details.actualType === 'string' ? error.details.actualType : null,
            };
          case 'OUTCOME_NOT_RESOLVED':
            return { kind: 'outcome_not_resolved' };
          case 'WRITEBACK_IN_PROGRESS': {
            // A pinned writeback is not "under way": an earlier post stopped after its note.
            const unfinished = error.details.unfinished as
              | { kind?: unknown; basedOnVersion?: unknown; noteId?: unknown }
              | undefined;
            if (error.details.reason === 'unfinished' && unfinished !== undefined) {
              return {
                kind: 'unfinished',
                noteKind: unfinished.kind === 'escalate' ? 'escalate' : 'resolve',
                basedOnVersion: Number(unfinished.basedOnVersion),
                noteId: typeof unfinished.noteId === 'string' ? unfinished.noteId : null,
              };
            }
            return { kind: 'in_progress' };
          }
          default:
            return failure('post_failed', error);
        }
      }
    },
    [client, sessionId, kind, preview, text, finish],
  );

  // The earlier post's own text is journaled: sending none finishes exactly what it started.
  const finishUnfinished = useCallback(async () => {
    if (problem?.kind !== 'unfinished' || problem.noteKind !== kind) return;
    await submit({ basedOnVersion: problem.basedOnVersion }, true);
  }, [problem, kind, submit]);

  const checkAgain = useCallback(async () => {
    const current = generation.current;
    try {
      const read = await client.getSession(sessionId);
      if (current !== generation.current) return;
      setSession(read);
      const done = resultOf(read);
      if (done !== null) finish(done);
      else setProblem({ kind: 'in_progress' });
    } catch (error) {
      if (current === generation.current) setProblem(failure('post_failed', error));
    }
  }, [client, sessionId, finish]);

  return {
    step,
    kind,
    session,
    preview,
    text,
    edited: preview !== null && text !== preview.markdown,
    editsKept: editsKept && preview !== null && text !== preview.markdown,
    setText,
    discardEdits: () => {
      if (preview !== null) setText(preview.markdown);
    },
    problem,
    result,
    post: () => submit(),
    retry: () => submit(),
    confirmUnresolved: () => submit({ confirmUnresolved: true }),
    reload: load,
    checkAgain,
    noteOnTicket: problem !== null && ON_TICKET.has(problem.kind),
    finishUnfinished,
    stop: () => setStopped(true),
    stopped,
  };
}
