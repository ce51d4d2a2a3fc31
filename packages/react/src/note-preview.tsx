import type { CloseoutClient, WritebackResult } from '@closeout/client';
import { useEffect, useId, useRef } from 'react';
import { ContactEmailNotice } from './contact-email-notice.js';
import {
  fallbackMessage,
  headingOf,
  outcomeMessage,
  POSTED_NOTE_LABEL,
  problemMessage,
  stoppedMessage,
} from './messages.js';
import { OnTicketActions } from './on-ticket-actions.js';
import { type NoteKind, type NoteProblem, useNotePreview } from './use-note-preview.js';

/** Props of {@link NotePreview}. */
export interface NotePreviewProps {
  client: CloseoutClient;
  sessionId: string;
  kind: NoteKind;
  /** Called once the note is posted (or kept locally) and the session finalized. */
  onPosted?: (result: WritebackResult) => void;
  /** The session's current state version, when the host tracks it (marks an outdated draft stale). */
  sessionVersion?: number;
  /** Added to the root element's class, beside `closeout-note-preview`. */
  className?: string;
}

const CLASS = 'closeout-note-preview';

/**
 * The technician's step: the draft of the session's resolution note (or escalation package) in an
 * editable textbox named "Note text", posted with "Confirm & post". The outcome is announced in a
 * `role="status"` region, problems in a `role="alert"` with the action that fixes them.
 *
 * Unstyled: every part has a `closeout-note-preview__*` class and the root a `data-step`; the
 * optional `@closeout/react/styles.css` styles them from `--closeout-*` CSS variables.
 */
export function NotePreview(props: NotePreviewProps) {
  const note = useNotePreview(props);
  const id = useId();
  const textRef = useRef<HTMLTextAreaElement>(null);
  const alertActionRef = useRef<HTMLButtonElement>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const { step, preview, noteOnTicket, stopped } = note;
  // After "Stop here" the step only says where things stand.
  const problem = stopped ? null : note.problem;

  // Focus follows the step: the draft when it arrives, the fix for a problem, the outcome at the end.
  useEffect(() => {
    if (step === 'posted') statusRef.current?.focus();
    else if (problem !== null) alertActionRef.current?.focus();
    else if (step === 'ready') textRef.current?.focus();
  }, [step, problem]);

  const busy = step === 'loading' || step === 'posting';
  const canPost =
    step === 'ready' &&
    preview !== null &&
    note.text.trim() !== '' &&
    problem?.kind !== 'stale' &&
    !noteOnTicket;
  const statusText =
    step === 'loading'
      ? 'Drafting the note…'
      : step === 'posting'
        ? 'Posting to the PSA and checking the ticket…'
        : step === 'posted' && note.result !== null
          ? outcomeMessage(note.result, note.session)
          : stopped
            ? stoppedMessage(note.session)
            : '';

  return (
    <section
      className={props.className ? `${CLASS} ${props.className}` : CLASS}
      data-step={step}
      data-kind={props.kind}
      aria-labelledby={`${id}-heading`}
      aria-busy={busy}
    >
      <h2 id={`${id}-heading`} className={`${CLASS}__heading`}>
        {headingOf(props.kind)}
      </h2>
      {step !== 'posted' && (
        <>
          <label htmlFor={`${id}-text`} className={`${CLASS}__label`}>
            Note text
          </label>
          <textarea
            id={`${id}-text`}
            ref={textRef}
            className={`${CLASS}__text`}
            value={note.text}
            onChange={(e) => note.setText(e.target.value)}
            readOnly={step !== 'ready' || preview === null || noteOnTicket}
            aria-describedby={`${id}-meta`}
            rows={14}
          />
          <p id={`${id}-meta`} className={`${CLASS}__meta`}>
            {preview === null
              ? ''
              : noteOnTicket
                ? POSTED_NOTE_LABEL
                : `Drafted from version ${preview.stateVersion} of the session${note.edited ? ' · edited' : ''}` +
                  (props.kind === 'escalate' ? ' · internal note, never shown to the customer' : '')}
          </p>
          {!noteOnTicket && <ContactEmailNotice preview={preview} />}
          {preview?.fallback !== undefined && (
            <p
              className={`${CLASS}__fallback`}
              data-fallback-reason={preview.fallback.reason}
              data-fallback-from={preview.fallback.from}
            >
              {fallbackMessage(preview.fallback)}
            </p>
          )}
        </>
      )}
      {problem !== null && (
        <div role="alert" className={`${CLASS}__alert`} data-problem={problem.kind}>
          <p>{problemMessage(problem, props.kind, note.session)}</p>
          <ProblemActions problem={problem} note={note} actionRef={alertActionRef} />
        </div>
      )}
      <p role="status" ref={statusRef} tabIndex={-1} className={`${CLASS}__status`}>
        {statusText}
      </p>
      {step !== 'posted' && !noteOnTicket && (
        <div className={`${CLASS}__actions`}>
          <button
            type="button"
            className={`${CLASS}__button ${CLASS}__button--primary`}
            onClick={() => void note.post()}
            disabled={!canPost}
          >
            Confirm &amp; post
          </button>
          {note.edited && (
            <button
              type="button"
              className={`${CLASS}__button`}
              onClick={note.discardEdits}
              disabled={step !== 'ready'}
            >
              Discard edits
            </button>
          )}
        </div>
      )}
    </section>
  );
}

function ProblemActions(props: {
  problem: NoteProblem;
  note: ReturnType<typeof useNotePreview>;
  actionRef: React.RefObject<HTMLButtonElement | null>;
}) {
  const { problem, note, actionRef } = props;
  const button = (label: string, action: () => Promise<void>) => (
    <button
      type="button"
      ref={actionRef}
      className={`${CLASS}__button`}
      onClick={() => void action()}
      disabled={note.step !== 'ready'}
    >
      {label}
    </button>
  );
  switch (problem.kind) {
    case 'stale':
      return button('Reload draft', note.reload);
    case 'verification_failed':
    case 'note_verification_failed':
    case 'unfinished':
      return <OnTicketActions problem={problem} note={note} actionRef={actionRef} />;
    case 'outcome_not_resolved':
      return button('Resolve anyway', note.confirmUnresolved);
    case 'in_progress':
      return button('Check again', note.checkAgain);
    case 'load_failed':
      return button('Try again', note.reload);
    case 'post_failed':
      return button('Retry', note.retry);
  }
}
