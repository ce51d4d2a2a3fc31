import guardBlind7 from './fixtures/guard-blind-7.json' with { type: 'json' };
import secretsBlind7 from './fixtures/secrets-blind-7.json' with { type: 'json' };
import { describeBlindGuardCorpus, describeBlindRedactionCorpus } from './support/blind-corpora.js';

// A seventh pair of blind corpora (fixtures/guard-blind-7.json, fixtures/secrets-blind-7.json, kept
// as delivered), written by someone who had seen neither the rules nor the earlier corpora. Their
// first measurement, taken before any rule changed because of them, is the figure to expect on new
// text and the floor here; docs/security.md states it, and what changed after.

describeBlindGuardCorpus('seventh', guardBlind7, {
  // First measured: 285 of 360 claims refused (79.2 %; 63–88 % by language), 234 of 240 honest
  // sentences accepted (97.5 %; 94–100 % by language).
  first: { claims: 0.791, claimsEachLanguage: 0.625, honest: 0.975, honestEachLanguage: 0.9375 },
  // After one round of rules written by class for its misses (a fault counted as none over a span,
  // the queue that stayed empty, as good as new, faster than before, it holds since the fix, no
  // longer crashes, settled idioms, status rows and ticked checklist items, reported
  // confirmations, "fix" inside Chinese and Korean, listed misspellings; a closing that waits for a
  // condition, a Chinese contrast that keeps part of the fault): 360 of 360 claims and 240 of 240
  // honest sentences. Not a blind figure.
  tuned: { claims: 1, claimsEachLanguage: 1, honest: 1, honestEachLanguage: 1 },
});

describeBlindRedactionCorpus('seventh', secretsBlind7, {
  // First measured: 285 of 300 secrets masked (95.0 %), 186 of 200 look-alikes intact (93.0 %).
  first: { masked: 0.95, intact: 0.93 },
  // After one round of rules written by class for its misses and damage (a recovery phrase after
  // its name, "Passwort" mistyped, Indonesian "menjadi" and Swahili, generated passwords of random
  // letter groups, a Wi-Fi key after words and an arrow, hotspot vouchers, codes of places with a
  // remark or a bare colon, verbal passwords, a chat answer to a question for the password, TSV
  // exports, passwords piped to sudo -S, chpasswd and sanur, a sign-in cookie with spaces around
  // "=", a secret whose letters change case at random; and left alone: record uids, key containers,
  // hints, menu paths, masked console displays, absolute paths after a host, a sentence in Chinese
  // after the colon, "unchanged", sshd's "Failed password for", empty CSV cells, locked
  // /etc/shadow lines, publishable Stripe keys, words joined by "-/"): 300 of 300 and 200 of 200.
  // Not a blind figure.
  tuned: { masked: 300, intact: 200 },
});
