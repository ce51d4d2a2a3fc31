import type { CloseoutClient, WritebackResult } from '@closeout/client';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { ContactEmailNotice } from './contact-email-notice.js';
import { directionOf, resolveMessages } from './locale.js';
import type { NotePreviewMessages } from './messages.js';
import { NoteMarkdown } from './note-markdown.js';
import { OnTicketActions } from './on-ticket-actions.js';
import { TimeEntryFields } from './time-entry-fields.js';
import { type NoteKind, type NoteProblem, useNotePreview } from './use-note-preview.js';
import { useTimeEntry } from './use-time-entry.js';
import {
  codeOf,
  fallbackMessage,
  headingOf,
  outcomeMessage,
  problemMessage,
  stoppedMessage,
} from './wording.js';

/** How the draft is shown: rendered as the customer will read it, or as text to edit. */
export type NotePreviewMode = 'preview' | 'edit';

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
  /**
   * The technician's language, a BCP 47 tag (`de`, `pt-BR`, `zh-CN`): the shipped translation of its
   * language is used, English when there is none. Also sets the root's `lang` and `dir`.
   */
  locale?: string;
  /** Texts that replace the shipped ones, key by key (see {@link NotePreviewMessages}). */
  messages?: Partial<NotePreviewMessages>;
  /** How the draft opens: `preview` (default) renders it, `edit` opens the "Note text" box. */
  defaultMode?: NotePreviewMode;
  /**
   * Show the drafted time ("Time spent (minutes)", "Billable") beside the note, editable, and post
   * it with the note as a PSA time entry. Only for a session linked to a ticket; the PSA adapter
   * must log time (else the post answers `VALIDATION_FAILED`). Default `false`.
   */
  timeEntry?: boolean;
}

const CLASS = 'closeout-note-preview';

/**
 * The technician's step: the draft of the session's resolution note (or escalation package),
 * rendered as the customer will read it (headings, lists, bold), with "Edit text" opening an
 * editable textbox named "Note text"; posted with "Confirm & post". The outcome is announced in a
 * `role="status"` region, problems in a `role="alert"` with the action that fixes them, in the
 * technician's words; the error code behind a problem is on the alert's `data-error-code`. Once a
 * note is on the ticket but the writeback did not finish, the note is shown read-only and the alert
 * offers only what can still happen (retry the status change, check the note again, finish an
 * earlier post) or "Stop here"; "Confirm & post" is gone. Before posting, the step says whether the
 * ticket's contact will be e-mailed.
 *
 * Every text comes from `locale`'s shipped translation (English by default) and can be replaced
 * through `messages`.
 *
 * Unstyled: every part has a `closeout-note-preview__*` class and the root a `data-step`; the
 * optional `@closeout/react/styles.css` styles them from `--closeout-*` CSS variables.
 */
export function NotePreview(props: NotePreviewProps) {
  const [linked, setLinked] = useState(false);
  const time = useTimeEntry({ client: props.client, sessionId: props.sessionId, enabled: linked });
  const note = useNotePreview({ ...props, timeEntry: time.body });
  useEffect(() => {
    setLinked(props.timeEntry === true && note.session?.ticket != null && note.step !== 'posted');
  }, [props.timeEntry, note.session, note.step]);
  const m = useMemo(() => resolveMessages(props.locale, props.messages), [props.locale, props.messages]);
  const id = useId();
  const [mode, setMode] = useState<NotePreviewMode>(props.defaultMode ?? 'preview');
  const textRef = useRef<HTMLTextAreaElement>(null);
  const viewRef = useRef<HTMLElement>(null);
  const alertActionRef = useRef<HTMLButtonElement>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const { step, preview, noteOnTicket, stopped } = note;
  // After "Stop here" the step only says where things stand.
  const problem = stopped ? null : note.problem;

  // Focus follows the step: the draft when it arrives, the fix for a problem, the outcome at the end
  // (or where things stand after "Stop here").
  // The draft opens at its top: its first line is what the technician reads first.
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus moves on a new step, not on a mode switch
  useEffect(() => {
    if (step === 'posted' || stopped) statusRef.current?.focus();
    else if (problem !== null) alertActionRef.current?.focus();
    else if (step === 'ready') showTop(mode === 'edit' ? textRef.current : viewRef.current);
  }, [step, problem, stopped]);

  const switchMode = (next: NotePreviewMode) => {
    setMode(next);
    // After React swapped the views: the box opens at its top with the caret on the first line.
    requestAnimationFrame(() => showTop(next === 'edit' ? textRef.current : viewRef.current));
  };

  const busy = step === 'loading' || step === 'posting';
  const canPost =
    step === 'ready' &&
    preview !== null &&
    note.text.trim() !== '' &&
    problem?.kind !== 'stale' &&
    !noteOnTicket &&
    (!linked || time.body !== undefined);
  const statusText =
    step === 'loading'
      ? m.drafting
      : step === 'posting'
        ? m.posting
        : step === 'posted' && note.result !== null
          ? outcomeMessage(m, note.result, note.session)
          : stopped
            ? stoppedMessage(m, note.session)
            : '';
  const meta =
    preview === null
      ? ''
      : noteOnTicket
        ? m.postedNote
        : [
            m.draftedFrom({ version: preview.stateVersion }),
            ...(note.edited ? [m.edited] : []),
            ...(note.editsKept ? [m.editsKept] : []),
            ...(props.kind === 'escalate' ? [m.internalOnly] : []),
          ].join(' · ');

  return (
    <section
      className={props.className ? `${CLASS} ${props.className}` : CLASS}
      data-step={step}
      data-kind={props.kind}
      data-mode={mode}
      lang={props.locale}
      dir={props.locale === undefined ? undefined : directionOf(props.locale)}
      aria-labelledby={`${id}-heading`}
      aria-busy={busy}
    >
      <h2 id={`${id}-heading`} className={`${CLASS}__heading`}>
        {headingOf(m, props.kind)}
      </h2>
      {step !== 'posted' && (
        <>
          {mode === 'edit' ? (
            <>
              <label htmlFor={`${id}-text`} className={`${CLASS}__label`}>
                {m.noteText}
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
            </>
          ) : (
            <article
              ref={viewRef}
              aria-label={m.renderedView}
              aria-describedby={`${id}-meta`}
              tabIndex={-1}
              className={`${CLASS}__rendered`}
            >
              <NoteMarkdown markdown={note.text} />
            </article>
          )}
          <p id={`${id}-meta`} className={`${CLASS}__meta`}>
            {meta}
          </p>
          {!noteOnTicket && <ContactEmailNotice preview={preview} messages={m} />}
          {preview?.fallback !== undefined && (
            <p
              className={`${CLASS}__fallback`}
              data-fallback-reason={preview.fallback.reason}
              data-fallback-from={preview.fallback.from}
            >
              {fallbackMessage(m, preview.fallback)}
            </p>
          )}
          {linked && <TimeEntryFields time={time} disabled={step !== 'ready' || noteOnTicket} messages={m} />}
        </>
      )}
      {problem !== null && (
        <div
          role="alert"
          className={`${CLASS}__alert`}
          data-problem={problem.kind}
          data-error-code={codeOf(problem)}
        >
          <p>{problemMessage(m, problem, props.kind, note.session)}</p>
          <ProblemActions problem={problem} note={note} messages={m} actionRef={alertActionRef} />
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
            {m.confirm}
          </button>
          <button
            type="button"
            className={`${CLASS}__button`}
            onClick={() => switchMode(mode === 'edit' ? 'preview' : 'edit')}
            disabled={preview === null}
          >
            {mode === 'edit' ? m.showPreview : m.edit}
          </button>
          {note.edited && (
            <button
              type="button"
              className={`${CLASS}__button`}
              onClick={note.discardEdits}
              disabled={step !== 'ready'}
            >
              {m.discardEdits}
            </button>
          )}
        </div>
      )}
    </section>
  );
}

/** Scrolls a draft's box to its top and focuses it there, without scrolling the page to it. */
function showTop(element: HTMLElement | null): void {
  if (element === null) return;
  element.scrollTop = 0;
  if (element instanceof HTMLTextAreaElement) element.setSelectionRange(0, 0);
  element.focus({ preventScroll: true });
}

function ProblemActions(props: {
  problem: NoteProblem;
  note: ReturnType<typeof useNotePreview>;
  messages: NotePreviewMessages;
  actionRef: React.RefObject<HTMLButtonElement | null>;
}) {
  const { problem, note, messages: m, actionRef } = props;
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
      return button(m.reloadDraft, note.reload);
    case 'verification_failed':
    case 'note_verification_failed':
    case 'unfinished':
      return <OnTicketActions problem={problem} note={note} messages={m} actionRef={actionRef} />;
    case 'outcome_not_resolved':
      return button(m.resolveAnyway, note.confirmUnresolved);
    case 'in_progress':
      return button(m.checkAgain, note.checkAgain);
    case 'load_failed':
      return button(m.tryAgain, note.reload);
    case 'post_failed':
      return button(m.retry, note.retry);
  }
}
