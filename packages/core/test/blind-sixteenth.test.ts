import guardBlind16 from './fixtures/guard-blind-16.json' with { type: 'json' };
import secretsBlind16 from './fixtures/secrets-blind-16.json' with { type: 'json' };
import { describeBlindGuardCorpus, describeBlindRedactionCorpus } from './support/blind-corpora.js';

// A sixteenth blind guard corpus (fixtures/guard-blind-16.json, kept as delivered), written by
// someone who had seen neither the rules nor the earlier corpora. Its writer was asked this time
// for the fault denied ("the error doesn't come back"), status lines and table rows, the customer
// invited to close the ticket, gratitude around the claim, comparisons ("faster than before the
// outage"), hedged claims that still assert the present ("should be all sorted now"), regional
// varieties and slang, English IT words inside another language, the claim in a subordinate or
// relative clause, monitoring states, and the claim as a conclusion ("bottom line, it works"); and
// for honest sentences full of good-state words, plans, questions, honest status lines and what
// works that is not the problem. Its first measurement, on the rules after the fifteenth round and
// before any rule changed because of it, is the figure to expect on new text and the floor here;
// docs/security.md states it.

describeBlindGuardCorpus('sixteenth', guardBlind16, {
  // First measured: 258 of 360 claims refused (71.7 %; 58–92 % by language), 237 of 240 honest
  // sentences accepted (98.8 %; 94–100 % by language).
  first: { claims: 0.716, claimsEachLanguage: 0.58, honest: 0.987, honestEachLanguage: 0.93 },
  // After one round of rules by class (C127: a hedged claim that still asserts the present, "should
  // be all sorted now", "应该都搞定了"; C128: the customer invited to close or mark the ticket done;
  // C129: a run completed without warnings; C130: an appearance that asserts the good state; C131–
  // C132: the fault that no longer comes back, in a clause of reason too; C133: not one complaint
  // since; C134: policies in effect; C135: starting without the prompt; C136: everyone can again;
  // C137: "we nailed it"; C138: monitoring green, and a state after a dash that sets a short label
  // apart, "Firewall — up"; C139, honest: a success told once): 351 of 360 claims and 240 of 240
  // honest sentences. Not a blind figure. Left: a Swiss German sentence, "Bottom line, …" in its own
  // part, a claim after a long clause that opens with "Nachdem", the Swedish "ni" (the Spanish and
  // French "nor"), the Arabic "حتى بعد" (even after) read as "until", a colon inside "wifi:t".
  tuned: { claims: 0.975, claimsEachLanguage: 0.91, honest: 1, honestEachLanguage: 1 },
});

// The sixteenth secrets corpus's writer was asked for chat transcripts, Windows artefacts
// (unattend files, registry exports, Group Policy Preferences, cmdkey and runas lines), the keys
// and codes of MSP tooling (RMM, backup, remote support, EDR), network gear in vendor syntaxes,
// out-of-band controllers and appliances, connection strings in many drivers, personal secrets a
// technician handles (unlock codes, backup codes, recovery keys, eSIM codes), and messy human forms
// (spelled out, split, in unusual quotes, a third of them in other languages).
describeBlindRedactionCorpus('sixteenth', secretsBlind16, {
  // First measured, on the rules after the fifteenth round: 282 of 300 secrets masked (94.0 %),
  // 200 of 200 look-alikes intact (100 %).
  first: { masked: 0.94, intact: 1 },
  // After one round of rules written by class for its misses (one-time and unlock codes in more
  // languages, Greek "set to", Hebrew security codes, netsh's key content in Windows' languages and
  // its key status read as no key, random capitals on a BMC sticker, a key after a quoted entry at
  // the end of a menu path, installer codes on any vendor's .exe line, redis AUTH, --auth keys, eSIM
  // activation codes, a Wi-Fi key that "is now", "pass" after what it opens, a password "for" an
  // account, printed backup-code sheets, "the new one is", a spelling summed up after an arrow,
  // speech fillers after the copula, characters typed with spaces, a value wrapped over two lines):
  // 300 of 300 and 200 of 200. Not a blind figure.
  tuned: { masked: 300, intact: 200 },
});
