/**
 * What the adapter reads from Autotask's answers, checked with zod. Only the fields closeout uses
 * are required; everything else Autotask sends is ignored. Ids are integers on the wire; picklist
 * values are strings (`"5"`) although the ticket's `status` is an integer.
 *
 * @module
 */
import { z } from 'zod';

const id = z.number().int();

/** `GET …/v1.0/zoneInformation?user=` (ZoneInformationResultModel). */
export const ZoneWire = z.object({
  zoneName: z.string().nullish(),
  url: z.string().min(1),
  webUrl: z.string().nullish(),
  ci: z.number().nullish(),
});

/** The Ticket fields closeout reads. */
export const TicketWire = z.object({
  id,
  status: id,
  queueID: id.nullish(),
  resolution: z.string().nullish(),
  ticketNumber: z.string().nullish(),
});
export type TicketWire = z.infer<typeof TicketWire>;

/** `GET /Tickets/{id}` → `{item}`; `item` is `null` for a ticket that does not exist or is not visible. */
export const TicketItemWire = z.object({ item: TicketWire.nullable() });

/** One value of a picklist field. */
export const PicklistValueWire = z.object({
  value: z.string(),
  label: z.string(),
  isActive: z.boolean().nullish(),
  isSystem: z.boolean().nullish(),
  sortOrder: z.number().nullish(),
});
export type PicklistValueWire = z.infer<typeof PicklistValueWire>;

/** `GET /{Entity}/entityInformation/fields`. */
export const FieldsWire = z.object({
  fields: z.array(
    z.object({
      name: z.string(),
      isPickList: z.boolean().nullish(),
      picklistValues: z.array(PicklistValueWire).nullish(),
    }),
  ),
});
export type FieldsWire = z.infer<typeof FieldsWire>;

/** A create or update answer: `{itemId}`. */
export const ItemIdWire = z.object({ itemId: id });

/** A TicketNote as a query returns it (with the `includeFields` the adapter asks for). */
export const NoteWire = z.object({
  id,
  ticketID: id.nullish(),
  description: z.string().nullish(),
  createDateTime: z.string().nullish(),
  noteType: id.nullish(),
  publish: id.nullish(),
});
export type NoteWire = z.infer<typeof NoteWire>;

/** `GET /TicketNotes/{id}` → `{item}`; `item` is `null` for a note that does not exist. */
export const NoteItemWire = z.object({ item: NoteWire.nullable() });

/** `POST /TicketNotes/query` and the pages its `nextPageUrl` leads to. */
export const NotePageWire = z.object({
  items: z.array(NoteWire),
  pageDetails: z
    .object({
      count: z.number().nullish(),
      nextPageUrl: z.string().nullish(),
    })
    .nullish(),
});

/** A TimeEntry as read or queried. */
export const TimeEntryWire = z.object({
  id,
  ticketID: id.nullish(),
  resourceID: id.nullish(),
  hoursWorked: z.number().nullish(),
  summaryNotes: z.string().nullish(),
  isNonBillable: z.boolean().nullish(),
  createDateTime: z.string().nullish(),
});
export type TimeEntryWire = z.infer<typeof TimeEntryWire>;

/** `GET /TimeEntries/{id}`: `{item: null}` when there is none the API user can see. */
export const TimeEntryItemWire = z.object({ item: TimeEntryWire.nullable() });

/** `POST /TimeEntries/query`. */
export const TimeEntryPageWire = z.object({ items: z.array(TimeEntryWire) });

/** Autotask's error body: `{errors: ["…"]}` (validation failures come as HTTP 500 with it). */
export const ErrorsWire = z.object({ errors: z.array(z.string()).nullish() });

/** `GET /ThresholdInformation`: the database's request use in the current window (every integration's). */
export const ThresholdWire = z.object({
  externalRequestThreshold: z.number().int().positive(),
  requestThresholdTimeframe: z.number().positive().nullish(),
  currentTimeframeRequestCount: z.number().int().min(0),
});
