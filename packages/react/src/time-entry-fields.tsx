import { useId } from 'react';
import { TIME_ENTRY_MESSAGES as M } from './messages.js';
import type { TimeEntryController } from './use-time-entry.js';

const CLASS = 'closeout-note-preview';

/**
 * The drafted time beside the note: "Time spent (minutes)" and "Billable", editable until the note
 * is posted. The notes of the entry are the draft's (the fixes applied and their outcomes).
 */
export function TimeEntryFields(props: { time: TimeEntryController; disabled: boolean }) {
  const { time, disabled } = props;
  const id = useId();
  if (time.error !== null) {
    return <p className={`${CLASS}__meta`}>{M.draftFailed(time.error)}</p>;
  }
  if (time.draft === null) return <p className={`${CLASS}__meta`}>{M.drafting}</p>;
  return (
    <fieldset className={`${CLASS}__time`} disabled={disabled}>
      <legend className={`${CLASS}__label`}>{M.legend}</legend>
      <label htmlFor={`${id}-minutes`} className={`${CLASS}__label`}>
        {M.minutes}
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
        {M.billable}
      </label>
    </fieldset>
  );
}
