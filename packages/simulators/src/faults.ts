/**
 * The faults a test tells a vendor simulator to inject, per operation: an HTTP failure, a lost
 * response (the change is committed, then the connection drops), a slow answer.
 *
 * @module
 */
import type { PsaFault } from '@closeout/core/testing';

export class SimFaults<Op extends string> {
  readonly #failures = new Map<Op, { fault: PsaFault; left: number }>();
  readonly #lost = new Map<Op, number>();
  readonly #delayMs = new Map<Op, number>();

  /** Calls of `operation` fail with `fault`: until cleared with `null`, or only the next `times`. */
  fail(operation: Op, fault: PsaFault | null, times = Number.POSITIVE_INFINITY): void {
    if (fault === null) this.#failures.delete(operation);
    else this.#failures.set(operation, { fault, left: times });
  }

  /** The next `count` successful calls of `operation` take effect, then lose their answer. */
  lose(operation: Op, count = 1): void {
    this.#lost.set(operation, count);
  }

  /** Calls of `operation` answer after `ms` (0 clears). */
  delay(operation: Op, ms: number): void {
    if (ms <= 0) this.#delayMs.delete(operation);
    else this.#delayMs.set(operation, ms);
  }

  /** The failure this call of `operation` answers with, if one is set (and counts it). */
  failure(operation: Op): PsaFault | undefined {
    const entry = this.#failures.get(operation);
    if (entry === undefined) return undefined;
    entry.left -= 1;
    if (entry.left <= 0) this.#failures.delete(operation);
    return entry.fault;
  }

  /** Whether this successful call of `operation` loses its answer (and counts it). */
  losesAnswer(operation: Op): boolean {
    const left = this.#lost.get(operation) ?? 0;
    if (left > 0) this.#lost.set(operation, left - 1);
    return left > 0;
  }

  /** How long calls of `operation` are held before they answer. */
  delayOf(operation: Op | undefined): number {
    return operation === undefined ? 0 : (this.#delayMs.get(operation) ?? 0);
  }
}
