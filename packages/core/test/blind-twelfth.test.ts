import guardBlind12 from './fixtures/guard-blind-12.json' with { type: 'json' };
import secretsBlind12 from './fixtures/secrets-blind-12.json' with { type: 'json' };
import { describeBlindGuardCorpus, describeBlindRedactionCorpus } from './support/blind-corpora.js';

// A twelfth blind guard corpus (fixtures/guard-blind-12.json, kept as delivered), written by someone
// who had seen neither the rules nor the earlier corpora. Its writer was asked this time for slips
// (no accents, no capitals), the user or the office as the subject ("Maria can print again"), the
// fault counted as none or measured down to zero, table rows and key/value lines, a customer or a
// colleague quoted, passive and nominal closings, emoji that carry the meaning, English IT words
// inside another language ("der Sync läuft wieder smooth"), the fault that did not come back, the
// chore the user no longer has to do, a claim in a main clause after a clause of time or cause, and
// odd Unicode. Its first measurement, taken before any rule changed because of it, is the figure to
// expect on new text and the floor here; docs/security.md states it, and what changed after.

describeBlindGuardCorpus('twelfth', guardBlind12, {
  // First measured: 235 of 360 claims refused (65.3 %; 46–79 % by language), 237 of 240 honest
  // sentences accepted (98.8 %; 94–100 % by language).
  first: { claims: 0.652, claimsEachLanguage: 0.45, honest: 0.987, honestEachLanguage: 0.93 },
  // After one round of rules written by class for its misses (C90–C99: the fault counted as none,
  // "0 failed logons in the last 24 h"; a loss measured down to zero, in words or with an arrow,
  // "packet loss 4 % → 0 %"; no new fault since the change, the fault that did not come back; a
  // status after a dash with a place before it, "Wi-Fi in meeting room B — fixed"; the chore the
  // fault forced no longer needed, "no need to restart the router any more"; a table row pasted
  // without its outer bars, "Sage login | Result | OK"; a device doing its job without the fault,
  // the user or the office able again; the cause found and dealt with, a restoration told as a noun;
  // English IT words inside another language, "è stato fixato", "rullar smooth"; and honest: fixed
  // once before with the fault back since): 355 of 360 claims and 240 of 240 honest sentences. Not
  // a blind figure. Left: a loss "ramenée à 0 % sur le lien" (a scope after it), "障害対応完了",
  // a login time told as "było 3 min, teraz 15 s", a loss "%6'dan %0'a", and an Arabic "again"
  // written with "ه" for "ة".
  tuned: { claims: 0.986, claimsEachLanguage: 0.95, honest: 1, honestEachLanguage: 1 },
});

describeBlindRedactionCorpus('twelfth', secretsBlind12, {
  // First measured: 279 of 300 secrets masked (93.0 %), 193 of 200 look-alikes intact (96.5 %).
  first: { masked: 0.93, intact: 0.965 },
  // After one round of rules written by class for its misses and damage (a key's value as a
  // triple-quoted string or a heredoc; a Terraform variable's default; Net-SNMP community lines and
  // createUser passphrases; an API client or a database driver built with its secret as an argument;
  // a key name with a qualifier after it, `secret_key_base`, or in a subscript; prefixed string
  // literals; camel-case password columns; pppd's chap-secrets; a session cookie in a browser's
  // cookie table; an app password under a label without a colon; a Go MySQL data source; an
  // HP/Aruba manager password; a keypad's code; a chat answer with a remark after it; a bank's TAN;
  // Turkish possessives; "p/w"; a mask placed one unit off after an emoji; and left alone: a quoted
  // label that holds the word, "Forgot password?"; a secret's name in a cloud resource ID; a
  // pipeline macro; a name and a file path; a type where a value would stand, `password: str`; a
  // call that computes the value; a file's key): 300 of 300 and 200 of 200. Not a blind figure.
  tuned: { masked: 300, intact: 200 },
});
