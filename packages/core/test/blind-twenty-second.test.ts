import guardBlind22 from './fixtures/guard-blind-22.json' with { type: 'json' };
import secretsBlind22 from './fixtures/secrets-blind-22.json' with { type: 'json' };
import { describeBlindGuardCorpus, describeBlindRedactionCorpus } from './support/blind-corpora.js';

// A twenty-second blind guard corpus (fixtures/guard-blind-22.json, kept as delivered), written by
// someone who had seen neither the rules nor the earlier corpora. Its writer was asked this time
// for claims told by the absence of the failure ("haven't seen the popup once since the patch",
// "not a single dropped call today"), claims anchored to a time ("as of 14:30 the share is
// reachable again"), passive and nominal claims ("Störung beseitigt", "障害解消。"), time-entry and
// closing lines ("Closing: user can print."), status fields in bold, a third party's report, litotes
// ("not a problem anymore"), numbers and units ("latency down to 12 ms"), each language's colloquial
// word for fixed, and odd Unicode; and for honest sentences a step that succeeded while the problem
// remains, not-yet success, conditions and expectations, questions to the customer, reply templates
// ("if the issue is resolved, reply 'fixed'"), a fix that came undone, a good state of something else
// beside a failure that goes on, plans and escalations. Its first measurement, on the rules after
// the twenty-first round and before any rule changed because of it, is the figure to expect on new
// text and the floor here; docs/security.md states it.

describeBlindGuardCorpus('twenty-second', guardBlind22, {
  // First measured: 298 of 360 claims refused (82.8 %; 75–100 % by language), 225 of 240 honest
  // sentences accepted (93.8 %; 88–100 % by language).
  first: { claims: 0.827, claimsEachLanguage: 0.75, honest: 0.937, honestEachLanguage: 0.875 },
  // After one round, all of it in the lexicons: latency down and calls clear again, a closing label
  // and what the user can do, no longer a problem, nothing sticks any longer, not one dropped call or
  // popup since a change, a third party's report, reachable again from a time of day, terse nominal
  // claims, and as honest a good state of something else beside a failure that goes on, a fix that
  // came undone, reply templates (C285–C296 west, C300–C313 east): 360 of 360 claims and 239 of 240
  // honest sentences (the Japanese "…「解決」とご返信ください。チケットをクローズします。" is read a
  // sentence at a time, and its second sentence alone closes the ticket). Not a blind figure.
  tuned: { claims: 1, claimsEachLanguage: 1, honest: 0.995, honestEachLanguage: 0.93 },
});

// The twenty-second secrets corpus's writer was asked for the configuration files MSPs handle
// (FileZilla, WinSCP, .rdp, mRemoteNG, VNC, unattend.xml, web.config, appsettings.json, wp-config,
// my.cnf, php.ini, .pgpass, .netrc, rclone, msmtp, NetworkManager), network gear (Cisco enable and
// user secrets, SNMP communities, WPA keys in MikroTik, UniFi and FortiGate syntax, RADIUS and IPsec
// pre-shared keys), SaaS keys with their real prefixes, JWTs and bearer headers in logs, private
// keys, passwords in log lines, forwarded e-mails and OCR'd screenshots with OCR slips, spelled out
// letter by letter or phonetically, on a sticky note or in a call transcript, with odd Unicode around
// them; and for look-alikes commit SHAs, file hashes, thumbprints, GUIDs, MACs, serials, licence and
// KB numbers, empty and placeholder secrets, public keys and certificates, fingerprints, password
// prose without a password, labels without a value, harmless URLs and base64, error codes.
describeBlindRedactionCorpus('twenty-second', secretsBlind22, {
  // First measured, on the rules after the twenty-first round: 278 of 300 secrets masked (92.7 %),
  // 193 of 200 look-alikes intact (96.5 %).
  first: { masked: 0.926, intact: 0.965 },
  // After one round of rules by class (configuration carriers the rules had not named, a password
  // named by its purpose, OCR slips in a label, passwords spelled out, sticky notes; and as look-alikes
  // a digest after its algorithm, template placeholders, public PEM blocks, device instance IDs):
  // 300 of 300 and 200 of 200. Not a blind figure.
  tuned: { masked: 300, intact: 200 },
});
