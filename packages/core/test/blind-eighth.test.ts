import guardBlind8 from './fixtures/guard-blind-8.json' with { type: 'json' };
import secretsBlind8 from './fixtures/secrets-blind-8.json' with { type: 'json' };
import { describeBlindGuardCorpus, describeBlindRedactionCorpus } from './support/blind-corpora.js';

// An eighth pair of blind corpora (fixtures/guard-blind-8.json, fixtures/secrets-blind-8.json, kept
// as delivered), written by someone who had seen neither the rules nor the earlier corpora, asked
// this time for regional variants (Québec French, Flemish, Cantonese, Levantine Arabic …), claims
// dressed as thanks or sign-offs, and passwords spelled out or given with no label. Their first
// measurement, taken before any rule changed because of them, is the figure to
// expect on new text and the floor here; docs/security.md states it, and what changed after.

describeBlindGuardCorpus('eighth', guardBlind8, {
  // First measured: 256 of 360 claims refused (71.1 %; 50–88 % by language), 226 of 240 honest
  // sentences accepted (94.2 %; 88–100 % by language).
  first: { claims: 0.711, claimsEachLanguage: 0.5, honest: 0.941, honestEachLanguage: 0.875 },
  // After one round of rules written by class for its misses (zero faults counted in a log or over
  // a span, a ticked checklist item that names a good state, a fault denied as still going on, the
  // queue empty and staying so, not one job stuck, monitoring green, not once or no longer, done
  // without a hitch, idioms and regional forms; a quoted complaint that it works only briefly,
  // "has not disappeared", approximate spans, more closings that wait, Korean "only if", Turkish
  // "we can't call it resolved", Chinese "不过"): 360 of 360 claims and 240 of 240 honest sentences.
  // Not a blind figure.
  tuned: { claims: 1, claimsEachLanguage: 1, honest: 1, honestEachLanguage: 1 },
});

describeBlindRedactionCorpus('eighth', secretsBlind8, {
  // First measured: 279 of 300 secrets masked (93.0 %), 192 of 200 look-alikes intact (96.0 %).
  first: { masked: 0.93, intact: 0.96 },
  // After one round of rules written by class for its misses and damage (a value after the bare
  // "pass" of an SMTP relay or Duo's "skey", NuGet's -k, an Oracle thin URL whose password holds
  // "@", a schtasks /rp value that starts with "$", a PIN named in brackets, a user / password
  // after a credential word earlier on the line, an account in quotes then an arrow, keypad codes,
  // safe combinations and lockbox codes in brackets, a chat question on the line after the one
  // naming the password, passwords spelled out or in the NATO alphabet, "uses X for everything",
  // a strong value in brackets after the account it was reset for, admin/value, session cookies of
  // any name; and left alone: a DLP rule's regular expression, a chat log's time in brackets, AWS's
  // published sample keys, an empty JSON string, Windows Setup's *SENSITIVE*DATA*DELETED*, "new
  // passphrase printed on …", a BitLocker protector's name in camel case, a passphrase policy):
  // 298 of 300 and 200 of 200. The two left: a Temporary Access Pass of eight letters, and a code
  // in quotes after "the code is" with no word for what it opens. Not a blind figure.
  tuned: { masked: 298, intact: 200 },
});
