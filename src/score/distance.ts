/**
 * Weighted edit distance between two phonetic codes, and the similarity derived from it.
 * A custom-cost Levenshtein: talisman's metrics have fixed costs, and onoma's costs depend on
 * the classes and on how each side's script writes vowels (see costs.ts).
 */
import { ALIF, CODE_VOWELS, I_SEAT, LATIN_J, SCHWA, U_OR_W } from '../keys/index.js';
import { ABJAD, ABUGIDA, ALPHABET, CONSONANT, LATIN_GLIDE_GAP, FLEX_READING, SILENT_FINAL_E, EPENTHETIC_VOWEL, SYLLABARY, FINAL_S_GAP, FINAL_VOWEL_GAP, INITIAL_VOWEL_GAP, UNWRITTEN_VOWEL, VOWEL_GAP, GAP_TABLES, type VowelWriting, ABJAD_SUBSTITUTION_TABLE, PB_SUBSTITUTION_TABLE, SYLLABARY_ALPHABET_TABLE, KANA_ALPHABET_TABLE, UNVOICED_SUBSTITUTION_TABLE, SUBSTITUTION_TABLE, WEIGHT_TABLE, gapCost, substitutionCost, symbolWeight } from './costs.js';

// Reused rows and gap costs: the scorer is on the hot path and codes are short.
let previous = new Float64Array(64);
let current = new Float64Array(64);
let insertCosts = new Float64Array(64);
let deleteCosts = new Float64Array(64);

/**
 * Weighted edit distance; stops early (returning Infinity) once every path costs more than `limit`.
 * `aWriting`/`bWriting`: how each side's script writes vowels (see costs.ts). `aSilentEnd`/`bSilentEnd`:
 * that Latin spelling's last vowel may have nothing opposite in an abjad spelling (a silent final e,
 * Marine = مارين; the vowel before a dropped final h, Saleh = صالح), or its final e in another
 * alphabet's (Augustine = Августин; see mayEndUnsaid in score/). `oneScript`: both spellings are of one script, whose
 * languages may differ in p and b (see VOICING_CHANGE).
 */
export function weightedDistance(a: string, b: string, aWriting: VowelWriting, bWriting: VowelWriting, limit = Infinity, aSilentEnd = false, bSilentEnd = false, oneScript = false, voicingWritten = false, doubles = NO_DOUBLES): number {
  const n = a.length;
  const m = b.length;
  if (m + 1 > previous.length) {
    previous = new Float64Array(m + 1);
    current = new Float64Array(m + 1);
    insertCosts = new Float64Array(m + 1);
  }
  if (n + 1 > deleteCosts.length) deleteCosts = new Float64Array(n + 1);
  // Gaps opposite an abjad or abugida spelling are cheaper for the vowels it leaves unwritten.
  // The cost of leaving each symbol unmatched does not depend on the row or column: computed once, not per cell.
  const inserts = insertCosts;
  const deletes = deleteCosts;
  fillGapCosts(inserts, b, aWriting, bSilentEnd, bWriting, (doubles & B_DOUBLES) !== 0);
  fillGapCosts(deletes, a, bWriting, aSilentEnd, aWriting, (doubles & A_DOUBLES) !== 0);
  // (an initial alif that only seats the next letter's vowel: see seatsItsVowel)
  if (aWriting === ABJAD && bWriting === ALPHABET && seatsItsVowel(a, b)) deletes[1] = 0;
  else if (bWriting === ABJAD && aWriting === ALPHABET && seatsItsVowel(b, a)) inserts[1] = 0;
  let prev = previous;
  let cur = current;
  prev[0] = 0;
  for (let j = 1; j <= m; j++) prev[j] = prev[j - 1]! + inserts[j]!;
  const bSeat = b.charCodeAt(0) === ALIF_CODE;
  // (p and b, t and d: see VOICING_CHANGE)
  const substitutions =
    (aWriting === SYLLABARY && bWriting === ALPHABET) || (bWriting === SYLLABARY && aWriting === ALPHABET) ? (voicingWritten ? KANA_ALPHABET_TABLE : SYLLABARY_ALPHABET_TABLE)
    : aWriting === ABUGIDA || bWriting === ABUGIDA || aWriting === SYLLABARY || bWriting === SYLLABARY ? UNVOICED_SUBSTITUTION_TABLE : aWriting === ABJAD || bWriting === ABJAD ? ABJAD_SUBSTITUTION_TABLE : oneScript ? PB_SUBSTITUTION_TABLE : SUBSTITUTION_TABLE;
  for (let i = 1; i <= n; i++) {
    const ai = a.charCodeAt(i - 1);
    const deleteCost = deletes[i]!;
    const row = ai < 128 ? ai * 128 : -1;
    const aSeat = i === 1 && ai === ALIF_CODE;
    let left = prev[0]! + deleteCost;
    cur[0] = left;
    let rowMin = left;
    for (let j = 1; j <= m; j++) {
      const bj = b.charCodeAt(j - 1);
      let sub = row >= 0 && bj < 128 ? substitutions[row + bj]! : substitutionCost(a[i - 1]!, b[j - 1]!);
      // An initial alif (aleph) seats whatever vowel begins the word: the a a later one writes has no say there
      // (אסתר Ester, אברט Ebert; an Arabic hamza seat written bare, ادوارد Edward)
      if ((aSeat && VOWEL_CODES[bj]) || (j === 1 && bSeat && VOWEL_CODES[ai])) sub = SEAT_COST;
      // (two words' first symbols may cost otherwise than inside a word: Уильям William, إيدير Eder)
      else if (i === 1 && j === 1) sub = firstSymbolsCost(ai, bj, sub);
      const substitute = prev[j - 1]! + sub;
      const remove = prev[j]! + deleteCost;
      const insert = left + inserts[j]!;
      const cell = substitute < remove ? (substitute < insert ? substitute : insert) : remove < insert ? remove : insert;
      cur[j] = cell;
      left = cell;
      if (cell < rowMin) rowMin = cell;
    }
    // costs only grow down the table: when the cheapest cell of a row is over the limit, so is the answer
    if (rowMin > limit) return Infinity;
    const swap = prev;
    prev = cur;
    cur = swap;
  }
  return prev[m]!;
}

/**
 * The cost of two words' first symbols where it is not their cost inside a word. A word's first у before a vowel is
 * mostly the w of an English name (Уильям William, Уолтер Walter), which the keys fold with an initial v: there it is
 * not the stretched reading it is inside a word. An abjad's initial alif (plain, or with hamza below) seats the vowel
 * the word begins with, never the y glide a Latin initial j may be (إيما Emma, not Jemaa; إيل Elle, not Jill).
 */
function firstSymbolsCost(a: number, b: number, cost: number): number {
  if ((a === U_CODE && b === F_CODE) || (b === U_CODE && a === F_CODE)) return FLEX_READING;
  if ((INITIAL_SEAT[a] && b === LATIN_J_CODE) || (INITIAL_SEAT[b] && a === LATIN_J_CODE)) return Math.max(cost, LATIN_GLIDE_GAP);
  return cost;
}
/**
 * FLEX_READING as this module's own constant, for the inner loop above. The optimiser folds a module's own constant
 * into the code but reads an imported one as a boxed number, and one boxed number among the values of `sub` made it
 * box every cell's cost: ~500 bytes of garbage a comparison, a third of all a query allocated.
 */
const SEAT_COST = FLEX_READING;
const LATIN_J_CODE = LATIN_J.charCodeAt(0);
/** 1 at the codes of an initial alif: plain (A) or with hamza below (E) */
const INITIAL_SEAT = new Uint8Array(128);
for (const seat of [ALIF, I_SEAT]) INITIAL_SEAT[seat.charCodeAt(0)] = 1;

const S = 's'.charCodeAt(0);
const F_CODE = 'f'.charCodeAt(0);
const U_CODE = U_OR_W.charCodeAt(0);
/** The code's vowel class o/u, and the flex of a Latin w inside a word (rules/phonetic.tsv). */
const ROUND_VOWEL_CODE = 'u'.charCodeAt(0);
const LATIN_W_CODE = 'V'.charCodeAt(0);
const SCHWA_CODE = SCHWA.charCodeAt(0);

/** 1 at the character codes of the vowel classes (a code ≥ 128 reads undefined: not a vowel). */
const VOWEL_CODES = new Uint8Array(128);
for (const v of CODE_VOWELS) VOWEL_CODES[v.charCodeAt(0)] = 1;
/** Flex symbols an abjad writes for a vowel: alif, waw, ya, final ha/he. */
const ABJAD_FINAL_VOWEL_CODES = new Set(['A', 'W', 'Y', 'H', 'E'].map((v) => v.charCodeAt(0)));

/**
 * Which of two spellings write a consonant letter twice where it may be said once (see DOUBLED_LETTER_GAP): a bit each,
 * A_DOUBLES for the first, B_DOUBLES for the second. Only the spelling knows: two letters its code writes alike (ز س, both
 * s) are two sounds.
 */
export const NO_DOUBLES = 0;
export const A_DOUBLES = 1;
export const B_DOUBLES = 2;

/**
 * out[k + 1] = the cost of leaving symbol k of `text` unmatched. Written into an array, not returned:
 * a function returning a double that is not inlined boxes it, and this runs for every comparison.
 * `doubled`: the spelling writes a consonant letter twice (see DOUBLED_LETTER_GAP).
 */
function fillGapCosts(out: Float64Array, text: string, other: VowelWriting, silentEnd: boolean, self: VowelWriting, doubled: boolean): void {
  const table = GAP_TABLES[other];
  const last = text.length - 1;
  for (let at = 0; at <= last; at++) {
    const code = text.charCodeAt(at);
    if (code === S && at === last) out[at + 1] = FINAL_S_GAP;
    // Abjads leave short vowels unwritten, but never a word's first sound: an initial vowel is written
    // (alif, ayn, aleph; an abugida's vowel letters), so Okonkwo cannot be گنجي with its o dropped. Left out
    // opposite an abjad, it costs as a final one does (Oeganda is not كندا Kanada).
    else if (at === 0 && other !== ALPHABET && VOWEL_CODES[code]) out[at + 1] = other === ABJAD ? INITIAL_VOWEL_GAP : VOWEL_GAP;
    // Nor an abjad's last one: a final vowel is written too (ا ي و ه), so Haiti is not چاد; a silent
    // final e is the exception. (An abugida may end on its unwritten inherent vowel: शिव Shiva.)
    else if (at === last && other === ABJAD && !silentEnd && VOWEL_CODES[code]) out[at + 1] = FINAL_VOWEL_GAP;
    // A Latin word's silent final e opposite another alphabet or a syllabary, which write what is said (Augustine
    // Августин, George ジョージ), and English's before a final s (Jones Джонс ジョーンズ, James Джеймс 제임스).
    else if (silentEnd && other !== ABJAD && other !== ABUGIDA && VOWEL_CODES[code] && (at === last || (at === last - 1 && code === I_CODE && text.charCodeAt(last) === S))) out[at + 1] = SILENT_FINAL_E;
    // …and the other way round: a final long vowel an abjad writes is pronounced, so a Latin spelling
    // that ends before it is another name (Malt is not مالديو Maldives).
    else if (at === last && self === ABJAD && other === ALPHABET && ABJAD_FINAL_VOWEL_CODES.has(code)) out[at + 1] = FINAL_VOWEL_GAP;
    // An abjad word's first letter alif (aleph) writes its first sound, a vowel: an alphabet's spelling that begins
    // with a consonant leaves that vowel out (أكونيا Acuña, not Cunha). Not so when the vowel is the next letter's (a waw
    // or yod: אולין Olin), nor for the vowel Arabic puts before an initial s and consonant (اسكتلندا Scotland).
    else if (at === 0 && self === ABJAD && other === ALPHABET && code === ALIF_CODE && !seatOnly(text)) out[at + 1] = VOWEL_GAP;
    // An abjad's article glued to its word begins with a vowel that is said or not (see gluedArticle in pipeline.ts): left
    // out, it costs as said (Lahcen as Alhassan).
    else if (at === 0 && self === ABJAD && code === SCHWA_CODE) out[at + 1] = FLEX_READING;
    // A round vowel after a w inside a word: Hebrew writes the w with two waws and leaves out a third for the vowel
    // (אטווד Atwood, וודוורד Woodward), so it costs as an unwritten a or e does (see UNWRITTEN_ROUND_VOWEL).
    else if (other === ABJAD && code === ROUND_VOWEL_CODE && at > 0 && text.charCodeAt(at - 1) === LATIN_W_CODE) out[at + 1] = UNWRITTEN_VOWEL;
    // A consonant letter a Hebrew word writes twice: Hebrew writes a foreign double letter so (אללה Allah, עבדאללה
    // Abdallah, מקקללנד McClelland), which an alphabet's code folds into one; left out, the second costs
    // DOUBLED_LETTER_GAP, more than the unwritten vowel of a reading as two (הלל Hillel, חדד Hadad). (Arabic writes a
    // letter twice only with a vowel between, a double one once, with a shadda: مؤسسة mu'assasa is no Musei.)
    else if (doubled && at > 0 && code === text.charCodeAt(at - 1) && PLAIN_CONSONANT_CODES[code] === 1) out[at + 1] = DOUBLED_LETTER_GAP;
    // A syllabic script's romanisation puts a vowel after every consonant: those it adds cost little.
    else if (self === SYLLABARY && other === ALPHABET && VOWEL_CODES[code]) out[at + 1] = EPENTHETIC_VOWEL;
    // An alphabet's r after a vowel and before a consonant or at the end, opposite a syllabary's spelling: the r English
    // does not say there, which katakana writes as the vowel's length (ー: see LONG_MARK), hangul and Chinese not at all
    // (대처 Thatcher, 처칠 Churchill, 卡特 Carter).
    else if (other === SYLLABARY && self === ALPHABET && code === R_CODE && at > 0 && VOWEL_CODES[text.charCodeAt(at - 1)] && !VOWEL_CODES[text.charCodeAt(at + 1)]) out[at + 1] = UNSAID_R_GAP;
    // …and the consonants droppedOppositeSyllabary names.
    else if (other === SYLLABARY && self === ALPHABET && droppedOppositeSyllabary(text, at)) out[at + 1] = DROPPED_CONSONANT_GAP;
    else out[at + 1] = code < 128 ? table[code]! : gapCost(text[at]!, other);
  }
}

/** See fillGapCosts: the second of a consonant letter a Hebrew word writes twice, left out (measured on the Hebrew pairs at 0.15, 0.3 and 0.5: 1,254, 1,255 and 1,255 misses, against 1,257; 0.3 keeps Hill well below Hillel for הלל). */
const DOUBLED_LETTER_GAP = 0.3;
/** 1 at the codes of plain consonants (lowercase letters that are no vowel class; flex symbols are capitals and signs) */
const PLAIN_CONSONANT_CODES = Uint8Array.from({ length: 128 }, (_, c) => (c >= 97 && c <= 122 && !VOWEL_CODES[c] ? 1 : 0));
const R_CODE = 'r'.charCodeAt(0);
const D_CODE = 'd'.charCodeAt(0);
const K_CODE = 'k'.charCodeAt(0);
const N_CODE = 'n'.charCodeAt(0);
/** See fillGapCosts: the d of a final ds, which the syllabaries' z writes, and the g of an ng before a consonant, left out for this (as an unsaid r is, UNSAID_R_GAP). */
const DROPPED_CONSONANT_GAP = 0.3;
const I_CODE = 'i'.charCodeAt(0);
/** See fillGapCosts: an unsaid English r left out costs a little more than katakana's long vowel mark read as it (UNSAID_R in costs.ts), which marks where it was. */
const UNSAID_R_GAP = 0.3;
const ALIF_CODE = ALIF.charCodeAt(0);
/** Vowel letters after which an initial alif is only their seat: waw, yod (ya), and the seat that prefers i. */
const SEATED_VOWELS = new Set(['W', 'Y', I_SEAT].map((v) => v.charCodeAt(0)));
const WAW_CODE = 'W'.charCodeAt(0);
const YA_CODE = 'Y'.charCodeAt(0);

/**
 * An abjad word's initial alif (bare, or with hamza below: إيما Emma) before a waw or a ya (yod), opposite a word that
 * begins with a vowel: it seats that letter's vowel and writes none of its own, so the word begins with o or u, i or e
 * (أوباما Obama, אורי Uri, איתן Itan; o or u in 148 of the 184 Arabic pairs beginning so, au in 18, mostly French and
 * read o; i or e in 150 of the 204 Hebrew pairs beginning with aleph and yod), not a and u, a and i: left out, it costs
 * nothing. Not so opposite a glide (Youri), nor for an alif with hamza above before a ya (أيمن Ayman), which the keys
 * write as the vowel a (see hamzaSeatedWords in pipeline).
 */
function seatsItsVowel(abjad: string, other: string): boolean {
  const next = abjad.charCodeAt(1);
  return INITIAL_SEAT[abjad.charCodeAt(0)] === 1 && (next === WAW_CODE || next === YA_CODE) && VOWEL_CODES[other.charCodeAt(0)] === 1;
}

/**
 * An initial alif that is only a seat: for the vowel letter after it, for the prosthetic vowel before s and a consonant
 * (اسبانيا), or the article's before a word that begins with a vowel (alif or ayn), whose a runs into it: Maghrebi and
 * French spellings write that article l (العربي Larbi, الأمين Lamine, العماري Lamari).
 */
function seatOnly(code: string): boolean {
  const next = code.charCodeAt(1);
  if (SEATED_VOWELS.has(next)) return true;
  if (next === L_CODE) return VOWEL_SEATS.has(code.charCodeAt(2));
  return next === S && code.length > 2 && !VOWEL_CODES[code.charCodeAt(2)];
}
const L_CODE = 'l'.charCodeAt(0);
/** An abjad word's letters that seat its first vowel: alif (plain, or with hamza below) and ayn. */
const VOWEL_SEATS = new Set([ALIF, I_SEAT, "'"].map((v) => v.charCodeAt(0)));

export function codeWeight(code: string): number {
  let weight = 0;
  for (let i = 0; i < code.length; i++) {
    const c = code.charCodeAt(i);
    weight += c < 128 ? WEIGHT_TABLE[c]! : symbolWeight(code[i]!);
  }
  return weight;
}

/** Similarity in 0..1; when only a similarity above `atLeast` matters, the distance stops early (0 is returned below it). */
export function codeSimilarity(a: string, b: string, aWriting: VowelWriting = ALPHABET, bWriting: VowelWriting = ALPHABET, atLeast = 0, aSilentEnd = false, bSilentEnd = false, oneScript = false, voicingWritten = false, doubles = NO_DOUBLES): number {
  if (a === b) return 1;
  const norm = Math.max(codeWeight(a), codeWeight(b), 1);
  const limit = atLeast > 0 ? (1 - atLeast) * norm : Infinity;
  if (distanceAtLeast(a, b, aWriting === SYLLABARY || bWriting === SYLLABARY, doubles) > limit) return 0;
  const distance = weightedDistance(a, b, aWriting, bWriting, limit, aSilentEnd, bSilentEnd, oneScript, voicingWritten, doubles);
  return Math.max(0, 1 - distance / norm);
}

/**
 * Symbols that cost a whole consonant (CONSONANT) to leave out in any script, or to put a vowel
 * opposite: plain consonants. Only a symbol that is not a vowel can stand opposite one more cheaply.
 */
const HARD = new Uint8Array(128);
for (let x = 0; x < 128; x++) {
  const gaps = GAP_TABLES.every((table) => table[x]! >= CONSONANT);
  const opposite = [...CODE_VOWELS].every((v) => SUBSTITUTION_TABLE[x * 128 + v.charCodeAt(0)]! >= CONSONANT && SUBSTITUTION_TABLE[v.charCodeAt(0) * 128 + x]! >= CONSONANT);
  HARD[x] = gaps && opposite && !VOWEL_CODES[x] ? 1 : 0;
}
// (a word's final s may be left out for less: FINAL_S_GAP, see fillGapCosts)
HARD['s'.charCodeAt(0)] = 0;

/**
 * A lower bound of the weighted distance, in time linear in the codes: each plain consonant of one code
 * beyond the other code's symbols that are not vowels has nothing but a gap or a vowel opposite it, at
 * a whole consonant's cost. Two names of very different lengths (a partial name against a whole one,
 * compared as one word) are told apart without the quadratic table. `doubles`: which spellings write a consonant letter
 * twice where it may be said once (A_DOUBLES, B_DOUBLES: see DOUBLED_LETTER_GAP).
 */
export function distanceAtLeast(a: string, b: string, syllabary = false, doubles = NO_DOUBLES): number {
  tally(a, syllabary, (doubles & A_DOUBLES) !== 0);
  const hardA = hardCount;
  const othersA = otherCount;
  tally(b, syllabary, (doubles & B_DOUBLES) !== 0);
  return CONSONANT * Math.max(0, hardA - otherCount, hardCount - othersA);
}

// tally()'s counts: module variables, not a returned object (it runs for every comparison)
let hardCount = 0;
let otherCount = 0;

/**
 * Counts a code's plain consonants (hardCount) and its symbols that are not vowels (otherCount). `syllabary`: one of the
 * two spellings is a syllabary's, opposite which an r, a final ds's d and an ng's g before a consonant may be left out for
 * less (UNSAID_R_GAP, DROPPED_CONSONANT_GAP): not plain consonants then; nor the second of a consonant written twice
 * (`doubled`: see DOUBLED_LETTER_GAP).
 */
function tally(code: string, syllabary: boolean, doubled: boolean): void {
  hardCount = 0;
  otherCount = 0;
  for (let i = 0; i < code.length; i++) {
    const c = code.charCodeAt(i);
    if (HARD[c] && !(syllabary && (c === R_CODE || droppedOppositeSyllabary(code, i))) && !(doubled && i > 0 && code.charCodeAt(i - 1) === c)) hardCount++;
    if (!VOWEL_CODES[c]) otherCount++;
  }
}

/**
 * Whether the consonant at `at` of an alphabet's code is one a syllabary's spelling leaves out (see fillGapCosts and
 * tally): the d before a final s, as katakana and hangul write the ds of an English name with their z (ズ, 즈: Edwards
 * エドワーズ 에드워즈, Richards リチャーズ, Woods ウッズ); the g of an ng before a consonant, which katakana writes with its n
 * alone (Washington ワシントン, Wellington ウェリントン; its ング before a vowel or at the end says the g: King キング).
 */
function droppedOppositeSyllabary(code: string, at: number): boolean {
  const c = code.charCodeAt(at);
  const last = code.length - 1;
  if (c === D_CODE) return at === last - 1 && code.charCodeAt(last) === S;
  return c === K_CODE && at > 0 && at < last && code.charCodeAt(at - 1) === N_CODE && !VOWEL_CODES[code.charCodeAt(at + 1)];
}
