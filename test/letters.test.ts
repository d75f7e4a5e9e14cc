/** score/letters.ts: how alike two spellings of one script are letter by letter. */
import { describe, expect, it } from 'vitest';
import { letterDistance, letterSimilarity } from '../src/score/letters.js';

describe('letterDistance: a consonant costs 1, the usual differences between romanisations half', () => {
  it.each([
    ['haftar', 'haftar', 0],
    ['haftar', 'hifter', 1], // two vowels for vowels
    ['muammar', 'moammar', 0.5], // a vowel for a vowel
    ['gaddafi', 'gadafi', 0.5], // a doubled letter left out
    ['kadhafi', 'kadafi', 0.5], // an h after a consonant left out
    ['qasim', 'kasim', 0.5], // c, k and q: one sound
    ['carl', 'karl', 0.5],
    ['kenya', 'genya', 1], // k and g: two sounds, which the codes fold
    ['boston', 'bolton', 1], // a consonant for a consonant
    ['angvila', 'angwila', 1],
    ['wake', 'figi', 3],
    ['', 'abc', 2.5], // half for the vowel a, 1 each for b and c
  ])('%s, %s: %d', (a, b, expected) => {
    expect(letterDistance(a, b)).toBe(expected);
    expect(letterDistance(b, a)).toBe(expected);
  });
});

describe('letterSimilarity: the distance over the longer word', () => {
  it.each([
    ['haftar', 'haftar', 1],
    ['haftar', 'hifter', 1 - 1 / 6],
    ['wake', 'figi', 0.25],
    ['', '', 1],
    ['xyz', 'bcd', 0],
  ])('%s, %s: %d', (a, b, expected) => {
    expect(letterSimilarity(a, b)).toBeCloseTo(expected, 10);
  });
});
