import guardBlind13 from './fixtures/guard-blind-13.json' with { type: 'json' };
import secretsBlind13 from './fixtures/secrets-blind-13.json' with { type: 'json' };
import { describeBlindGuardCorpus, describeBlindRedactionCorpus } from './support/blind-corpora.js';

// A thirteenth blind guard corpus (fixtures/guard-blind-13.json, kept as delivered), written by
// someone who had seen neither the rules nor the earlier corpora. Its writer was asked this time
// for the formulas of a customer email ("Happy to report that…"), a closure justified by the good
// state, a claim in an afterthought, a parenthesis or a sign-off, double and negated negatives
// ("not broken anymore"), a presupposition inside a request ("Now that the scanner works again,
// could you…"), future and modal forms that still assert, idioms and regional variants, the state
// before the fault as the yardstick, the customer's own device as the witness, and the fix itself
// said to have done its job. Its first measurement, taken before any rule changed because of it,
// is the figure to expect on new text and the floor here; docs/security.md states it.

describeBlindGuardCorpus('thirteenth', guardBlind13, {
  // First measured: 213 of 360 claims refused (59.2 %; 42–75 % by language), 238 of 240 honest
  // sentences accepted (99.2 %; 94–100 % by language).
  first: { claims: 0.591, claimsEachLanguage: 0.41, honest: 0.991, honestEachLanguage: 0.93 },
  // After one round of rules written by class for its misses (C101–C111: a clause taken as given,
  // "Now that the scanner works again, could you …?", asserted inside the question; the fix said to
  // have done its job; a negated negative, "no longer refuses to start", "nothing wrong with it now";
  // the matter settled in an idiom, "ya es historia"; a sign-off glad it is sorted; as good as before
  // the fault; it opens at once now; the customer's confirmation with nothing limiting it; colloquial
  // idioms of a good state; good news announced with something "again"; and honest: a state "for
  // now", a state that "would have been"): 337 of 360 claims and 240 of 240 honest sentences. Not a
  // blind figure. Left: a future or a condition about the customer's next step that asserts ("Should
  // you print now, they'll come out fine", "Wenn Sie sich morgen anmelden, werden Sie feststellen,
  // dass …"), a given clause marked at its end ("…çalıştığına göre", "…되니까", "…ので"), and passives
  // with "wird" after good news.
  tuned: { claims: 0.936, claimsEachLanguage: 0.83, honest: 1, honestEachLanguage: 1 },
});

// The thirteenth secrets corpus's writer was asked for text written by people rather than tools:
// passwords dictated and noted, handover notes, SMS and chat with typos and emoji, emails with
// quoted replies, ticket updates in 25 languages and more, values with no label word at all.
describeBlindRedactionCorpus('thirteenth', secretsBlind13, {
  // First measured: 244 of 300 secrets masked (81.3 %), 198 of 200 look-alikes intact (99.0 %).
  first: { masked: 0.813, intact: 0.99 },
  // After one round of rules written by class for its misses and damage (copulas, code words and
  // possessives of more languages and dialects, "isch", "NIP", "la contra", "kódja", Hinglish, seven
  // languages more; a code after a keypad word or a disarm verb, typed digit by digit, read out or
  // chosen, on a sticker, under a sticky note's line; a password named in one chat message and given in
  // the next; the value first, "… is the new password"; an account and its password "with"; a
  // master "is"; a passphrase "(with spaces)"; one-time secret links, magic-link tokens, Slack invites,
  // Figma and PagerDuty keys; and left alone: a value right after a Latin word a script without
  // spaces borrows, "PIN has…"): 294 of 300 and 200 of 200. Not a blind figure. Left: a lowercase
  // dictionary word, a birthday, a spoken passphrase with fillers, values with no cue at all.
  tuned: { masked: 294, intact: 200 },
});
