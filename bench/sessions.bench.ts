import { createCloseout } from '@closeout/core';
import { memoryStorage } from '@closeout/storage-memory';
import { type BenchRow, type BenchSuite, compare } from './harness.js';

// A mutation through closeout (validation, transition, atomic write) against the bare storage
// update it wraps: the price of the model's guarantees on the hot path. And on a long session, a
// mutation in memory against one copy of that session: the store copies a session once per
// mutation (what it hands back), so the mutation's cost grows with the session no faster than that.

const LONG = 400;

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
    const rows: BenchRow[] = [
      {
        figure: 'addFinding (memory)',
        baseline: 'bare storage update',
        value: r.subject,
        baselineValue: r.baseline,
        unit: 'µs',
        ratio: r.ratio,
      },
    ];

    const long = await acme.sessions.create({ problem: 'Printers on floor 3 drop jobs' });
    for (let i = 0; i < LONG; i++) {
      await acme.sessions.addFinding(long.id, {
        text: `Event 7031 on PRN${i}: spooler terminated unexpectedly`,
      });
    }
    await acme.sessions.proposeFix(long.id, { title: 'Restart the print spooler' });
    const snapshot = await acme.sessions.get(long.id);
    let n = 0;
    const onLong = await compare(
      () =>
        acme.sessions.recordOutcome(long.id, {
          status: 'partial',
          partialNotes: `Queue drains but stalls again after ${n++ % 50} jobs`,
        }),
      () => structuredClone(snapshot),
      { rounds: 5, iterations: 100 },
    );
    rows.push({
      figure: `recordOutcome on a session of ${LONG} findings (memory)`,
      baseline: 'one copy of that session',
      value: onLong.subject,
      baselineValue: onLong.baseline,
      unit: 'µs',
      ratio: onLong.ratio,
      target: '≤ 1.5',
      met: onLong.ratio <= 1.5,
    });
    return rows;
  },
};
