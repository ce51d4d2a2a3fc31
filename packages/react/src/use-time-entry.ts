import {
  type CloseoutClient,
  CloseoutError,
  type TimeEntryDraft,
  type WritebackBody,
} from '@closeout/client';
import { useEffect, useState } from 'react';

/** The time entry a post sends: the draft with the technician's minutes and billable choice. */
export type TimeEntryBody = NonNullable<WritebackBody['timeEntry']>;

/** What {@link useTimeEntry} gives a component. */
export interface TimeEntryController {
  /** The draft as made from the record, once loaded. */
  draft: TimeEntryDraft | null;
  /** The minutes as the technician edits them (text, so an emptied field stays empty). */
  minutes: string;
  setMinutes(minutes: string): void;
  billable: boolean;
  setBillable(billable: boolean): void;
  /** Why the draft could not be loaded, if it could not. */
  error: string | null;
  /**
   * The `timeEntry` to post: the draft's notes with the edited minutes and billable, or `undefined`
   * while there is no draft or the minutes are not a whole number from 1 to 1440.
   */
  body: TimeEntryBody | undefined;
}

/**
 * The time entry of a session, drafted by `previewTimeEntry` and edited beside the note. Loads only
 * while `enabled` (a session with a ticket, when the host asked for time entries).
 */
export function useTimeEntry(options: {
  client: CloseoutClient;
  sessionId: string;
  enabled: boolean;
}): TimeEntryController {
  const { client, sessionId, enabled } = options;
  const [draft, setDraft] = useState<TimeEntryDraft | null>(null);
  const [minutes, setMinutes] = useState('');
  const [billable, setBillable] = useState(true);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!enabled) return;
    let live = true;
    setError(null);
    client.previewTimeEntry(sessionId).then(
      (made) => {
        if (!live) return;
        setDraft(made);
        setMinutes(String(made.minutes));
        setBillable(made.billable);
      },
      (e: unknown) => {
        if (live) setError(CloseoutError.isInstance(e) || e instanceof Error ? e.message : String(e));
      },
    );
    return () => {
      live = false;
    };
  }, [client, sessionId, enabled]);

  const n = Number(minutes);
  const valid = minutes.trim() !== '' && Number.isInteger(n) && n >= 1 && n <= 1440;
  return {
    draft,
    minutes,
    setMinutes,
    billable,
    setBillable,
    error,
    body: enabled && draft !== null && valid ? { minutes: n, billable, notes: draft.notes } : undefined,
  };
}
