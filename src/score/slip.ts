/**
 * A slip of the pen: a person's name written as the table writes it but for one word, and that word one letter off
 * (added, dropped, replaced, or two swapped: Áegel Garrido Serrato for Ángel Garrido Serrato) and no word of the table.
 * No spelling rule explains a slip (n and e are no transliteration of one another), so the scorer takes such a word for
 * another name, as it must: Boston is not Bolton. But a word the table has never seen is no other name the table knows;
 * beside the words it has as written, one letter from one of its own, it is most likely that word mistyped. A word the
 * table knows is another name, never a slip (Mary Smith is not Mark Smith).
 */
import type { AnalysedName, KeyedToken } from '../pipeline.js';
import { damerauLevenshteinWithin } from '../vendor/talisman.js';
import { REORDERED_COST } from './index.js';

/**
 * A slip's word counts as a word read this closely (a close spelling), its other words as identical: the score of a
 * two-word name with a slip (0.9) is a match above the default threshold 0.85, below any two-word name spelt by the
 * rules, and a longer name's is higher, as its other words say more (Francisque Lerous Sanchez: 0.933 for Francisque
 * Leroux Sanchez, above the 0.92 of Francisque Sanchez, which leaves the word out).
 */
export const SLIP_SIMILARITY = 0.8;

/** The score of a name of `words` words with one of them slipped: as the scorer averages its words' similarities. */
export function slipScore(words: number): number {
  return (words - 1 + SLIP_SIMILARITY) / words;
}

/** The score of a two-word name with a slip: the lowest a slip scores. */
export const SLIP_SCORE = slipScore(2);

/** Shorter words are one letter from too many others for one letter to be a slip. */
const SLIP_MIN_LENGTH = 4;

export interface Slip {
  /** the name's word, as its Latin form */
  word: string;
  /** the table's word it is taken for */
  as: string;
  /** the name's score as a slip (slipScore) */
  score: number;
}

/**
 * The slip when `query` is `name` (a person's) with one word mistyped: both have as many words (two at least), all
 * but one of the query's spelt as the name spells them (Latin forms, any order), the odd one one edit from the name's
 * odd one and not `known` to the table. Undefined otherwise.
 */
export function slipOf(query: AnalysedName, name: AnalysedName, known: (token: KeyedToken) => boolean): Slip | undefined {
  if (query.core.length < 2 || name.core.length !== query.core.length) return undefined;
  // (asked of every name scored: most lack two words of the query or more, so that is looked at first,
  // without allocating)
  if (wordsNotIn(query.core, name.core) > 1) return undefined;
  // (each query word's place in the name, the odd one's settled last: the name in the query's order or not)
  const places: number[] = [];
  const taken = new Set<number>();
  let odd: KeyedToken | undefined;
  let oddAt = -1;
  for (const [i, token] of query.core.entries()) {
    const at = name.core.findIndex((other, j) => !taken.has(j) && other.latin === token.latin);
    if (at >= 0) taken.add(at);
    else if (odd) return undefined;
    else [odd, oddAt] = [token, i];
    places.push(at);
  }
  const theirsAt = name.core.findIndex((_, j) => !taken.has(j));
  const theirs = name.core[theirsAt];
  if (!odd || !theirs || isMarker(odd) || isMarker(theirs) || theirs.latin.length < SLIP_MIN_LENGTH) return undefined;
  if (!damerauLevenshteinWithin(1, odd.latin, theirs.latin) || known(odd)) return undefined;
  places[oddAt] = theirsAt;
  const inOrder = places.every((place, i) => i === 0 || place > places[i - 1]!);
  // (a person's name in another order costs what the scorer charges it: the name in the query's order is the likelier)
  return { word: odd.latin, as: theirs.latin, score: slipScore(query.core.length) - (inOrder ? 0 : REORDERED_COST) };
}

/** An initial or a generic word says too little to be taken for a slip (or to make one). */
function isMarker(token: KeyedToken): boolean {
  return token.initial || token.designator;
}

/** How many of `words` are spelt as no word of `others` is (Latin forms), counting to two at most. */
function wordsNotIn(words: readonly KeyedToken[], others: readonly KeyedToken[]): number {
  let missing = 0;
  for (const word of words) {
    let held = false;
    for (const other of others) if ((held = other.latin === word.latin)) break;
    if (!held && ++missing > 1) break;
  }
  return missing;
}
