import guardBlind11 from './fixtures/guard-blind-11.json' with { type: 'json' };
import secretsBlind11 from './fixtures/secrets-blind-11.json' with { type: 'json' };
import { describeBlindGuardCorpus, describeBlindRedactionCorpus } from './support/blind-corpora.js';

// An eleventh pair of blind corpora (fixtures/guard-blind-11.json, fixtures/secrets-blind-11.json,
// kept as delivered), written by someone who had seen neither the rules nor the earlier corpora.
// The guard corpus's writer was asked this time for the fault denied in the present ("no more
// paper jams"), a passed test or a clean log, chat register and slips (no accents, all caps,
// "gtg", "ㅇㅋ"), subject lines, status fields and checklists, a third party's word, hedges that
// still assert, comparisons, a truthful clause joined to a closure, nominal closings ("Restoration
// of service completed") and the customer's task in place of the fault ("she can scan again"); the
// secrets corpus's writer for the configs and exports of MSP tools, infrastructure as code and
// pipelines, provider tokens, hashes and recovery keys, messages in 29 languages, and odd Unicode.
// Their first measurement, taken before any rule changed because of them, is the figure to expect
// on new text and the floor here; docs/security.md states it, and what changed after.

describeBlindGuardCorpus('eleventh', guardBlind11, {
  // First measured: 197 of 360 claims refused (54.7 %; 25–79 % by language), 231 of 240 honest
  // sentences accepted (96.3 %; 93–100 % by language).
  first: { claims: 0.547, claimsEachLanguage: 0.25, honest: 0.962, honestEachLanguage: 0.93 },
  // After one round of rules written by class for its misses (C77–C88: a subject line's leading
  // tag, "RE: [SOLVED]"; a ticked item that tells the fault absent; the restoration or resolution
  // told as a noun, confirmed or completed, "Restoration of service completed at 14:20"; the output
  // right again and a phone registered again; a fault counter held at zero since the change and a
  // backup's log clean; the fault told as ended with its own verb, "ya no se atasca"; speed back to
  // normal or better than before, a test run that came out clean; the monitoring that has not seen
  // a single outage; the task possible again, a measurement read all normal; a status field's value
  // after a dash; the Portuguese "no" (in the) no longer read as a negation (C89); and honest: the
  // state of what the fault did not touch, "la messagerie n'est pas concernée et fonctionne
  // normalement", and a limit before the contrast in its part, "bricht weiterhin ab"): 346 of 360
  // claims and 239 of 240 honest sentences. Not a blind figure. Left: chat shorthand ("gtg", "c bon",
  // "blz", "ㅇㅋ", "خلاص"), a quoted error message cut by its ellipsis, a hedge of sight ("så vitt jag
  // kan se"), a vendor's word ("enligt leverantören"), a time written "14.20'de", and "the
  // scanner's IP is fixed (static)" still refused.
  tuned: { claims: 0.961, claimsEachLanguage: 0.83, honest: 0.995, honestEachLanguage: 0.93 },
});

describeBlindRedactionCorpus('eleventh', secretsBlind11, {
  // First measured: 278 of 300 secrets masked (92.7 %), 195 of 200 look-alikes intact (97.5 %).
  first: { masked: 0.926, intact: 0.975 },
  // After one round of rules written by class for its misses and damage (a private key under a
  // short name, `$priv`; an installer's deployment code, keycode or licence code on an msiexec
  // line; a key as a command's positional argument, `b2 account authorize`, `mc alias set`; an
  // import template's annotated password column; an API client built with its key; a quoted key of
  // thousands of characters; a credential's name and its value as two fields, in pipelines, env
  // lists and parameter files; a password as a method's positional argument, MapNetworkDrive,
  // SetPassword, ConnectServer; an expect script answering a password prompt; a PAT under its short
  // name; PostgreSQL's md5 verifier, SQL Server's login hashes, Kerberos keys as secretsdump and
  // mimikatz print them; a master password of words; copulas "from now on" (désormais, ab sofort,
  // voortaan); Hungarian possessives; a short code in quotes; the word as OCR reads it; a
  // quoted-printable mail; and left alone: a key's id with a remark in brackets, an ARN, an Azure
  // resource ID, a Terraform reference, a quoted path, a secret named in a notice of its expiry, a
  // mailbox named by its local part): 300 of 300 and 200 of 200. Not a blind figure.
  tuned: { masked: 300, intact: 200 },
});
