import { createCloseout } from '@closeout/core';
import { memoryStorage } from '@closeout/storage-memory';
import { type BenchSuite, compare } from './harness.js';

// A mutation through closeout (validation, transition, atomic write) against the bare storage
// update it wraps: the price of the model's guarantees on the hot path.
export const suite: BenchSuite = {
  name: 'sessions',
  async run() {
    const storage = memoryStorage();
    const acme = createCloseout({ storage }).account('bench');
    const session = await acme.sessions.create({ problem: 'Benchmark session' });
    const r = await compare(
      () => acme.sessions.addFinding(session.id, { text: 'Event 7031: service terminated unexpectedly' }),
      () => storage.updateSession('bench', session.id, (s) => ({ ...s, stateVersion: s.stateVersion + 1 })),
      { rounds: 3, iterations: 100 },
    );
    return [
      {
        figure: 'addFinding (memory)',
        baseline: 'bare storage update',
        value: r.subject,
        baselineValue: r.baseline,
        unit: 'µs',
        ratio: r.ratio,
      },
    ];
  },
};
