/**
 * What the adapter reads from Halo's answers, checked with zod. Only the fields closeout uses are
 * required; everything else Halo sends (a ticket has hundreds of fields) is ignored.
 *
 * @module
 */
import { z } from 'zod';

const id = z.number().int();

/** `POST {auth}/token`: an OAuth2 access token. */
export const TokenWire = z.object({
  access_token: z.string().min(1),
  expires_in: z.number().positive().nullish(),
});

/** `GET /api/authinfo`: where the authorisation server lives. */
export const AuthInfoWire = z.object({
  auth_url: z.string().url(),
  tenant_id: z.string().nullish(),
});

/** A ticket (Halo's `Faults`): `GET /api/Tickets/{id}` and the answer to `POST /api/Tickets`. */
export const TicketWire = z.object({
  id,
  status_id: id,
  status_name: z.string().nullish(),
  hasbeenclosed: z.boolean().nullish(),
});
export type TicketWire = z.infer<typeof TicketWire>;

/** An action as posted or listed. `note_html` comes only with `includehtmlnote=true`. */
export const ActionWire = z.object({
  id,
  ticket_id: id.nullish(),
  note: z.string().nullish(),
  note_html: z.string().nullish(),
  datetime: z.string().nullish(),
  actiondatecreated: z.string().nullish(),
  /** Hours logged on the action. */
  timetaken: z.number().nullish(),
  actionby_agent_id: id.nullish(),
  who_agentid: id.nullish(),
  outcome_id: id.nullish(),
  outcome: z.string().nullish(),
  hiddenfromuser: z.boolean().nullish(),
});
export type ActionWire = z.infer<typeof ActionWire>;

/** `GET /api/Actions?ticket_id=…`. */
export const ActionListWire = z.object({ actions: z.array(ActionWire) });

/** A status (`TStatus`): Halo gives it no closed flag. */
export const StatusWire = z.object({ id, name: z.string().nullish() });
export type StatusWire = z.infer<typeof StatusWire>;

/** An outcome (`TOutcome`): the action types the API agent may add. */
export const OutcomeWire = z.object({
  id,
  outcome: z.string().nullish(),
});
export type OutcomeWire = z.infer<typeof OutcomeWire>;
