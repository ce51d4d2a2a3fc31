/**
 * Autotask's picklists, read by label: ticket statuses, note types and note visibility (`publish`)
 * have ids that differ per tenant, so none is hard-coded. Hard-coding them is how an integration
 * published notes meant to be internal to customers. Each entity's fields are read once per
 * `cacheTtlMs` from `GET /{Entity}/entityInformation/fields`.
 *
 * @module
 */
import type { NoteType, PsaStatus } from '@closeout/core';
import { TtlCache, validationError } from '@closeout/core/psa';
import type { AutotaskHttp } from './http.js';
import type { ResolvedOptions } from './options.js';
import { FieldsWire, type PicklistValueWire } from './wire.js';

/** The system status every Autotask tenant has: `5 = Complete`. */
export const COMPLETE_STATUS = 5;

type Entity = 'Tickets' | 'TicketNotes';

/** The `noteType` and `publish` ids a note of one closeout type is posted with. */
export interface NotePicklistIds {
  noteType: number;
  publish: number;
}

const sameLabel = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export class Picklists {
  readonly #http: AutotaskHttp;
  readonly #options: ResolvedOptions;
  readonly #cache: TtlCache<Entity, Map<string, PicklistValueWire[]>>;
  readonly #pending = new Map<Entity, Promise<Map<string, PicklistValueWire[]>>>();

  constructor(http: AutotaskHttp, options: ResolvedOptions) {
    this.#http = http;
    this.#options = options;
    this.#cache = new TtlCache(options.cacheTtlMs, options.clock);
  }

  /** The picklist fields of an entity, by field name; concurrent callers share one request. */
  async #fields(entity: Entity): Promise<Map<string, PicklistValueWire[]>> {
    const cached = this.#cache.get(entity);
    if (cached) return cached;
    let pending = this.#pending.get(entity);
    if (!pending) {
      pending = this.#http
        .json(
          { operation: 'readPicklists', method: 'GET', entity },
          { method: 'GET', path: `${entity}/entityInformation/fields` },
          FieldsWire,
        )
        .then((wire) => {
          const map = new Map(wire.fields.map((f) => [f.name, f.picklistValues ?? []]));
          this.#cache.set(entity, map);
          return map;
        })
        .finally(() => this.#pending.delete(entity));
      this.#pending.set(entity, pending);
    }
    return pending;
  }

  /** Every status of the picklist, active or not. */
  async #statusValues(): Promise<PicklistValueWire[]> {
    return (await this.#fields('Tickets')).get('status') ?? [];
  }

  #isClosed(value: PicklistValueWire): boolean {
    if (Number(value.value) === COMPLETE_STATUS) return true;
    return this.#options.closedStatuses.some((c) => c === value.value || sameLabel(c, value.label));
  }

  /** The active statuses a ticket may be set to; `closed` for Complete and the configured ones. */
  async statuses(): Promise<PsaStatus[]> {
    return (await this.#statusValues())
      .filter((v) => v.isActive !== false)
      .sort((a, b) => (a.sortOrder ?? 0) - (b.sortOrder ?? 0))
      .map((v) => ({ id: v.value, name: v.label, closed: this.#isClosed(v) }));
  }

  /** The label of a status id, and whether it counts as closed (`undefined` for an unknown id). */
  async status(id: number): Promise<{ name: string; closed: boolean } | undefined> {
    const value = (await this.#statusValues()).find((v) => Number(v.value) === id);
    return value === undefined ? undefined : { name: value.label, closed: this.#isClosed(value) };
  }

  /**
   * The note type and publish ids for a closeout note type, by the configured labels. A label the
   * tenant does not have is `VALIDATION_FAILED` naming the option and the labels it does have,
   * before anything is posted.
   */
  async noteIds(type: NoteType): Promise<NotePicklistIds> {
    const fields = await this.#fields('TicketNotes');
    const visibility = type === 'internal_analysis' ? 'internal' : 'customer';
    return {
      noteType: pick(
        fields.get('noteType') ?? [],
        this.#options.noteTypeLabels[type],
        `noteTypeLabels.${type}`,
        'noteType',
      ),
      publish: pick(
        fields.get('publish') ?? [],
        this.#options.publishLabels[visibility],
        `publishLabels.${visibility}`,
        'publish',
      ),
    };
  }

  /** The label options the tenant has no active value for, e.g. `noteTypeLabels.discussion`. */
  async missingNoteLabels(): Promise<string[]> {
    const missing: string[] = [];
    for (const type of ['resolution', 'internal_analysis', 'discussion'] as const) {
      await this.noteIds(type).catch((error: unknown) => {
        const issues = (error as { details?: { issues?: Array<{ path: string }> } }).details?.issues ?? [];
        missing.push(...issues.map((i) => i.path));
      });
    }
    return [...new Set(missing)];
  }
}

function pick(values: PicklistValueWire[], label: string, option: string, field: string): number {
  const active = values.filter((v) => v.isActive !== false);
  const found = active.find((v) => sameLabel(v.label, label));
  const id = found === undefined ? Number.NaN : Number(found.value);
  if (Number.isInteger(id)) return id;
  const known = active.map((v) => `"${v.label}"`).join(', ') || 'none';
  throw validationError(`Autotask has no active ticket note ${field} labelled "${label}"`, [
    {
      path: option,
      message: `must be the label of an active TicketNotes ${field} value on this tenant (it has: ${known})`,
    },
  ]);
}
