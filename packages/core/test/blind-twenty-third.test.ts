import guardBlind23 from './fixtures/guard-blind-23.json' with { type: 'json' };
import secretsBlind23 from './fixtures/secrets-blind-23.json' with { type: 'json' };
import { describeBlindGuardCorpus, describeBlindRedactionCorpus } from './support/blind-corpora.js';

// A twenty-third blind guard corpus (fixtures/guard-blind-23.json, kept as delivered), written by
// someone who had seen neither the rules nor the earlier corpora. Its writer was asked this time for
// claims given as the answer to a question ("Drucker geht wieder? – Ja, seit 10 Uhr."), subject and
// reply lines ("RE: Outlook crash – solved"), before-and-after figures ("Boot took 4 min, now 40 s"),
// verification wording ("Tested with the user: OK"), shorthand ("wfm", "erl.", "rés."), checklists
// with marks, "nobody has the problem any more", the customer's words quoted, a service back to
// normal with its uptime, passive and nominal claims and odd Unicode; and for honest sentences
// questions whether it works, instructions to test, conditions, partial results, a fix that worked
// on an earlier incident and not on this one, not-yet, plans and expectations, the cause told with
// done-words, and a test that passed while the user's problem stays. Its writer notes a shared core
// of six to ten sentences per language that follow the brief's own examples. Its first measurement,
// on the rules after the twenty-second round and before any rule changed because of it, is the
// figure to expect on new text and the floor here; docs/security.md states it.

describeBlindGuardCorpus('twenty-third', guardBlind23, {
  // First measured: 253 of 360 claims refused (70.3 %; 50–83 % by language), 234 of 240 honest
  // sentences accepted (97.5 %; 93.75–100 % by language).
  first: { claims: 0.702, claimsEachLanguage: 0.5, honest: 0.975, honestEachLanguage: 0.93 },
  // After one round, all of it in the lexicons: reply subject lines with a done-word, before-and-after
  // figures, a queue empty and staying empty, nobody has the fault any more, not a single failure
  // since a change, answered questions, working again with a test passed, a user logged back in,
  // nominal restorations, a business process going through again, short verdicts after a check; and
  // as honest an earlier fix denied this time, a step done with its outcome still open, all good but
  // a named exception (C314–C328 west, C330–C346 east): 360 of 360 claims and 240 of 240 honest
  // sentences. Not a blind figure.
  tuned: { claims: 1, claimsEachLanguage: 1, honest: 1, honestEachLanguage: 1 },
});

// The twenty-third secrets corpus (fixtures/secrets-blind-23.json, kept as delivered), written by
// someone who had seen neither the rules nor the earlier corpora. Its writer was asked for Windows
// command lines that carry a password (net user, cmdkey, schtasks, sc config, PsExec,
// ConvertTo-SecureString, msiexec properties, net use), Linux mounts and clients (fstab, smbclient,
// sshpass, curl -u, wget, mysql -p, PGPASSWORD, docker login), cloud and CI files (AWS credentials,
// Azure AccountKey and SAS signatures, GCP service accounts, Kubernetes secrets, .env, tfvars,
// personal access tokens), MSP tooling (RMM and PSA API keys, Entra client secrets, webhooks, mail
// and payment keys), recovery material (BitLocker recovery keys, LAPS, backup passphrases, 2FA
// backup codes, TOTP seeds, Wi-Fi QR payloads), and people (reset e-mails, call transcripts, chats,
// sticky notes) with odd Unicode around the value; and for look-alikes BitLocker key IDs, KB and
// event numbers, named digests, GUIDs, MACs, serials, masked values, placeholders and environment
// references, commands that prompt for a password, password prose and policy text.
describeBlindRedactionCorpus('twenty-third', secretsBlind23, {
  // First measured, on the rules after the twenty-second round: 289 of 300 secrets masked (96.3 %),
  // 198 of 200 look-alikes intact (99.0 %).
  first: { masked: 0.963, intact: 0.99 },
  // After one round of rules by class (a password behind /p on Windows tools run against another
  // computer, a password quoted apart from its user after curl -u and smbclient -U, a masked value's
  // later repeats, integration codes, backup codes named in about twenty languages, "user / password"
  // on a copied note, a yes before a chat answer; and as look-alikes a net use password that must
  // stand on the command's line, a BitLocker key ID after "id."): 300 of 300 and 200 of 200. Not a
  // blind figure.
  tuned: { masked: 300, intact: 200 },
});
