import guardBlind17 from './fixtures/guard-blind-17.json' with { type: 'json' };
import secretsBlind17 from './fixtures/secrets-blind-17.json' with { type: 'json' };
import { describeBlindGuardCorpus, describeBlindRedactionCorpus } from './support/blind-corpora.js';

// A seventeenth blind guard corpus (fixtures/guard-blind-17.json, kept as delivered), written by
// someone who had seen neither the rules nor the earlier corpora. Its writer was asked this time
// for the user's own words reported or quoted, counts that are all good ("3/3 printers online"),
// "Resolution:" headings, numbered steps and ticked checklists, capitals, emoji and chat shorthand,
// the claim disguised as a next step or a note, what the customer "will notice", comparisons with
// the state before, the fix credited, and each language's idioms of a thing that runs well; and
// for honest sentences the user quoted saying it still fails, counts not all good, pending
// resolutions and unticked items, instructions to the customer, what the fix was supposed to do,
// closure on a condition and idioms of waiting. Its first measurement, on the rules after the
// sixteenth round and before any rule changed because of it, is the figure to expect on new text
// and the floor here; docs/security.md states it.

describeBlindGuardCorpus('seventeenth', guardBlind17, {
  // First measured: 238 of 360 claims refused (66.1 %; 46–83 % by language), 239 of 240 honest
  // sentences accepted (99.6 %; 94–100 % by language). On the rules before the sixteenth round it
  // read 237 and 239: that round's classes reached one claim of this corpus.
  first: { claims: 0.661, claimsEachLanguage: 0.45, honest: 0.995, honestEachLanguage: 0.93 },
  // After one round of rules by class (C143: a count of all in a good state, "3/3 printers online";
  // C144: the fault gone or eliminated, "the drops were eliminated by the new QoS policy"; C145: no
  // more of the fault; C146: a wait cut from minutes to seconds; C147: a span of work without a
  // single fault; C148: all of a set in a good state; C149: a device doing its work again, payments
  // going through; C150: fully operational, idioms, the fix credited; C155: what the customer will
  // notice, in five eastern languages; C156: reachable since a time of day; and C129 told as a
  // success in Spanish and Dutch): 328 of 360 claims and 239 of 240 honest sentences. Not a blind figure. Left: what the
  // customer "will notice" in the western languages, comparisons split over two parts ("Instead of
  // five minutes, …"), a report after "Root cause & fix:" or "Causa y solución:" that ends in a state
  // with a time ("servidor arriba desde las 8:00"), a user quoted as writing "nickel, merci !", a
  // reported "dice che", "Next steps: none, …" in Turkish and Arabic, and the Korean label "해결
  // 상태:" read as a claim before its value "보류" (on hold).
  tuned: { claims: 0.911, claimsEachLanguage: 0.79, honest: 0.995, honestEachLanguage: 0.93 },
});

// The seventeenth secrets corpus's writer was asked for secrets in source code and configuration of
// many languages, cloud and command-line tools, SQL and directory statements, human text (hints next
// to passwords, signatures, invitations with meeting passcodes, dictation in spelling alphabets,
// CSV rows and Markdown tables of new accounts) and devices (printers' relay passwords, alarm
// installer codes, BIOS and RAID passwords, backup encryption passwords, keystore passwords).
describeBlindRedactionCorpus('seventeenth', secretsBlind17, {
  // First measured, on the rules after the sixteenth round: 277 of 300 secrets masked (92.3 %), 196
  // of 200 look-alikes intact (98.0 %). On the rules before that round: 276 and 196.
  first: { masked: 0.923, intact: 0.98 },
  // After one round of rules by class (.npmrc _auth and _password, LDIF attributes in base64, a
  // service account's private_key_id, Asterisk register lines, passwords piped into kinit, smbpasswd
  // and htpasswd, rabbitmqctl, app passwords after a long label, meeting passcodes and installer
  // codes in more languages, codes of gates, lockers and padlocks, a spelled-out password summed up
  // at the end of its line, "it's X", a long sentence that ends in its value, an all-digit password
  // at the end of a line; and left alone: OAuth error codes, a disk's WWN, a computer name before
  // "password", base64 of readable text): 300 of 300 and 200 of 200. Not a blind figure.
  tuned: { masked: 300, intact: 200 },
});
