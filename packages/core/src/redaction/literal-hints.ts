// Most rule hints are a list of literal words ("ktpass|dsadd|dsmod", "otpauth", "AKIA|ASIA|…", "key
// ?box"), and most texts hold none of them. Tested one by one, each costs a pass over the text; answered together,
// they cost one: a single alternation of every literal, found at each place it starts, tells which
// literals the text holds, and a hint of literals passes when it holds one of its own.

/** Beyond this many spellings a pattern is tested as it is: the list would cost more than it saves. */
const MAX_SPELLINGS = 256;

/** `word` with every character that has a meaning in a pattern escaped. */
const escapeWord = (word: string) => word.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');

/** The top-level alternatives of `pattern`: split at each "|" outside a group. */
function alternatives(pattern: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') i++;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      out.push(pattern.slice(from, i));
      from = i + 1;
    }
  }
  return [...out, pattern.slice(from)];
}

/** Where the group opened at `start` closes. */
function groupEnd(pattern: string, start: number): number {
  let depth = 0;
  for (let i = start; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') i++;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i;
  }
  return -1;
}

/** The spellings of one alternative, unit by unit; undefined at anything but literals, groups and "?". */
function sequence(pattern: string): string[] | undefined {
  let out = [''];
  for (let i = 0; i < pattern.length; ) {
    let unit: string[] | undefined;
    const ch = pattern[i] as string;
    if (pattern.startsWith('(?:', i)) {
      const end = groupEnd(pattern, i);
      if (end === -1) return undefined;
      unit = spellingsOf(pattern.slice(i + 3, end));
      i = end + 1;
    } else if (ch === '\\') {
      const next = pattern[i + 1];
      // An escaped punctuation mark is itself; `\b`, `\s`, `\d` and the like are not literals.
      if (next === undefined || /[A-Za-z0-9]/.test(next)) return undefined;
      unit = [next];
      i += 2;
    } else if ('^$.*+?()[]{}|'.includes(ch)) {
      return undefined;
    } else {
      unit = [ch];
      i += 1;
    }
    if (unit === undefined) return undefined;
    if (pattern[i] === '?') {
      unit = [...unit, ''];
      i += 1;
    }
    out = out.flatMap((head) => (unit as string[]).map((tail) => head + tail));
    if (out.length > MAX_SPELLINGS) return undefined;
  }
  return out;
}

/**
 * Every string `pattern` matches, for patterns of literals joined by "|", with `(?:…)` groups and
 * optional units ("it ?glue", "ninja ?(?:one|rmm)", "key ?box"); undefined for any other pattern.
 * A text holds one of them exactly when the pattern finds a match in it.
 */
export function spellingsOf(pattern: string): string[] | undefined {
  const out: string[] = [];
  for (const alternative of alternatives(pattern)) {
    const spellings = sequence(alternative);
    if (spellings === undefined || spellings.includes('')) return undefined;
    out.push(...spellings);
    if (out.length > MAX_SPELLINGS) return undefined;
  }
  return out;
}

/**
 * The words of a hint whose pattern {@link spellingsOf} can spell out; else undefined. A hint with
 * the `m`, `s` or `u` flag is tested as it is.
 */
export function literalsOf(hint: RegExp): string[] | undefined {
  return /[msu]/.test(hint.flags) ? undefined : spellingsOf(hint.source);
}

/** A hint that finds any of `words` as written: one {@link LiteralHints} answers it with the others. */
export const literalHint = (words: readonly string[], flags = ''): RegExp =>
  new RegExp(words.map(escapeWord).join('|'), flags);

/**
 * The alternation of `words`, longest first, so that at each place the longest word found there is
 * the one returned and the words it starts with are known from it. A flat list of literals: V8 finds
 * one among them several times faster than the same words nested as a trie.
 */
const alternation = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escapeWord)
    .join('|');

/** One case: its words, the pattern that finds the longest of them at each place, and their prefixes. */
interface LiteralSet {
  readonly pattern: RegExp;
  readonly fold: boolean;
  /** For each word the pattern can return, the ids of the words that are its prefixes (itself included). */
  readonly prefixIds: ReadonlyMap<string, readonly number[]>;
}

/**
 * The literal hints of a rule list, answered in one pass per case (with and without the `i` flag):
 * `present(text)` gives, for each hint registered with {@link LiteralHints.add}, whether the text
 * holds one of its words.
 */
export class LiteralHints {
  readonly #words: Array<{ word: string; fold: boolean }> = [];
  readonly #hintWords: number[][] = [];
  #sets: LiteralSet[] | undefined;

  /** Registers a hint's words; returns its id for {@link present}. */
  add(words: readonly string[], fold: boolean): number {
    const ids = words.map((w) => {
      const word = fold ? w.toLowerCase() : w;
      let id = this.#words.findIndex((x) => x.word === word && x.fold === fold);
      if (id === -1) id = this.#words.push({ word, fold }) - 1;
      return id;
    });
    return this.#hintWords.push(ids) - 1;
  }

  get size(): number {
    return this.#hintWords.length;
  }

  #build(): LiteralSet[] {
    return [true, false].flatMap((fold) => {
      const words = this.#words.filter((w) => w.fold === fold).map((w) => w.word);
      if (words.length === 0) return [];
      const prefixIds = new Map<string, number[]>();
      for (const word of words) {
        const ids: number[] = [];
        this.#words.forEach((w, id) => {
          if (w.fold === fold && word.startsWith(w.word)) ids.push(id);
        });
        prefixIds.set(word, ids);
      }
      // Folded words are found in the lower-cased text by a pattern without `i`.
      return [{ pattern: new RegExp(alternation(words), 'g'), fold, prefixIds }];
    });
  }

  /**
   * Which registered hints `text` passes, by id: 1 when it holds one of the hint's words, 2 when it
   * holds none, 0 when this pass cannot tell (a match whose lower case is no listed word, which the
   * caller then tests with the hint itself).
   */
  present(text: string): Int8Array {
    this.#sets ??= this.#build();
    const has = new Uint8Array(this.#words.length);
    let unsure = false;
    // Folded words are looked for in the lower-cased text, made once.
    const lower = this.#sets.some((set) => set.fold) ? text.toLowerCase() : text;
    for (const { pattern, fold, prefixIds } of this.#sets) {
      const haystack = fold ? lower : text;
      pattern.lastIndex = 0;
      for (let m = pattern.exec(haystack); m !== null; m = pattern.exec(haystack)) {
        const ids = prefixIds.get(m[0]);
        if (ids === undefined) unsure = true;
        else for (const id of ids) has[id] = 1;
        // Every place a word starts: a word may start inside another ("password" holds "sword").
        pattern.lastIndex = m.index + 1;
      }
    }
    const hints = this.#hintWords;
    const out = new Int8Array(hints.length);
    for (let h = 0; h < hints.length; h++) {
      const ids = hints[h] as number[];
      let found = false;
      for (let i = 0; i < ids.length && !found; i++) found = has[ids[i] as number] === 1;
      out[h] = found ? 1 : unsure ? 0 : 2;
    }
    return out;
  }
}
