import { describe, it } from 'vitest';
import { holds, type Pair } from './support/claim-pairs.js';

// The time now after the time before, told on either side of a comma: the lexicons read "now 20 s"
// in the part after it, where the time before cannot be seen, so the sentence decides whether the
// time was cut (to half or less, as for the arrow of C185) or grew. Each claim next to the same
// sentence with the time grown or barely changed. Written for this file, not taken from a corpus.

const TIME_BEFORE_AND_NOW: readonly Pair[] = [
  ['en', 'Login took 3 min last week, now it takes 25 s.', 'Login took 3 s last week, now it takes 25 s.'],
  ['en', 'The report used to need 90 s, now under 10 s.', 'The report used to need 9 s, now under 10 s.'],
  [
    'de',
    'Die Anmeldung dauerte 2 Minuten, jetzt 15 Sekunden.',
    'Die Anmeldung dauerte 2 Sekunden, jetzt 15 Sekunden.',
  ],
  ['nl', 'Opstarten duurde 4 minuten, nu 30 seconden.', 'Opstarten duurde 4 seconden, nu 30 seconden.'],
  ['sv', 'Inloggningen tog 3 min, nu 20 sek.', 'Inloggningen tog 30 sek, nu 20 sek.'],
  ['es', 'El arranque tardaba 4 min, ahora 30 s.', 'El arranque tardaba 4 s, ahora 30 s.'],
  ['pt', 'O login levava 5 min, agora 30 s.', 'O login levava 5 s, agora 30 s.'],
  ['pl', 'Uruchamianie trwało 4 min, teraz 25 s.', 'Uruchamianie trwało 4 s, teraz 25 s.'],
  [
    'tr',
    'Açılış önceden 4 dakika sürüyordu, şimdi 20 saniye.',
    'Açılış önceden 4 saniye sürüyordu, şimdi 20 saniye.',
  ],
  ['ar', 'كان الإقلاع يأخذ ٥ دقائق، والآن ٣٠ ثانية.', 'كان الإقلاع يأخذ ٥ ثوان، والآن ٣٠ ثانية.'],
];

describe('a time now after a time before, on either side of a comma', () => {
  for (const pair of TIME_BEFORE_AND_NOW) it(`${pair[0]}: ${pair[1]}`, () => holds(pair));
});
