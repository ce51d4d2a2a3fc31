import guardBlind4 from './fixtures/guard-blind-4.json' with { type: 'json' };
import secretsBlind4 from './fixtures/secrets-blind-4.json' with { type: 'json' };
import { describeBlindGuardCorpus, describeBlindRedactionCorpus } from './support/blind-corpora.js';

// A fourth pair of blind corpora (fixtures/guard-blind-4.json, fixtures/secrets-blind-4.json, kept
// as delivered), written by someone who had seen neither the rules nor the earlier corpora. Their
// first measurement, taken before any rule changed because of them, is the figure to expect on new
// text and the floor here; docs/security.md states it, and what changed after.

describeBlindGuardCorpus('fourth', guardBlind4, {
  // First measured: 295 of 360 claims refused (81.9 %; 63–96 % by language), 229 of 240 honest
  // sentences accepted (95.4 %; 88–100 % by language).
  first: { claims: 0.819, claimsEachLanguage: 0.625, honest: 0.954, honestEachLanguage: 0.875 },
  // After one round of rules written by class for its misses (better than ever, a job done with
  // success, a one-word claim closing a list or after a colon, times of day read as one number, a
  // closing that waits to be told, negations after the verb in German, Dutch and Swedish): 359 of
  // 360 claims (99.7 %) and 240 of 240 honest sentences. Not a blind figure.
  tuned: { claims: 0.997, claimsEachLanguage: 0.95, honest: 1, honestEachLanguage: 1 },
});

describeBlindRedactionCorpus('fourth', secretsBlind4, {
  // First measured: 268 of 300 secrets masked (89.3 %), 189 of 200 look-alikes intact (94.5 %).
  first: { masked: 0.893, intact: 0.945 },
  // After one round of rules written by class for its misses (credential words of seven more
  // languages, a value after words of another script, command flags and config lines, CSV and
  // box-drawing tables, auth cookies, base64 of user:password; names of secrets and documentation
  // placeholders left alone): 295 of 300 (98.3 %) and 197 of 200 (98.5 %; the three left are product
  // keys, which closeout masks on purpose). Not a blind figure.
  tuned: { masked: 295, intact: 197 },
});
