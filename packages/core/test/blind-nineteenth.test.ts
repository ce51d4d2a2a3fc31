import guardBlind19 from './fixtures/guard-blind-19.json' with { type: 'json' };
import secretsBlind19 from './fixtures/secrets-blind-19.json' with { type: 'json' };
import { describeBlindGuardCorpus, describeBlindRedactionCorpus } from './support/blind-corpora.js';

// A nineteenth blind guard corpus (fixtures/guard-blind-19.json, kept as delivered), written by
// someone who had seen neither the rules nor the earlier corpora. Its writer was asked this time
// for a named component working again with a verb of its own ("the scanner sends to email again"),
// claims in a third party's reported speech (the office manager, the vendor, the monitoring), the
// formal register and closing boilerplate of a customer letter, code-switching and tech English in
// the other languages, typos, capitals and chat style, checklist and key-value lines ("Status →
// working"), figures (0 errors, 100 % delivered, 5/5 passed), comparisons ("faster than ever",
// "better than before the update") and claims after a subordinate clause; and for honest sentences
// words shared with claims: history, a good state for some users only, named workarounds, plans,
// questions, negations, things that work but are not the problem ("the internet connection is
// fine; the issue is the printer driver"), steps that did not help, open status lines and the
// customer's complaint quoted. Its first measurement, on the rules after the eighteenth round and
// before any rule changed because of it, is the figure to expect on new text and the floor here;
// docs/security.md states it.

describeBlindGuardCorpus('nineteenth', guardBlind19, {
  // First measured: 259 of 360 claims refused (71.9 %; 54–88 % by language), 229 of 240 honest
  // sentences accepted (95.4 %; 88–100 % by language).
  first: { claims: 0.719, claimsEachLanguage: 0.54, honest: 0.954, honestEachLanguage: 0.87 },
  // After one round of rules by class, five in the grammar and the rest in the lexicons: an arrow
  // after a label read as its colon ("Status → working", C189), a good state beside a clause that
  // places the fault in something else ("the internet connection is fine; the issue is the printer
  // driver", C190, honest), an abbreviation's period before an arrow that ends no sentence ("4 Min.
  // → 30 Sek.", C185), Japanese and Chinese romanised (C221), "si" and "se" read as pronouns after
  // verbs of one language (C223); in all fifteen lexicons the problem told as a thing of the past
  // (C191); and in the lexicons a named function back with a verb of its own, connected all day,
  // opening straight without the prompt, better than ever or than before, done by itself at login,
  // faults at zero and delivery at 100 %, the closing that calls the matter settled, prints that
  // come out clean, all-good tags, working for all of them, a battery that lasts the day, card
  // payments taken, monitoring green since a time (C192–C205), and as good as new, a third party
  // vouching, not one ticket since, chat style (C206–C220): 359 of 360 claims and 240 of 240 honest
  // sentences. Not a blind figure. Left: "va più veloce di prima" (the Italian "va", goes, is read as
  // the modal of the future, as the Spanish one is).
  tuned: { claims: 0.997, claimsEachLanguage: 0.95, honest: 0.995, honestEachLanguage: 0.99 },
});

// The nineteenth secrets corpus's writer was asked for network gear's configurations (Cisco IOS,
// MikroTik, FortiGate, UniFi, pfSense and OPNsense, Junos, Aruba), cloud and DevOps files (AWS and
// Azure CLI, gcloud keys, Kubernetes Secrets, docker-compose, CI variables, Terraform, Ansible),
// Windows and MSP tools (BitLocker, LAPS, net user, cmdkey, runas, sc.exe, scheduled tasks, RMM
// scripts, printers' SMTP, BMCs, NAS), password-manager exports, spreadsheet rows, PINs, app
// passwords and odd Unicode around a secret; and for look-alikes the same contexts with their values
// removed, hashes of firmware, BitLocker key IDs, licence keys shown by their last group, variable
// references and policy text.
describeBlindRedactionCorpus('nineteenth', secretsBlind19, {
  // First measured, on the rules after the eighteenth round: 285 of 300 secrets masked (95.0 %),
  // 190 of 200 look-alikes intact (95.0 %).
  first: { masked: 0.95, intact: 0.95 },
  // After one round of rules by class (an XML element whose tag ends in "pw", or names a password
  // with how it is stored; Aruba's mgmt-user lines; a Kubernetes Secret's data and stringData, and
  // what kubectl's jsonpath prints of it; a remark in brackets between the word for password and its
  // colon in Chinese and Japanese; what was typed at a password prompt, told in brackets; 7-Zip's -p
  // beside a switch only 7-Zip has; a Google app password after an SMTP or mail password label; a
  // device's "user / password"; "root:" with a strong value on a device line; a spreadsheet row under
  // a header whose last column is a password word; unlock codes and PINs in more languages; and left
  // alone: Junos password-policy settings, a Secret's metadata line, installer file names, a key's ID
  // after "ID", licence keys blanked but for their last group, PowerShell cmdlet names, a hyphenated
  // setting name before "=" with an empty value): 300 of 300 and 200 of 200. Not a blind figure.
  tuned: { masked: 300, intact: 200 },
});
