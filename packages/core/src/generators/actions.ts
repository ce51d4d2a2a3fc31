import type { Bundle } from '../bundle/types.js';
import { findDoneActions, isFunctionWord, readable } from './claims/find.js';
import { withoutRecordQuotes } from './quotes.js';

// A note may say that something was done only when the record says so: the problem, a finding, a
// decision or its rationale, or an applied fix (its title, steps, failure reason or partial notes).
// The problem counts: "Printer stopped working after Windows was upgraded" tells of an upgrade the
// note may mention. A planned fix does not, unless quoted: telling it as done is the lie to catch. "We replaced the fuser unit" over a record
// that only restarted the spooler and reinstalled a driver describes work nobody recorded, and
// over a fix that is only proposed it describes planned work as done.

// Words that carry no subject matter in a sentence about work: articles, pronouns, prepositions and
// times, in the languages of the claim lexicons (grammar words are excluded separately).
const STOP = new Set(
  (
    'this that these those with from your their there here then today morning afternoon evening yesterday ' +
    'last week weeks month months night days ago earlier monday tuesday wednesday thursday friday saturday sunday ' +
    'again also just only after before during since when while onto into about over under ' +
    'nous avons votre notre cette avec dans pour depuis apres avant aujourd matin hier ' +
    'wir haben ihre ihren unser unsere dieser diese dieses heute morgen gestern nach einem einen einer ' +
    'hemos nuestro nuestra este esta esto para desde despues antes manana ayer ' +
    'hebben onze deze vandaag ochtend gisteren ' +
    'temos nosso nossa esse essa isso depois hoje manha ontem ' +
    'abbiamo nostro nostra questo questa dopo prima oggi mattina stamattina ieri'
  ).split(' '),
);

/** Subject-matter stems of a text: words of four letters or more, cut to five characters. */
function stems(words: readonly string[]): string[] {
  return words
    .filter((w) => w.length >= 4 && /\p{L}/u.test(w) && !STOP.has(w) && !isFunctionWord(w))
    .map((w) => w.slice(0, 5));
}

const wordsOf = (text: string) =>
  readable(text)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** The stems of what the record says happened: every recorded text but the planned fixes. */
function doneInRecord(bundle: Bundle): Set<string> {
  const texts: string[] = [bundle.problem, ...bundle.findings.map((f) => f.text)];
  for (const d of bundle.decisions) texts.push(d.text, d.rationale ?? '');
  for (const fix of bundle.fixes) {
    if (fix.status !== 'proposed')
      texts.push(fix.title, ...fix.steps, fix.failureReason ?? '', fix.partialNotes ?? '');
  }
  return new Set(stems(texts.flatMap(wordsOf)));
}

/**
 * Returns the first phrase of `text` that tells of work as done which the record does not hold
 * (fewer than half of its subject words appear in the record, planned fixes aside), or `null`.
 * Quotations of the record (`record`, every recorded text) are the record's words and are left out.
 */
export function findUnrecordedAction(text: string, bundle: Bundle, record: string): string | null {
  const actions = findDoneActions(withoutRecordQuotes(text, record, 'any'));
  if (actions.length === 0) return null;
  const done = doneInRecord(bundle);
  for (const { phrase, clause } of actions) {
    const verb = new Set(phrase.split(' '));
    const subject = stems(clause.filter((w) => !verb.has(w)));
    if (subject.length === 0) continue;
    const known = subject.filter((s) => done.has(s)).length;
    if (known * 2 < subject.length) return phrase;
  }
  return null;
}
