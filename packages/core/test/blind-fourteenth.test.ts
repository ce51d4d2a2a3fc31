import guardBlind14 from './fixtures/guard-blind-14.json' with { type: 'json' };
import secretsBlind14 from './fixtures/secrets-blind-14.json' with { type: 'json' };
import { describeBlindGuardCorpus, describeBlindRedactionCorpus } from './support/blind-corpora.js';

// A fourteenth blind guard corpus (fixtures/guard-blind-14.json, kept as delivered), written by
// someone who had seen neither the rules nor the earlier corpora. Its writer was asked this time
// for evidence reported as the proof (monitoring green, 0 % loss, every backup job succeeded),
// claims anchored in time ("since 3 pm no more drops"), the state before the fault as the
// yardstick, consequences that presuppose the fix (payroll ran on time), relative clauses and
// appositions ("the now-working VPN"), the customer addressed ("you'll find your mail arriving"),
// checklists and status lines, ticket jargon, typos and transliteration, and understatements
// ("nothing left to do here"). Its first measurement, taken before any rule changed because of
// it, is the figure to expect on new text and the floor here; docs/security.md states it.

describeBlindGuardCorpus('fourteenth', guardBlind14, {
  // First measured: 181 of 360 claims refused (50.3 %; 41–71 % by language), 238 of 240 honest
  // sentences accepted (99.2 %; 93–100 % by language).
  first: { claims: 0.502, claimsEachLanguage: 0.41, honest: 0.991, honestEachLanguage: 0.93 },
  // After one round of rules written by class for its misses (C112–C119: an outcome told in one word
  // of success after its label, "Esito: positivo", "結果：成功"; a loss measured as none, "0 % de perte
  // sur 500 paquets"; every job of a run told as successful; the user with nothing left to complain
  // about; the good state as an attribute, "the now-working VPN"; working as before the fault; held
  // for a span of time without the fault, after a verb of holding; not once since a point in time;
  // and honest, C120: the errors "of" a service that came back): 276 of 360 claims and 240 of 240
  // honest sentences. Not a blind figure. Left: consequences with no word of state ("Payroll ran on
  // time on Friday"), ticked items in the present ("[x] VPN reconnects after sleep"), "nothing left to
  // do here", what the customer "will find", transliterated Russian, Chinese, Japanese and Korean.
  tuned: { claims: 0.766, claimsEachLanguage: 0.66, honest: 1, honestEachLanguage: 1 },
});

// The fourteenth secrets corpus's writer was asked for what tools print and scripts hold: logs,
// stack traces and request dumps, command lines and shell history, infrastructure as code,
// providers' token formats, recovery material and hashes, fifty of them in other languages.
describeBlindRedactionCorpus('fourteenth', secretsBlind14, {
  // First measured: 281 of 300 secrets masked (93.7 %), 197 of 200 look-alikes intact (98.5 %).
  first: { masked: 0.936, intact: 0.985 },
  // After one round of rules written by class for its misses and damage (switches inside inline
  // code and per backend, signing tools, SMTP AUTH behind a debug log's marks, kickstart, keystroke
  // scripts, T-SQL literals, key vault output, cloud-init, router exports, XML key elements, codes
  // under a heading, a secret file's content in a sentence, values set for an account in more
  // languages, change logs, SAML; and left alone: connection strings without a credential, sample
  // placeholders, a token's audience): 300 of 300 and 200 of 200. Not a blind figure.
  tuned: { masked: 300, intact: 200 },
});
