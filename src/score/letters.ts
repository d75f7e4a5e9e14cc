/**
 * How alike two spellings of one script are letter by letter, whatever their codes say. The codes fold every vowel
 * into three, k into g, p into b, f into v, as transliterations write them every way; so two words of one script
 * may share a code and still differ in most letters (Wake and Fiġi, Poloñ and Buluné). Two spellings of one name
 * mostly differ in a letter or two (Haftar, Hifter; Boukadoum, Bougadoum), two names that share a code by chance
 * in most. A vowel for a vowel, c, k or q for another, or a vowel or a doubled letter or an h after a consonant left
 * out, costs half a consonant: the usual differences between romanisations (Muammar, Moammar; Qasim, Kasim; Gaddafi,
 * Gadafi; Kadhafi, Kadafi).
 */
const MINOR = 0.5;
/** Vowel letters by char code (y counts: it is i as often as a glide): a table, as this runs for many word pairs a lookup compares. */
const VOWEL = new Uint8Array(128);
for (const letter of 'aeiouy') VOWEL[letter.charCodeAt(0)] = 1;
const H = 'h'.charCodeAt(0);
const isVowel = (code: number): boolean => code < 128 && VOWEL[code] === 1;

/** A letter left out (or added) at `i` of `word`: half price for a vowel, a doubled letter, an h after a consonant. */
function gapCost(word: string, i: number): number {
  const letter = word.charCodeAt(i);
  if (isVowel(letter)) return MINOR;
  if (letter === word.charCodeAt(i - 1) || letter === word.charCodeAt(i + 1)) return MINOR;
  if (letter === H && i > 0 && !isVowel(word.charCodeAt(i - 1))) return MINOR;
  return 1;
}

/** c, k and q: one sound, which conventions spell with either letter (Carl, Karl; Qasim, Kasim for قاسم). */
const K_SOUND = new Uint8Array(128);
for (const letter of 'ckq') K_SOUND[letter.charCodeAt(0)] = 1;
const isKSound = (code: number): boolean => code < 128 && K_SOUND[code] === 1;

/**
 * A vowel for a vowel, or c, k and q for each other, cost half a consonant; a consonant for another, even one the codes
 * fold with it, costs one: k and g, p and b, f and w are two sounds, which one script's spellings of a name mostly keep
 * (Kenya is not Guineea, Poloñ not Buluné).
 */
function substitutionCost(a: number, b: number): number {
  if (a === b) return 0;
  return (isVowel(a) && isVowel(b)) || (isKSound(a) && isKSound(b)) ? MINOR : 1;
}

// Reused rows: no allocation per pair.
let previousRow = new Float64Array(32);
let currentRow = new Float64Array(32);
let gapsOfB = new Float64Array(32);

/** Weighted edit distance (see above). Words are short: a plain two-row table. */
export function letterDistance(a: string, b: string): number {
  if (b.length + 1 > previousRow.length) {
    previousRow = new Float64Array(2 * (b.length + 1));
    currentRow = new Float64Array(2 * (b.length + 1));
    gapsOfB = new Float64Array(2 * (b.length + 1));
  }
  const gapsB = gapsOfB;
  let previous = previousRow;
  let current = currentRow;
  previous[0] = 0;
  for (let j = 1; j <= b.length; j++) {
    gapsB[j] = gapCost(b, j - 1);
    previous[j] = previous[j - 1]! + gapsB[j]!;
  }
  for (let i = 1; i <= a.length; i++) {
    const ai = a.charCodeAt(i - 1);
    const gapA = gapCost(a, i - 1);
    current[0] = previous[0]! + gapA;
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j - 1]! + substitutionCost(ai, b.charCodeAt(j - 1)), previous[j]! + gapA, current[j - 1]! + gapsB[j]!);
    }
    const swap = previous;
    previous = current;
    current = swap;
  }
  return previous[b.length]!;
}

/** How many consonant letters a word has (y counts as a vowel). */
export function consonantLetters(word: string): number {
  let count = 0;
  for (let i = 0; i < word.length; i++) if (!isVowel(word.charCodeAt(i))) count++;
  return count;
}

/** 1 for the same letters, 0 for none alike: the distance over the longer word's length. */
export function letterSimilarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 1 : Math.max(0, 1 - letterDistance(a, b) / longer);
}
