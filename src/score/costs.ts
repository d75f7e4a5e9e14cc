/**
 * Edit costs between phonetic codes (see keys/). Cheap where transliteration conventions
 * disagree, dear where the names really differ. 1 = one whole consonant.
 */
import { ADDED_VOWEL, ALIF, LATIN_AU_A, ASSIMILATED_L, CODE_VOWELS, D_OR_Z, FINAL_R, FINAL_T_OR_D, FLEX_READINGS, NG_G, GLIDE_OF_YE, I_SEAT, INNER_PALATAL_G, LATIN_J, LONG_MARK, NASAL_M, NASAL_N, OPEN_E, OPTIONAL_K, OPTIONAL_L, OPTIONAL_T, R_ZH, SILENT_OR_F, SILENT_H, TH_OR_S, TSH_OR_T, U_OR_W, WAW_BY_VOWEL } from '../keys/index.js';

/** A vowel that differs between two Latin spellings (Haftar/Hifter): a real but soft difference. */
export const VOWEL_CHANGE = 0.2;
/** A vowel present on one side only, when both sides are Latin. */
export const VOWEL_GAP = 0.5;
/** A vowel opposite an abjad spelling, which does not write short vowels (حفتر / Haftar). */
export const UNWRITTEN_VOWEL = 0.05;
/**
 * …but an o or u (the code's u) a little more: Hebrew and Arabic spellings of foreign names write them with a waw (קרול
 * Król, פונס Pons, جورج George), as native names in the older spelling may not (משה Moshe, محمد Muhammad). So קרל is Karl
 * before Król, פנב Penev before Panov, פנס Pence before Pons. Measured on the Hebrew and Arabic pair files' misses (0.05:
 * 1,341 and 509): 0.1 1,260 and 500, 0.15 1,253 and 506, 0.2 1,255 and 514: 0.1 taken, the fewest for Arabic.
 */
export const UNWRITTEN_ROUND_VOWEL = 0.1;
/** A Latin word's final e opposite another alphabet's spelling without it: often silent (French, English: Augustine Августин). */
export const SILENT_FINAL_E = 0.2;
/** A Latin word's last vowel opposite an abjad spelling that writes none: abjads write final vowels (Karima is not كريم Karim). */
export const FINAL_VOWEL_GAP = 0.8;
/** A Latin word's first vowel opposite an abjad spelling that writes none: abjads write initial vowels too (alif, ayn, aleph). */
export const INITIAL_VOWEL_GAP = FINAL_VOWEL_GAP;
/** A flex symbol read one of its usual ways (ج as j or g, و as u or w). */
export const FLEX_READING = 0.05;
/**
 * A vowel-like flex symbol read as a consonant inside a word (و as v, ي as y, Latin j as kh):
 * possible, but a long vowel is the usual reading, so it costs more (Bolivia is not بالاو Palau).
 */
export const FLEX_CONSONANT_READING = 0.5;
/** An Arabic waw beside another vowel letter (WAW_BY_VOWEL) read as the consonant w or v: more often so than a waw elsewhere. */
export const WAW_AS_CONSONANT = 0.15;
/** A vowel-like flex symbol (alif, waw, ya, ayn) with nothing opposite it. */
export const FLEX_GAP = 0.1;
/**
 * Waw and yod (ya), and the Latin w and y that meet them: letters an abjad writes for a long vowel (or a glide).
 * One with nothing opposite is a vowel the other spelling left out, which is rarer than leaving out an alef
 * (a seat for any vowel, אולין Olin: its vowel is the waw's o, not Alen's a) or an ayin.
 */
const WRITTEN_VOWEL_LETTERS = new Set(['W', 'Y', WAW_BY_VOWEL]);
/** A written vowel letter (WRITTEN_VOWEL_LETTERS) with nothing opposite: half a vowel left out between Latin spellings. */
export const WRITTEN_VOWEL_GAP = 0.25;
/** A silent h present on one side only (Tarhuna / Taruna, Ahmad / Amad). */
export const H_GAP = 0.5;
/** A final s present on one side only: silent in French (Yves = Ив, Jacques = Жак), a case ending elsewhere. */
export const FINAL_S_GAP = 0.6;
/** A consonant that differs or is missing. */
export const CONSONANT = 1.3;

const VOWELS = new Set<string>(CODE_VOWELS);
/** Flex symbols that are a consonant or nothing (never a vowel): Latin c before a final -ki (Paprocki, Vicki), the nasal of Greek μπ and ντ (and Polish ą ę), the zh of Czech ř, the t of a ts, an l that may be unsaid, English gh (silent or f), the k of a first x, the silent h before Cyrillic's initial э, Greek γ before ι and a vowel inside a word, katakana's long vowel mark. */
const SILENT_OR_CONSONANT = new Set(['S', NASAL_M, NASAL_N, R_ZH, SILENT_H, INNER_PALATAL_G, LONG_MARK, FINAL_R, NG_G, OPTIONAL_T, OPTIONAL_L, SILENT_OR_F, OPTIONAL_K, ASSIMILATED_L]);
/** Latin letters that may be glides (w, j): written letters, so leaving one out costs nearly a consonant. */
const LATIN_GLIDES = new Set(['V', 'X']);
/** Flex symbols that may be an unwritten or written vowel (alif, waw, ya, ayin, ё's glide…): those read '' that are neither of the above. */
const VOWEL_LIKE_FLEX = new Set(
  Object.entries(FLEX_READINGS)
    .filter(([flex, readings]) => readings.includes('') && !SILENT_OR_CONSONANT.has(flex) && !LATIN_GLIDES.has(flex))
    .map(([flex]) => flex),
);

/** A flex symbol that may stand for nothing: a vowel-like one, or a consonant that may be silent. */
function mayBeSilent(ch: string): boolean {
  return VOWEL_LIKE_FLEX.has(ch) || SILENT_OR_CONSONANT.has(ch);
}
export const LATIN_GLIDE_GAP = 0.8;

/**
 * Consonant classes that transliteration still confuses after folding: kh/k, v/b (Spanish), f/p (Arabic ف and
 * Korean ㅍ for a foreign p or f),
 * zh/sh, g/j, z-as-d (Arabic ذ ض ظ), m/n before labials, l/r (Japanese and Chinese renderings).
 */
const NEAR_CONSONANTS: ReadonlyMap<string, number> = new Map([
  ['hk', 0.5], ['kh', 0.5],
  ['fb', 0.5], ['bf', 0.5],
  ['fp', 0.5], ['pf', 0.5],
  ['js', 0.5], ['sj', 0.5],
  ['jk', 0.5], ['kj', 0.5],
  ['ds', 0.6], ['sd', 0.6],
  ['ts', 0.6], ['st', 0.6],
  ['mn', 0.6], ['nm', 0.6],
  ['lr', 0.8], ['rl', 0.8],
]);

/**
 * A vowel a syllabary adds after a foreign consonant (ADDED_VOWEL) that the other spelling leaves out: what the
 * syllabary's writing asks, so it costs little (スミス Smith). It says little of a name, so it weighs little in its length.
 */
const ADDED_VOWEL_GAP = 0.05;
/** …and read as a vowel the other spelling writes, it may be said, as any vowel, but then costs a little more (ポポフ Popov before Popova). */
const ADDED_VOWEL_SAID = 0.1;
const ADDED_VOWEL_WEIGHT = 0.15;

/**
 * A syllabary's final アー or 어 (FINAL_R) opposite a name that ends without an r: what Japanese and Korean write for an
 * English -er, -or, -ar, and only seldom for a long or open final vowel (ミラー is Miller before Mila, which is ミラ).
 */
const FINAL_R_GAP = 0.2;

/** A Chinese syllable's final ng opposite a name's n (NG_G left out): a foreign n as Chinese often writes it (布朗 Brown), at a vowel change's cost. */
const NG_G_GAP = 0.2;

/** Weight of one code symbol in a name's length: consonants carry the name, vowels half of it. */
export function symbolWeight(ch: string): number {
  if (VOWELS.has(ch) || ch === U_OR_W || ch === LATIN_AU_A) return 0.5;
  if (ch === ADDED_VOWEL) return ADDED_VOWEL_WEIGHT;
  // (katakana's long vowel mark says no more of a name than its vowel does: the r it may stand for weighs on the other
  // side; nor does the t of a ts, which may be the one sound of the s: a name written with tz is no longer than with z)
  if (ch === LONG_MARK || ch === FINAL_R || ch === OPTIONAL_T) return 0;
  if (mayBeSilent(ch)) return 0.3;
  if (LATIN_GLIDES.has(ch)) return 0.8;
  return 1;
}

/**
 * The vowel a long-vowel letter writes: alif a, waw u/o, ya i/e (so فورد is Ford, not Fard).
 * Another vowel opposite it costs this much more; ayn ('), final he (H) and unknowns take any vowel.
 */
const LONG_VOWEL: Readonly<Record<string, string>> = { A: 'a', [LATIN_AU_A]: 'a', W: 'u', Y: 'i', X: 'i', V: 'u', U: 'u', E: 'i', [WAW_BY_VOWEL]: 'u' };
export const OTHER_LONG_VOWEL = 0.3;
/**
 * A vowel a vowel-seat flex symbol that takes most vowels never writes: a final he or ha (H) is the -a or -e of a word's
 * end (Bente בנטה, Andrea אנדראה, ta marbuta), never its o or u, which waw writes (Bento בנטו): that costs as another
 * long vowel does.
 */
const NEVER_WRITTEN: Readonly<Record<string, string>> = { H: 'u' };

/**
 * Readings of a flex symbol that belong to one foreign convention only, so they cost as a stretched reading
 * (FLEX_CONSONANT_READING): Cyrillic ти as chi and дз as z are Polivanov's Japanese (Утида Uchida, Судзуки
 * Suzuki), but in a Russian name ти is ti (Тина is not China); katakana チ as t is older loanwords' (パレスチナ
 * Palestina), but mostly it is chi (チリ Chile).
 */
const FOREIGN_READINGS: Readonly<Record<string, string>> = { D: 's', F: 's', [TSH_OR_T]: 't' };

/**
 * Katakana's long vowel mark read as an r English does not say (LONG_MARK): a reading of English names only, where the
 * mark is mostly length, so it costs more than a usual reading. (Measured on the eval's country names in katakana
 * against every other script's: at 0.05 Jersey ジャージー met Georgia's ജോർജ്ജിയ, Kuwait クウェート Cape Verde's כף ורדה.)
 */
const UNSAID_R = 0.2;
const UNSAID_R_TO_LATIN = 0.1;

/** Cost of reading a flex symbol as `other`, or undefined when it cannot be read so. */
function flexCost(flex: string, other: string): number | undefined {
  const readings = FLEX_READINGS[flex];
  if (!readings) return undefined;
  if (FOREIGN_READINGS[flex] === other) return FLEX_CONSONANT_READING;
  const vowelLike = readings.includes('') && !SILENT_OR_CONSONANT.has(flex);
  if (vowelLike && VOWELS.has(other)) {
    if (flex === ADDED_VOWEL) return ADDED_VOWEL_SAID;
    if (NEVER_WRITTEN[flex] === other) return OTHER_LONG_VOWEL;
    const written = LONG_VOWEL[flex];
    // alif also seats a short vowel (an initial one takes any at a reading's cost: see weightedDistance), and a final
    // ya may be alif maqsura a (موسى Musa):
    // their other vowels cost half as much
    const reads = !written || written === other || (other === OPEN_E && openECost(written) < VOWEL_CHANGE);
    return reads ? FLEX_READING : flex === ALIF || flex === I_SEAT ? OTHER_LONG_VOWEL / 2 : OTHER_LONG_VOWEL;
  }
  if (!readings.includes(other)) return undefined;
  if (flex === LONG_MARK) return UNSAID_R;
  // (an l that may be unsaid is a written l: read as one, it is no stretch; nor is a letter read as it writes letter for letter)
  if (flex === OPTIONAL_L || LETTER_FOR_LETTER[flex] === other) return 0;
  if (flex === WAW_BY_VOWEL) return WAW_AS_CONSONANT;
  // The first consonant reading of a consonant flex (ج = j) is as good as any other, and so are Latin j's j, y and kh.
  return vowelLike && readings.indexOf(other) > (flex === LATIN_J ? 2 : 0) ? FLEX_CONSONANT_READING : FLEX_READING;
}

/** Flex symbols of one letter with a reading other languages give it: Arabic ث th (or s), ض d (or z). */
const LETTER_FOR_LETTER: Readonly<Record<string, string>> = { [TH_OR_S]: 't', [D_OR_Z]: 'd' };

/**
 * Two flex symbols meet on a reading they share. When that reading is the first (usual) one of
 * neither, both spellings are stretched: Latin j read as Spanish kh and Russian г read as h make
 * Japan = Габон Gabon. That costs as a consonant reading of a vowel-like symbol does.
 */
function sharedReadingCost(xFlex: string, yFlex: string): number {
  const x = FLEX_READINGS[xFlex]!;
  const y = FLEX_READINGS[yFlex]!;
  // Two vowel letters both read as vowels must write the same one: waw's u is not the y glide of Latin j
  // (هاو Hao, not Haj). A Latin glide is a written letter, so even a letter that takes any vowel (ayin,
  // final he) is not one (רועה Roeh, not Rojo).
  const xVowel = LONG_VOWEL[xFlex];
  const yVowel = LONG_VOWEL[yFlex];
  const glide = LATIN_GLIDES.has(xFlex) || LATIN_GLIDES.has(yFlex);
  const otherVowels = xVowel !== yVowel && (glide || (xVowel !== undefined && yVowel !== undefined));
  // The glide of a Latin or Cyrillic initial ye, yo (flex I) is a consonant an abjad writes (يوسف, יורם): an alif, which
  // seats a vowel only, leaves it out (אורי is Uri, not Youri; איגר Eger, not Yegor).
  if ((xFlex === GLIDE_OF_YE && yFlex === ALIF) || (xFlex === ALIF && yFlex === GLIDE_OF_YE)) return LATIN_GLIDE_GAP;
  // Katakana's long vowel mark is an r only where a spelling writes one that English leaves unsaid: opposite katakana's
  // own r row (ル), or hangul's, a letter said, it is a vowel's length, no r (トルコ Turkey is not トーゴ Togo)
  if (xFlex === LONG_MARK || yFlex === LONG_MARK) return CONSONANT;
  let best = CONSONANT;
  for (const reading of x) {
    if (!y.includes(reading)) continue;
    // (the t of a ts, or the k of a first x, read as nothing is silence, not a vowel: a vowel letter opposite it is left out at its own cost)
    if (reading === '' && (xFlex === OPTIONAL_T || yFlex === OPTIONAL_T || xFlex === OPTIONAL_K || yFlex === OPTIONAL_K)) continue;
    const usual = (x[0] === reading || y[0] === reading) && FOREIGN_READINGS[xFlex] !== reading && FOREIGN_READINGS[yFlex] !== reading;
    best = Math.min(best, reading === '' && otherVowels ? OTHER_LONG_VOWEL : usual ? FLEX_READING : FLEX_CONSONANT_READING);
  }
  return best;
}

/** Cyrillic э (OPEN_E) against another vowel: the a of an English name (Бэнд Band, not Bent), an e (class i) at a flex reading's cost, o/u at a vowel change's. */
function openECost(vowel: string): number {
  return vowel === 'a' ? 0 : vowel === 'i' ? FLEX_READING : VOWEL_CHANGE;
}

/**
 * p against b, t against d: one consonant, voiced or not. Arabic has no p (ب writes both), so spellings of one name in
 * one script may write either (Parly, Barley: Latin spellings from Arabic); a final d is said t in many languages and
 * Turkish writes it so (Ahmet, Ahmed: one code, see data/rules/phonetic.tsv). But a spelling in an alphabet that writes
 * both keeps which it is: Cyrillic п б т д, Greek π μπ τ ντ, Hebrew פ ב (Пагсли is Pugsley, not Baxley; Дама Dama,
 * not Tama). Between two alphabets' spellings they cost this, p and b only when the scripts differ; opposite an abjad's
 * plain b or p, or a syllabary's or an abugida's voicing, nothing (PB_SUBSTITUTION_TABLE, UNVOICED_SUBSTITUTION_TABLE).
 */
export const VOICING_CHANGE = 0.5;
/** The other consonant of a voicing pair (VOICING_CHANGE). */
const VOICING_PARTNER: Readonly<Record<string, string>> = { p: 'b', b: 'p', t: 'd', d: 't' };

/**
 * The cost of x against y: directly, or through the voicing partner of either (p against Hebrew ב, whose readings
 * are b and v, costs as b does and a voicing change more).
 */
export function substitutionCost(x: string, y: string): number {
  // (a final t or d costs as d, but opposite an abjad's t: see ABJAD_SUBSTITUTION_TABLE)
  if (x === FINAL_T_OR_D) x = 'd';
  if (y === FINAL_T_OR_D) y = 'd';
  const direct = unvoicedSubstitutionCost(x, y);
  const xPartner = VOICING_PARTNER[x];
  const yPartner = VOICING_PARTNER[y];
  let cost = direct;
  if (xPartner !== undefined) cost = Math.min(cost, unvoicedSubstitutionCost(xPartner, y) + VOICING_CHANGE);
  if (yPartner !== undefined) cost = Math.min(cost, unvoicedSubstitutionCost(x, yPartner) + VOICING_CHANGE);
  return cost;
}

function unvoicedSubstitutionCost(x: string, y: string): number {
  if (x === y) return 0;
  const xv = VOWELS.has(x);
  const yv = VOWELS.has(y);
  if (xv && yv) return x === OPEN_E || y === OPEN_E ? openECost(x === OPEN_E ? y : x) : VOWEL_CHANGE;
  const read = flexCost(x, y) ?? flexCost(y, x);
  if (read !== undefined) return read;
  if (FLEX_READINGS[x] !== undefined && FLEX_READINGS[y] !== undefined) return sharedReadingCost(x, y);
  if (xv || yv) return CONSONANT;
  return NEAR_CONSONANTS.get(x + y) ?? CONSONANT;
}

/**
 * How a script writes vowels, which decides what a vowel opposite nothing costs: an alphabet writes
 * them all, an abjad no short ones (Arabic, Hebrew), an abugida (Brahmic scripts, as romanised) all but
 * the inherent a (भारत → bhart).
 */
export const ALPHABET = 0;
export const ABJAD = 1;
export const ABUGIDA = 2;
/**
 * Japanese kana, Korean hangul and Chinese characters write syllables: a foreign consonant cluster
 * gets vowels of its own (カザフスタン kazafusutan, 카자흐스탄 kajaheuseutan for Kazakhstan).
 */
export const SYLLABARY = 3;
export type VowelWriting = typeof ALPHABET | typeof ABJAD | typeof ABUGIDA | typeof SYLLABARY;
/**
 * A vowel of a syllabary's spelling that the other spelling leaves out. Those the syllabaries add after a foreign
 * consonant are marked apart (ADDED_VOWEL: カザフスタン kazafusutan, Kazakhstan); this is any other, mostly said.
 */
export const EPENTHETIC_VOWEL = 0.2;

/** Cost of a symbol present on one side only, by how the other side writes vowels. */
export function gapCost(ch: string, other: VowelWriting): number {
  // Cyrillic у before a vowel is written, said u or w: left out, it costs as a vowel does (Бовуа is Beauvois, not Bova).
  if (ch === U_OR_W) return gapCost('u', other);
  if (VOWELS.has(ch)) {
    if (other === ABJAD) return ch === 'u' ? UNWRITTEN_ROUND_VOWEL : UNWRITTEN_VOWEL;
    return other === ABUGIDA && ch === 'a' ? UNWRITTEN_VOWEL : VOWEL_GAP;
  }
  if (ch === ADDED_VOWEL) return ADDED_VOWEL_GAP;
  if (ch === FINAL_R) return FINAL_R_GAP;
  // (opposite a syllabary's spelling, which writes what it says, a Chinese word's ng is an ng: 顾问 guwen is not 国防 guofang)
  if (ch === NG_G) return other === SYLLABARY ? CONSONANT : NG_G_GAP;
  if (WRITTEN_VOWEL_LETTERS.has(ch)) return WRITTEN_VOWEL_GAP;
  if (ch === GLIDE_OF_YE && other === ABJAD) return LATIN_GLIDE_GAP;
  // A consonant flex whose usual reading is nothing (the h before Cyrillic's initial э, SILENT_H) costs nothing left out,
  // its consonant a flex reading: Энди is Andy before Handy, Эррера Herrera before Arora (the h measured at 0.05, 0.1
  // and 0.15 a reading: 0.05 found the most)
  if (SILENT_OR_CONSONANT.has(ch) && FLEX_READINGS[ch]![0] === '') return 0;
  // An l that may be unsaid (OPTIONAL_L) is mostly written where an alphabet spells the name (Кастильо, Уолкер): left out
  // opposite one, it costs as a silent h does; the abjads and syllabaries write what is said (קסטיו, カスティーヨ Castillo)
  if (ch === OPTIONAL_L) return other === ALPHABET ? H_GAP : FLEX_GAP;
  if (mayBeSilent(ch)) return FLEX_GAP;
  if (LATIN_GLIDES.has(ch)) return LATIN_GLIDE_GAP;
  if (ch === 'h') return H_GAP;
  return CONSONANT;
}

/**
 * The same costs as lookup tables indexed by character code (codes are ASCII): the edit distance
 * runs on the hot path, and a table read is far cheaper than the branches above.
 */
const CODE_SPACE = 128;
export const SUBSTITUTION_TABLE = new Float64Array(CODE_SPACE * CODE_SPACE);
/** gap costs by how the other side writes vowels (ALPHABET, ABJAD, ABUGIDA, SYLLABARY) */
export const GAP_TABLES = [new Float64Array(CODE_SPACE), new Float64Array(CODE_SPACE), new Float64Array(CODE_SPACE), new Float64Array(CODE_SPACE)] as const;
export const WEIGHT_TABLE = new Float64Array(CODE_SPACE);
for (let x = 0; x < CODE_SPACE; x++) {
  const cx = String.fromCharCode(x);
  for (const writing of [ALPHABET, ABJAD, ABUGIDA, SYLLABARY] as const) GAP_TABLES[writing][x] = gapCost(cx, writing);
  WEIGHT_TABLE[x] = symbolWeight(cx);
  for (let y = 0; y < CODE_SPACE; y++) SUBSTITUTION_TABLE[x * CODE_SPACE + y] = substitutionCost(cx, String.fromCharCode(y));
}
/**
 * The costs when p and b are one (VOICING_CHANGE): between two spellings in one script, and opposite an abjad's plain b
 * (Arabic ب, which writes p too) or p (Persian پ). Hebrew writes both (פ ב), and its flex symbols keep their prices.
 * t and d keep theirs: abjads write them apart (ت د, ת ד), and so do the languages of one script (Trinidad, Trinité).
 */
export const PB_SUBSTITUTION_TABLE = SUBSTITUTION_TABLE.slice();
/** 1 at [x * CODE_SPACE + y] where x and y are p and b (either way round) */
const P_AGAINST_B = new Uint8Array(CODE_SPACE * CODE_SPACE);
for (const [x, y] of [['p', 'b'], ['b', 'p']] as const) {
  P_AGAINST_B[x.charCodeAt(0) * CODE_SPACE + y.charCodeAt(0)] = 1;
  PB_SUBSTITUTION_TABLE[x.charCodeAt(0) * CODE_SPACE + y.charCodeAt(0)] = 0;
}

/**
 * Whether two codes are the same but for p against b: one code, as it was before codes kept p apart, for two
 * spellings of one script, which take p and b from Arabic's one letter (Parly, Barley; see VOICING_CHANGE).
 */
export function sameButForPB(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y && !(x < CODE_SPACE && y < CODE_SPACE && P_AGAINST_B[x * CODE_SPACE + y])) return false;
  }
  return true;
}
/**
 * The costs when either side is an abjad's (and the other not a syllabary's or an abugida's): PB_SUBSTITUTION_TABLE's, and
 * a final t or d (or the one before a final e: FINAL_T_OR_D) is also the t an abjad writes before the vowel letter of a
 * said final e (Dante دانتي, Monte מונטה), at no cost.
 */
export const ABJAD_SUBSTITUTION_TABLE = PB_SUBSTITUTION_TABLE.slice();
ABJAD_SUBSTITUTION_TABLE[FINAL_T_OR_D.charCodeAt(0) * CODE_SPACE + 't'.charCodeAt(0)] = 0;
ABJAD_SUBSTITUTION_TABLE['t'.charCodeAt(0) * CODE_SPACE + FINAL_T_OR_D.charCodeAt(0)] = 0;
/**
 * Arabic ذ and ظ (flex Z: the th of English then, and its emphatic) are a dh, z or d, and in the Gulf's and Iraq's
 * spellings a th (Munther منذر, Thiab ذياب, Thafer ظافر, Hathloul هذلول): Latin th codes as t, so a t opposite Z is that
 * usual reading. A plain t, which is no spelling of them, is told apart by the words' sounds (data/rules/dentals.tsv).
 */
export const DHAL_AS_TH = FLEX_READING;
ABJAD_SUBSTITUTION_TABLE['Z'.charCodeAt(0) * CODE_SPACE + 't'.charCodeAt(0)] = DHAL_AS_TH;
ABJAD_SUBSTITUTION_TABLE['t'.charCodeAt(0) * CODE_SPACE + 'Z'.charCodeAt(0)] = DHAL_AS_TH;
// (ث, th or s, read as the th of a final t or d: Harith حارث, Ghiyath غياث)
ABJAD_SUBSTITUTION_TABLE[TH_OR_S.charCodeAt(0) * CODE_SPACE + FINAL_T_OR_D.charCodeAt(0)] = 0;
ABJAD_SUBSTITUTION_TABLE[FINAL_T_OR_D.charCodeAt(0) * CODE_SPACE + TH_OR_S.charCodeAt(0)] = 0;
// (a waw beside another vowel letter is a waw: opposite one elsewhere, in another spelling of the name, it costs nothing)
ABJAD_SUBSTITUTION_TABLE[WAW_BY_VOWEL.charCodeAt(0) * CODE_SPACE + 'W'.charCodeAt(0)] = 0;
ABJAD_SUBSTITUTION_TABLE['W'.charCodeAt(0) * CODE_SPACE + WAW_BY_VOWEL.charCodeAt(0)] = 0;
/**
 * The costs when either side is a syllabary's or an abugida's, as romanised: voicing is not told apart (Korean ㅂ is b
 * or p, ㄷ t or d; pinyin b is p, 波兰 bolan Poland; Tamil ப is both, ட both t and d: ஈக்வடார் Ecuador).
 */
export const UNVOICED_SUBSTITUTION_TABLE = SUBSTITUTION_TABLE.slice();
for (const [x, y] of Object.entries(VOICING_PARTNER)) UNVOICED_SUBSTITUTION_TABLE[x.charCodeAt(0) * CODE_SPACE + y.charCodeAt(0)] = 0;
// (and a flex symbol reads either as it reads one: hangul ㅂ, b or v, is also a p, 불가리아 Bulgaria, Pulgaria)
for (const [letter, partner] of Object.entries(VOICING_PARTNER)) {
  const [l, p] = [letter.charCodeAt(0), partner.charCodeAt(0)];
  const table = UNVOICED_SUBSTITUTION_TABLE;
  for (let x = 0; x < CODE_SPACE; x++) {
    table[x * CODE_SPACE + l] = Math.min(table[x * CODE_SPACE + l]!, table[x * CODE_SPACE + p]!);
    table[l * CODE_SPACE + x] = Math.min(table[l * CODE_SPACE + x]!, table[p * CODE_SPACE + x]!);
  }
}
/**
 * The costs between a syllabary's spelling and a Latin one (an alphabet's): there katakana's long vowel mark is the r an
 * English name writes and does not say at a usual reading's cost (カーター Carter, パーカー Parker, マーティン Martin).
 * Opposite other scripts it keeps UNSAID_R: their spellings of one name write an r that is said (measured at 0.1 against
 * every script, ジャージー Jersey met Georgia's Malayalam ജോർജ്ജിയ, クウェート Kuwait Cape Verde's Hebrew כף ורדה).
 */
export const SYLLABARY_ALPHABET_TABLE = withUnsaidR(UNVOICED_SUBSTITUTION_TABLE.slice());
/**
 * SYLLABARY_ALPHABET_TABLE for katakana, which writes voicing (タ ta, ダ da; パ pa, バ ba): p and b, t and d cost as
 * between two alphabets (カーター is Carter, not Kadar; ロバート Robert, not Roberd).
 */
export const KANA_ALPHABET_TABLE = withUnsaidR(SUBSTITUTION_TABLE.slice());
// (a Latin word's final t or d is one symbol, FINAL_T_OR_D: opposite a katakana t as opposite its d)
KANA_ALPHABET_TABLE[FINAL_T_OR_D.charCodeAt(0) * CODE_SPACE + 't'.charCodeAt(0)] = 0;
KANA_ALPHABET_TABLE['t'.charCodeAt(0) * CODE_SPACE + FINAL_T_OR_D.charCodeAt(0)] = 0;

/** `table` with katakana's long vowel mark and a Latin r at UNSAID_R_TO_LATIN either way round. */
function withUnsaidR(table: Float64Array): Float64Array {
  table[LONG_MARK.charCodeAt(0) * CODE_SPACE + 'r'.charCodeAt(0)] = UNSAID_R_TO_LATIN;
  table['r'.charCodeAt(0) * CODE_SPACE + LONG_MARK.charCodeAt(0)] = UNSAID_R_TO_LATIN;
  return table;
}
