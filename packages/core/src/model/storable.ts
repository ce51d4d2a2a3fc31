import { z } from 'zod';

// What a stored text or id may hold. Postgres refuses NUL in text and jsonb, a lone UTF-16
// surrogate cannot be encoded as UTF-8 at all, and a text of nothing but zero-width or blank
// characters reads as empty while passing a length check. Input like that is refused at the
// schema, so every door (the SDK, the HTTP handler, the UI) gets the same answer and nothing
// half-stored is left behind.

/** Control characters (C0, DEL, C1) other than tab, line feed and carriage return. */
const CONTROL = /(?![\t\n\r])\p{Cc}/u;

/**
 * A character a reader can see: a letter, digit, mark-free punctuation or symbol, but not the
 * Hangul and Braille fillers that are letters or symbols by category and blank on screen.
 */
const VISIBLE = /(?![\u115F\u1160\u3164\uFFA0\u2800])[\p{L}\p{N}\p{P}\p{S}]/u;

/** Whitespace, control or format (zero-width) characters: none may sit inside an id. */
const NOT_IN_ID = /[\p{White_Space}\p{Cc}\p{Cf}]/u;

/** A high surrogate with no low one after it, or a low one with no high one before it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when `value` is well-formed UTF-16 (no lone surrogate). */
export const isWellFormed = (value: string): boolean => !LONE_SURROGATE.test(value);

/** True when `value` holds at least one character a reader can see. */
export const hasVisibleCharacter = (value: string): boolean => VISIBLE.test(value);

/**
 * A text that can be stored as written: trimmed, 1 to `max` characters, well-formed, no control
 * character but tab and newlines, and at least one visible character.
 */
export const storableText = (max: number) =>
  z
    .string()
    .refine(isWellFormed, { message: 'must not contain a lone surrogate', abort: true })
    .refine((v) => !CONTROL.test(v), {
      message: 'must not contain control characters such as NUL',
      abort: true,
    })
    .trim()
    // An empty text gets one issue, not a second one for having nothing visible.
    .min(1, { abort: true })
    .max(max)
    .refine(hasVisibleCharacter, { message: 'must contain a visible character' });

/**
 * An id (account, session, ticket, fix, status, actor): 1 to `max` characters, well-formed, with
 * no whitespace, control or zero-width character anywhere. `' 1'` and `'1\n2'` are refused rather
 * than trimmed, so they never reach a different record than the caller named.
 */
export const storableId = (max: number) =>
  z
    .string()
    .min(1)
    .max(max)
    .refine(isWellFormed, { message: 'must not contain a lone surrogate' })
    .refine((v) => !NOT_IN_ID.test(v), {
      message: 'must not contain whitespace, control or invisible characters',
    });
