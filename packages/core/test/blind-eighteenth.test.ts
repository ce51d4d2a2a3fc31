import guardBlind18 from './fixtures/guard-blind-18.json' with { type: 'json' };
import secretsBlind18 from './fixtures/secrets-blind-18.json' with { type: 'json' };
import { describeBlindGuardCorpus, describeBlindRedactionCorpus } from './support/blind-corpora.js';

// An eighteenth blind guard corpus (fixtures/guard-blind-18.json, kept as delivered), written by
// someone who had seen neither the rules nor the earlier corpora. Its writer was asked this time
// for claims carried by a pronoun or a generic noun, questions the sentence answers itself ("Still
// broken? Nope."), idioms and slang of health and smoothness, the customer's satisfaction or
// silence as the proof, claims in brackets, footnotes, hashtags, emoji shortcodes and table cells,
// impersonal and agentive passives, litotes, figures that imply success (uptime, zero errors, "4
// min → 30 s"), romanised scripts, and a claim split over two short sentences ("Tried it again.
// Clean."); and for honest sentences success words about something else, workarounds, partial
// counts, tests that passed once, hopes and plans, questions, and status lines that say open. Its
// first measurement, on the rules after the seventeenth round and before any rule changed because
// of it, is the figure to expect on new text and the floor here; docs/security.md states it.

describeBlindGuardCorpus('eighteenth', guardBlind18, {
  // First measured: 182 of 360 claims refused (50.6 %; 29–63 % by language), 233 of 240 honest
  // sentences accepted (97.1 %; 94–100 % by language). Its honest misses: a backup that ran 3 of 5
  // nights without errors, in six languages, and "Behoben ist es noch nicht".
  first: { claims: 0.505, claimsEachLanguage: 0.29, honest: 0.97, honestEachLanguage: 0.93 },
  // After one round of rules by class, thirteen in the grammar and the rest in the lexicons: a short
  // question after the fault answered by a bare "no" (C183, and a "yes" there no longer read as a
  // claim), a "done" emoji written as a chat shortcode (C184), a time cut to half or less with an
  // arrow (C185), a good state counted for a part short of the whole (C186, honest), a claim put
  // first and negated at the end of its clause (C187, honest), a label that names a status (C188,
  // honest); idioms of health, of doing its job and of the old self, nothing left to report or
  // complain about, slang, impersonal passives, stable since the change, not one fault since, a
  // one-word verdict after a retest, counts all green (C157–C168); the outcome vouched for, not once
  // since, lively again, no more whims, romanised Korean, Russian and Arabic (C170–C182): 356 of 360
  // claims and 240 of 240 honest sentences. Not a blind figure. Left: romanised Japanese and Chinese
  // (their patterns run only on text in their scripts), "4 Min. → 30 Sek." (the abbreviation's
  // period ends the sentence before the arrow), and the Arabic arrow (its "بعد", after, is also "not
  // yet").
  tuned: { claims: 0.988, claimsEachLanguage: 0.95, honest: 0.995, honestEachLanguage: 0.99 },
});

// The eighteenth secrets corpus's writer was asked for the files and settings an MSP meets that are
// rarely thought of (.pgpass, .netrc, .git-credentials, WinSCP and FileZilla sites, .rdp and VNC
// files, web.config, wp-config.php, Jenkins credentials, Home Assistant secrets), devices' web pages
// pasted as text (printers, NAS, UPS and PDU, SIP phones, NVRs, door panels, POS terminals), signed
// URLs and webhook paths, curl and PowerShell lines, Wi-Fi QR payloads, hints that give the password
// away and secrets split over chat lines; and for look-alikes the same files with their fields empty
// or masked, the parameters of a signed URL that are not secret, and ordinary sentences with the
// words for password and key.
describeBlindRedactionCorpus('eighteenth', secretsBlind18, {
  // First measured, on the rules after the seventeenth round: 283 of 300 secrets masked (94.3 %),
  // 191 of 200 look-alikes intact (95.5 %).
  first: { masked: 0.943, intact: 0.955 },
  // After one round of rules by class (an XML element named by its attribute, as FileZilla Server and
  // .NET settings write one; registry values named for a password in `reg query` output, `reg add`
  // lines and .reg files; a config's salt; a Zabbix user macro; a code word written as a config key;
  // SNMP communities in Finnish and Portuguese, and of letters drawn at random; alarm and access
  // panels' codes by role in more languages; API keys in a query under more names; a password's hint
  // that gives it away; a line that ends in an arrow and the value; a user in brackets in more
  // languages; a TOTP seed after two-step verification in more languages; and left alone: a YAML tag's
  // entry name, a card receipt's auth code, a value withheld in a query or a Wi-Fi QR template,
  // documentation's blanked webhook, a command substitution, a product key shown by its last group,
  // a pointer in quotes): 300 of 300 and 200 of 200. Not a blind figure.
  tuned: { masked: 300, intact: 200 },
});
