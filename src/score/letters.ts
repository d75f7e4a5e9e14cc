/**
 * How alike two spellings of one script are letter by letter, whatever their codes say. The codes fold every vowel
 * into three, k into g, p into b, f into v, as transliterations write them every way; so two words of one script
 * may share a code and still differ in most letters (Wake and Fiġi, Poloñ and Buluné). Two spellings of one name
 * mostly differ in a letter or two (Haftar, Hifter; Boukadoum, Bougadoum), two names that share a code by chance
 * in most. A vowel for a vowel, or a vowel or a doubled letter or an h after a consonant left out, costs half a
 * consonant: the usual differences between romanisations (Muammar, Moammar; Gaddafi, Gadafi; Kadhafi, Kadafi).
 */
const VOWELS = new Set('aeiouy');
const MINOR = 0.5;

/** A letter left out (or added) at `i` of `word`: half price for a vowel, a doubled letter, an h after a consonant. */
function gapCost(word: string, i: number): number {
  const letter = word[i]!;
  if (VOWELS.has(letter)) return MINOR;
  const before = i > 0 ? word[i - 1]! : '';
  if (letter === before || word[i + 1] === letter) return MINOR;
  if (letter === 'h' && before !== '' && !VOWELS.has(before)) return MINOR;
  return 1;
}

function substitutionCost(a: string, b: string): number {
  if (a === b) return 0;
  return VOWELS.has(a) && VOWELS.has(b) ? MINOR : 1;
}

/** Weighted edit distance (see above). Words are short: a plain two-row table. */
export function letterDistance(a: string, b: string): number {
  let previous = new Float64Array(b.length + 1);
  let current = new Float64Array(b.length + 1);
  for (let j = 1; j <= b.length; j++) previous[j] = previous[j - 1]! + gapCost(b, j - 1);
  for (let i = 1; i <= a.length; i++) {
    current[0] = previous[0]! + gapCost(a, i - 1);
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j - 1]! + substitutionCost(a[i - 1]!, b[j - 1]!), previous[j]! + gapCost(a, i - 1), current[j - 1]! + gapCost(b, j - 1));
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

/** How many consonant letters a word has (y counts as a vowel). */
export function consonantLetters(word: string): number {
  let count = 0;
  for (const letter of word) if (!VOWELS.has(letter)) count++;
  return count;
}

/** 1 for the same letters, 0 for none alike: the distance over the longer word's length. */
export function letterSimilarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 1 : Math.max(0, 1 - letterDistance(a, b) / longer);
}
