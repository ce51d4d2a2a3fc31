/** Where closeout reads the time. Inject one to make timestamps and leases deterministic in tests. */
export interface Clock {
  now(): Date;
}

/** The wall clock. */
export const systemClock: Clock = { now: () => new Date() };
