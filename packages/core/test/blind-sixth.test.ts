import guardBlind6 from './fixtures/guard-blind-6.json' with { type: 'json' };
import secretsBlind6 from './fixtures/secrets-blind-6.json' with { type: 'json' };
import { describeBlindGuardCorpus, describeBlindRedactionCorpus } from './support/blind-corpora.js';

// A sixth pair of blind corpora (fixtures/guard-blind-6.json, fixtures/secrets-blind-6.json, kept
// as delivered), written by someone who had seen neither the rules nor the earlier corpora. Their
// first measurement, taken before any rule changed because of them, is the figure to expect on new
// text and the floor here; docs/security.md states it, and what changed after.

describeBlindGuardCorpus('sixth', guardBlind6, {
  // First measured: 274 of 360 claims refused (76.1 %; 63–92 % by language), 236 of 240 honest
  // sentences accepted (98.3 %; 88–100 % by language).
  first: { claims: 0.761, claimsEachLanguage: 0.625, honest: 0.983, honestEachLanguage: 0.875 },
  // After one round of rules written by class for its misses (no complaints or alerts since, monitoring
  // green, the last attempt did it, as fast as before, closure formulas, jobs go through without
  // problems, did not recur, the user's confirmation, no impact any more, claims typed with two
  // letters swapped or one dropped; a partial contrast, an excuse that only says what should be,
  // clause words that open a condition): 360 of 360 claims and 240 of 240 honest sentences. Not a
  // blind figure.
  tuned: { claims: 1, claimsEachLanguage: 1, honest: 1, honestEachLanguage: 1 },
});

describeBlindRedactionCorpus('sixth', secretsBlind6, {
  // First measured: 272 of 300 secrets masked (90.7 %), 187 of 200 look-alikes intact (93.5 %).
  first: { masked: 0.906, intact: 0.935 },
  // After one round of rules written by class for its misses: 293 of 300 (97.7 %) and 200 of 200.
  // The seventh corpus's round (a chat answer a line or two after the question, a secret whose
  // letters change case at random) brought it to 297; the three left are a value holding both quote
  // characters, "the current one is …" in a text that names no credential, and a Temporary Access
  // Pass of letters only. Not a blind figure.
  tuned: { masked: 297, intact: 200 },
});
