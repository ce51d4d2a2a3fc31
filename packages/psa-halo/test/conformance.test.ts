import { runPsaConformance } from '@closeout/core/testing';
import { halo } from '@closeout/psa-halo';
import { seededHaloSimulator } from '@closeout/simulators/halo';
import { adapterOptions, KINDS } from './support/setup.js';

// The HaloPSA adapter against the strict simulator: the same suite every PSA adapter runs. No
// caching, so every call reaches the simulator and faults always show; one retry, fast.
runPsaConformance('halopsa', () => {
  const sim = seededHaloSimulator();
  const adapter = halo(
    adapterOptions(sim, {
      cacheTtlMs: 0,
      retry: { limit: 1, baseDelayMs: 1, maxDelayMs: 5, maxRetryAfterMs: 20 },
    }),
  );
  // Agent 12 may log time; the API agent the adapter logs in as may not.
  return sim.harness(adapter, KINDS, { member: '12' });
});
