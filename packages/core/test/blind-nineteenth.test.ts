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
  tuned: { claims: 0.719, claimsEachLanguage: 0.54, honest: 0.954, honestEachLanguage: 0.87 },
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
  tuned: { masked: 285, intact: 190 },
});
