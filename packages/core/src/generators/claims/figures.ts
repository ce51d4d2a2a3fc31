import { normalized } from '../../text/normalize.js';

// A figure told before and after with an arrow between ("Boot time 4 min → 30 s", "起動時間：4分 →
// 30秒"): when the time a thing takes is cut to half or less, the slowness that was the fault is
// told as over, in any language. Units are the one thing that varies by language here, so they
// live in one table, in normal form (lower case, no accents), as the guard reads text.

/** Seconds per unit, and each unit's spellings in the fifteen languages. */
const UNITS: ReadonlyArray<readonly [seconds: number, spellings: readonly string[]]> = [
  [0.001, ['ms', 'msec', 'мс', '毫秒', '밀리초', 'مللي ثانية']],
  [
    1,
    [
      's',
      'sec',
      'secs',
      'second',
      'seconds',
      'sek',
      'sekunde',
      'sekunden',
      'seconde',
      'secondes',
      'segundo',
      'segundos',
      'secondo',
      'secondi',
      'seconden',
      'sekund',
      'sekunder',
      'sekundy',
      'sn',
      'saniye',
      'с',
      'сек',
      'секунд',
      'секунды',
      'секунда',
      '秒',
      '秒钟',
      '초',
      'ث',
      'ثانية',
      'ثوان',
      'ثواني',
    ],
  ],
  [
    60,
    [
      'm',
      'min',
      'mins',
      'minute',
      'minutes',
      'minuten',
      'minuto',
      'minutos',
      'minuti',
      'minuut',
      'minuter',
      'minut',
      'minuty',
      'dk',
      'dakika',
      'мин',
      'минут',
      'минуты',
      'минута',
      '分',
      '分钟',
      '분',
      'د',
      'دقيقة',
      'دقائق',
    ],
  ],
  [
    3600,
    [
      'h',
      'hr',
      'hrs',
      'hour',
      'hours',
      'std',
      'stunde',
      'stunden',
      'heure',
      'heures',
      'hora',
      'horas',
      'ora',
      'ore',
      'uur',
      'timme',
      'timmar',
      'godz',
      'godziny',
      'saat',
      'ч',
      'час',
      'часа',
      'часов',
      '時間',
      '小时',
      '시간',
      'ساعة',
      'ساعات',
    ],
  ],
];

// The guard's normal form decomposes Hangul and drops Arabic hamzas: units are put in it too.
const SECONDS = new Map(
  UNITS.flatMap(([seconds, spellings]) => spellings.map((s) => [normalized(s, 'words'), seconds] as const)),
);
const UNIT = [...SECONDS.keys()]
  .sort((a, b) => b.length - a.length)
  .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|');
const NUMBER = String.raw`(\d+(?:[.,]\d+)?)`;
/** "4 min → 30 s", "4分 → 30秒", "4 Min. => 30 Sek.": the arrow as the guard reads it ("tomark"). */
const CUT = new RegExp(
  String.raw`${NUMBER} ?(${UNIT})\.? ?(?:->|=>|-->|tomark) ?${NUMBER} ?(${UNIT})(?![\p{L}\p{N}])`,
  'u',
);

const secondsOf = (count: string | undefined, unit: string | undefined) =>
  Number((count ?? '').replace(',', '.')) * (SECONDS.get(unit ?? '') ?? Number.NaN);

/** Whether a time went from `before` to `after` seconds by half or more: a slowness told as over. */
const cutToHalf = (before: number, after: number) => after > 0 && after * 2 <= before;

/** A setting's time ("timeout 30 min -> 5 min"): changed by the technician, not a slowness gone. */
const SETTING =
  /(?:time ?-?out|interval|ttl|lease|retention|polic|schedul|cache|idle|sleep|screensaver|lockout)/u;

/**
 * The figure of a time cut to half or less in `text` ("4 min -> 30 s"), or `null`. A cut smaller
 * than that ("4 min -> 3 min 50 s") tells of a change, not of a slowness gone.
 */
export function timeCut(text: string): string | null {
  const match = CUT.exec(text);
  if (match === null || SETTING.test(text)) return null;
  const before = secondsOf(match[1], match[2]);
  const after = secondsOf(match[3], match[4]);
  return cutToHalf(before, after) ? match[0] : null;
}

/** A time told as a figure and its unit, anywhere in a sentence, in either form of digits. */
const TIMED = new RegExp(
  String.raw`(?<![\p{L}\p{N}])([\d٠-٩]+(?:[.,][\d٠-٩]+)?) ?(${UNIT})\.?(?![\p{L}\p{N}])`,
  'gu',
);
const ASCII_DIGITS = (figure: string) => figure.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660));

/**
 * Whether `phrase`, a claim's words, tells a time that `sentence` does not show cut to half or less
 * ("Login took 2 s before, now 20 s"; "was 4 min, now 3 min 50 s"): the lexicons read "now 20 s" in
 * the part after the comma, where the time before cannot be seen, so the sentence decides. A time
 * told alone, with nothing before it to compare, is left to the lexicons.
 */
export function timeNotCut(sentence: string, phrase: string): boolean {
  if (phrase.search(TIMED) < 0) return false;
  const times = [...sentence.matchAll(TIMED)].map((m) => secondsOf(ASCII_DIGITS(m[1] ?? ''), m[2]));
  const first = times[0] ?? Number.NaN;
  const last = times.at(-1) ?? Number.NaN;
  return times.length >= 2 && !cutToHalf(first, last);
}

/** "3 of 5", "3 nuits sur 5", "3 ночи из 5", "3 von 5": a count told before the whole it is part of. */
const PART_FIRST =
  /(?<![\p{N}.,])(\d+)(?: [^\s\d]+)? (?:of|out of|von|aus|sur|de|su|van|av|z|из|من)(?: (?:the|den|de|le|les|la|los|las|i|gli|het|die|der))? (\d+)(?![\p{N}])/u;
/** "5일 밤 중 3일", "5 gecenin 3'ünde", "5回中3回", "5晚里有3晚": the whole told first. */
const WHOLE_FIRST = new RegExp(
  String.raw`(?<![\p{N}.,])(\d+) ?[^\s\d]{0,6}(?: [^\s\d]{1,6})? ?(?:${['중', '中', 'のうち', 'うち', '里', '当中', 'gecenin', 'gunun', 'saatin', 'seferin', 'denemenin'].map((w) => normalized(w, 'words')).join('|')})(?: ?有)? ?(\d+)(?![\p{N}])`,
  'u',
);

/**
 * Whether `text` counts a part short of its whole ("ran 3 of 5 nights without errors", "5일 밤 중
 * 3일은 오류 없이"): a good state told of the part is not told of the whole.
 */
export function countsPartOfWhole(text: string): boolean {
  const part = PART_FIRST.exec(text);
  if (part !== null && Number(part[1]) < Number(part[2])) return true;
  const whole = WHOLE_FIRST.exec(text);
  return whole !== null && Number(whole[2]) < Number(whole[1]);
}
