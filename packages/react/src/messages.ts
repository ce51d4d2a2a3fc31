/**
 * Every word `<NotePreview>` shows a technician, in one table: the English original, which the
 * shipped translations (`./locales/`) and a host's `messages` prop override key by key. A key a
 * translation lacks falls back to English, so adding a key here never breaks a translation.
 *
 * Messages with values are functions of a named-parameter object, so a translation can put the
 * values where its grammar wants them.
 *
 * @module
 */

/** The texts of `<NotePreview>`. Override any of them with its `messages` prop. */
export interface NotePreviewMessages {
  /** Heading of the resolve step. */
  headingResolve: string;
  /** Heading of the escalate step. */
  headingEscalate: string;
  /** Accessible name of the edit box (the DESIGN contract: "Note text" in English). */
  noteText: string;
  /** Accessible name of the rendered view. */
  renderedView: string;
  /** Switches from the rendered view to the edit box. */
  edit: string;
  /** Switches from the edit box back to the rendered view. */
  showPreview: string;
  drafting: string;
  posting: string;
  confirm: string;
  discardEdits: string;
  draftedFrom: (p: { version: number }) => string;
  /** Appended to the draft's line once the technician changed the text. */
  edited: string;
  /** Appended to the draft's line of an escalation package. */
  internalOnly: string;
  /** Says the redraft came back identical, so the technician's edits were kept. */
  editsKept: string;
  /** Says the draft is the offline template's, and why (`why` is one of the `fallbackWhy*`). */
  fallbackIntro: (p: { why: string }) => string;
  /** The AI writer's draft claimed a fix the session does not record. */
  fallbackWhyClaim: string;
  /** The AI writer's draft did not match the session's record. */
  fallbackWhyMismatch: string;
  /** The AI writer failed or could not be reached. */
  fallbackWhyUnreachable: string;
  ticket: (p: { id: string }) => string;
  /** Stands for the ticket when the session names none. */
  theTicket: string;
  savedNoTicket: string;
  savedNoPsa: string;
  verified: (p: { status: string; ticket: string }) => string;
  postedStatusUnchanged: (p: { ticket: string }) => string;
  stale: string;
  verificationFailed: (p: { ticket: string; expected: string; actual: string }) => string;
  /** The note was posted, but reading the ticket back found no such note. */
  noteMissing: (p: { ticket: string; noteId: string }) => string;
  /**
   * The note was posted, but the PSA stored it with the other visibility (`actual` and `expected`
   * are `visibilityInternal` or `visibilityCustomer`).
   */
  noteVisibilityDiffers: (p: { ticket: string; noteId: string; actual: string; expected: string }) => string;
  /** The note was posted, but its text on the ticket differs from what was sent. */
  noteTextDiffers: (p: { ticket: string; noteId: string }) => string;
  /** How a note is stored when it is internal. */
  visibilityInternal: string;
  /** How a note is stored when the customer sees it. */
  visibilityCustomer: string;
  /**
   * An earlier post of this session (`kind` is the earlier post's) put its note on the ticket, or may
   * have (`noteId` null), and stopped before the status change.
   */
  unfinished: (p: { kind: 'resolve' | 'escalate'; ticket: string; noteId: string | null }) => string;
  /** What the step says after the technician chose "Stop here" with a note on the ticket. */
  stopped: (p: { ticket: string }) => string;
  outcomeNotResolved: string;
  inProgressNote: string;
  inProgressPackage: string;
  loadFailed: string;
  postFailed: string;
  /** Why it failed, by what the server answered (see `reasonKeyOf`). */
  reasonSessionMissing: string;
  reasonSignedOut: string;
  reasonPsa: string;
  reasonDrafting: string;
  reasonTextRejected: string;
  reasonChanged: string;
  reasonOffline: string;
  reasonUnexpected: string;
  reloadDraft: string;
  retry: string;
  resolveAnyway: string;
  checkAgain: string;
  tryAgain: string;
  /** Once a note is on the ticket: changes the status again, posting no second note. */
  retryStatus: string;
  /** Once a note is on the ticket: reads the note back again. */
  checkNoteAgain: string;
  /** Finishes an earlier, unfinished post with the text it posted. */
  finishEarlier: string;
  /** Leaves the note on the ticket and the status for later. */
  stopHere: string;
  /** The line under the note once it is on the ticket (it is read-only then). */
  postedNote: string;
  /** Before posting: the ticket's contact is e-mailed about the note. */
  contactEmailYes: string;
  /** Before posting: the ticket's contact is not e-mailed. */
  contactEmailNo: string;
  /** Before posting: the PSA's own rules decide whether the contact is e-mailed. */
  contactEmailPsaRules: string;
  /** The time entry beside the note (`<NotePreview timeEntry>`): its fieldset's legend. */
  timeEntryLegend: string;
  /** The minutes field (1–1440). */
  timeEntryMinutes: string;
  /** The billable checkbox. */
  timeEntryBillable: string;
  timeEntryDrafting: string;
  timeEntryDraftFailed: string;
  /** Added to the outcome once the entry is on the ticket. */
  timeEntryLogged: (p: { minutes: number }) => string;
}

/** English, the original every translation falls back to. */
export const EN_MESSAGES: NotePreviewMessages = {
  headingResolve: 'Resolution note',
  headingEscalate: 'Escalation package (internal)',
  noteText: 'Note text',
  renderedView: 'The note as it will be posted',
  edit: 'Edit text',
  showPreview: 'Show preview',
  drafting: 'Drafting the note…',
  posting: 'Posting to the PSA and checking the ticket…',
  confirm: 'Confirm & post',
  discardEdits: 'Discard edits',
  draftedFrom: ({ version }) => `Drafted from version ${version} of the session`,
  edited: 'edited',
  internalOnly: 'internal note, never shown to the customer',
  editsKept: 'the new draft is unchanged, so your edits are kept',
  fallbackIntro: ({ why }) =>
    `This draft was written from the session record by the standard template, because the AI writer was not used: ${why}. Read it through and edit it as you would any draft.`,
  fallbackWhyClaim: 'its draft said the problem was fixed, which the session does not record',
  fallbackWhyMismatch: 'its draft did not match what the session records',
  fallbackWhyUnreachable: 'it could not be reached',
  ticket: ({ id }) => `ticket #${id}`,
  theTicket: 'the ticket',
  savedNoTicket:
    'Saved in closeout only: nothing was posted to the PSA, because this session has no linked ticket.',
  savedNoPsa:
    'Saved in closeout only: nothing was posted to the PSA, because no PSA is connected for this account.',
  verified: ({ status, ticket }) => `${status} — verified by re-reading ${ticket}`,
  postedStatusUnchanged: ({ ticket }) =>
    `Posted to ${ticket}; its status was left unchanged, because no target status is set for this account. Ask your administrator to set one.`,
  stale:
    'The session changed after this draft was written, so it may leave out what happened since. Reload the draft to include the changes (your edits are kept if the draft comes back unchanged).',
  verificationFailed: ({ ticket, expected, actual }) =>
    `The note was posted, but ${ticket} still shows ${actual} instead of ${expected} after re-reading it. The PSA may have refused the change (a workflow rule, or a status not on the ticket’s board). Retry the status change, or stop and check the ticket.`,
  noteMissing: ({ ticket, noteId }) =>
    `The note was posted, but ${ticket} no longer holds it (note ${noteId}). The status was not changed. Check the ticket, then retry, or stop.`,
  noteVisibilityDiffers: ({ ticket, noteId, actual, expected }) =>
    `The note was posted to ${ticket}, but the PSA stored it ${actual} instead of ${expected} (note ${noteId}). The status was not changed. Correct the note’s visibility in the PSA, then retry; no second note is posted.`,
  noteTextDiffers: ({ ticket, noteId }) =>
    `The note was posted to ${ticket}, but its text there differs from what was sent (note ${noteId}). The status was not changed. Check the note, then retry, or stop.`,
  visibilityInternal: 'as internal (hidden from the customer)',
  visibilityCustomer: 'visible to the customer',
  unfinished: ({ kind, ticket, noteId }) =>
    `An earlier ${kind === 'resolve' ? 'resolution' : 'escalation'} post of this session ${noteId === null ? 'may have put its note on' : `put its note (${noteId}) on`} ${ticket} and stopped before the status change. That is what is left: finish it with the text it posted, or stop. Nothing new is posted.`,
  stopped: ({ ticket }) =>
    `Stopped. The note stays on ${ticket} and its status was not changed. Open this step again to finish; the note will not be posted twice.`,
  outcomeNotResolved:
    'The active fix is not recorded as successful, so this note would close a ticket whose problem may not be fixed. Record the outcome first, or resolve anyway if you are sure.',
  inProgressNote: 'Another post of this note is under way. Wait a moment, then check again.',
  inProgressPackage: 'Another post of this package is under way. Wait a moment, then check again.',
  loadFailed: 'The draft could not be loaded.',
  postFailed: 'Nothing was confirmed as posted.',
  reasonSessionMissing: 'This session no longer exists, or your account cannot see it.',
  reasonSignedOut: 'Your sign-in has expired. Sign in again, then try again.',
  reasonPsa:
    'The PSA did not accept the request or did not answer. Try again in a moment; if it keeps failing, ask your administrator to check the PSA connection.',
  reasonDrafting: 'The note could not be drafted right now. Try again in a moment.',
  reasonTextRejected: 'The note text was not accepted: it may be empty or too long.',
  reasonChanged: 'The session changed at the same moment. Try again.',
  reasonOffline: 'closeout could not be reached. Check your connection, then try again.',
  reasonUnexpected: 'Something went wrong. Try again; if it keeps failing, tell your administrator.',
  reloadDraft: 'Reload draft',
  retry: 'Retry',
  resolveAnyway: 'Resolve anyway',
  checkAgain: 'Check again',
  tryAgain: 'Try again',
  retryStatus: 'Retry the status change',
  checkNoteAgain: 'Check the note again',
  finishEarlier: 'Finish the earlier post',
  stopHere: 'Stop here',
  postedNote: 'Note on the ticket (posted, read-only)',
  contactEmailYes: 'Posting e-mails the ticket’s contact.',
  contactEmailNo: 'The ticket’s contact is not e-mailed.',
  contactEmailPsaRules:
    'Whether the contact is e-mailed is up to the PSA’s own rules (this PSA takes no per-note setting).',
  timeEntryLegend: 'Time entry',
  timeEntryMinutes: 'Time spent (minutes)',
  timeEntryBillable: 'Billable',
  timeEntryDrafting: 'Drafting the time entry…',
  timeEntryDraftFailed: 'The time entry could not be drafted. Post the note without it, or try again later.',
  timeEntryLogged: ({ minutes }) => `${minutes} min logged on the ticket.`,
};

/** The keys of the failure reasons. */
export type ReasonKey = Extract<keyof NotePreviewMessages, `reason${string}`>;

// What the server's code means for the technician. A code not listed (or none, when the request
// never got an answer) gets a generic reason; the code itself reaches the host in a data attribute.
const REASON_BY_CODE: Readonly<Record<string, ReasonKey>> = {
  SESSION_NOT_FOUND: 'reasonSessionMissing',
  UNAUTHENTICATED: 'reasonSignedOut',
  PSA_REQUEST_FAILED: 'reasonPsa',
  GENERATOR_FAILED: 'reasonDrafting',
  GENERATOR_OUTPUT_INVALID: 'reasonDrafting',
  VALIDATION_FAILED: 'reasonTextRejected',
  PAYLOAD_TOO_LARGE: 'reasonTextRejected',
  VERSION_CONFLICT: 'reasonChanged',
};

/** The reason shown for a failure with `code` (`null`: no answer from the server at all). */
export function reasonKeyOf(code: string | null): ReasonKey {
  if (code === null) return 'reasonOffline';
  return REASON_BY_CODE[code] ?? 'reasonUnexpected';
}
