import { useId } from 'react';
import type { NotePreviewMessages } from './messages.js';
import type { TimeEntryController } from './use-time-entry.js';

const CLASS = 'closeout-note-preview';

/**
 * The drafted time beside the note: "Time spent (minutes)" and "Billable", editable until the note
 * is posted. The notes of the entry are the draft's (the fixes applied and their outcomes).
 */
export function TimeEntryFields(props: {
  time: TimeEntryController;
  disabled: boolean;
  /** The words (the step's resolved messages). */
  messages: Pick<
    NotePreviewMessages,
    | 'timeEntryLegend'
    | 'timeEntryMinutes'
    | 'timeEntryBillable'
    | 'timeEntryDrafting'
    | 'timeEntryDraftFailed'
  >;
}) {
  const { time, disabled, messages: m } = props;
  const id = useId();
  if (time.error !== null) {
    return <p className={`${CLASS}__meta`}>{m.timeEntryDraftFailed}</p>;
  }
  if (time.draft === null) return <p className={`${CLASS}__meta`}>{m.timeEntryDrafting}</p>;
  return (
    <fieldset className={`${CLASS}__time`} disabled={disabled}>
      <legend className={`${CLASS}__label`}>{m.timeEntryLegend}</legend>
      <label htmlFor={`${id}-minutes`} className={`${CLASS}__label`}>
        {m.timeEntryMinutes}
      </label>
      <input
        id={`${id}-minutes`}
        className={`${CLASS}__minutes`}
        type="number"
        inputMode="numeric"
        min={1}
        max={1440}
        step={1}
        required
        value={time.minutes}
        onChange={(e) => time.setMinutes(e.target.value)}
        aria-invalid={time.body === undefined}
      />
      <label className={`${CLASS}__label ${CLASS}__billable`}>
        <input type="checkbox" checked={time.billable} onChange={(e) => time.setBillable(e.target.checked)} />{' '}
        {m.timeEntryBillable}
      </label>
    </fieldset>
  );
}
