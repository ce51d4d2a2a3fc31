import type { RefObject } from 'react';
import type { NotePreviewMessages } from './messages.js';
import type { NotePreviewController, NoteProblem } from './use-note-preview.js';

const CLASS = 'closeout-note-preview';

/**
 * The actions left once a note is on the ticket: retry what can still happen (the status change,
 * the note's read-back, or finishing an earlier post), or stop. Never "post" again.
 */
export function OnTicketActions(props: {
  problem: Extract<NoteProblem, { kind: 'verification_failed' | 'note_verification_failed' | 'unfinished' }>;
  note: NotePreviewController;
  /** The words (the step's resolved messages). */
  messages: Pick<NotePreviewMessages, 'retryStatus' | 'checkNoteAgain' | 'finishEarlier' | 'stopHere'>;
  actionRef: RefObject<HTMLButtonElement | null>;
}) {
  const { problem, note, messages: m, actionRef } = props;
  const disabled = note.step !== 'ready';
  const next =
    problem.kind === 'verification_failed'
      ? { label: m.retryStatus, run: note.retry }
      : problem.kind === 'note_verification_failed'
        ? { label: m.checkNoteAgain, run: note.retry }
        : // An earlier post of the other kind cannot be finished from this step.
          problem.noteKind === note.kind
          ? { label: m.finishEarlier, run: note.finishUnfinished }
          : null;
  return (
    <>
      {next !== null && (
        <button
          type="button"
          ref={actionRef}
          className={`${CLASS}__button`}
          onClick={() => void next.run()}
          disabled={disabled}
        >
          {next.label}
        </button>
      )}
      <button
        type="button"
        ref={next === null ? actionRef : undefined}
        className={`${CLASS}__button`}
        onClick={note.stop}
        disabled={disabled}
      >
        {m.stopHere}
      </button>
    </>
  );
}
