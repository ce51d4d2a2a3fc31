import type { NoteType, SessionStatus } from '../model/session.js';
import type { PreviewKind } from '../previews/types.js';
import type { WritebackKind } from './journal.js';

/** What differs between a resolve and an escalate. */
export interface WritebackKindSpec {
  /** The PSA note type. Escalations are internal only: never a customer-visible type. */
  noteType: NoteType;
  /** The session's final status when the note went to the PSA. */
  outcome: Extract<SessionStatus, 'resolved' | 'escalated'>;
  /** The session's final status when there was no ticket or no PSA. */
  localOutcome: Extract<SessionStatus, 'resolved_local' | 'escalated_local'>;
  /** The setting naming the status the ticket moves to. */
  setting: 'resolvedStatusId' | 'escalatedStatusId';
  /** The preview whose text is posted when the caller sends none. */
  preview: PreviewKind;
}

export const KINDS: Readonly<Record<WritebackKind, WritebackKindSpec>> = {
  resolve: {
    noteType: 'resolution',
    outcome: 'resolved',
    localOutcome: 'resolved_local',
    setting: 'resolvedStatusId',
    preview: 'resolution_note',
  },
  escalate: {
    noteType: 'internal_analysis',
    outcome: 'escalated',
    localOutcome: 'escalated_local',
    setting: 'escalatedStatusId',
    preview: 'escalation_package',
  },
};
