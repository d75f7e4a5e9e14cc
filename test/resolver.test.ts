import { describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import { readFileSync } from 'node:fs';
import { analyseName } from '../src/pipeline.js';
import { createResolver, OnomaError } from '../src/index.js';
import { linguistics, loadCompoundEndings } from '../src/data/linguistic.js';
import { CandidateIndex } from '../src/candidates/index.js';
import { sameNames } from './helpers.js';
import { renderExplanation } from '../src/explain/index.js';
import type { Entity, EntityInput } from '../src/types.js';

const entitiesOf = (inputs: EntityInput[]): Entity[] => inputs.map((e) => ({ ...e, aliases: (e.aliases ?? []).map((a) => (typeof a === 'string' ? { name: a } : a)) }) as Entity);

const entities = [
  { id: 'haftar', name: 'Khalifa Haftar', type: 'person' as const, aliases: ['Hifter'] },
  { id: 'tobruk', name: 'Tobruk', type: 'place' as const },
];

describe('resolver API', () => {
  const resolver = createResolver({ entities });

  it('returns the documented shape', () => {
    const result = resolver.resolve('Marshal Khalifa Heftar');
    expect(result).toMatchObject({ query: 'Marshal Khalifa Heftar', status: 'matched', entity: { id: 'haftar', name: 'Khalifa Haftar' } });
    expect(result.score).toBeGreaterThan(0.85);
    expect(result.score).toBeLessThanOrEqual(1);
    expect(result.candidates[0]).toMatchObject({ id: 'haftar', name: 'Khalifa Haftar' });
    expect(result.explanation.titles).toEqual(['marshal']);
    expect(result.explanation.match?.comparison.pairs.map((p) => p.query)).toEqual(expect.arrayContaining(['khalifa', 'heftar']));
  });

  it('filters by type', () => {
    expect(resolver.resolve('Tobruk', { type: 'person' }).status).toBe('unmatched');
    expect(resolver.resolve('Tobruk', { type: 'place' }).entity?.id).toBe('tobruk');
  });

  it('limits candidates', () => {
    expect(resolver.resolve('Haftar', { limit: 1 }).candidates).toHaveLength(1);
  });

  it('with one candidate asked for, the runner-up decide() reads still has its tie-broken score', () => {
    // the tie-breaker stops early with one place asked for, but not before the runner-up: its first-pass
    // score (0.956) would make the match ambiguous, its final one (0.953) is twice as far from the name
    const r = createResolver({ entities: ['Marina Kolova', 'Marana Kolova'].map((name, i) => ({ id: `e${i}`, name, type: 'person' as const })) });
    const one = r.resolve('Marina Kolovo', { limit: 1 });
    const five = r.resolve('Marina Kolovo', { limit: 5 });
    expect(one.status).toBe('matched');
    expect(one.explanation.runnerUp).toEqual(five.explanation.runnerUp);
  });

  it('gives an empty or symbol-only name an unmatched result, not an error', () => {
    for (const q of ['', '   ', '---', '\u200B']) expect(resolver.resolve(q).status).toBe('unmatched');
  });

  it('resolveAll keeps order', () => {
    expect([...resolver.resolveAll(['Tobruk', 'Hifter', 'nobody'])].map((r) => r.entity?.id)).toEqual(['tobruk', 'haftar', undefined]);
  });

  it('the stream transform keeps order', async () => {
    const out: string[] = [];
    for await (const r of Readable.from(['Hifter', 'Tobrouk', 'x']).pipe(resolver.stream())) out.push(r.status);
    expect(out).toEqual(['matched', 'matched', 'unmatched']);
  });

  it('two resolvers with different tables coexist', () => {
    const other = createResolver({ entities: [{ id: 'x', name: 'Tobruk Port', type: 'place' }] });
    expect(resolver.resolve('Tobruk').entity?.id).toBe('tobruk');
    expect(other.resolve('Tobruk Port').entity?.id).toBe('x');
  });

  it('thresholds are options', () => {
    const strict = createResolver({ entities, matchThreshold: 0.999 });
    expect(strict.resolve('Heftar').status).toBe('unmatched');
  });

  it('rejects bad options and bad entities with clear errors', () => {
    expect(() => createResolver({ entities, matchThreshold: 2 })).toThrow(/matchThreshold must be a number from 0 to 1/);
    expect(() => createResolver({ entities: [{ id: 'a', name: 'A', type: 'planet' as never }] })).toThrow(OnomaError);
  });

  it('an alias claimed by two entities is ambiguous, never last-wins', () => {
    const r = createResolver({ entities: [{ id: 'a', name: 'Congo', type: 'place' }, { id: 'b', name: 'Republic of Congo', type: 'place', aliases: ['Congo'] }] });
    expect(r.resolve('Congo').status).toBe('ambiguous');
  });

  it('compare explains itself', () => {
    const c = resolver.compare('Ludrian', 'Jean-Yves Le Drian');
    expect(c.explanation.aLatin).toBe('ludrian');
    expect(c.score).toBeGreaterThan(0.5);
  });
});

describe('acronyms', () => {
  const resolver = createResolver({ entities: [{ id: 'gna', name: 'Government of National Accord', type: 'organization' }, { id: 'jean', name: 'جان', type: 'person' }] });
  it('an acronym matches the initials of a name', () => {
    expect(resolver.resolve('GNA').entity?.id).toBe('gna');
  });
  it('an acronym is never compared by sound', () => {
    expect(resolver.resolve('GNA').candidates.map((c) => c.id)).not.toContain('jean');
    expect(resolver.compare('GNA', 'Gina').match).toBe(false);
  });
  it('an acronym of two letters is too common to be a match alone; longer ones count more', () => {
    const su = resolver.compare('SU', 'Salomon Uharteak');
    expect(su.match).toBe(false);
    expect(su.score).toBeGreaterThan(0.5);
    expect(resolver.compare('USSR', 'Union of Soviet Socialist Republics').score).toBeGreaterThan(resolver.compare('GNA', 'Government of National Accord').score);
  });
  it('a connector\'s initial is no evidence: ROU is spelt by Republic of Uganda\'s initials, but only two of its letters say which republic', () => {
    expect(resolver.compare('ROU', 'Republic of Uganda').match).toBe(false);
    expect(resolver.compare('SOM', 'State of Malta').match).toBe(false);
    expect(resolver.compare('USA', 'United States of America').match).toBe(true);
    expect(resolver.compare('ROU', 'Republic of Uganda').score).toBeGreaterThan(0.5);
  });
  it('…and so is the initial of "and" in another language (data/names: Irish agus, Czech a, Swahili na)', () => {
    expect(resolver.compare('BAH', 'Bosna agus Hercegovina').match).toBe(false);
    expect(resolver.compare('BAH', 'Bosniska a Hercegowina').match).toBe(false);
    expect(resolver.compare('PNG', 'Palestina na Gaza').match).toBe(false);
    expect(resolver.compare('BAH', 'Bosna agus Hercegovina').score).toBeGreaterThan(0.5);
    expect(resolver.compare('UAE', 'United Arab Emirates').match).toBe(true);
  });
});

describe('a place and, after a comma, where it is (Tripoli, Libya)', () => {
  const resolver = createResolver({
    entities: [
      { id: 'tripoli', name: 'Tripoli', type: 'place', country: 'LY' },
      { id: 'ain-zara', name: 'Ain Zara', type: 'place', country: 'LY' },
      { id: 'libya', name: 'Libya', type: 'place', country: 'LY', aliases: ['ليبيا', 'Libye'] },
      { id: 'paris', name: 'Paris', type: 'place', country: 'FR' },
      { id: 'france', name: 'France', type: 'place', country: 'FR' },
      { id: 'lebanon', name: 'Lebanon', type: 'place', country: 'LB' },
      { id: 'haftar', name: 'Khalifa Haftar', type: 'person' },
    ],
  });
  it.each([
    ['Tripoli, Libya', 'tripoli'],
    ['Tripoli, ليبيا', 'tripoli'],
    ['Paris, France', 'paris'],
    ['Ain Zara, Tripoli', 'ain-zara'],
  ])('%s is %s', (text, id) => {
    const resolution = resolver.resolve(text);
    expect(resolution).toMatchObject({ status: 'matched', entity: { id } });
    expect(resolution.explanation.withoutCountry).toBe(text.split(',')[0]);
  });
  it('a place of another country after the comma says it is another place of that name (Tripoli, Lebanon); one the table does not know, too (Paris, Texas)', () => {
    expect(resolver.resolve('Tripoli, Lebanon').status).not.toBe('matched');
    expect(resolver.resolve('Paris, Texas').status).not.toBe('matched');
  });
  it('a person\'s name written surname first is still read so, and the reading is for places only', () => {
    expect(resolver.resolve('Haftar, Khalifa').entity?.id).toBe('haftar');
    expect(resolver.resolve('Tripoli, Libya', { type: 'person' }).status).toBe('unmatched');
  });
});

describe('a coin flip that the entities\' other spellings settle', () => {
  it('another spelling of the best reads as the name, and none of the runner-up\'s: Allemagne is Germany, not Yemen (اليمن)', () => {
    const resolver = createResolver({
      entities: [
        { id: 'de', name: 'Germany', type: 'place', aliases: ['آلمان', 'Alemania', 'Almanya', 'Deutschland', 'אלמניה'] },
        { id: 'ye', name: 'Yemen', type: 'place', aliases: ['اليمن', 'Jemen', 'Yémen'] },
      ],
    });
    const resolution = resolver.resolve('Allemagne');
    expect(resolution).toMatchObject({ status: 'matched', entity: { id: 'de' } });
    expect(resolution.explanation.decision).toMatch(/another spelling of this entity reads as the name too/);
  });
  it('…not for persons: a person\'s other spelling is the same name in another script, which two Townsends share', () => {
    const resolver = createResolver({
      entities: [
        { id: 'a', name: 'Ann Townsend', type: 'person', aliases: ['אן טאונסנד'] },
        { id: 'b', name: 'Bob Townsend', type: 'person' },
      ],
    });
    expect(resolver.resolve('Townsend').status).toBe('ambiguous');
  });
});

describe('a name of initials alone', () => {
  const resolver = createResolver({ entities: [] });
  it('is no match for a name written out: many names share the first letters of their words', () => {
    expect(resolver.compare('J. K.', 'John Kennedy').match).toBe(false);
    expect(resolver.compare('J. K.', 'John Kennedy').score).toBeGreaterThan(0.5);
  });
  it('…but an initial beside a word written out still is, and initials meet the same initials', () => {
    expect(resolver.compare('J. Kennedy', 'John Kennedy').match).toBe(true);
    expect(resolver.compare('J.-Y. Le Drian', 'Jean-Yves Le Drian').match).toBe(true);
    expect(resolver.compare('J. K.', 'J. K.').score).toBe(1);
  });
});

describe('blends: one word made of the starts of another name’s words (AFRICOM, Africa Command)', () => {
  const resolver = createResolver({
    entities: [
      { id: 'africom', name: 'Africa Command', type: 'organization' },
      { id: 'africom-us', name: 'US Africa Command', type: 'organization' },
      { id: 'gazprom', name: 'Gazprom', type: 'organization' },
      { id: 'mod', name: 'Ministry of Defence', type: 'organization' },
      { id: 'sanjose', name: 'San Jose', type: 'place' },
      { id: 'carla', name: 'Carla', type: 'person' },
      { id: 'lake', name: 'Carson Lake', type: 'place' },
      { id: 'marco', name: 'Marina Cortez', type: 'person' },
    ],
  });
  it.each([
    ['AFRICOM', 'africom'],
    ['US AFRICOM', 'africom-us'],
    ['Gazovaya Promyshlennost', 'gazprom'],
    ['Газовая промышленность', 'gazprom'],
    // a connector of the words is left out of the blend
    ['MinDef', 'mod'],
  ])('%s is a blend of the words of %s’s name, found by its keys alone', (query, id) => {
    const resolution = resolver.resolve(query);
    expect(resolution.entity?.id).toBe(id);
    expect(resolution.explanation.match?.comparison.pairs.some((pair) => pair.evidence === 'a blend of the words')).toBe(true);
  });
  it('words written as one, each whole, are the name as one word, not a blend (it scores higher)', () => {
    expect(resolver.compare('Sanjose', 'San Jose').score).toBeGreaterThan(resolver.compare('AFRICOM', 'Africa Command').score);
  });
  it('a later piece may be a whole word, the first may not (a whole word and the start of the next is mostly another name)', () => {
    expect(resolver.compare('Rosneft', 'Rossiyskaya Neft').match).toBe(true);
    expect(resolver.compare('Servië', 'Sǝr Vietnam').match).toBe(false);
  });
  it('pieces of fewer than three letters, or a person’s name, are no blend', () => {
    expect(resolver.compare('Carla', 'Carson Lake').match).toBe(false);
    expect(resolver.compare('Marco', 'Marina Cortez', { type: 'person' }).match).toBe(false);
    expect(resolver.compare('Marcor', 'Marina Cortez', { type: 'person' }).match).toBe(false);
    expect(resolver.compare('Marcor', 'Marina Cortez').match).toBe(true);
  });
});

describe('names as a sentence inflects them (a Russian, Greek, Polish, Czech or Croatian case ending, a Turkish suffix, an Arabic conjunction or preposition)', () => {
  const resolver = createResolver({
    entities: [
      { id: 'haftar', name: 'Khalifa Haftar', type: 'person' },
      { id: 'merkel', name: 'Angela Merkel', type: 'person' },
      { id: 'gaddafi', name: 'Muammar Gaddafi', type: 'person' },
      { id: 'tsipras', name: 'Alexis Tsipras', type: 'person' },
      { id: 'dendias', name: 'Nikos Dendias', type: 'person' },
      { id: 'dzhabarov', name: 'Vladimir Dzhabarov', type: 'person' },
      { id: 'zakharova', name: 'Maria Zakharova', type: 'person' },
      { id: 'sarraj', name: 'Fayez al-Sarraj', type: 'person', aliases: ['فايز السراج'] },
      { id: 'libya', name: 'Libya', type: 'place', aliases: ['Ливия'] },
      { id: 'lid', name: 'Lid', type: 'place' },
      { id: 'putin', name: 'Vladimir Putin', type: 'person' },
      { id: 'saakashvili', name: 'Mikheil Saakashvili', type: 'person' },
    ],
  });
  it.each([
    ['Хафтаром', 'haftar', 'Хафтар'],
    ['Халифой Хафтаром', 'haftar', 'Халифа Хафтар'],
    ['Владимиром Джабаровым', 'dzhabarov', 'Владимир Джабаров'],
    ['Захаровой', 'zakharova', 'Захарова'],
    ['Ливии', 'libya', 'Ливия'],
    ['والسراج', 'sarraj', 'السراج'],
    ['بالسراج', 'sarraj', 'السراج'],
    ['Haftarowi', 'haftar', 'Haftar'],
    ['Chalifou Haftarem', 'haftar', 'Chalifa Haftar'],
    ['Angelou Merkelovou', 'merkel', 'Angela Merkel'],
    ['Merkelové', 'merkel', 'Merkel'],
    ['Kaddáfího', 'gaddafi', 'Kaddáfí'],
    ['Kaddafiemu', 'gaddafi', 'Kaddafi'],
    ['Τσίπρα', 'tsipras', 'Τσίπρας'],
    ['Δένδια', 'dendias', 'Δένδιας'],
    ['პუტინი', 'putin', 'პუტინ'],
    ['ვლადიმერ პუტინმა', 'putin', 'ვლადიმერ პუტინ'],
  ])('%s is %s, read as "%s"', (query, id, base) => {
    const resolution = resolver.resolve(query);
    expect(resolution.entity?.id).toBe(id);
    expect(resolution.explanation.baseForms).toBe(base);
    expect(renderExplanation(resolution.explanation)[0]).toBe(`read as: ${base} (as written, the name matched nothing; its words without their case endings or clitics did)`);
  });
  it('a name that matches as written is not read again, and a word begun by a conjunction’s letter keeps it unless the article follows (وليد is Walid, not ليد)', () => {
    expect(resolver.resolve('Khalifa Haftar').explanation.baseForms).toBeUndefined();
    // (a Georgian name's own -ი is its Latin spelling's -i: სააკაშვილი is Saakashvili as written)
    expect(resolver.resolve('მიხეილ სააკაშვილი').entity?.id).toBe('saakashvili');
    expect(resolver.resolve('მიხეილ სააკაშვილი').explanation.baseForms).toBeUndefined();
    expect(resolver.resolve('وليد').entity?.id).not.toBe('lid');
  });
  it('a Latin ending is told by its marks: Merkelová is Merkel, an unmarked -ova may be a Russian surname’s (Zakharova) and is not read so', () => {
    expect(resolver.resolve('Merkelová').entity?.id).toBe('merkel');
    expect(resolver.resolve('Merkelová').explanation.baseForms).toBe('Merkel');
    expect(resolver.resolve('Merkelova').explanation.baseForms).toBeUndefined();
  });
});

describe('an acronym in parentheses after the name (U.S. Africa Command (AFRICOM))', () => {
  const resolver = createResolver({
    entities: [
      { id: 'africom', name: 'United States Africa Command', type: 'organization', aliases: ['U.S. Africa Command'] },
      { id: 'paris', name: 'Paris', type: 'place' },
    ],
  });
  it('is the name said twice: read without it when the name as written matches nothing', () => {
    const resolution = resolver.resolve('U.S. Africa Command (AFRICOM)');
    expect(resolution.entity?.id).toBe('africom');
    expect(resolution.explanation.withoutAcronym).toBe('U.S. Africa Command');
    expect(renderExplanation(resolution.explanation)[0]).toBe('read as: U.S. Africa Command (as written, the name matched nothing; without the acronym in parentheses after it, it did)');
  });
  it('other parentheses say which of several it is, and stay', () => {
    expect(resolver.resolve('Paris (Texas)').status).not.toBe('matched');
  });
});

describe('another spelling of the name, or of a part of it, in parentheses after it (Haftar (Hifter))', () => {
  const resolver = createResolver({
    entities: [
      { id: 'haftar', name: 'Khalifa Haftar', type: 'person' },
      { id: 'benghazi', name: 'Benghazi', type: 'place' },
      { id: 'paris', name: 'Paris', type: 'place' },
    ],
  });
  it.each([
    ['Khalifa Haftar (Hifter)', 'haftar', 'Khalifa Haftar'],
    ['Hifter [Haftar]', 'haftar', 'Hifter'],
    ['Benghazi (بنغازي)', 'benghazi', 'Benghazi'],
  ])('%s is the name said twice: %s, read as "%s"', (query, id, read) => {
    const resolution = resolver.resolve(query);
    expect(resolution.entity?.id).toBe(id);
    expect(resolution.explanation.withoutRestatement).toBe(read);
    expect(renderExplanation(resolution.explanation)[0]).toBe(`read as: ${read} (as written, the name matched nothing; without another spelling of it in parentheses after it, it did)`);
  });
  it('parentheses holding something else stay (Paris (Texas), Paris (France)), and so do nested ones', () => {
    expect(resolver.resolve('Paris (Texas)').status).not.toBe('matched');
    expect(resolver.resolve('Paris (Texas)').explanation.withoutRestatement).toBeUndefined();
    expect(resolver.resolve('Haftar (Hifter (Heftar))').explanation.withoutRestatement).toBeUndefined();
  });
});

describe('hostile input', () => {
  const resolver = createResolver({ entities });
  it('a very long text of many parentheses resolves without error', () => {
    expect(['matched', 'ambiguous', 'unmatched']).toContain(resolver.resolve('Haftar ' + '(Hifter '.repeat(20_000) + ')').status);
  });
  it('a very long text resolves quickly on its start, without error', () => {
    const long = 'Khalifa Hifter ' + 'x'.repeat(200_000);
    const result = resolver.resolve(long);
    expect(result.query).toBe(long);
    expect(['matched', 'ambiguous', 'unmatched']).toContain(result.status);
  });
  it('control characters, lone surrogates and emoji do not break it', () => {
    for (const q of ['\u0000\u0001Haftar', '\uD800Haftar', 'Haftar 🇱🇾', '\u202EHaftar']) expect(resolver.resolve(q).entity?.id).toBe('haftar');
  });
  it('a word that divides into the starts of many words in very many ways is tried once per place (blends, acronyms in parentheses)', () => {
    // (each way tried again from every place, these took longer than a test may run: the number of ways doubles with each letter)
    const many = Array(29).fill('aaaaaaa').join(' ');
    const table = createResolver({ entities: [{ id: 'many', name: many + ' zzz', type: 'organization' }] });
    expect(table.compare('a'.repeat(60) + 'b', many + ' zzz').match).toBe(false);
    expect(table.compare('a'.repeat(23) + 'b', many + ' zzz').match).toBe(false);
    expect(table.resolve(`${Array(3000).fill('aaaaaaaaa').join(' ')} (${'A'.repeat(9)}B)`).status).not.toBe('matched');
  });
});

describe('weakly matched words', () => {
  const resolver = createResolver({ entities: [] });
  it("in a person's name, a word matched only weakly beside good matches counts as a different name", () => {
    const weak = resolver.compare('Christina Nikolaidis Okonkwo', 'Christina Nikolaidis Oikonomoy', { type: 'person' });
    expect(weak.match).toBe(false);
    // no better than a word that matches nothing at all
    expect(weak.score).toBeLessThanOrEqual(resolver.compare('Christina Nikolaidis Okonkwo', 'Christina Nikolaidis Papadopoulos', { type: 'person' }).score + 0.001);
    // a misspelt word that is still close keeps its credit
    expect(resolver.compare('Vasiena Petrishina Ivantsiv', 'Vasilina Petrishina Ivantsiv', { type: 'person' }).match).toBe(true);
  });

  it('in a place name it keeps its credit (generic words in another language)', () => {
    const place = resolver.compare('Christina Nikolaidis Okonkwo', 'Christina Nikolaidis Oikonomoy', { type: 'place' });
    expect(place.score).toBeGreaterThan(resolver.compare('Christina Nikolaidis Okonkwo', 'Christina Nikolaidis Oikonomoy', { type: 'person' }).score);
  });
});

describe('names compared as one word', () => {
  const resolver = createResolver({ entities: [] });
  sameNames(
    [
      ['Ludrian', 'لو دريان'],
      ['Abu Dhabi', 'أبوظبي'],
      ['Le Drian', 'Ludrian'],
    ],
    '%s = %s (words run together)',
  );

  it.each([
    ['Krause', 'کارو واعظی'],
    ['Chernova', 'גור נווה'],
  ])('%s ≠ %s (two full abjad words are not one Latin word)', (a, b) => expect(resolver.compare(a, b).score).toBeLessThan(0.7));

  it('a name that a compound ending closes is still no name of its first word alone', () => {
    expect(resolver.compare('Islam', 'اسلام آباد').match).toBe(false);
    expect(resolver.compare('Habib', 'حبيب الله').match).toBe(false);
  });

  sameNames(
    [
      // as many full words as the Latin name's: only the short one runs in
      ['بے نظیر بھٹو', 'Benazir Bhutto'],
      // a theophoric name's Allah closes it (data/names/compound-endings.tsv)
      ['حزب الله', 'Hezbollah'],
      ['روح الله خمینی', 'Ruhollah Khomeini'],
      ['ذبيح الله مجاهد', 'Zabihullah Mujahid'],
    ],
    '%s = %s (words an abjad writes apart, run together in Latin)',
  );

  it.each(loadCompoundEndings().map((ending) => [ending.form, ...ending.example] as const))('%s closes a name written apart: %s = %s (data/names/compound-endings.tsv)', (_form, apart, joined) => {
    expect(resolver.compare(apart, joined).match).toBe(true);
  });
});

describe('a title one name dropped', () => {
  sameNames([
    // a word of the other name, in a script whose titles data/names/titles.tsv does not list
    ['শেখ হাসিনা', 'Sheikh Hasina'],
  ]);

  it("is found on a table's form too, whose titles are worked out when asked", () => {
    const resolver = createResolver({ entities: [{ id: 'hasina', name: 'Sheikh Hasina', type: 'person' }, { id: 'other', name: 'Hasan Mahmud', type: 'person' }] });
    expect(resolver.resolve('শেখ হাসিনা')).toMatchObject({ status: 'matched', entity: { id: 'hasina' } });
  });

  it('is a word again only where it has a pair: a name with another word is no better for it', () => {
    const resolver = createResolver({ entities: [] });
    expect(resolver.compare('Emmanuel Macron', 'President Macron').match).toBe(false);
    expect(resolver.compare('Hasina Wajed', 'Sheikh Hasina').match).toBe(false);
  });
});

describe("a rank or an office in a place's or an organisation's name is a word, not a title (General Motors)", () => {
  const resolver = createResolver({
    entities: [
      { id: 'gm', name: 'General Motors', type: 'organization' },
      { id: 'ml', name: 'Motors Liquidation', type: 'organization' },
      { id: 'hotel', name: 'President Hotel', type: 'place' },
      { id: 'szm', name: 'Sheikh Zayed Mosque', type: 'place' },
      { id: 'haftar', name: 'Khalifa Haftar', type: 'person' },
    ],
  });

  it('does not match the name without it', () => {
    expect(resolver.resolve('General Motors').entity?.id).toBe('gm');
    expect(resolver.resolve('Motors').entity?.id).not.toBe('gm');
    expect(resolver.resolve('Hotel').status).toBe('unmatched');
    expect(resolver.compare('General Motors', 'Motors', { type: 'organization' }).match).toBe(false);
  });

  it("is still a person's title, and an honorific before the name a place is named after is kept or dropped", () => {
    expect(resolver.resolve('General Haftar').entity?.id).toBe('haftar');
    expect(resolver.resolve('Zayed Mosque').entity?.id).toBe('szm');
    // (compared with no type, a title is a title, as ever)
    expect(resolver.compare('General Haftar', 'Haftar').match).toBe(true);
  });
});

describe('exact hits', () => {
  it('with one candidate asked for, an identical form is matched without analysing the name, and its explanation is still complete', () => {
    const resolver = createResolver({ entities: [{ id: 'haftar', name: 'Khalifa Haftar', type: 'person', aliases: ['خليفة حفتر'] }, { id: 'other', name: 'Haftar Khalifa', type: 'person' }] });
    const one = resolver.resolve('KHALIFA  HAFTAR', { limit: 1 });
    expect(one).toMatchObject({ status: 'matched', score: 1, entity: { id: 'haftar' }, candidates: [{ id: 'haftar', score: 1, alias: 'Khalifa Haftar' }] });
    expect(one.explanation).toMatchObject({ normalised: 'khalifa haftar', match: { alias: 'Khalifa Haftar', comparison: { score: 1 } } });
    expect(one.explanation.decision).toMatch(/identical/);
    // the explanation is part of the data: serialised like any other field
    expect(JSON.parse(JSON.stringify(one)).explanation.transliteration).toBe('khalifa haftar');
    expect(resolver.resolve('خليفة حفتر', { limit: 1 })).toMatchObject({ status: 'matched', score: 1, entity: { id: 'haftar' } });
  });

  it('a form identical for two entities is no sole match: both are scored', () => {
    const resolver = createResolver({ entities: [{ id: 'a', name: 'Ali Hassan', type: 'person' }, { id: 'b', name: 'Ali Hassan', type: 'person' }] });
    expect(resolver.resolve('Ali Hassan', { limit: 1 }).status).toBe('ambiguous');
    // …unless a type tells them apart
    const typed = createResolver({ entities: [{ id: 'a', name: 'Hassan', type: 'person' }, { id: 'b', name: 'Hassan', type: 'place' }] });
    expect(typed.resolve('Hassan', { limit: 1, type: 'place' })).toMatchObject({ status: 'matched', entity: { id: 'b' } });
  });

  it('a name written in sorted word order finds forms of the same words in another order too (regression: found by the limit 1 = limit 5 property)', () => {
    const resolver = createResolver({ entities: [{ id: 'a', name: 'Rira Dordor', type: 'person' }, { id: 'b', name: 'Dordor Rira', type: 'person' }, { id: 'c', name: 'Kaka Kaka', type: 'person' }] });
    // both orders are found; the one written alike is the name, however many candidates are asked for
    for (const [query, id] of [['Dordor Rira', 'b'], ['Rira Dordor', 'a'], ['Dordor, Rira', 'a']] as const) {
      for (const limit of [1, 5]) {
        const result = resolver.resolve(query, { limit });
        expect([result.status, result.entity?.id, result.score]).toEqual(['matched', id, 1]);
      }
      expect(resolver.resolve(query).candidates.map((c) => c.score)).toEqual([1, 0.992]);
    }
  });

  it('the same words in another order, or with another particle, are the name when no form is written alike', () => {
    const resolver = createResolver({ entities: [{ id: 'haftar', name: 'Khalifa Haftar', type: 'person' }, { id: 'roux', name: 'Foulques Le Roux', type: 'person' }] });
    expect(resolver.resolve('Haftar Khalifa')).toMatchObject({ status: 'matched', score: 0.992, entity: { id: 'haftar' } });
    expect(resolver.resolve('Haftar, Khalifa')).toMatchObject({ status: 'matched', score: 1, entity: { id: 'haftar' } });
    expect(resolver.resolve('Foulques Roux')).toMatchObject({ status: 'matched', score: 0.995, entity: { id: 'roux' } });
    // with one candidate asked for, the same answer without scoring anything else
    const one = resolver.resolve('Haftar Khalifa', { limit: 1 });
    expect(one).toMatchObject({ status: 'matched', score: 0.992, entity: { id: 'haftar' } });
    expect(one.explanation.decision).toMatch(/same words/);
  });

  it('of two people whose words all read as the name\'s, the one in its order wins (the cap on similar spellings made them a tie)', () => {
    const resolver = createResolver({ entities: [{ id: 'a', name: 'Blsm Lqll Khnfyr', type: 'person' }, { id: 'b', name: 'Blsm Khnfyr Lqll', type: 'person' }] });
    for (const [query, id] of [['Bllsm Lqll Khnfyr', 'a'], ['Bllsm Khnfyr Lqll', 'b'], ['Blsm Lqll Khnfyrr', 'a']] as const) {
      const result = resolver.resolve(query);
      expect([result.status, result.entity?.id]).toEqual(['matched', id]);
      expect(result.candidates[0]!.score).toBe(0.99);
      expect(result.candidates[1]!.score).toBeLessThanOrEqual(0.989);
      expect(result.explanation.decision).toMatch(/in its order/);
    }
    expect(resolver.compare('Bllsm Lqll Khnfyr', 'Blsm Khnfyr Lqll').explanation.features.inOrder).toBe(false);
  });

  it('of two people whose words the name spells alike otherwise, the one in its order wins; in neither order, neither', () => {
    const resolver = createResolver({ entities: [{ id: 'a', name: 'Anastasia Vamvakas Vyzantios', type: 'person' }, { id: 'b', name: 'Anastasia Vyzantios Vamvakas', type: 'person' }] });
    for (const [query, id] of [['Anustasia Vamvakas Vyzantios', 'a'], ['Anustasia Vyzantios Vamvakas', 'b']] as const) {
      const result = resolver.resolve(query);
      expect([result.status, result.entity?.id]).toEqual(['matched', id]);
      expect(result.explanation.decision).toMatch(/same words, in another order/);
    }
    expect(resolver.resolve('Vamvakas Anustasia Vyzantios').status).toBe('ambiguous');
    // a name given in part, either's
    expect(resolver.resolve('Vamvakas Vyzantios').status).toBe('ambiguous');
    // (a place's words are ordered otherwise by other languages: no cost)
    const reordered = (type: 'person' | 'place') => resolver.compare('Anustasia Vyzantios Vamvakas', 'Anastasia Vamvakas Vyzantios', { type }).score;
    expect(reordered('place')).toBeGreaterThan(reordered('person'));
  });

  it('of two people with the same words, the one whose particle the name writes wins', () => {
    const resolver = createResolver({ entities: [{ id: 'le-roux', name: 'Foulques Le Roux', type: 'person' }, { id: 'roux', name: 'Foulques Roux', type: 'person' }] });
    expect(resolver.resolve('Foulques Le Roux').entity?.id).toBe('le-roux');
    expect(resolver.resolve('Foulques Roux').entity?.id).toBe('roux');
  });
});

describe('generic words learnt from the table', () => {
  // A table of countries in Kalenjin, where "Emetab" ("country of") begins every name.
  const countries = ['Iraq', 'Iran', 'Kenya', 'Uganda', 'Ghana', 'Chad', 'Peru', 'Chile', 'Cuba', 'Fiji', 'Mali', 'Oman', 'Togo', 'Niger', 'Nepal', 'Laos', 'Qatar', 'Yemen', 'Syria', 'Libya', 'Egypt', 'Sudan'];
  const places = countries.map((name) => ({ id: name.toLowerCase(), name, type: 'place' as const, aliases: name === 'Iraq' ? [] : [`Emetab ${name}`] }));
  const resolver = createResolver({ entities: places });

  it('a word in the names of many places weighs as a designator: Emetab Iraq is Iraq', () => {
    expect(resolver.resolve('Emetab Iraq')).toMatchObject({ status: 'matched', entity: { id: 'iraq' } });
  });
  it('…and a distinctive word still decides: Emetab Iran is Iran, not Iraq', () => {
    expect(resolver.resolve('Emetab Iran').entity?.id).toBe('iran');
  });
  it('the words learnt: the shared word, in a table of places only (every word of a person’s name is a name)', () => {
    const generic = new CandidateIndex(entitiesOf(places)).generic;
    // (beside the words generic in every table's place names: data/names/place-words.tsv)
    expect([...generic].filter((word) => !linguistics().placeWords.has(word))).toEqual(['emetab']);
    expect(generic.has('og')).toBe(true);
    expect(new CandidateIndex(entitiesOf(places.map((p) => ({ ...p, type: 'person' as const })))).generic.size).toBe(0);
  });
  it('a word in few names is not generic', () => {
    const few = createResolver({ entities: places.slice(0, 5) });
    expect(few.resolve('Emetab Iraq').status).not.toBe('matched');
  });

  // Islands in Hausa (Tsibiran), for five of the six island countries of a table: too few names for a share of the
  // table, but a word no name has alone names a kind of place.
  const islands = ['Cayman', 'Falkland', 'Cook', 'Solomon', 'Faroe', 'Marshall'].map((name) => ({
    id: name.toLowerCase(),
    name: `${name} Islands`,
    type: 'place' as const,
    aliases: name === 'Marshall' ? [] : [`Tsibiran ${name}`],
  }));
  const guineas = ['Guinea', 'Equatorial Guinea', 'Guinea-Bissau', 'Papua New Guinea', 'Guinea Ecuatorial'].map((name, i) => ({ id: `g${i}`, name, type: 'place' as const }));
  it('a word in the names of a few places and never a name alone is generic: Tsibiran Marshal is the Marshall Islands', () => {
    const generic = new CandidateIndex(entitiesOf([...islands, ...guineas, ...places])).generic;
    expect(generic.has('tsibiran')).toBe(true);
    expect(generic.has('islands')).toBe(true);
    // (a name alone: Guinea)
    expect(generic.has('guinea')).toBe(false);
    expect(createResolver({ entities: [...islands, ...places] }).resolve('Tsibiran Marshal')).toMatchObject({ status: 'matched', entity: { id: 'marshall' } });
  });
});

describe('the first pass keeps only what the places asked for need', () => {
  it('one or two candidates asked for: the same best, runner-up and decision as ten (the whole-name comparison of a name that cannot place is cut short)', async () => {
    const { generateQueries, generateTable } = await import('../src/bench/generate.js');
    const table = generateTable(3_000);
    const resolver = createResolver({ entities: table });
    for (const { text } of generateQueries(table, 400)) {
      const ten = resolver.resolve(text, { limit: 10 });
      for (const limit of [1, 2]) {
        const few = resolver.resolve(text, { limit });
        expect(few.status).toBe(ten.status);
        expect(few.score).toBe(ten.score);
        expect(few.candidates).toEqual(ten.candidates.slice(0, limit));
      }
    }
  });
});

describe('a name written surname first, its patronymic last (Putin Vladimir Vladimirovich, as registries write Russian names)', () => {
  const resolver = createResolver({
    entities: [
      { id: 'putin', name: 'Vladimir Putin', type: 'person' },
      { id: 'zakharova', name: 'Maria Zakharova', type: 'person' },
      { id: 'fleury', name: 'Flore Gerard', type: 'person' },
    ],
  });
  it.each([
    ['Putin Vladimir Vladimirovich', 'putin'],
    ['Путин Владимир Владимирович', 'putin'],
    ['Захарова Мария Владимировна', 'zakharova'],
    ['Zakharova Maria Vladimirovna', 'zakharova'],
  ])('%s is %s', (query, id) => {
    expect(resolver.resolve(query).entity?.id).toBe(id);
  });
  it('another word there is another surname, as after a name written given name first (Gerard Flore Zorbatov)', () => {
    expect(resolver.resolve('Putin Vladimir Ivanov').status).toBe('unmatched');
    expect(resolver.resolve('Gerard Flore Zorbatov').status).toBe('unmatched');
  });
  it.each(
    readFileSync(new URL('../data/names/patronymic-endings.tsv', import.meta.url), 'utf8')
      .split('\n')
      .filter((line) => line && !line.startsWith('#'))
      .map((line) => line.split('\t') as [string, string, string]),
  )('data/names/patronymic-endings.tsv: %s (%s) ends %s', (ending, _language, examples) => {
    for (const example of examples.replace(/\(.*\)/, '').split(',').map((e) => e.trim())) {
      const [token] = analyseName(example).tokens;
      expect(token!.latin.endsWith(ending), `${example}: ${token!.latin}`).toBe(true);
      expect(linguistics().patronymicEnding.test(token!.latin)).toBe(true);
    }
  });
});

describe('a person’s name in full, a chain of middle names (Khalifa Belqasim Omar Haftar)', () => {
  const resolver = createResolver({
    entities: [
      { id: 'haftar', name: 'Khalifa Haftar', type: 'person' },
      { id: 'boa', name: 'Bank of America', type: 'organization' },
    ],
  });
  it('each middle name after the first costs little', () => {
    expect(resolver.resolve('Khalifa Belqasim Omar Haftar').entity?.id).toBe('haftar');
    expect(resolver.resolve('Khalifa Abu Bakr Omar Haftar').entity?.id).toBe('haftar');
  });
  it('the words inside the name of an organisation or a place are no middle names', () => {
    expect(resolver.resolve('Bank of Central South America').status).toBe('unmatched');
  });
});

describe('Chinese names in characters against their pinyin', () => {
  const resolver = createResolver({
    entities: [
      { id: 'xi', name: 'Xi Jinping', type: 'person' },
      { id: 'li', name: 'Li Keqiang', type: 'person' },
      { id: 'wang', name: 'Wang Yi', type: 'person' },
    ],
  });
  it('习近平, written without a space, is Xi Jinping (its one word, xijinping, reads as the name joined)', () => {
    expect(resolver.resolve('习近平').entity?.id).toBe('xi');
  });
  it.each([['李克强', 'li', '李 克强']])('%s, written without a space, is %s, read divided after its surname', (query, id, read) => {
    const resolution = resolver.resolve(query);
    expect(resolution.entity?.id).toBe(id);
    expect(resolution.explanation.dividedAfterSurname).toBe(read);
    expect(renderExplanation(resolution.explanation)[0]).toContain(`read as: ${read}`);
  });
  it('a romanised word of another script is no roman numeral (习 xi is not XI, 李 li not LI)', () => {
    expect(resolver.compare('习', 'Xi').score).toBeGreaterThan(0.85);
    expect(resolver.compare('李', 'Li').score).toBeGreaterThan(0.85);
    expect(resolver.compare('Louis XIV', 'Louis XVI').match).toBe(false);
  });
});

describe('an Arabic name in full, closed by a family’s or tribe’s name after the article (Mohammed bin Salman Al Saud)', () => {
  const resolver = createResolver({
    entities: [
      { id: 'mbs', name: 'Mohammed bin Salman', type: 'person' },
      { id: 'saddam', name: 'Saddam Hussein', type: 'person' },
      { id: 'fleury', name: 'Gerard Flore', type: 'person' },
    ],
  });
  it.each([
    ['Mohammed bin Salman Al Saud', 'mbs'],
    ['محمد بن سلمان آل سعود', 'mbs'],
    ['Saddam Hussein al-Tikriti', 'saddam'],
  ])('%s is %s', (query, id) => {
    expect(resolver.resolve(query).entity?.id).toBe(id);
  });
  it('a word at the end without the article is another surname (Saddam Hussein Tikriti, Gerard Flore Zorbatov)', () => {
    expect(resolver.resolve('Saddam Hussein Tikriti').status).toBe('unmatched');
    expect(resolver.resolve('Gerard Flore Zorbatov').status).toBe('unmatched');
  });
});

describe('two words run together (Mertoğlu, Mir Tuğlu; Hongkong, Hong Kong)', () => {
  const resolver = createResolver({
    entities: [
      { id: 'naz', name: 'Naz Mertoğlu', type: 'person' },
      { id: 'said', name: 'Said Mertoğlu', type: 'person' },
      { id: 'mir', name: 'Mir Tuğlu', type: 'person' },
      { id: 'hk', name: 'Hong Kong', type: 'place' },
    ],
  });
  const blank = createResolver({ entities: [] });

  it('a given name and surname run together are no sure match for a surname other names hold as written', () => {
    const result = resolver.resolve('Mertoğlu');
    expect(result.status).not.toBe('matched');
    expect(result.candidates.map((c) => c.id)).toEqual(expect.arrayContaining(['naz', 'said']));
  });

  it('one name written apart or run together is still a match, at a small cost', () => {
    expect(resolver.resolve('Hongkong').entity?.id).toBe('hk');
    expect(resolver.resolve('Mirtuğlu').entity?.id).toBe('mir');
    expect(blank.compare('Hongkong', 'Hong Kong').score).toBeLessThan(blank.compare('Hong Kong', 'Hong Kong').score - 0.02);
  });

  it('costs nothing for a particle, an article’s word, a hyphen or a script that writes no spaces', () => {
    for (const [a, b, at] of [['Ludrian', 'Le Drian', 0.96], ['Abdulrahman', 'Abdel Rahman', 0.96], ['Salahuddin', 'صلاح الدين', 0.94], ['Jeanpierre', 'Jean-Pierre', 0.98], ['cooperatieve', 'co-operative', 0.98]] as const) {
      expect(blank.compare(a, b).score, `${a} ${b}`).toBeGreaterThanOrEqual(at);
    }
    // (Thai ประเทศญี่ปุ่น, the country Japan, is divided into two words by the parser, none written apart)
    expect(analyseName('ประเทศญี่ปุ่น').core.length).toBe(2);
    expect(blank.compare('ญี่ปุ่น', 'ประเทศญี่ปุ่น').score).toBeGreaterThan(0.96);
  });
});
