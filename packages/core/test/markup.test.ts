import { describe, expect, it } from 'vitest';
import { GOOD_MARK, plainText } from '../src/text/markup.js';

describe('plainText', () => {
  it.each([
    ['**Fixed.** Jobs go through again.', 'Fixed. Jobs go through again.'],
    ['R&eacute;solu &amp; clos', 'Résolu & clos'],
    ['<b>Resolved</b>: Outlook syncs<br>again', ' Resolved : Outlook syncs\nagain'],
    ['## Status: fixed', 'Status: fixed'],
    ['- [the KB article](https://example.com/kb) was applied', 'the KB article was applied'],
    ['`spoolsv.exe` restarted', 'spoolsv.exe restarted'],
    ['snake_case_name stays', 'snake_case_name stays'],
  ])('reads %j as %j', (text, plain) => {
    expect(plainText(text)).toBe(plain);
  });

  it('reads a "done" emoji as a word and other pictographs as space', () => {
    expect(plainText('✅ fixed')).toBe(` ${GOOD_MARK}  fixed`);
    expect(plainText('👍🏽 ok')).toBe(` ${GOOD_MARK}  ok`);
    expect(plainText('🔧 still failing')).toBe('  still failing');
  });
});
