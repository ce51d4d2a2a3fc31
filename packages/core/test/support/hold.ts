import type { WritebackStep } from '../../src/writeback/step.js';

/**
 * An `onStep` hook that stops an attempt at `step` until `release()`: a process stalled (or dead)
 * there. `reached` settles once the attempt has arrived.
 */
export function holdAt(step: WritebackStep) {
  let arrive!: () => void;
  const reached = new Promise<void>((resolve) => {
    arrive = resolve;
  });
  let release!: () => void;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  return {
    reached,
    release,
    onStep: async (at: WritebackStep) => {
      if (at !== step) return;
      arrive();
      await gate;
    },
  };
}
