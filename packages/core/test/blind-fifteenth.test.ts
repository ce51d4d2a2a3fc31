import guardBlind15 from './fixtures/guard-blind-15.json' with { type: 'json' };
import secretsBlind15 from './fixtures/secrets-blind-15.json' with { type: 'json' };
import { describeBlindGuardCorpus, describeBlindRedactionCorpus } from './support/blind-corpora.js';

// A fifteenth blind guard corpus (fixtures/guard-blind-15.json, kept as delivered), written by
// someone who had seen neither the rules nor the earlier corpora. Its writer was asked this time
// for the claim buried in a long sentence that reports work done, metrics back in range ("latency is
// back to 12 ms"), what the user did since ("Maria printed her payroll report this morning"), the
// formal and impersonal register, subject lines and headings ("RE: [Resolved] …"), third parties who
// vouch (the vendor, the ISP), comparison with peers, dates of verification, emoji and enthusiasm,
// and what no longer needs to happen; and for honest sentences that hold good-state words: success
// that lasted only a while, a metric still out of range, scoped partial success, systems the fault
// did not touch. Its first measurement, on the rules after the fourteenth round and before any rule
// changed because of it, is the figure to expect on new text and the floor here; docs/security.md
// states it.

describeBlindGuardCorpus('fifteenth', guardBlind15, {
  // First measured: 159 of 360 claims refused (44.2 %; 33–54 % by language), 220 of 240 honest
  // sentences accepted (91.7 %; 81–100 % by language).
  first: { claims: 0.441, claimsEachLanguage: 0.33, honest: 0.916, honestEachLanguage: 0.81 },
  // After one round of rules by class (C122: what the fault did not touch, named in the part before
  // its state, "没有受到影响，一直正常使用", and more forms of "not affected"; C123: a failure word after
  // a success takes it back, as the English "failed" does, "…, ma quello di oggi è fallito"; C124: the
  // workaround or the chore no longer needed; C125: normal operation stated as confirmed; C126: as
  // good as its peers): 212 of 360 claims and 232 of 240 honest sentences. Not a blind figure. Left:
  // metrics back to a value (good or bad only the reader knows), what the user did since, third
  // parties who vouch, dates of verification, claims buried in a relative clause, "Update – printer
  // OK" after a dash.
  tuned: { claims: 0.588, claimsEachLanguage: 0.45, honest: 0.966, honestEachLanguage: 0.87 },
});

// The fifteenth secrets corpus's writer was asked for text around secrets in other scripts and
// languages (a hundred entries or more), OCR of screenshots and voice-to-text, password manager
// exports, QR and URI payloads, appliance and phone provisioning settings, business applications'
// connection settings, remote-support tools and VPN profiles, and secrets in email threads.
describeBlindRedactionCorpus('fifteenth', secretsBlind15, {
  // First measured, on the rules after the fourteenth round: 250 of 300 secrets masked (83.3 %),
  // 196 of 200 look-alikes intact (98.0 %).
  first: { masked: 0.833, intact: 0.98 },
  // After one round of rules written by class for its misses and damage (a key's sibling element in
  // Apple profiles and KeePass XML, numbered phone elements, Grandstream P-values, IOS type-7 and
  // type-0 lines, Wi-Fi QR payloads with enterprise fields, BitLocker keys after a key ID, Android
  // Enterprise tokens, hdbuserstore, HTML tables and Keeper exports, LAPS, camera verification codes,
  // the words for a code or a password in more languages, Indonesian "-nya", Arabic copulas, codes
  // typed with spaces, spoken sequences in Turkish, Ukrainian and Finnish; and left alone: a user
  // before " / …", a Polish NIP, an XML attribute's name): 296 of 300 and 200 of 200. Not a blind
  // figure. Left: a Japanese spoken password without spaces, an Arabic password split over two lines,
  // an OCR-split lowercase value, a Finnish spoken sequence of three characters.
  tuned: { masked: 296, intact: 200 },
});
