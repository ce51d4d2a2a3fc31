import { PsaRequestError, type PsaTimeEntry, type PsaTimeEntryInput } from '@closeout/core';
import { validationError } from '@closeout/core/psa';
import type { AutotaskHttp } from './http.js';
import { parseId } from './ids.js';
import { comparable } from './notes.js';
import { ItemIdWire, TimeEntryItemWire, TimeEntryPageWire } from './wire.js';

/** The body of `POST /TimeEntries` (the ticket child URL does not exist for time entries). */
export interface TimeEntryBody {
  ticketID: number;
  resourceID: number;
  roleID: number;
  dateWorked: string;
  startDateTime: string;
  endDateTime: string;
  hoursWorked: number;
  summaryNotes: string;
  isNonBillable: boolean;
  billingCodeID?: number;
}

/** Who logs the time and under which role: the writeback's member, or the configured resource. */
export interface TimeEntryAuthor {
  resourceID: number;
  roleID: number;
}

/**
 * The resource and role an entry is logged with, or `VALIDATION_FAILED` naming the missing option:
 * Autotask requires both, and refuses time from the API user (it is not licensed). Nothing is sent.
 */
export function timeEntryAuthor(
  entry: PsaTimeEntryInput,
  options: { timeEntryRoleId?: number | undefined; timeEntryResourceId?: number | undefined },
): TimeEntryAuthor {
  const issues = [];
  if (options.timeEntryRoleId === undefined) {
    issues.push({
      path: 'timeEntryRoleId',
      message: 'Autotask logs time under a role: set the adapter option timeEntryRoleId',
    });
  }
  const resource =
    entry.member === undefined
      ? options.timeEntryResourceId
      : parseId(entry.member, 'timeEntry.member', 'resource');
  if (resource === undefined) {
    issues.push({
      path: 'timeEntryResourceId',
      message:
        'Autotask logs time for a licensed resource: map the technician with psaMember, or set timeEntryResourceId',
    });
  }
  if (options.timeEntryRoleId === undefined || resource === undefined) {
    throw validationError('The Autotask adapter is not configured to log time; nothing was posted', issues);
  }
  return { resourceID: resource, roleID: options.timeEntryRoleId };
}

/**
 * The entry as Autotask takes it: it ends at `end` and spans `minutes`, `hoursWorked` being those
 * minutes in hours; `dateWorked` is the day it started.
 */
export function timeEntryBody(
  ticketId: number,
  entry: PsaTimeEntryInput,
  author: TimeEntryAuthor,
): TimeEntryBody {
  const end = new Date(Math.floor(entry.end.getTime() / 1000) * 1000);
  const start = new Date(end.getTime() - entry.minutes * 60_000);
  return {
    ticketID: ticketId,
    resourceID: author.resourceID,
    roleID: author.roleID,
    dateWorked: `${start.toISOString().slice(0, 10)}T00:00:00Z`,
    startDateTime: start.toISOString(),
    endDateTime: end.toISOString(),
    hoursWorked: Math.round((entry.minutes / 60) * 10_000) / 10_000,
    summaryNotes: entry.notes,
    isNonBillable: !entry.billable,
    ...(entry.workType === undefined
      ? {}
      : { billingCodeID: parseId(entry.workType, 'timeEntry.workType', 'work type') }),
  };
}

/**
 * Logs the entry through `POST /TimeEntries`, written as the entry's resource when the writeback
 * names one (impersonation), and returns its id.
 */
export async function postTimeEntry(
  http: AutotaskHttp,
  body: TimeEntryBody,
  impersonate?: number,
): Promise<number> {
  const { itemId } = await http.json(
    { operation: 'addTimeEntry', method: 'POST', ticketId: body.ticketID },
    {
      method: 'POST',
      path: 'TimeEntries',
      json: body,
      ...(impersonate === undefined ? {} : { impersonate }),
    },
    ItemIdWire,
  );
  return itemId;
}

/** `GET /TimeEntries/{id}`; an entry of another ticket, or none, is not found. */
export async function readTimeEntry(http: AutotaskHttp, ticketId: number, id: number): Promise<PsaTimeEntry> {
  const { item } = await http.json(
    { operation: 'getTimeEntry', method: 'GET', ticketId },
    { method: 'GET', path: `TimeEntries/${id}` },
    TimeEntryItemWire,
  );
  if (item === null || item.ticketID !== ticketId) {
    throw new PsaRequestError(`Autotask has no time entry ${id} on ticket ${ticketId}`, {
      retryable: false,
      details: { operation: 'getTimeEntry', ticketId, reason: 'not_found' },
    });
  }
  return {
    id: String(item.id),
    ticketId: String(item.ticketID),
    minutes: Math.round((item.hoursWorked ?? 0) * 60),
    notes: item.summaryNotes ?? '',
    ...(item.resourceID === null || item.resourceID === undefined ? {} : { member: String(item.resourceID) }),
    ...(item.isNonBillable === null || item.isNonBillable === undefined
      ? {}
      : { billable: !item.isNonBillable }),
  };
}

/**
 * The newest entry of the ticket with these notes created at or after `since` (whole seconds):
 * `POST /TimeEntries/query` on `ticketID` and `createDateTime`. One page of 500 is read: a ticket
 * does not collect more entries than that within a retry's lookup window.
 */
export async function searchTimeEntry(
  http: AutotaskHttp,
  ticketId: number,
  notes: string,
  since: Date,
): Promise<number | null> {
  const floor = Math.floor(since.getTime() / 1000) * 1000;
  const { items } = await http.json(
    { operation: 'findTimeEntry', method: 'POST', ticketId, query: true },
    {
      method: 'POST',
      path: 'TimeEntries/query',
      json: {
        filter: [
          { op: 'eq', field: 'ticketID', value: ticketId },
          { op: 'gte', field: 'createDateTime', value: new Date(floor).toISOString() },
        ],
        includeFields: ['id', 'ticketID', 'summaryNotes', 'createDateTime'],
        maxRecords: 500,
      },
    },
    TimeEntryPageWire,
  );
  const wanted = comparable(notes);
  const created = (e: { createDateTime?: string | null | undefined }) =>
    e.createDateTime ? Date.parse(e.createDateTime) : Number.NaN;
  const match = items
    .filter((e) => e.ticketID === ticketId && !(created(e) < floor))
    .filter((e) => typeof e.summaryNotes === 'string' && comparable(e.summaryNotes) === wanted)
    .sort((a, b) => (created(b) || 0) - (created(a) || 0) || b.id - a.id)[0];
  return match?.id ?? null;
}
