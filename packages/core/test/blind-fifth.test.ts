import guardBlind5 from './fixtures/guard-blind-5.json' with { type: 'json' };
import secretsBlind5 from './fixtures/secrets-blind-5.json' with { type: 'json' };
import { describeBlindGuardCorpus, describeBlindRedactionCorpus } from './support/blind-corpora.js';

// A fifth pair of blind corpora (fixtures/guard-blind-5.json, fixtures/secrets-blind-5.json, kept
// as delivered), written by someone who had seen neither the rules nor the earlier corpora. Their
// first measurement, taken before any rule changed because of them, is the figure to expect on new
// text and the floor here; docs/security.md states it, and what changed after.

describeBlindGuardCorpus('fifth', guardBlind5, {
  // First measured: 291 of 360 claims refused (80.8 %; 75–92 % by language), 231 of 240 honest
  // sentences accepted (96.3 %; 81–100 % by language).
  first: { claims: 0.808, claimsEachLanguage: 0.75, honest: 0.962, honestEachLanguage: 0.8125 },
  // After one round of rules written by class for its misses (quiet since a time, busy without
  // trouble, a label and its state, confirmed to work, all checks green, better than before,
  // activated without errors; a resolution that came back, a closing on a condition, a state that
  // lasted minutes): 357 of 360 claims (99.2 %; the three left are claims typed with letters swapped)
  // and 240 of 240 honest sentences. Not a blind figure.
  tuned: { claims: 0.991, claimsEachLanguage: 0.95, honest: 1, honestEachLanguage: 1 },
});

describeBlindRedactionCorpus('fifth', secretsBlind5, {
  // First measured: 266 of 300 secrets masked (88.7 %), 187 of 200 look-alikes intact (93.5 %).
  first: { masked: 0.886, intact: 0.935 },
  // After one round of rules written by class for its misses: 295 of 300 (98.3 %) and 200 of 200.
  // The five left: a TSV row (the normal form collapses tabs), a password on the chat line after the
  // one naming it, one holding both quote characters, one typed into a log's user-name field, and
  // a sticky note's "Sage: Sage!Buero88". Not a blind figure.
  tuned: { masked: 295, intact: 200 },
});
