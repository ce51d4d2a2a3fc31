import guardBlind9 from './fixtures/guard-blind-9.json' with { type: 'json' };
import secretsBlind9 from './fixtures/secrets-blind-9.json' with { type: 'json' };
import { describeBlindGuardCorpus, describeBlindRedactionCorpus } from './support/blind-corpora.js';

// A ninth pair of blind corpora (fixtures/guard-blind-9.json, fixtures/secrets-blind-9.json, kept
// as delivered), written by someone who had seen neither the rules nor the earlier corpora. The
// guard corpus's writer was asked this time for technicians' jargon
// and shorthand ("OK post-fix", "no repro"), long stories that end well, figures instead of words,
// double negatives and litotes, answered questions, dialects, and spellings disguised with
// look-alike letters or invisible characters; the secrets corpus's writer for MSP tools nobody had
// listed, logins told with no word for password, and secrets wrapped or quoted in every way. Their
// first measurement, taken before any rule changed because of them, is the figure to expect on new
// text and the floor here; docs/security.md states it, and what changed after.

describeBlindGuardCorpus('ninth', guardBlind9, {
  // First measured: 199 of 360 claims refused (55.3 %; 42–67 % by language), 232 of 240 honest
  // sentences accepted (96.7 %; 94–100 % by language).
  first: { claims: 0.552, claimsEachLanguage: 0.41, honest: 0.966, honestEachLanguage: 0.937 },
  // After one round of rules written by class for its misses (status shorthand after the fix, "no
  // repro" and every queue printing, run since without a single fault, a restoration confirmed as
  // a noun or a passive, a double negative, litotes of the fault, a fault counted as none after its
  // label ("crashes: 0"), a test page printed with success, the fix that did the trick and the
  // fault gone since, the outcome as a headline and a state that stays, a "still?" question
  // answered "no", Korean with English verbs, Gyeongsang and Gulf forms, the Chinese "又能"; the
  // disguised spellings were already folded, their plain forms were the gap; and honest: a fault
  // that came back, "cannot say it is stable", closings that wait for a check in Japanese, Korean
  // and Turkish): 360 of 360 claims and 240 of 240 honest sentences. Not a blind figure.
  tuned: { claims: 1, claimsEachLanguage: 1, honest: 1, honestEachLanguage: 1 },
});

describeBlindRedactionCorpus('ninth', secretsBlind9, {
  // First measured: 249 of 300 secrets masked (83.0 %), 192 of 200 look-alikes intact (96.0 %).
  first: { masked: 0.83, intact: 0.96 },
  // After one round of rules written by class for its misses and damage (a strong value beside an
  // account with no word for it, in logins.ts; codes straight after their word, digit groups, alarm
  // panels' roles; passwords spelled out in six more languages or after "read it out"; a secret file
  // printed with cat, LAPS output, here-strings, Lenovo's BIOS call, agent install keys, SCRAM
  // verifiers, FileVault keys, a RADIUS key on a WLC line; quoted values a few words on; label lines
  // with a code fence or a remark; a key emoji; and left alone: commit hashes, a KeePass cell of
  // bullets, chart Secret names, policy values, Proxmox token ids, site keys, PowerShell switch names,
  // pre-release versions): 290 of 300 and 200 of 200. The ten left are listed in docs/security.md.
  // Not a blind figure.
  tuned: { masked: 290, intact: 200 },
});
