/** Stage 5, candidates: what the index's shortcuts may and may not change. */
import { describe, expect, it } from 'vitest';
import { createResolver } from '../src/index.js';
import { CandidateIndex, COLUMNS_MIN } from '../src/candidates/index.js';
import { EntityColumnStore } from '../src/candidates/entity-store.js';
import { analyseName, keyedTokens } from '../src/pipeline.js';
import { compareTokens, compareTokensMemo, MIN_PAIR, SharedRow, UNRELATED, type TokenMemo } from '../src/score/index.js';
import { validateEntity } from '../src/tables/schema.js';
import { madeUpName, SYLLABLES } from './helpers.js';

const table = ['Vladimir Kostrenko', 'Vladimir Kostremko', 'Vladimir Petrenko', 'Anna Kostrenko'];
const entities = table.map((name, i) => validateEntity({ id: `e${i}`, name, type: 'person' }, '(test)', i + 1).entity!);

/** An index of people with these names (ids p0, p1…, or another prefix). */
function personIndex(names: readonly string[], prefix = 'p'): CandidateIndex {
  return new CandidateIndex(names.map((name, i) => validateEntity({ id: `${prefix}${i}`, name, type: 'person' }, '(test)', i + 1).entity!));
}

/**
 * 2,500 made-up words one consonant from Kostrenko and Kostrenka, another first consonant (B-s-t-r-n-k, D-, L-, M-) with
 * every vowel: they share one near key with them (s-t-r-n-k), and bring a near key's look-up over any budget.
 */
function otherFirstConsonants(): string[] {
  const vowels = ['a', 'e', 'i', 'o', 'u'];
  return ['b', 'd', 'l', 'm'].flatMap((c) => vowels.flatMap((v1) => vowels.flatMap((v2) => vowels.flatMap((v3) => vowels.map((v4) => `${c.toUpperCase()}${v1}s${v2}tr${v3}nk${v4}`)))));
}

/** The scorer's memo row a lookup of `word` leaves, with the memo and the word's token. */
function lookupRow(names: readonly string[], word: string) {
  const memo: TokenMemo = new Map();
  const query = analyseName(word);
  personIndex(names).lookup(query, 25, memo);
  return { memo, query: query.tokens[0]!, row: memo.get(query.tokens[0]!) as SharedRow };
}

describe('candidate index', () => {
  it("finds each entity's forms as one run of ids", () => {
    const withAliases = [validateEntity({ id: 'a', name: 'Malawi', type: 'place', aliases: ['ملاوي', 'Malaui'] }, '(test)', 1).entity!, ...entities, validateEntity({ id: 'z', name: 'Italy', type: 'place', aliases: ['Italia'] }, '(test)', 9).entity!];
    const index = new CandidateIndex(withAliases);
    withAliases.forEach((entity, e) => {
      const { start, end } = index.formsOfEntity(e);
      const texts = Array.from({ length: end - start }, (_, k) => index.textOf(start + k));
      expect(texts).toEqual([entity.name, ...entity.aliases.map((a) => a.name)]);
    });
    expect(index.formsOfEntity(withAliases.length)).toEqual({ start: index.size, end: index.size });
  });

  it('tells whether another entity holds every one of some words as spelt, in any of its forms (of a type, when asked)', () => {
    const more = [
      ...entities,
      validateEntity({ id: 'x', name: 'X', type: 'place', aliases: ['Petrenko Heights'] }, '(test)', 8).entity!,
      validateEntity({ id: 'y', name: 'Y', type: 'person', aliases: ['Hanna Kostremko'] }, '(test)', 9).entity!,
    ];
    const index = new CandidateIndex(more);
    const words = (name: string) => analyseName(name).core;
    // Kostrenko: Vladimir's (0) and Anna's (3); Vladimir Kostrenko: only entity 0's
    expect(index.heldElsewhere(words('Kostrenko'), 0)).toBe(true);
    expect(index.heldElsewhere(words('Vladimir Kostrenko'), 0)).toBe(false);
    // Kostremko: entity 1's name and an alias of y's (5); Petrenko: entity 2's, and an alias of a place (4)
    expect(index.heldElsewhere(words('Kostremko'), 1)).toBe(true);
    expect(index.heldElsewhere(words('Petrenko'), 2)).toBe(true);
    expect(index.heldElsewhere(words('Petrenko'), 2, 'person')).toBe(false);
    // a spelling is not the word: Kostrenka is nobody's
    expect(index.heldElsewhere(words('Kostrenka'), 0)).toBe(false);
    // a generic word has no keys to find its forms by: it is looked for in the forms of the others, or taken as held
    const airports = new CandidateIndex(['Alpha Airport', 'Beta Airport'].map((name, i) => validateEntity({ id: `a${i}`, name, type: 'place' }, '(test)', i + 1).entity!));
    expect(airports.heldElsewhere(words('Alpha Airport'), 0)).toBe(false);
    expect(airports.heldElsewhere(words('Beta Airport'), 0)).toBe(true);
    expect(airports.heldElsewhere(words('Airport'), 0)).toBe(true);
  });

  it('keeps every form found better than the cut when a common word re-ranks them, however many tie at the cut', () => {
    // Archuleta's forms are found first (the rarer word), the name holding all three words last among them (the
    // longest); Rendon's second; then Cristina, too common to find forms of its own, re-ranks the best 250.
    const names = [
      ...Array.from({ length: 270 }, (_, i) => `${madeUpName(i)} Archuleta`),
      'Maria Rendon Archuleta',
      ...Array.from({ length: 290 }, (_, i) => `${madeUpName(i + 300)} Rendon`),
      ...Array.from({ length: 2100 }, (_, i) => `Cristina ${madeUpName(i % 700)}${SYLLABLES[Math.floor(i / 700)]}`),
    ];
    const index = personIndex(names);
    const found = index.lookup(analyseName('Cristina Rendon Archuleta'), 25, new Map()).map((form) => index.textOf(form));
    expect(found[0]).toBe('Maria Rendon Archuleta');
  });

  it('ranks a form without words beyond the query above forms with them, however many of those tie before it', () => {
    // Every form holds Zorbatov's look-alike once; the name of that one word is the last entity (ties go to the lower
    // form id), and the forms with more words are more than the pool holds: each extra word must cost them.
    const names = [...Array.from({ length: 40 }, (_, i) => `${madeUpName(i)} ${madeUpName(i + 100)} Zorbatov`), ...Array.from({ length: 40 }, (_, i) => `${madeUpName(i + 200)} Zorbatov`), 'Zorbatov'];
    const index = personIndex(names);
    const found = index.lookup(analyseName('Zorbatof'), 3, new Map()).map((form) => index.textOf(form));
    expect(found[0]).toBe('Zorbatov');
    // then the forms of two words, ahead of those of three
    expect(found.slice(1).every((text) => text.split(' ').length === 2)).toBe(true);
  });

  it('rebuilds each form as the analysis of its text (minus titles), from its slot or, past four words, its columns', () => {
    const names = ['Jean-Yves Le Drian', 'Haftar', 'Abd al-Rahman bin Ali', 'María de los Ángeles García López Torres', 'خليفة حفتر', 'Ludrian', 'Ana Torres'];
    const index = personIndex(names);
    for (let form = 0; form < index.size; form++) {
      const rebuilt = index.nameOf(form);
      const analysed = analyseName(index.textOf(form));
      expect(rebuilt.tokens.map((t) => t.latin), index.textOf(form)).toEqual(analysed.tokens.map((t) => t.latin));
      expect(rebuilt.core.map((t) => t.latin)).toEqual(analysed.core.map((t) => t.latin));
      expect(rebuilt.glued?.map((t) => t.latin)).toEqual(analysed.glued?.map((t) => t.latin));
      expect(rebuilt.joined).toEqual(analysed.joined);
      expect(rebuilt.exactKey).toBe(analysed.exactKey);
    }
  });

  it('finds the forms holding every word as a scan of the whole table does, when every word is in many forms', () => {
    // 8 × 8 × 8 names of three words: each word in 64 names or more, so the forms of one word are marked before the
    // other's are looked through (see someFormHoldingAll); four of them with a slip's near word too
    const firsts = Array.from({ length: 8 }, (_, i) => madeUpName(i * 7, SYLLABLES, 'a'));
    const seconds = Array.from({ length: 8 }, (_, i) => madeUpName(i * 13 + 1, SYLLABLES, 'o'));
    const thirds = Array.from({ length: 8 }, (_, i) => madeUpName(i * 11 + 2, SYLLABLES, 'ez'));
    const names = firsts.flatMap((a) => seconds.flatMap((b) => thirds.map((c) => `${a} ${b} ${c}`)));
    names.push(`${firsts[0]} ${thirds[1]}`, `${seconds[2]} Kowalsky ${firsts[3]}`, `${firsts[3]} ${seconds[2]} Kowalska`);
    const index = personIndex(names);
    const textsOf = (forms: number[]) => forms.map((form) => index.textOf(form));
    const scan = (words: string[]) =>
      names.filter((name) => words.every((word) => name.toLowerCase().split(' ').includes(word.toLowerCase()))).sort((a, b) => a.split(' ').length - b.split(' ').length || names.indexOf(a) - names.indexOf(b));
    for (const query of [[firsts[0]!, thirds[1]!], [seconds[2]!, thirds[5]!], [firsts[3]!, seconds[2]!, thirds[7]!], [firsts[1]!, firsts[2]!]]) {
      expect(textsOf(index.formsHoldingAll(keyedTokens(analyseName(query.join(' '))), 100)), query.join(' ')).toEqual(scan(query).slice(0, 100));
    }
    // a slip: Kowalski is no word of the table, one edit from Kowalsky and Kowalska
    expect(textsOf(index.formsOneSlipFrom(keyedTokens(analyseName(`${firsts[3]} ${seconds[2]} Kowalski`)), 100)).sort()).toEqual([`${seconds[2]} Kowalsky ${firsts[3]}`, `${firsts[3]} ${seconds[2]} Kowalska`].sort());
  });

  it('finds the forms holding every word of a name given in part, however many forms tie before a common word re-ranks them', () => {
    // Villanueva's 301 forms tie (the rarer group), the one holding Casarez last; Casarez's look-alikes are too many to
    // find forms of their own, so they re-rank the best 250 of Villanueva's, which no longer hold it.
    const names = [
      ...Array.from({ length: 300 }, (_, i) => `${madeUpName(i)} Villanueva`),
      'Manuel Casarez Villanueva',
      ...Array.from({ length: 2100 }, (_, i) => `${madeUpName(i % 700)} ${['Casares', 'Cazares', 'Kasares'][Math.floor(i / 700)]}`),
    ];
    const index = personIndex(names);
    const holders = index.formsHoldingAll(keyedTokens(analyseName('Casarez Villanueva')), 25).map((form) => index.textOf(form));
    expect(holders).toEqual(['Manuel Casarez Villanueva']);
    const found = index.lookup(analyseName('Casarez Villanueva'), 25, new Map()).map((form) => index.textOf(form));
    expect(found).toContain('Manuel Casarez Villanueva');
    expect(createResolver({ entities: names.map((name, i) => ({ id: `p${i}`, name, type: 'person' as const })) }).resolve('Casarez Villanueva').entity?.name).toBe('Manuel Casarez Villanueva');
  });

  it('finds the words of forms longer than a slot holds, and of forms with a particle, as of the others', () => {
    const names = ['María de los Ángeles García López Torres', 'Jean-Yves Le Drian', 'Ana López Torres', 'Ana Torres'];
    const index = personIndex(names);
    const holders = (query: string) => index.formsHoldingAll(keyedTokens(analyseName(query)), 25).map((form) => index.textOf(form));
    expect(holders('López Torres')).toEqual(['Ana López Torres', 'María de los Ángeles García López Torres']);
    expect(holders('Ángeles Torres')).toEqual(['María de los Ángeles García López Torres']);
    expect(holders('Jean-Yves Drian')).toEqual(['Jean-Yves Le Drian']);
    // a common word re-ranks the forms found by the look-alikes of their glued particle form (Ludrian)
    expect(index.lookup(analyseName('Ludrian'), 25, new Map()).map((form) => index.textOf(form))).toContain('Jean-Yves Le Drian');
  });

  it("does not list a known word's near-key look-alikes, and the scorer compares one when a candidate holds it", () => {
    const index = new CandidateIndex(entities);
    const query = analyseName('Vladimir Kostrenko');
    const memo: TokenMemo = new Map();
    index.lookup(query, 25, memo);
    const kostrenko = keyedTokens(query).find((t) => t.latin === 'kostrenko')!;
    const kostremko = analyseName('Kostremko').tokens[0]!;
    const row = memo.get(kostrenko) as SharedRow;
    expect(row).toBeInstanceOf(SharedRow);
    // its own spelling is in the table, so the one-consonant-off Kostremko was not compared: the row keeps the near keys instead
    expect(row.has(kostremko)).toBe(false);
    expect(row.unlistedKeys?.size).toBeGreaterThan(0);
    const size = row.size;
    // …until asked: then it scores as compareTokens says, and the shared row does not grow
    expect(compareTokensMemo(kostrenko, kostremko, memo)).toEqual(compareTokens(kostrenko, kostremko, MIN_PAIR));
    expect(row.size).toBe(size);
    // a word sharing no key with it is unrelated, uncompared
    expect(compareTokensMemo(kostrenko, analyseName('Bartholomew').tokens[0]!, memo)).toBe(UNRELATED);
  });

  it('lists in a row only the words that may align; one sharing a key but scoring less is still UNRELATED', () => {
    const index = personIndex(['Hamid Karzai', 'Hamad Khalifa', 'Ahmed Hamad']);
    const memo: TokenMemo = new Map();
    const query = analyseName('Hamad');
    index.lookup(query, 25, memo);
    const row = memo.get(query.tokens[0]!) as SharedRow;
    const hamid = analyseName('Hamid').tokens[0]!;
    // Hamid shares Hamad's skeleton key (hmd) and was compared, but two different given names score below MIN_PAIR
    expect(compareTokens(query.tokens[0]!, hamid, MIN_PAIR).similarity).toBeLessThan(MIN_PAIR);
    expect(row.has(hamid)).toBe(false);
    expect([...row.values()].every((score) => score.similarity >= MIN_PAIR)).toBe(true);
    const size = row.size;
    expect(compareTokensMemo(query.tokens[0]!, hamid, memo)).toBe(UNRELATED);
    expect(row.size).toBe(size);
  });

  it("compares a close word's near-key look-alikes when they are few, and only keeps their keys when they are many", () => {
    // Kostrenka's own keys find Kostrenko (0.966: close, not its own spelling); Kostremko is one consonant off, and so
    // are thousands of made-up words with another first consonant (B-s-t-r-n-k with every vowel: one near key each)
    const strangers = otherFirstConsonants();
    const rowFor = (names: string[]) => lookupRow(names, 'Kostrenka').row;
    const kostremko = analyseName('Kostremko').tokens[0]!;
    const few = rowFor(['Kostrenko', 'Kostremko', ...strangers.slice(0, 20)]);
    expect(few.has(kostremko)).toBe(true);
    expect(few.unlistedKeys).toBeUndefined();
    const many = rowFor(['Kostrenko', 'Kostremko', ...strangers]);
    expect(strangers.length).toBeGreaterThan(2_000);
    expect(many.has(kostremko)).toBe(false);
    expect(many.unlistedKeys?.size).toBeGreaterThan(0);
  });

  it("does not compare a word with nothing close with the words of a near key that brings hundreds, and the scorer compares one when a candidate holds it", () => {
    // Kostrenka has no close spelling in the table, so its near keys are looked up; made-up words with another first
    // consonant and every vowel (B-s-t-r-n-k, D-s-t-r-n-k…) share one of them (s-t-r-n-k), Kostremko another (k-s-t-r-k)
    const strangers = otherFirstConsonants();
    const bosotrenka = analyseName('Bosotrenka').tokens[0]!;
    const kostremko = analyseName('Kostremko').tokens[0]!;
    const few = lookupRow(['Kostremko', 'Bosotrenka'], 'Kostrenka');
    expect(few.row.has(bosotrenka)).toBe(true);
    expect(few.row.has(kostremko)).toBe(true);
    const many = lookupRow(['Kostremko', ...strangers], 'Kostrenka');
    expect(strangers).toContain('Bosotrenka');
    expect(many.row.has(bosotrenka)).toBe(false);
    expect(many.row.has(kostremko)).toBe(true);
    expect(many.row.unlistedKeys?.size).toBeGreaterThan(0);
    expect(compareTokensMemo(many.query, bosotrenka, many.memo)).toEqual(compareTokens(many.query, bosotrenka, MIN_PAIR));
    expect(compareTokens(many.query, bosotrenka, MIN_PAIR).similarity).toBeGreaterThan(MIN_PAIR);
  });

  it("does not compare a known word with the words of a key that brings hundreds, and the scorer compares one when a candidate holds it", () => {
    // K-s-t-r-n-k with every vowel: 750 made-up words under Kostrenko's own skeleton key, which Kostrenko itself is among
    const vowels = ['a', 'e', 'i', 'o', 'u'];
    const strangers = [
      ...vowels.flatMap((v1) => vowels.flatMap((v2) => vowels.map((v3) => `K${v1}str${v2}nk${v3}`))),
      ...vowels.flatMap((v1) => vowels.flatMap((v2) => vowels.flatMap((v3) => vowels.map((v4) => `K${v1}str${v2}n${v3}k${v4}`)))),
    ];
    const rowFor = (names: string[]) => lookupRow(names, 'Kostrenko');
    const kostranko = analyseName('Kostranko').tokens[0]!;
    const few = rowFor(strangers.filter((word) => word.startsWith('Kostr') && word.length === 9));
    expect(few.row.has(kostranko)).toBe(true);
    const many = rowFor(strangers);
    expect(many.row.has(kostranko)).toBe(false);
    expect(many.row.unlistedKeys?.size).toBeGreaterThan(0);
    expect(compareTokensMemo(many.query, kostranko, many.memo)).toEqual(compareTokens(many.query, kostranko, MIN_PAIR));
    expect(compareTokens(many.query, kostranko, MIN_PAIR).similarity).toBeGreaterThan(MIN_PAIR);
  });

  it("does not compare a Latin word that has a same-code spelling in the table with the hundreds of words of its common keys; another script's word still does", () => {
    // K-s-t-r-n-k with every vowel, all under the skeleton key Kostrenco shares with Kostrenko, whose code (c and k one
    // class) its own code key finds first
    const vowels = ['a', 'e', 'i', 'o', 'u'];
    const strangers = [
      ...vowels.flatMap((v1) => vowels.flatMap((v2) => vowels.map((v3) => `K${v1}str${v2}nk${v3}`))),
      ...vowels.flatMap((v1) => vowels.flatMap((v2) => vowels.flatMap((v3) => vowels.map((v4) => `K${v1}str${v2}n${v3}k${v4}`)))),
    ];
    const kostranko = analyseName('Kostranko').tokens[0]!;
    expect(strangers).toContain('Kostranko');
    const many = lookupRow(['Kostrenko', ...strangers], 'Kostrenco');
    expect(many.row.has(analyseName('Kostrenko').tokens[0]!)).toBe(true);
    expect(many.row.has(kostranko)).toBe(false);
    expect(many.row.unlistedKeys?.size).toBeGreaterThan(0);
    // …until a candidate holds one: then it scores as compareTokens says
    expect(compareTokensMemo(many.query, kostranko, many.memo)).toEqual(compareTokens(many.query, kostranko, MIN_PAIR));
    expect(compareTokens(many.query, kostranko, MIN_PAIR).similarity).toBeGreaterThan(MIN_PAIR);
    // a hundred are compared (a small table's short words: Kenya's look-alikes make Guinea no sure match)
    expect(lookupRow(['Kostrenko', ...strangers.filter((word) => word.startsWith('Ko'))], 'Kostrenco').row.has(kostranko)).toBe(true);
    // another script's spelling has many of one code in the Latin table (Арий: Ariy, Arii, Arius): all compared
    expect(lookupRow(['Kostrenko', ...strangers], 'Костренко').row.has(kostranko)).toBe(true);
  });

  it("does not look up a Latin word's fallback keys when its own found a close spelling and they bring hundreds of words; another script's word still does", () => {
    // Damirn's own keys find Damarn (0.96: close, not its spelling); its fallback keys are the skeletons one consonant
    // shorter (d-m-n…), under which D-m-n with every vowel, single and doubled, are filed
    const vowels = ['a', 'e', 'i', 'o', 'u'];
    const shorter = vowels.flatMap((a) => vowels.flatMap((b) => vowels.flatMap((c) => [`D${a}m${b}n${c}`, `D${a}mm${b}n${c}`, `D${a}m${b}nn${c}`])));
    const damine = analyseName('Damine').tokens[0]!;
    expect(shorter).toContain('Damine');
    expect(compareTokens(analyseName('Damirn').tokens[0]!, analyseName('Damarn').tokens[0]!).similarity).toBeGreaterThan(0.9);
    expect(lookupRow(['Damarn', ...shorter.slice(0, 40)], 'Damirn').row.has(damine)).toBe(true);
    const many = lookupRow(['Damarn', ...shorter], 'Damirn');
    expect(many.row.has(damine)).toBe(false);
    // a candidate holding one is still compared
    expect(compareTokensMemo(many.query, damine, many.memo)).toEqual(compareTokens(many.query, damine, MIN_PAIR));
    expect(lookupRow(['Damarn', ...shorter], 'Дамирн').row.has(damine)).toBe(true);
  });

  it('stops comparing a Latin word with table words after WORD_COMPARISONS, keeping the keys not looked up; another script’s word goes on', () => {
    // Kostrenjuk's keys: its skeleton with j (K-s-t-r-n-j-k: 625 made-up words with every vowel), then the one without
    // (K-s-t-r-n-k: 750 more, Kostranko among them)
    const vowels = ['a', 'e', 'i', 'o', 'u'];
    const plain = [
      ...vowels.flatMap((v1) => vowels.flatMap((v2) => vowels.map((v3) => `K${v1}str${v2}nk${v3}`))),
      ...vowels.flatMap((v1) => vowels.flatMap((v2) => vowels.flatMap((v3) => vowels.map((v4) => `K${v1}str${v2}n${v3}k${v4}`)))),
    ];
    const withJ = vowels.flatMap((v1) => vowels.flatMap((v2) => vowels.flatMap((v3) => vowels.map((v4) => `K${v1}str${v2}nj${v3}k${v4}`))));
    const kostranko = analyseName('Kostranko').tokens[0]!;
    const many = lookupRow([...withJ, ...plain], 'Kostrenjuk');
    expect(many.row.has(kostranko)).toBe(false);
    expect(many.row.size).toBeLessThan(withJ.length + 1);
    expect(many.row.unlistedKeys?.size).toBeGreaterThan(0);
    expect(compareTokensMemo(many.query, kostranko, many.memo)).toEqual(compareTokens(many.query, kostranko, MIN_PAIR));
    // under the bound, the second key's words are compared too
    expect(lookupRow([...withJ.slice(0, 100), ...plain], 'Kostrenjuk').row.has(kostranko)).toBe(true);
    // (Костренюк has both skeletons: the glide of ю may be left out)
    expect(lookupRow([...withJ, ...plain], 'Костренюк').row.has(kostranko)).toBe(true);
  });

  it('stops within a key too: a common key of a large table holds thousands of words, and those not compared are scored when a name holds them', () => {
    const vowels = ['a', 'e', 'i', 'o', 'u'];
    // (625 made-up words under one key, K-s-t-r-n-j-k)
    const withJ = vowels.flatMap((v1) => vowels.flatMap((v2) => vowels.flatMap((v3) => vowels.map((v4) => `K${v1}str${v2}nj${v3}k${v4}`))));
    const many = lookupRow(withJ, 'Kostrenjuk');
    expect(many.row.size).toBeLessThanOrEqual(300);
    expect(many.row.unlistedKeys?.size).toBeGreaterThan(0);
    const unread = withJ.map((word) => analyseName(word).tokens[0]!).filter((word) => !many.row.has(word));
    expect(unread.length).toBeGreaterThan(300);
    for (const word of unread.slice(-3)) expect(compareTokensMemo(many.query, word, many.memo)).toEqual(compareTokens(many.query, word, MIN_PAIR));
  });

  it('scores a candidate holding a near-key word its row does not list as compare() does', () => {
    const resolver = createResolver({ entities: table.map((name, i) => ({ id: `e${i}`, name, type: 'person' as const })) });
    const result = resolver.resolve('Vladimir Kostrenko', { limit: 5 });
    const near = result.candidates.find((c) => c.alias === 'Vladimir Kostremko');
    expect(near).toBeDefined();
    expect(near!.score).toBeGreaterThan(0.5);
    expect(near!.score).toBeCloseTo(resolver.compare('Vladimir Kostrenko', 'Vladimir Kostremko', { type: 'person' }).score, 3);
  });

  it("scores a word the row's keys do not cover (a short word) without growing the shared row", () => {
    const index = new CandidateIndex(entities);
    const query = analyseName('Vladimir Kostrenko');
    const first: TokenMemo = new Map();
    index.lookup(query, 25, first);
    const kostrenko = keyedTokens(query).find((t) => t.latin === 'kostrenko')!;
    const anna = analyseName('Anna').tokens[0]!;
    const row = first.get(kostrenko)!;
    const size = row.size;
    expect(compareTokensMemo(kostrenko, anna, first)).toEqual(compareTokens(kostrenko, anna, MIN_PAIR));
    // a later query's memo gets the same shared row, unchanged
    const second: TokenMemo = new Map();
    index.lookup(analyseName('Kostrenko'), 25, second);
    expect(second.get(kostrenko)).toBe(row);
    expect(compareTokensMemo(kostrenko, anna, second)).toEqual(compareTokens(kostrenko, anna, MIN_PAIR));
    expect(row.size).toBe(size);
    expect(row.has(anna)).toBe(false);
  });
});

describe('a large table once indexed', () => {
  it('keeps its entities as columns, and gives each back whole: attributes, aliases and theirs', () => {
    const inputs = Array.from({ length: COLUMNS_MIN }, (_, i) => ({
      id: `e${i}`,
      name: `${madeUpName(i)} ${madeUpName(Math.floor(i / 1000), SYLLABLES, 'ov')}`,
      type: i % 2 === 0 ? ('person' as const) : ('place' as const),
      aliases: i % 3 === 0 ? [{ name: `${madeUpName(i, SYLLABLES, 'a')} ${madeUpName(Math.floor(i / 1000), SYLLABLES, 'eva')}`, lang: 'ru' }, madeUpName(i, SYLLABLES, 'o')] : [],
      ...(i % 5 === 0 ? { country: 'LY', description: `entity ${i}` } : {}),
    }));
    const validated = inputs.map((input, i) => validateEntity(input, '(test)', i + 1).entity!);
    const index = new CandidateIndex(validated);
    expect(index.entities).toBeInstanceOf(EntityColumnStore);
    for (const i of [0, 1, 3, 5, 15, 12_345, COLUMNS_MIN - 1]) expect(index.entities.entity(i)).toEqual(validated[i]);
    const resolver = createResolver({ entities: inputs });
    const resolution = resolver.resolve(`${madeUpName(15, SYLLABLES, 'a')} ${madeUpName(0, SYLLABLES, 'eva')}`);
    expect(resolution.entity).toEqual(validated[15]);
    expect(resolver.entities).toHaveLength(COLUMNS_MIN);
  });
});

describe('whole-name keys', () => {
  it('rank a one-word form by how alike its word is, not by the name-as-one-word key it shares (кигути: Kiguchi before Kichise)', () => {
    const names = ['Kichise', 'Kikuta', 'Kiguchi', 'Gachot'];
    const index = personIndex(names, 'e');
    const [first] = index.lookup(analyseName('кигути'), 1, new Map());
    expect(index.textOf(first!)).toBe('Kiguchi');
  });

  it('still find a name written in another number of words by the name as one word (Ludrian, Le Drian)', () => {
    const index = personIndex(['Jean-Yves Le Drian', 'Louis Dreyfus'], 'e');
    const [first] = index.lookup(analyseName('Ludrian'), 1, new Map());
    expect(index.textOf(first!)).toBe('Jean-Yves Le Drian');
  });
});

/** A table of `name` (id x) and a stranger's name. */
function besideAStranger(name: string) {
  return createResolver({ entities: [{ id: 'x', name, type: 'person' }, { id: 'y', name: 'Tomasz Wiśniewski', type: 'person' }] });
}

/** The candidates' ids `query` finds in a table of `name` (id x) and a stranger's name. */
function candidateIdsBeside(name: string, query: string): string[] {
  return besideAStranger(name).resolve(query, { limit: 3 }).candidates.map((c) => c.id);
}

describe('short words one consonant off', () => {
  // Three consonants are too few for near keys: such skeletons share a replaced key (one consonant unknown) instead.
  it.each([
    ['Khadafy', 'Kadaffi'],
    ['Kadaffi', 'Khadafy'],
    ['Salim', 'Salin'],
    ['Farid', 'Barid'],
    // any consonant, not only a near one: a typo or a misread letter
    ['Reuber', 'Neuber'],
    ['Geosgia', 'Georgia'],
  ])('finds %s from %s', (query, name) => {
    const resolver = besideAStranger(name);
    const result = resolver.resolve(query, { limit: 3 });
    expect(result.candidates.map((c) => c.id)).toContain('x');
    expect(result.candidates[0]!.score).toBeCloseTo(resolver.compare(query, name).score, 3);
  });

  it('does not look them up when the word has a close look-alike already', () => {
    const index = personIndex(['Kadafi', 'Hadafi'], 'e');
    const memo: TokenMemo = new Map();
    const query = analyseName('Kadafi');
    index.lookup(query, 25, memo);
    const row = memo.get(query.tokens[0]!)!;
    expect(row.has(analyseName('Hadafi').tokens[0]!)).toBe(false);
  });
});

describe('a word of vowels only', () => {
  // Its skeleton is its code, which another script's spelling never shares: one key for all such words finds it.
  it.each([
    ['آية', 'Aya'],
    ['أويا', 'Oya'],
    ['Aya', 'آية'],
  ])('finds %s from %s', (query, name) => {
    expect(candidateIdsBeside(name, query)).toContain('x');
  });
});

describe('a name of one word', () => {
  // 64 forms hold a close look-alike of Turrov (Turov), so the word weighs little; three two-word names read as one
  // word (=drf) weigh more than it, and a pool of three held only them
  const syllables = ['ba', 'ko', 'mi', 'ne', 'pu', 'sa', 'ti', 'vo'];
  const lookAlikes = syllables.flatMap((a) => syllables.map((b) => `${a[0]!.toUpperCase()}${a.slice(1)}${b}n Turov`));
  const names = ['Tyr Rvvh', 'Thr Yf', 'Tara Vey', ...lookAlikes, 'Yuliy Turrov', 'Ignatiy Turrov'];

  it('brings every form holding it as written, beside the pool: whole-name keys of other names do not push one out', () => {
    const index = personIndex(names);
    const found = index.lookup(analyseName('Turrov'), 3, new Map()).map((form) => index.textOf(form));
    expect(found).toContain('Yuliy Turrov');
    expect(found).toContain('Ignatiy Turrov');
  });
});

describe('a word whose spelling writes one consonant fewer', () => {
  it('finds table words of one consonant more although its skeleton is too short for near keys (байович: Bajović, whose j is also the glide й)', () => {
    const resolver = createResolver({ entities: [{ id: 'b', name: 'Bajović', type: 'other' }, { id: 'v', name: 'Beauvois', type: 'other' }] });
    expect(resolver.resolve('Байович').candidates[0]?.id).toBe('b');
  });
});

describe('a word of many flex symbols whose keys find nothing close', () => {
  it("looks up its less likely skeletons too (דוידוביץ': both waws read as v, Davidovich, which its likeliest four skeletons leave out)", () => {
    const resolver = createResolver({ entities: [{ id: 'd', name: 'Davidovich', type: 'other' }, { id: 'o', name: 'Dobson', type: 'other' }] });
    expect(resolver.resolve("דוידוביץ'").candidates[0]?.id).toBe('d');
  });
});

describe('a word whose spelling writes one consonant more', () => {
  // Four consonants have near keys, three have not: the query looks up its skeletons one consonant shorter as they are.
  it.each([
    ['Damirn', 'Damien'],
    ['Lomsviy', 'Lomoviy'],
    ['Brtak', 'Butak'],
  ])('finds %s from %s', (query, name) => {
    expect(candidateIdsBeside(name, query)).toContain('x');
  });
});

describe("a Latin word's silent initial h", () => {
  it('is looked up without it too: other scripts leave it unwritten (Уртадо Hurtado, Эредия Heredia)', () => {
    const resolver = createResolver({ entities: ['Hurtado', 'Heredia', 'Arteta', 'Urrutia'].map((name, i) => ({ id: `e${i}`, name, type: 'other' as const })) });
    expect(resolver.resolve('Уртадо').candidates[0]?.name).toBe('Hurtado');
    expect(resolver.resolve('Эредия').candidates[0]?.name).toBe('Heredia');
  });
});

describe('forms sharing two words of the name', () => {
  // Two common words (more forms than are read for a word) and a misspelt third: only the forms the two share are the name.
  const fillers = Array.from({ length: 1200 }, (_, i) => [
    { id: `p${i}`, name: `Petrishina ${i}`, type: 'person' as const },
    { id: `i${i}`, name: `Ivantsiv ${i}`, type: 'person' as const },
  ]).flat();
  const resolver = createResolver({ entities: [...fillers, { id: 'target', name: 'Olivia Petrishina Ivantsiv', type: 'person' }] });

  it('are found when the misspelt word finds nothing', () => {
    const ids = resolver.resolve('Onivia Petrishina Ivantsiv', { limit: 5 }).candidates.map((c) => c.id);
    expect(ids[0]).toBe('target');
  });

  it('a name of one of the common words alone still resolves to its own form', () => {
    expect(resolver.resolve('Petrishina 17').entity?.id).toBe('p17');
  });
});

describe('a word the table uses generically', () => {
  // "Emetab" (Kalenjin "country of") is in many names of the table, but in fewer than the look-alikes of Ghana
  // (its spellings in many scripts, Gana, Guyana…): the look-up must still weigh it as the scorer does, little.
  const places = ['Kenya', 'Uganda', 'Brazil', 'Norway', 'Turkey', 'Cyprus', 'Russia', 'Rwanda', 'Bhutan', 'Belize', 'Qatar', 'Niger', 'Chile', 'Peru', 'Mali', 'Chad', 'Oman', 'Iran', 'Iraq', 'Cuba', 'Fiji', 'Laos', 'Togo', 'Benin', 'Nepal', 'Guyana'];
  const ghana = ['Gana', 'Gaana', 'Ganaa', 'Ghanah', 'Gàna', 'Ganá', 'Gána', 'Ɣana', 'Гана', 'غانا', 'غنا', 'גאנה', 'Γκάνα', 'Ngana', 'Ugana', 'Qana', 'Khana', 'Ganäa', 'Ghanaa', 'Gahna', 'Ganah', 'Ghanna', 'Gaanà', 'Ganë', 'Ghaana', 'Gahana', 'Ghena', 'Gheana', 'Gyana', 'Gwana'];
  const resolver = createResolver({
    entities: [
      { id: 'GH', name: 'Ghana', type: 'place', aliases: ghana },
      // (places whose names look like Ghana's spellings: the look-alikes of Ghana are in more names than Emetab is)
      { id: 'AS', name: 'Ashanti', type: 'place', aliases: ghana.map((name) => `${name} Region`) },
      { id: 'VO', name: 'Volta', type: 'place', aliases: ghana.map((name) => `${name} District`) },
      ...places.map((name) => ({ id: name, name, type: 'place' as const, aliases: [`Emetab ${name}`] })),
    ],
  });

  it('a generic word weighs little in the look-up too: "Emetab Ghana" finds Ghana, not the other "Emetab" names', () => {
    expect(resolver.resolve('Emetab Ghana', { limit: 3 }).candidates[0]?.id).toBe('GH');
  });
});
