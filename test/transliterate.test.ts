import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { LETTER_BOUNDARY, transliterate, transliterateWord } from '../src/transliterate/index.js';
import { normaliseText } from '../src/normalise/index.js';

describe('transliterate', () => {
  it.each([
    ['حفتر', 'hftr'],
    ['خليفة', 'khlyfh'],
    ['بوقادوم', 'bwqadwm'],
    ['хафтар', 'khaftar'],
    ['джабаров', 'dzhabarov'],
    ['гутерріш', 'huterrish'],
    ['гутерриш', 'guterrish'],
    ['ανδορρα', 'andorra'],
    ['πουτιν', 'poutin'],
    ['אנדורה', 'andwrh'],
    ["ג'ורג'", 'jwrj'],
  ])('%s → %s', (input, expected) => {
    expect(transliterateWord(normaliseText(input)).latin).toBe(expected);
  });

  it('falls back to any-ascii for scripts without a table of their own', () => {
    expect(transliterate('アンドラ')).toBe('andora');
    expect(transliterateWord('안도라').script).toBe('Hangul');
  });

  it('marks abjads, whose short vowels are unwritten', () => {
    expect(transliterateWord('حفتر').abjad).toBe(true);
    expect(transliterateWord('хафтар').abjad).toBe(false);
  });

  // Each table row must do what it claims: its letters become the listed Latin (flex symbols read as lowercase).
  for (const table of ['arabic', 'cyrillic', 'greek', 'hebrew']) {
    it(`every row of data/translit/${table}.tsv transliterates as listed`, () => {
      const rows = readFileSync(new URL(`../data/translit/${table}.tsv`, import.meta.url), 'utf8')
        .split('\n')
        .filter((l) => l && !l.startsWith('#'))
        .map((l) => l.split('\t'));
      expect(rows.length).toBeGreaterThan(20);
      // "letters$" rows give the reading at a word's end; the plain row is then checked inside a word.
      const finals = new Map(rows.filter(([l]) => l!.length > 1 && l!.endsWith('$')).map(([l, latin]) => [l!.slice(0, -1), latin!]));
      for (const [letters, latin] of rows) {
        const atEnd = letters!.length > 1 && letters!.endsWith('$');
        const source = atEnd ? letters!.slice(0, -1) : letters!;
        const word = normaliseText(source);
        if (word !== source.normalize('NFC')) continue; // folded by normalise (ё, final forms…): covered there
        const final = finals.get(source);
        const result = transliterateWord(!atEnd && final !== undefined ? word + word : word);
        // letters of an abjad word are kept apart in `marked` (LETTER_BOUNDARY): compare without it
        expect(result.marked.replaceAll(LETTER_BOUNDARY, ''), `${letters}`).toBe(!atEnd && final !== undefined ? latin! + final : latin);
        expect(result.latin).toMatch(/^[a-z']*$/);
      }
    });
  }
});
