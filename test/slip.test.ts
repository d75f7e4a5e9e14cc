/** Slips of the pen: a person's name with one word mistyped into a word the table does not know. */
import { describe, expect, it } from 'vitest';
import { analyseName } from '../src/pipeline.js';
import { createResolver } from '../src/resolver.js';
import { CandidateIndex } from '../src/candidates/index.js';
import { keyedTokens } from '../src/pipeline.js';
import { validateEntity } from '../src/tables/schema.js';
import { madeUpName } from './helpers.js';
import { SLIP_SCORE, slipOf } from '../src/score/slip.js';

const unknown = () => false;

describe('slipOf', () => {
  it.each([
    ['a letter replaced', 'Áegel Garrido Serrato', 'Ángel Garrido Serrato', { word: 'aegel', as: 'angel' }],
    ['a letter dropped', 'Irne Montañez', 'Irene Montañez', { word: 'irne', as: 'irene' }],
    ['a letter added', 'Libby Thompsson', 'Libby Thompson', { word: 'thompsson', as: 'thompson' }],
    ['two letters swapped', 'Dvaid Keller', 'David Keller', { word: 'dvaid', as: 'david' }],
    ['in another order', 'Keller, Dvaid', 'David Keller', { word: 'dvaid', as: 'david' }],
  ])('%s: %s is %s mistyped', (_, query, name, slip) => {
    expect(slipOf(analyseName(query), analyseName(name), unknown)).toEqual(slip);
  });

  it.each([
    ['one word alone (Lativa is not Latvia mistyped: too little to tell)', 'Lativa', 'Latvia'],
    ['two words off', 'Dvaid Kellr', 'David Keller'],
    ['two letters off', 'Dvid Kelxer', 'David Keller'],
    ['another number of words', 'Dvaid Keller', 'David Keller Smith'],
    ['a short word (one letter from too many)', 'Jon Keller', 'Jan Keller'],
    ['an initial', 'J. Keller', 'D. Keller'],
  ])('no slip: %s', (_, query, name) => {
    expect(slipOf(analyseName(query), analyseName(name), unknown)).toBeUndefined();
  });

  it('takes no word the table knows for a slip: it is another name (Mary Smith is not Mark Smith)', () => {
    const query = analyseName('Mary Smith');
    expect(slipOf(query, analyseName('Mark Smith'), unknown)).toEqual({ word: 'mary', as: 'mark' });
    expect(slipOf(query, analyseName('Mark Smith'), (token) => token.latin === 'mary')).toBeUndefined();
  });
});

describe('resolve: slips', () => {
  const resolver = createResolver({
    entities: [
      { id: 'angel', name: 'Ángel Garrido Serrato', type: 'person', aliases: [] },
      { id: 'mark', name: 'Mark Smith', type: 'person', aliases: [] },
      { id: 'mary', name: 'Mary Jones', type: 'person', aliases: [] },
      { id: 'peter', name: 'Mirco Peter', type: 'person', aliases: [] },
      { id: 'deter', name: 'Mirco Deter', type: 'person', aliases: [] },
    ],
  });

  it('matches a name with one word mistyped, and says so', () => {
    const result = resolver.resolve('Áegel Garrido Serrato');
    expect(result.status).toBe('matched');
    expect(result.entity?.id).toBe('angel');
    expect(result.score).toBe(SLIP_SCORE);
    expect(result.explanation.slip).toEqual({ word: 'aegel', as: 'angel' });
    expect(result.explanation.decision).toMatch(/slip of the pen/);
  });

  it('keeps a word the table knows as another name apart (Mary is a name of the table)', () => {
    const result = resolver.resolve('Mary Smith');
    expect(result.status).toBe('unmatched');
    expect(result.explanation.slip).toBeUndefined();
  });

  it('calls a slip from either of two names ambiguous', () => {
    const result = resolver.resolve('Mirco Neter');
    expect(result.status).toBe('ambiguous');
    expect(result.candidates.slice(0, 2).map((c) => c.id).sort()).toEqual(['deter', 'peter']);
    expect(result.candidates[0]!.score).toBe(SLIP_SCORE);
  });

  it('takes no place name for a slip: towns are named one letter apart (Nong Khai and Nong Phai, Dale City and Daly City)', () => {
    const asPlace = createResolver({ entities: [{ id: 'khai', name: 'Nong Khai', type: 'place', aliases: [] }] });
    expect(asPlace.resolve('Nong Phai').status).toBe('unmatched');
    const asPerson = createResolver({ entities: [{ id: 'khai', name: 'Nong Khai', type: 'person', aliases: [] }] });
    expect(asPerson.resolve('Nong Phai').status).toBe('matched');
  });
});

describe('resolve: words run together', () => {
  const resolver = createResolver({
    entities: [
      { id: 'parly', name: 'Florence Parly', type: 'person', aliases: [] },
      { id: 'drian', name: 'Jean-Yves Le Drian', type: 'person', aliases: [] },
      { id: 'mcdonald', name: 'Ronald McDonald', type: 'person', aliases: [] },
      { id: 'regis', name: 'Régis Lecomte', type: 'person', aliases: [] },
      { id: 'liliya', name: 'Liliya Lyuta', type: 'person', aliases: [] },
    ],
  });

  it.each([
    ['RégisrLecomte', 'regis', 'Régisr Lecomte'],
    ['LiliyarLyuta', 'liliya', 'Liliyar Lyuta'],
  ])('reads %s divided at its inner capitals, as written it matches nothing (a space typed as a letter)', (query, id, divided) => {
    const result = resolver.resolve(query);
    expect(result).toMatchObject({ status: 'matched', entity: { id }, score: SLIP_SCORE });
    expect(result.explanation.dividedAtCapitals).toBe(divided);
    expect(result.explanation.decision).toMatch(/divided at capitals/);
  });

  it('keeps the name as written when it matches (LeDrian, McDonald)', () => {
    for (const [query, id] of [['Jean-Yves LeDrian', 'drian'], ['Ronald McDonald', 'mcdonald'], ['FlorenceParly', 'parly']] as const) {
      const result = resolver.resolve(query);
      expect(result).toMatchObject({ status: 'matched', entity: { id } });
      expect(result.explanation.dividedAtCapitals).toBeUndefined();
    }
  });

  it('leaves a name unmatched when neither reading matches', () => {
    const result = resolver.resolve('MarleeaFlatley');
    expect(result.status).toBe('unmatched');
    expect(result.explanation.dividedAtCapitals).toBeUndefined();
  });
});

describe('candidates: slips', () => {
  // 300 people named Stehr: a mistyped given name finds no look-alikes, and Stehr's forms tie, Stephan Stehr's last.
  // (given names of syllables that read nothing like Stebhan)
  const syllables = ['ka', 'lo', 'mi', 'ru', 'ra', 'go', 'di', 'ze', 'du', 'we'];
  const names = [...Array.from({ length: 300 }, (_, i) => `${madeUpName(i, syllables, 'l')} Stehr`), 'Stephan Stehr'];

  it('finds the forms holding every other word of a name with one word unknown to the table, and a word one edit from it', () => {
    const index = new CandidateIndex(names.map((name, i) => validateEntity({ id: `p${i}`, name, type: 'person' }, '(test)', i + 1).entity!));
    const forms = (query: string) => index.formsOneSlipFrom(keyedTokens(analyseName(query)), 25).map((form) => index.textOf(form));
    expect(forms('Stebhan Stehr')).toEqual(['Stephan Stehr']);
    // a known word (Stephan) is no slip, nor two unknown words, nor one word alone
    expect(forms('Stephan Stehr')).toEqual([]);
    expect(forms('Stebhan Stehx')).toEqual([]);
    expect(forms('Stebhan')).toEqual([]);
  });

  it('resolves such a name though the candidate pool left its form out', () => {
    const resolver = createResolver({ entities: names.map((name, i) => ({ id: `p${i}`, name, type: 'person' as const })) });
    expect(resolver.resolve('Stebhan Stehr')).toMatchObject({ status: 'matched', entity: { name: 'Stephan Stehr' }, score: SLIP_SCORE });
  });
});
