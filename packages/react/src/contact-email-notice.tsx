import type { Preview } from '@closeout/client';
import type { NotePreviewMessages } from './messages.js';
import { contactEmailMessage } from './wording.js';

const CLASS = 'closeout-note-preview';

/** Says before posting whether the ticket's contact will be e-mailed (the preview's `contactEmail`). */
export function ContactEmailNotice(props: {
  preview: Preview | null;
  /** The words (the step's resolved messages). */
  messages: NotePreviewMessages;
}) {
  const contactEmail = props.preview?.contactEmail;
  if (contactEmail === undefined) return null;
  return (
    <p className={`${CLASS}__contact`} data-contact-email={contactEmail}>
      {contactEmailMessage(props.messages, contactEmail)}
    </p>
  );
}
