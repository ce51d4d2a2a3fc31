import guardBlind21 from './fixtures/guard-blind-21.json' with { type: 'json' };
import secretsBlind21 from './fixtures/secrets-blind-21.json' with { type: 'json' };
import { describeBlindGuardCorpus, describeBlindRedactionCorpus } from './support/blind-corpora.js';

// A twenty-first blind guard corpus (fixtures/guard-blind-21.json, kept as delivered), written by
// someone who had seen neither the rules nor the earlier corpora. Its writer was asked this time
// for claims inside longer notes after the steps taken, checklist items and markdown table rows,
// reported speech ("the user confirms Outlook syncs again"), quantified claims ("every workstation
// gets an IP now"), misspellings and chat shorthand ("wrks agn"), code-switching, comparisons,
// claims put as a question and answered ("C'est réglé, non ? Oui."), unusual verbs of repair
// ("rectified", "sorted") and odd Unicode; and for honest sentences partial success, success in a
// test environment only, a customer's belief nobody verified, quoted log lines with success words,
// titles of how-to articles, plans, questions, history and a good state of something else. Its
// first measurement, on the rules after the twentieth round and before any rule changed because
// of it, is the figure to expect on new text and the floor here; docs/security.md states it.

describeBlindGuardCorpus('twenty-first', guardBlind21, {
  // First measured: 315 of 360 claims refused (87.5 %; 75–100 % by language), 235 of 240 honest
  // sentences accepted (97.9 %; 94–100 % by language).
  first: { claims: 0.875, claimsEachLanguage: 0.75, honest: 0.979, honestEachLanguage: 0.93 },
  // After one round: two readings in the grammar (a tag question answered yes, C252; "just now" in
  // the yes, C253) and the rest in the lexicons: every workstation gets an address, chat shorthand,
  // a headline with its fix word, a service up again, a backup and its test restore, names resolving,
  // a certificate renewed, a person reporting a device sends again, users back in, and as honest a
  // fix on a test bed only (C256–C266); a ticked item with "OK", chat slang, a clean run with its
  // test, a card terminal taking payments, faster than ever, back online, all N machines get an IP,
  // and as honest how-to titles, "still" in Polish, a belief nobody confirmed (C271–C284): 359 of 360
  // claims (the Swedish "PDF:er" is cut at its colon) and 240 of 240 honest sentences. Not a blind
  // figure.
  tuned: { claims: 0.997, claimsEachLanguage: 0.95, honest: 1, honestEachLanguage: 1 },
});

// The twenty-first secrets corpus's writer was asked for cloud and administration command lines
// (az login, Connect-MgGraph, aws configure, gcloud keys, kubectl and docker secrets, sqlcmd, mysql,
// psql, curl, wget, sshpass, net user, runas, ConvertTo-SecureString), infrastructure as code
// (terraform.tfvars, Ansible inventories, Helm values, Kubernetes Secrets, docker-compose, .env, CI
// variables), the MSP's own tools (RMM and PSA API keys, backup encryption passwords, BitLocker and
// FileVault recovery keys, LAPS, Microsoft 365 client secrets, Azure storage keys and SAS
// signatures, scan-to-email SMTP logins, cameras, iDRAC and iLO, UPS and switch logins, guest
// Wi-Fi), passwords dictated over two lines or answered in a chat, and odd Unicode around them;
// and for look-alikes key, tenant and client IDs, URLs without a signature, versions, masked
// values and placeholders, order and serial numbers, file hashes and thumbprints, policy text,
// harmless base64 and command lines with a port after -p.
describeBlindRedactionCorpus('twenty-first', secretsBlind21, {
  // First measured, on the rules after the twentieth round: 286 of 300 secrets masked (95.3 %),
  // 197 of 200 look-alikes intact (98.5 %).
  first: { masked: 0.953, intact: 0.985 },
  // After one round of rules by class (curl's and wget's user:password, CI secrets set with gh and
  // glab, the password typed for runas /savecred, a backup product's encryption password, a chat that
  // asks and answers, a value alone on the line after "is", a value in backticks inside brackets, an
  // account's or a device's admin label; and left as written: a key's identifier spelled out, a GUID
  // glued to "キーID", a device after a portal's "Devices →"): 300 of 300 and 199 of 200 (the "client
  // secret" in quotes that the writer filed as a look-alike stays masked). Not a blind figure.
  tuned: { masked: 300, intact: 199 },
});
