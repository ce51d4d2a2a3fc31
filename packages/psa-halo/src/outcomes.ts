/**
 * Outcomes are Halo's action types; every action needs one, and the API agent may run only some.
 * The outcome of each note kind is configured, by id (ids differ per tenant) or by label, and
 * checked against the outcomes the agent may use before any action is posted, so a wrong setup is
 * a clear error that posted nothing rather than a refusal halfway through a writeback.
 *
 * @module
 */
import { type Clock, type NoteType, PsaRequestError } from '@closeout/core';
import { TtlCache, validationError } from '@closeout/core/psa';
import { z } from 'zod';
import type { HaloHttp } from './http.js';
import { haloCall, VENDOR } from './ids.js';
import type { ResolvedOptions } from './options.js';
import { OutcomeWire } from './wire.js';

/** An outcome as configured: its id, or its label. */
export type OutcomeRef = number | { label: string };

export const sameLabel = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The configured outcome of `kind`, or `VALIDATION_FAILED` (nothing is sent) when there is none. */
export function outcomeFor(o: ResolvedOptions, kind: NoteType): OutcomeRef {
  const id = o.outcomes[kind] ?? o.outcomeId;
  if (id === undefined) {
    throw validationError(`No ${VENDOR} outcome is configured for ${kind} notes; nothing was posted`, [
      {
        path: `outcomes.${kind}`,
        message:
          'must be the id or label of an outcome the API agent may run (or set outcomeId for every kind)',
      },
    ]);
  }
  return id;
}

/**
 * The outcome check: `GET /api/Outcome` (the outcomes the API agent may use, reused for
 * `cacheTtlMs`); a label is looked up there. A configured id not among them is a non-retryable
 * `PsaRequestError` naming the usable ones; a label none of them (or more than one) has is
 * `VALIDATION_FAILED` naming the option. `forget` drops the list (Halo refused an outcome it listed).
 */
export function outcomeCheck(http: HaloHttp, ttlMs: number, clock: Clock) {
  const cache = new TtlCache<'usable', OutcomeWire[]>(ttlMs, clock);
  const forget = () => cache.delete('usable');
  async function check(kind: NoteType, ref: OutcomeRef, ticketId: number): Promise<OutcomeWire> {
    let usable = cache.get('usable');
    if (usable === undefined) {
      usable = await http.json(
        haloCall('listOutcomes', 'listing the outcomes the API agent may use'),
        'Outcome',
        z.array(OutcomeWire),
      );
      cache.set('usable', usable);
    }
    const names = usable.map((u) => `${u.id} "${u.outcome ?? ''}"`).join(', ');
    if (typeof ref !== 'number') {
      const found = usable.filter((u) => typeof u.outcome === 'string' && sameLabel(u.outcome, ref.label));
      if (found.length === 1 && found[0] !== undefined) return found[0];
      forget();
      const problem = found.length === 0 ? 'no outcome the API agent may run is' : 'more than one outcome is';
      throw validationError(`${VENDOR}: ${problem} labelled "${ref.label}"; nothing was posted`, [
        {
          path: `outcomes.${kind}`,
          message: `must name one outcome the API agent may run, by id or label (it may run: ${names || 'none'})`,
        },
      ]);
    }
    const outcomeId = ref;
    const outcome = usable.find((u) => u.id === outcomeId);
    if (outcome !== undefined) return outcome;
    forget();
    throw new PsaRequestError(
      `${VENDOR} outcome ${outcomeId}, configured for ${kind} notes, is not one the API agent may run; ` +
        `nothing was posted. Give the agent access to it or configure one of: ${names || '(none)'}`,
      {
        retryable: false,
        details: {
          operation: 'addNote',
          reason: 'outcome_not_available',
          refused: true,
          outcomeId,
          noteType: kind,
          ticketId,
        },
      },
    );
  }
  return { check, forget };
}
