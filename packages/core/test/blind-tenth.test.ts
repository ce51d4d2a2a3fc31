import guardBlind10 from './fixtures/guard-blind-10.json' with { type: 'json' };
import { describeBlindGuardCorpus } from './support/blind-corpora.js';

// A tenth pair of blind corpora (fixtures/guard-blind-10.json, kept as delivered), written by
// someone who had seen neither the rules nor the earlier corpora. The guard corpus's writer was
// asked this time for what a list of words misses: consequences that imply the fix ("nobody has
// called about printing since"), customers and dashboards quoted, comparisons and idioms, formal
// closing letters, spans of time with no fault, claims in tables, headings and HTML, honest
// openings that end in a claim, and regional registers. Their first measurement, taken before any
// rule changed because of them, is the figure to expect on new text and the floor here;
// docs/security.md states it, and what changed after.

describeBlindGuardCorpus('tenth', guardBlind10, {
  // First measured: 259 of 360 claims refused (71.9 %; 58–83 % by language), 236 of 240 honest
  // sentences accepted (98.3 %; 81–100 % by language).
  first: { claims: 0.719, claimsEachLanguage: 0.58, honest: 0.983, honestEachLanguage: 0.81 },
  tuned: { claims: 0.719, claimsEachLanguage: 0.58, honest: 0.983, honestEachLanguage: 0.81 },
});
