/**
 * `@closeout/react`: the technician's step before a note reaches the PSA — preview, edit,
 * Confirm & post — as `<NotePreview>` and the headless `useNotePreview`.
 *
 * @packageDocumentation
 */

export type { NotePreviewLocale } from './locale.js';
export { NOTE_PREVIEW_LOCALES, resolveMessages } from './locale.js';
export type { NotePreviewMessages } from './messages.js';
export { EN_MESSAGES } from './messages.js';
export type { NotePreviewMode, NotePreviewProps } from './note-preview.js';
export { NotePreview } from './note-preview.js';
export { TimeEntryFields } from './time-entry-fields.js';
export type {
  NoteKind,
  NotePreviewController,
  NoteProblem,
  NoteStep,
  ReportedStatus,
  UseNotePreviewOptions,
} from './use-note-preview.js';
export { useNotePreview } from './use-note-preview.js';
export type { TimeEntryBody, TimeEntryController } from './use-time-entry.js';
export { useTimeEntry } from './use-time-entry.js';
