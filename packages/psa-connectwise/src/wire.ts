/**
 * What the adapter reads from ConnectWise responses, checked with zod. Only the fields closeout
 * uses are required; everything else ConnectWise sends is ignored.
 *
 * @module
 */
import { z } from 'zod';

const id = z.number().int();

/** `GET /service/tickets/{id}?fields=id,status,board,closedFlag` (and the PATCH answer). */
export const TicketWire = z.object({
  id,
  status: z.object({ id, name: z.string() }),
  board: z.object({ id, name: z.string().optional() }).nullish(),
  closedFlag: z.boolean().nullish(),
});
export type TicketWire = z.infer<typeof TicketWire>;

/** A ServiceNote as posted (201), listed or read by id (the flags say who can see it). */
export const NoteWire = z.object({
  id,
  text: z.string().nullish(),
  dateCreated: z.string().nullish(),
  detailDescriptionFlag: z.boolean().nullish(),
  internalAnalysisFlag: z.boolean().nullish(),
  resolutionFlag: z.boolean().nullish(),
});
export type NoteWire = z.infer<typeof NoteWire>;

/** A TimeEntry as posted (201), read or listed. */
export const TimeEntryWire = z.object({
  id,
  chargeToId: id.nullish(),
  chargeToType: z.string().nullish(),
  member: z.object({ id: id.nullish(), identifier: z.string().nullish() }).nullish(),
  actualHours: z.number().nullish(),
  billableOption: z.string().nullish(),
  notes: z.string().nullish(),
  dateEntered: z.string().nullish(),
});
export type TimeEntryWire = z.infer<typeof TimeEntryWire>;

/** A BoardStatus. */
export const BoardStatusWire = z.object({
  id,
  name: z.string(),
  closedStatus: z.boolean().nullish(),
  inactive: z.boolean().nullish(),
});
export type BoardStatusWire = z.infer<typeof BoardStatusWire>;

/** ErrorResponseMessage: `{code, message, errors: [{code, message, resource, field}]}`. */
export const ErrorWire = z.object({
  code: z.string().nullish(),
  message: z.string().nullish(),
  errors: z
    .array(
      z.object({
        code: z.string().nullish(),
        message: z.string().nullish(),
        resource: z.string().nullish(),
        field: z.string().nullish(),
      }),
    )
    .nullish(),
});
export type ErrorWire = z.infer<typeof ErrorWire>;

/** `GET /login/companyinfo/{companyId}`; unauthenticated, answered in PascalCase. */
export const CompanyInfoWire = z.object({
  Codebase: z.string().regex(/^\/?[A-Za-z0-9_.-]+\/?$/),
  CompanyName: z.string().nullish(),
  VersionCode: z.string().nullish(),
  IsCloud: z.boolean().nullish(),
  SiteUrl: z.string().nullish(),
});
export type CompanyInfoWire = z.infer<typeof CompanyInfoWire>;
