import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadMarkedLetters } from '../src/data/linguistic.js';
import { createResolver } from '../src/resolver.js';
import { marksAgreeing, marksSaid } from '../src/score/marks.js';
import { draftTable } from './helpers.js';

const stripped = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/ı/g, 'i').replace(/ø/g, 'o');

describe('rules/marked-letters.tsv: the marked Latin letters another script\'s letters say', () => {
  // Each row exists for a spelling with the mark and the same name in the row's script: the row must say the mark.
  const rows = readFileSync(new URL('../data/rules/marked-letters.tsv', import.meta.url), 'utf8').split('\n').filter((line) => line !== '' && !line.startsWith('#')).map((line) => line.split('\t'));
  it.each(rows.map((row) => [row[1], row[3]] as const))('row %s: its example %s ranks the marked spelling first', (_letters, example) => {
    const [latin, other] = example!.split('|') as [string, string];
    const said = marksSaid(other);
    expect(marksAgreeing(latin, said)).toBeGreaterThan(marksAgreeing(stripped(latin), said));
  });

  it('says a mark only where the letter says it: ё and ю after a consonant (at a word\'s start they are yo, yu), a doubled о', () => {
    expect([...marksSaid('Сёрен').said].sort()).toEqual(['ö', 'ø']);
    expect([...marksSaid('Ёлкин').said]).toEqual([]);
    expect([...marksSaid('Юрий').said]).toEqual([]);
    expect([...marksSaid('Оога').said]).toEqual(['ō']);
    expect(marksSaid('Ога').said.size).toBe(0);
    expect(marksSaid('Ога').latin).toBe(false);
  });

  it('a Latin query says its own marks, and that its other letters have none', () => {
    const said = marksSaid('Ōga Sören');
    expect(said.latin).toBe(true);
    expect(marksAgreeing('Ōga', said)).toBe(1);
    expect(marksAgreeing('Oga', said)).toBe(0);
    expect(marksAgreeing('Soren', marksSaid('Soren'))).toBeGreaterThan(marksAgreeing('Sören', marksSaid('Soren')));
    // another script's query says nothing of the marks no row gives it (Ágnes, Agnes: a tie left as it was)
    expect(marksAgreeing('Ágnes', marksSaid('Агнеш'))).toBe(marksAgreeing('Agnes', marksSaid('Агнеш')));
  });

  it('a bad row names file, line and field (an unknown script; a marked letter that is not one marked Latin letter; a bad pattern)', () => {
    const badScript = draftTable('Runic\tᚠ\tö\tö|ᚠ\n');
    expect(() => loadMarkedLetters(badScript)).toThrow(expect.objectContaining({ code: 'E_DATA_SCHEMA', file: badScript, line: 2, field: 'script' }));
    expect(() => loadMarkedLetters(draftTable('Cyrillic\tё\tö\tö|ё\nCyrillic\tю\tue\tue|ю\n'))).toThrow(expect.objectContaining({ code: 'E_DATA_SCHEMA', line: 3, field: 'marked' }));
    expect(() => loadMarkedLetters(draftTable('Cyrillic\tё\to\to|ё\n'))).toThrow(expect.objectContaining({ code: 'E_DATA_SCHEMA', line: 2, field: 'marked' }));
    expect(() => loadMarkedLetters(draftTable('Cyrillic\t(ё\tö\tö|ё\n'))).toThrow(expect.objectContaining({ code: 'E_DATA_PARSE', line: 2, field: 'letters' }));
    expect(loadMarkedLetters(draftTable('Cyrillic\tё\tö, ø\tö|ё\n'))[0]?.marked).toEqual(['ö', 'ø']);
  });
});

describe('of two spellings that differ only by marks, the one whose marks the query says ranks first', () => {
  const pairs = [
    ['Сёрен', 'Sören', 'Soren'],
    ['Мюллер', 'Müller', 'Muller'],
    ['Оогата', 'Ōgata', 'Ogata'],
    ['Акын', 'Akın', 'Akin'],
    ['Покорный', 'Pokorný', 'Pokorny'],
    ['محمد', 'Muḥammad', 'Muhammad'],
    ['Ōgata', 'Ōgata', 'Ogata'],
    ['Soren', 'Soren', 'Sören'],
  ] as const;
  it.each(pairs)('%s: %s before %s, whichever the table lists first, at one score, still a coin flip', (query, marked, other) => {
    for (const order of [[marked, other], [other, marked]]) {
      const resolver = createResolver({ entities: order.map((name, i) => ({ id: `e${i}`, name, type: 'person' as const })) });
      const result = resolver.resolve(query, { limit: 2 });
      expect(result.candidates.map((c) => c.name)).toEqual([marked, other]);
      expect(result.candidates[0]!.score).toBe(result.candidates[1]!.score);
      expect(result.status).toBe('ambiguous');
    }
  });
});
