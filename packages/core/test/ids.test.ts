import { describe, expect, it } from 'vitest';
import { newId } from '../src/util/ids.js';

describe('newId', () => {
  it('sorts by creation, also within one millisecond', () => {
    const ids = Array.from({ length: 1000 }, () => newId('fix', 1_700_000_000_000));
    expect(new Set(ids).size).toBe(1000);
    expect([...ids].sort()).toEqual(ids);
    const later = newId('fix', 1_700_000_000_001);
    expect(later > (ids.at(-1) as string)).toBe(true);
  });

  it('encodes the time in the first ten characters', () => {
    expect(newId('ses', 2 ** 47).slice(4, 14)).toBe('4000000000');
    expect(newId('ses', 2 ** 48 - 1).slice(4, 14)).toBe('7ZZZZZZZZZ');
  });

  it('never goes back in time when the clock does', () => {
    const late = newId('ses', 2 ** 48 - 1);
    const early = newId('ses', 1_000);
    expect(early > late).toBe(true);
  });
});
