/**
 * Marks that order a tie. Normalisation strips marks, so two spellings of one name that differ only by them (Sören and
 * Soren, Ōga and Oga) score alike against any query; but a query's letters may say which mark a Latin spelling writes:
 * Cyrillic ё after a consonant is German ö, оо the long o Hepburn writes ō, Arabic ح the ḥ of the scholarly
 * transliterations (data/rules/marked-letters.tsv), and a Latin query's own marked letters say themselves. Of two
 * candidates with one score, the one with more of the marks the query says ranks first; scores are not changed. A Latin
 * query says which letters have none, too: Soren ranks Soren before Sören.
 */
import { linguistics, MARKED_LATIN_LETTER } from '../data/linguistic.js';

const LATIN_LETTER = /\p{Script=Latin}/u;

/** What a query, as written, says of marks: the marked Latin letters (NFC, lowercase) it says, and whether it writes Latin letters (then a mark it does not write is not said). */
export interface MarksSaid {
  said: ReadonlySet<string>;
  latin: boolean;
}

/** The marks `query` says: its own marked Latin letters, and those its other letters say (rules/marked-letters.tsv, on each word). */
export function marksSaid(query: string): MarksSaid {
  const text = query.normalize('NFC').toLowerCase();
  const said = new Set<string>();
  let latin = false;
  for (const ch of text) {
    if (!LATIN_LETTER.test(ch)) continue;
    latin = true;
    if (MARKED_LATIN_LETTER.test(ch)) said.add(ch);
  }
  const rows = linguistics().markedLetters;
  for (const word of text.split(/\s+/)) {
    for (const row of rows) if (row.pattern.test(word)) for (const marked of row.marked) said.add(marked);
  }
  return { said, latin };
}

/** How many of `spelling`'s marked letters the query says, less those a Latin query does not (see marksSaid). */
export function marksAgreeing(spelling: string, { said, latin }: MarksSaid): number {
  let count = 0;
  for (const ch of spelling.normalize('NFC').toLowerCase()) {
    if (said.has(ch)) count++;
    else if (latin && MARKED_LATIN_LETTER.test(ch)) count--;
  }
  return count;
}
