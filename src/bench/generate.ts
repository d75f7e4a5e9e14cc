/**
 * Deterministic benchmark data: alias tables of person names from many cultures (faker locales),
 * native-script forms next to romanised ones (any-ascii, independent of onoma's own tables), and
 * query sets — transliteration variants, exact aliases, and names that match nothing.
 */
import anyAscii from 'any-ascii';
import { fakerAR, fakerDE, fakerEL, fakerEN, fakerES, fakerFA, fakerFR, fakerHE, fakerRU, fakerTR, fakerUK, type Faker } from '@faker-js/faker';
import type { EntityInput } from '../types.js';
import { seededRandom } from '../eval/data.js';

const LOCALES: [string, Faker][] = [
  ['ar', fakerAR], ['fa', fakerFA], ['ru', fakerRU], ['uk', fakerUK], ['el', fakerEL], ['he', fakerHE],
  ['tr', fakerTR], ['fr', fakerFR], ['de', fakerDE], ['es', fakerES], ['en', fakerEN],
];
const NATIVE = new Set(['ar', 'fa', 'ru', 'uk', 'el', 'he']);

export interface BenchQuery {
  text: string;
  /** expected entity id; undefined for names that match nothing */
  expected: string | undefined;
  /**
   * `shared`: a partial name (a token dropped) whose words are all in the names of other entities too
   * (Bosler, for one of a dozen Boslers). No system can know which one is meant, so the right answer is
   * not a match; it is reported apart from the variants, whose right answer is one entity.
   */
  kind: 'variant' | 'exact' | 'none' | 'shared';
  /** for variants: which noise made it */
  noise?: string | undefined;
}

function romanise(name: string): string {
  return anyAscii(name).replace(/'/g, '').replace(/\b\w/g, (c) => c.toUpperCase());
}

/**
 * The share of surnames generateTable makes up (see madeUpSurname), by default. A real table's surnames are a few
 * common ones and a long tail: a million people hold some 200,000 distinct surnames (a national census's counts), so
 * a name's words have many look-alikes in the table. Faker's lists hold a few hundred surnames a locale: alone, they
 * give a million names 18,000 distinct words, and a lookup far fewer look-alikes to weigh than a real table's (the eval's
 * 50,000 Wikidata name words give a word 146 on average, this share 130, faker's lists alone 16).
 */
export const MADE_UP_SURNAMES = 0.2;

/** A surname of the locale: a real one, or for a `madeUp` share of them a new one (see madeUpSurname). */
function surname(faker: Faker, madeUp: number): string {
  return madeUp > 0 && faker.number.float() < madeUp ? madeUpSurname(faker) : faker.person.lastName();
}

/** The first half of one of the locale's surnames and the second half of another (Petr|enko + Kova|lenko: Petrlenko). */
function madeUpSurname(faker: Faker): string {
  const head = [...faker.person.lastName()];
  const tail = [...faker.person.lastName()];
  return head.slice(0, Math.ceil(head.length / 2)).join('') + tail.slice(Math.ceil(tail.length / 2)).join('');
}

function personName(faker: Faker, madeUp: number): string {
  return `${faker.person.firstName()} ${surname(faker, madeUp)}`.replace(/\s+/g, ' ').trim();
}

/**
 * A table of `size` entities with distinct names (a repeated name gets a second surname), so that
 * "the right entity" is well defined when accuracy is measured. `madeUp`: the share of made-up surnames (see MADE_UP_SURNAMES).
 */
export function generateTable(size: number, seed = 42, madeUp = MADE_UP_SURNAMES): EntityInput[] {
  const entities: EntityInput[] = [];
  const used = new Set<string>();
  LOCALES.forEach(([, faker], i) => faker.seed(seed + i));
  for (let i = 0; i < size; i++) {
    const [locale, faker] = LOCALES[i % LOCALES.length]!;
    let name = personName(faker, madeUp);
    for (let k = 0; used.has(name) && k < 20; k++) name = `${personName(faker, madeUp)} ${surname(faker, madeUp)}`;
    used.add(name);
    const aliases = NATIVE.has(locale) ? [romanise(name)] : [];
    entities.push({ id: `p${i}`, name: NATIVE.has(locale) ? romanise(name) : name, type: 'person', aliases: NATIVE.has(locale) ? [name] : aliases });
  }
  return entities;
}

type Noise = ((name: string, random: () => number) => string) & { label?: string };

const pick = <T>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)]!;

/** Labels of NOISES, in order (the bench reports accuracy per kind). */
export const NOISE_LABELS = ['vowel change', 'q/k/g', 'p/b', 'd/dh', 'u/ou', 'doubled letter', 'order swapped', 'given name dropped', 'one typo', 'al- inserted'];

const NOISES: Noise[] = [
  (s, r) => s.replace(/[aeiou]/, () => pick(['a', 'e', 'i', 'o', 'u'], r)), // vowel change
  (s) => s.replace(/k/i, 'q').replace(/g/, 'k'), // q/k/g
  (s) => s.replace(/p/i, 'b'), // p/b
  (s) => s.replace(/d/, 'dh'), // d/dh
  (s) => s.replace(/u/, 'ou'), // ou/u
  (s) => s.replace(/([bcdfgklmnprst])/, '$1$1'), // doubled letter
  (s) => s.split(' ').reverse().join(', '), // token order swapped
  (s) => (s.includes(' ') ? s.split(' ').slice(1).join(' ') : s), // a token dropped (given name)
  (s, r) => {
    const i = 1 + Math.floor(r() * Math.max(1, s.length - 2));
    return s.slice(0, i) + pick(['e', 'a', 'n', 'r', 's'], r) + s.slice(i + 1);
  }, // one typo
  (s) => s.replace(/^(\S+) /, '$1 al-'), // al- inserted
];

export function generateQueries(table: EntityInput[], count: number, seed = 7): BenchQuery[] {
  const random = seededRandom(seed);
  const queries: BenchQuery[] = [];
  const missing = generateTable(count, seed + 1000).map((e) => e.name);
  const known = new Set(table.flatMap(formsOf));
  const holders = wordHolders(table);
  for (let i = 0; i < count; i++) {
    const roll = random();
    if (roll < 0.2) {
      const name = missing[i]! + ' ' + pick(['Zorbatov', 'Quintanilla', 'Okonkwo', 'Nakamura', 'Lindqvist'], random);
      if (!known.has(name)) queries.push({ text: name, expected: undefined, kind: 'none' });
      continue;
    }
    const index = Math.floor(random() * table.length);
    const entity = table[index]!;
    const forms = formsOf(entity);
    if (roll < 0.4) {
      queries.push({ text: pick(forms, random), expected: entity.id, kind: 'exact' });
      continue;
    }
    const which = Math.floor(random() * NOISES.length);
    const noisy = NOISES[which]!(entity.name, random);
    const kind = noisy === entity.name ? 'exact' : NOISE_LABELS[which] === DROPPED && heldByOthers(noisy, index, table, holders) ? 'shared' : 'variant';
    queries.push({ text: noisy, expected: entity.id, kind, noise: NOISE_LABELS[which] });
  }
  return queries;
}

const DROPPED = 'given name dropped';

export function formsOf(entity: EntityInput): string[] {
  return [entity.name, ...(entity.aliases ?? []).map((a) => (typeof a === 'string' ? a : a.name))];
}

const wordsOf = (text: string): string[] => text.toLowerCase().split(/[\s,]+/).filter((w) => w.length > 0);

/** Table word → indices of the entities whose forms hold it. */
function wordHolders(table: EntityInput[]): Map<string, number[]> {
  const holders = new Map<string, number[]>();
  table.forEach((entity, i) => {
    for (const word of new Set(formsOf(entity).flatMap(wordsOf))) {
      const list = holders.get(word);
      if (list) list.push(i);
      else holders.set(word, [i]);
    }
  });
  return holders;
}

/** Whether the forms of an entity other than `self` hold every word of a partial name too (the rarest word's holders are checked). */
function heldByOthers(partial: string, self: number, table: EntityInput[], holders: Map<string, number[]>): boolean {
  const words = wordsOf(partial);
  const rarest = words.map((w) => holders.get(w) ?? []).sort((a, b) => a.length - b.length)[0] ?? [];
  return rarest.some((i) => {
    if (i === self) return false;
    const held = new Set(formsOf(table[i]!).flatMap(wordsOf));
    return words.every((w) => held.has(w));
  });
}
