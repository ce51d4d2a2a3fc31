import guardBlind10 from './fixtures/guard-blind-10.json' with { type: 'json' };
import secretsBlind10 from './fixtures/secrets-blind-10.json' with { type: 'json' };
import { describeBlindGuardCorpus, describeBlindRedactionCorpus } from './support/blind-corpora.js';

// A tenth pair of blind corpora (fixtures/guard-blind-10.json, fixtures/secrets-blind-10.json, kept
// as delivered), written by someone who had seen neither the rules nor the earlier corpora. The guard corpus's writer was
// asked this time for what a list of words misses: consequences that imply the fix ("nobody has
// called about printing since"), customers and dashboards quoted, comparisons and idioms, formal
// closing letters, spans of time with no fault, claims in tables, headings and HTML, honest
// openings that end in a claim, and regional registers; the secrets corpus's writer for the tools
// of MSPs' own stacks (RMM agents, backup, NAS, hypervisors, VoIP, door panels), everyday messages
// in some twenty languages, and odd Unicode and OCR slips. Their first measurement, taken before any
// rule changed because of them, is the figure to expect on new text and the floor here;
// docs/security.md states it, and what changed after.

describeBlindGuardCorpus('tenth', guardBlind10, {
  // First measured: 259 of 360 claims refused (71.9 %; 58–83 % by language), 236 of 240 honest
  // sentences accepted (98.3 %; 81–100 % by language).
  first: { claims: 0.719, claimsEachLanguage: 0.58, honest: 0.983, honestEachLanguage: 0.81 },
  // After one round of rules written by class for its misses (C64–C76: consequences that imply
  // the fix — nobody calls any more, a department's run printed without a hitch, queues drain and
  // jobs come out in seconds; a span of time with no fault, counted as none or told as a state that
  // held; the monitoring green again; a customer quoted saying it works; "came back too, so nothing
  // is left open"; a good state as a table's cell, a heading or emphasis, with "no crashes" beside
  // it; an honest opening turned into a claim after "but"; formal closing letters and thanks for
  // confirming that it works; idioms ("like clockwork", "did the trick", "زي الفل", "見違えるほど快調");
  // and honest: a negated fix followed by a recurrence, the words in another sense (a name
  // resolved, an address fixed), a state before the fault in Chinese, a claim undone by "<verb>
  // again" after a contrast): 360 of 360 claims and 240 of 240 honest sentences. Not a blind
  // figure.
  tuned: { claims: 1, claimsEachLanguage: 1, honest: 1, honestEachLanguage: 1 },
});

describeBlindRedactionCorpus('tenth', secretsBlind10, {
  // First measured: 274 of 300 secrets masked (91.3 %), 193 of 200 look-alikes intact (96.5 %).
  first: { masked: 0.913, intact: 0.965 },
  // After one round of rules written by class for its misses and damage (an installer's token
  // property on an msiexec line, a password manager export's prefixed password column, a passphrase
  // on its own line after the sentence that announces it, a line that starts with "pass" or "pw",
  // short flags on commands continued over lines or called by their path, esxcli and VeraCrypt, a
  // password echoed into cryptsetup or a tool's password option, SMTP AUTH transcripts, SSSD's
  // authtok, MFA recovery codes, app passwords on the line after their label, OpenWrt's UCI keys,
  // Wi-Fi codes after "c'est", a Chinese "the new one is" after a comma, Ukrainian, label lines of
  // many words, a place's code as one word; and left alone: a backup key's description, a
  // connection string's placeholder in braces, a host name's "com", a JWT header's JSON keys, a
  // hashed known_hosts line, NuGet's SHA-512 content hash, an .rdp file's integer setting): 298 of
  // 300 and 200 of 200. The two left: a password after an OCR-mangled word ("Wachtw00rd") and a
  // sticky note's passphrase under a name with no word for it. Not a blind figure.
  tuned: { masked: 298, intact: 200 },
});
