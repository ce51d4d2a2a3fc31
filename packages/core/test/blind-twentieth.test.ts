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
  // After one round of rules by class, two in the grammar (the future of "go" only before an
  // infinitive, C250: "el portátil va más rápido que nunca" is told, "ça va marcher" promised; a
  // "done" emoji over a plan or a condition acknowledges it, C251) and the rest in the lexicons: a
  // device taking every page, no problem for a span of time, no complaints, nothing wrong any more,
  // the formal announcement of a confirmation, steady-state praise, hedges that still assert, a
  // warning gone beside a good reading, no more error messages (C224–C234), and a steady state since
  // a change, as the logs show, the symptom no longer appearing, a fault denied since a time, zero
  // packet loss and a sound line (C240–C249): 360 of 360 claims and 240 of 240 honest sentences.
  // Not a blind figure.
  tuned: { claims: 1, claimsEachLanguage: 1, honest: 1, honestEachLanguage: 1 },
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
  // After one round of rules by class (a URL's password under a scheme with "+" and "_", as
  // SQLAlchemy names a dialect and its driver; a package manager's config command that stores a
  // feed's login or token, and the feed logins of dotnet nuget and twine; door codes with a keypad's
  // letter, a safe's or a padlock's combination of dial numbers, PINs and PUKs written "PUK-код",
  // entry codes and safes named in the fifteen languages; a hash handed to hashcat, John or
  // Name-That-Hash; a TOTP seed to enter by hand, in the words of each language; a password spelled
  // in a chat, "I'll spell it: Capital-R, …"; a tab-separated sheet's password column wherever it
  // stands, read on the text as written, whose tabs tell a cell of several words from several cells;
  // and left alone: a public key named so in other languages, a placeholder in angle brackets in a
  // URL, a webhook blanked with X's throughout): 300 of 300 and 200 of 200. Not a blind figure.
  tuned: { masked: 300, intact: 200 },
});
