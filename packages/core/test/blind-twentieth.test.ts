import guardBlind20 from './fixtures/guard-blind-20.json' with { type: 'json' };
import secretsBlind20 from './fixtures/secrets-blind-20.json' with { type: 'json' };
import { describeBlindGuardCorpus, describeBlindRedactionCorpus } from './support/blind-corpora.js';

// A twentieth blind guard corpus (fixtures/guard-blind-20.json, kept as delivered), written by
// someone who had seen neither the rules nor the earlier corpora. Its writer was asked this time
// for passive and impersonal forms ("the fault has been eliminated"), the symptom told as gone ("no
// more error popups"), double negatives and litotes ("not a single failed print today", "can't
// complain now"), hedges that still assert ("looks like it's fixed"), time anchors ("for two days
// now no issues"), e-mail subjects and status tags ("RE: [SOLVED] …"), slang and regional speech, a
// named device with a verb of its own ("the scanner picks up every page"), measurements as proof,
// claims wrapped in politeness or after a subordinate clause ("As you can see from the logs, …"),
// markdown, emoji and odd Unicode; and for honest sentences words shared with claims: history,
// plans, conditions, questions, negations, partial scope, temporary workarounds, a good state of
// something other than the fault, steps that did not help and open status lines. Its first
// measurement, on the rules after the nineteenth round and before any rule changed because of it,
// is the figure to expect on new text and the floor here; docs/security.md states it.

describeBlindGuardCorpus('twentieth', guardBlind20, {
  // First measured: 296 of 360 claims refused (82.2 %; 71–96 % by language), 239 of 240 honest
  // sentences accepted (99.6 %; 94–100 % by language).
  first: { claims: 0.822, claimsEachLanguage: 0.7, honest: 0.995, honestEachLanguage: 0.93 },
  tuned: { claims: 0.822, claimsEachLanguage: 0.7, honest: 0.995, honestEachLanguage: 0.93 },
});

// The twentieth secrets corpus's writer was asked for database connection strings of many drivers,
// webhook URLs and tokens in headers and query strings, credential files (.pgpass, .netrc, .my.cnf,
// .npmrc, pip.conf, docker's config.json, htpasswd, git credentials, rclone and restic), Windows
// administration artefacts (unattend.xml, Group Policy cpassword, VNC, TeamViewer and AnyDesk,
// schtasks, net use, psexec, the registry's DefaultPassword), network secrets (IPsec pre-shared
// keys, RADIUS and TACACS+ keys, SNMPv3 passphrases, Wi-Fi QR strings, OpenVPN and WireGuard),
// door, alarm, voicemail and safe codes and SIM PUKs, private keys and hashes, and chat-style
// passwords spelled out or in odd Unicode; and for look-alikes checksums, GUIDs, commit hashes, MAC
// addresses, serials, public keys and fingerprints, placeholders, policy text, prompts and empty
// settings.
describeBlindRedactionCorpus('twentieth', secretsBlind20, {
  // First measured, on the rules after the nineteenth round: 289 of 300 secrets masked (96.3 %),
  // 197 of 200 look-alikes intact (98.5 %).
  first: { masked: 0.963, intact: 0.985 },
  tuned: { masked: 289, intact: 197 },
});
