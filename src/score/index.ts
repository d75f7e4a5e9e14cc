/**
 * Stage 6, score: how alike two analysed names are, in 0..1 (1 = identical), with the evidence.
 * Tokens are aligned one to one in any order (written order only breaks ties), each pair scored on phonetic codes; the whole
 * name is also compared as one word, so Le Drian = Ludrian = LeDrian. Missing given names cost
 * little (partial names), extra query words cost a lot.
 */
import { ABUGIDAS, isKana, readable, SYLLABARIES } from '../transliterate/index.js';
import { joinRules, linguistics, matchedReplacement, matchedRow, READ_ONLY_FOR, UNSPACED_SCRIPT, SOUND_CLASS_NAMES, type JoinedRules, type SoundClass, type SpokenLanguage } from '../data/linguistic.js';
import { BLEND_PIECE, hasNearKeys, LONGEST_BLEND, SCORER_FACTS, titleTokens, tokenKeys, type AnalysedName, type KeyedToken } from '../pipeline.js';
import { acronymInitials, CONNECTORS } from '../parse/index.js';
import { LATIN_AU_A, ADDED_VOWEL, LONG_MARK, OPEN_E, R_OR_L, SILENT_H, S_ENDING } from '../keys/index.js';
import { jaroWinkler } from '../vendor/talisman.js';
import { A_DOUBLES, B_DOUBLES, codeSimilarity } from './distance.js';
import { consonantLetters, letterSimilarity } from './letters.js';
import { ABJAD, ABUGIDA, ALPHABET, sameButForPB, SYLLABARY, type VowelWriting } from './costs.js';

export type Evidence =
  | 'identical'
  | 'same phonetic code'
  | 'same consonant skeleton'
  | 'close spelling'
  | 'letters far apart'
  | 'initial'
  | 'known spelling of the same given name'
  | 'different given names'
  | 'other pinyin syllables'
  | 'another sibilant'
  | 'another k or g'
  | 'another p, b, f or v'
  | 'another t, d or th'
  | 'the same word in another language'
  | 'different words'
  | 'different numbers'
  | 'the same number, another model letter'
  | 'acronym of the name'
  | 'a blend of the words'
  | `read as ${SpokenLanguage}`
  | 'weak';

export interface TokenPair {
  query: string;
  candidate: string;
  similarity: number;
  evidence: Evidence;
}

export interface NameComparison {
  score: number;
  pairs: TokenPair[];
  unmatchedQuery: string[];
  unmatchedCandidate: string[];
  /** true when the names matched best as single words (particles glued: Ludrian = Le Drian) */
  joined: boolean;
  /** `inOrder`: the aligned words stand in the same order in both names */
  features: { alignment: number; joinedSimilarity: number; stringSimilarity: number; inOrder: boolean };
}

/** A person's name given in part (Haftar for Khalifa Haftar) is still that name: one missing part costs this factor… */
export const PARTIAL_NAME = 0.95;
/** …but a place or organisation missing a distinctive word is usually another one (Sudan is not South Sudan). */
const PARTIAL_OTHER_NAME = 0.8;
/** …and each further missing part a little more, so the fuller of two partial matches wins ties. */
const EACH_FURTHER_MISSING = 0.01;
/** An extra query word between two matched ones is a middle name (Khalifa Belqasim Haftar). */
const EXTRA_INTERIOR = 0.92;
/** …and in a person's name each further one little more: a name in full lists a chain of them (Khalifa Belqasim Omar Haftar). */
const EXTRA_FURTHER_MIDDLE = 0.98;
/** An extra query word at the edge usually names something else (South Sudan is not Sudan)… */
const EXTRA_EDGE = 0.75;
/** …except a given name in front of a person's surname (Khalifa Haftar for a table that says Haftar). */
const EXTRA_GIVEN_NAME = 0.95;
/** A generic word (air base, group) present on one side only. */
const EXTRA_DESIGNATOR = 0.98;
/** A word on each side that matches nothing on the other: a different word, not a middle name (Tres Coroas ≠ Tres Coracoes). */
const CONFLICTING_WORD = 0.75;
/** Weight of an initial (J. for Jean): it says little. */
const INITIAL_WEIGHT = 0.3;
/** Token pairs below this are not aligned at all. */
export const MIN_PAIR = 0.5;
/** An aligned pair below this is a weak match: in a person's name, beside good ones, it counts no more than a different word. */
const WEAK_PAIR = 0.7;
/** String similarity (Jaro-Winkler on Latin forms) only breaks near-ties: it moves a score by at most this. */
const STRING_WEIGHT = 0.03;

/**
 * A person's name with its words aligned in another order than the name's (or matching only as one word, its words
 * divided otherwise) costs this much more: string similarity hardly sees order (Anustasia Vamvakas Vyzantios scores
 * alike against Anastasia Vamvakas Vyzantios and Anastasia Vyzantios Vamvakas). Other names are left to it: languages
 * order a place's words otherwise (Republik Dominica).
 */
export const REORDERED_COST = 0.001;

/** The lowest score the tie-breakers can leave of a structural (first-pass) score: they only lower one, by STRING_WEIGHT and REORDERED_COST at most. */
export function lowestTieBroken(structural: number): number {
  return structural * (1 - STRING_WEIGHT) * (1 - REORDERED_COST);
}

/** How much a word weighs in a name: an initial or a designator (generic word) says little about which name it is. */
export function tokenWeight(token: KeyedToken, generic: GenericWords | undefined): number {
  return token.initial || isDesignator(token, generic) ? INITIAL_WEIGHT : 1;
}

/**
 * Words a table uses in the names of many of its entities (learnt per table, see CandidateIndex):
 * "Emetab" (Kalenjin "country of") or "nutome" (Ewe "land") in a table of countries. In names that
 * are not persons' they say what kind of thing is named, not which one, and weigh as designators do.
 */
export type GenericWords = ReadonlySet<string>;

/**
 * A designator of data/names/designators.tsv, or a word the table uses generically. Not a word of the place names of
 * data/names/name-words.tsv (new, south, saint, united…), however many names have it: it tells one place from another
 * (New Jersey is not Jersey, South Sudan not Sudan).
 */
function isDesignator(token: KeyedToken, generic: GenericWords | undefined): boolean {
  return token.designator || (generic !== undefined && generic.has(token.text) && !isNameWord(token));
}

/** A word of data/names/name-words.tsv (see isDesignator; not the generic words of names/place-words.tsv). */
function isNameWord(token: KeyedToken): boolean {
  const group = factsOf(token).givenName;
  return group !== undefined && linguistics().nameWordGroups.has(group);
}

export interface TokenScore {
  similarity: number;
  evidence: Evidence;
}

/**
 * Token comparisons already made for one query (query token → table token → score). The candidate
 * index scores query words against the table's vocabulary; the name scorer then reuses those scores.
 */
export type TokenMemo = Map<KeyedToken, Map<KeyedToken, TokenScore>>;

/** A memo row (one query word) stops growing here, so a memo kept between queries stays bounded. */
const MEMO_ROW_LIMIT = 1_000;

/**
 * A memo row the candidate index builds and shares between queries: every table word that shares a
 * candidate key with the query word and scores at least MIN_PAIR, with its score. A word missing from it shares
 * no key or scores less: it is not a spelling of the query word, unless it is a kind of word keys do not cover
 * (initials, acronyms, generic words, short words, given names the lexicon knows under another spelling), or
 * shares one of `unlistedKeys`; such a word is compared apart (uncoveredPairs), and one scoring below MIN_PAIR
 * comes out UNRELATED either way. The row never grows.
 */
export class SharedRow extends Map<KeyedToken, TokenScore> {
  /**
   * Keys whose words the row does not list: near keys (one consonant off, see pipeline) and own keys bringing many words,
   * which the index looks up only when the word's other keys find no word this close (see NEAR_GATE in candidates/). A
   * word sharing one is compared when a candidate name holds it; listing them all made a row of a table with a real
   * vocabulary three times as long.
   */
  unlistedKeys: ReadonlySet<string> | undefined;
}

/** What a word scores against a query word it is no spelling of: below MIN_PAIR, so never aligned. */
export const UNRELATED: TokenScore = Object.freeze({ similarity: 0, evidence: 'weak' });

function keysCover(q: KeyedToken, c: KeyedToken): boolean {
  if (q.initial || c.initial || q.acronym || c.acronym || q.designator || c.designator) return false;
  const qFacts = factsOf(q);
  const cFacts = factsOf(c);
  // Words with short skeletons get no near keys, so a missing key says little about them (and they are cheap to compare).
  if (!qFacts.nearKeys || !cFacts.nearKeys) return false;
  return !(qFacts.givenName && cFacts.givenName);
}

export function compareTokensMemo(q: KeyedToken, c: KeyedToken, memo: TokenMemo | undefined): TokenScore {
  if (!memo) return compareTokens(q, c, MIN_PAIR);
  let row = memo.get(q);
  if (!row) memo.set(q, (row = new Map()));
  let hit = row.get(c);
  if (!hit) {
    if (!(row instanceof SharedRow)) {
      hit = compareTokens(q, c, MIN_PAIR);
      if (row.size < MEMO_ROW_LIMIT) row.set(c, hit);
      return hit;
    }
    if (keysCover(q, c) && !(row.unlistedKeys && sharesKey(c, row.unlistedKeys))) return UNRELATED;
    // A shared row must not grow: the words its keys do not cover (mostly short ones: Maria, Hsn) go to a
    // cache of their own, bounded, kept between queries since given names pair with the same words again.
    hit = uncoveredPairs.get(q, c);
  }
  return hit;
}

/** Whether one of a word's keys (see tokenKeys) is one of `keys`; its keys are kept with its facts. */
function sharesKey(token: KeyedToken, keys: ReadonlySet<string>): boolean {
  const facts = factsOf(token);
  for (const key of (facts.keyList ??= tokenKeys(token))) if (keys.has(key)) return true;
  return false;
}

/**
 * Scores of word pairs that no key covers, for every query; emptied when it holds UNCOVERED_PAIRS pairs
 * (~50 bytes each: a resolving worker's heap is capped, see heapForTables).
 */
const UNCOVERED_PAIRS = 250_000;

class PairCache {
  private rows = new Map<KeyedToken, Map<KeyedToken, TokenScore>>();
  private size = 0;

  get(q: KeyedToken, c: KeyedToken): TokenScore {
    let row = this.rows.get(q);
    if (!row) this.rows.set(q, (row = new Map()));
    let hit = row.get(c);
    if (!hit) {
      if (this.size >= UNCOVERED_PAIRS) {
        this.rows = new Map([[q, (row = new Map())]]);
        this.size = 0;
      }
      hit = compareTokens(q, c, MIN_PAIR);
      // (most pairs are unrelated: one shared object for them, never aligned whatever their exact score)
      if (hit.similarity < MIN_PAIR) hit = UNRELATED;
      row.set(c, hit);
      this.size++;
    }
    return hit;
  }
}

const uncoveredPairs = new PairCache();

/**
 * Whether a word's Latin form writes its letters as read (Тимур timur), not as Latin spellings mostly write them
 * (Фёдор shown fodor, see TranslitTable.shown): only then is a Latin word with that form the same word. A katakana word
 * with a long a or o (LONG_MARK) is not: there the length is mostly the r of an English ar, er, ir, ur or or, which its
 * form leaves out (ミラー mira is Miller, Mira is ミラ; カーター Carter, ノーマン Norman), so the codes decide. A long i, u
 * or e is length (スーダン Sudan, ピーター Peter). Chinese characters' Latin form is their pinyin, the standard spelling of a
 * Chinese name, whatever its marks for the keys (习 xi, 张 zhang): a Latin word spelt so is the same word. So is a Thai
 * or Lao word's, the standard romanisation's letters (ภูเก็ต phuket, whose ph the keys read as a foreign p or f), and a
 * Greek word's (Ζάμπια zambia, whose ζ the keys read as z or a foreign zh; Μπακογιάννη bakogianni).
 */
function asSpelt(token: KeyedToken): boolean {
  return token.script === 'Latin' || SPELT_AS_ROMANISED.has(token.script) || (readable(token.marked) === token.latin && !OPEN_E_AFTER_CONSONANT.test(token.marked) && !LONG_A_OR_O.test(token.marked));
}
const SPELT_AS_ROMANISED = new Set(['Han', 'Thai', 'Lao', 'Greek']);
const LONG_A_OR_O = new RegExp(`[ao]${LONG_MARK}`);
/**
 * Cyrillic э after a consonant (OPEN_E) is shown e, but reads a first (Брэндон Brandon, Бэгли Bagley; see keys/): a
 * Latin e there is one of its readings, at a cost, not its spelling. At a word's start and end э is mostly the e it
 * shows (Эдуард Eduard, Эмма Emma, after the flex of a silent h, SILENT_H; the Japanese -э of Polivanov's Cyrillic,
 * Такэдэ Takede: English ends no word in a).
 */
const OPEN_E_AFTER_CONSONANT = new RegExp(`[^aeiouyAEIOUWY'${OPEN_E}${SILENT_H}]${OPEN_E}(?=.)`);
const OPEN_E_AFTER_CONSONANT_ALL = new RegExp(OPEN_E_AFTER_CONSONANT.source, 'g');

/** Words with a consonant skeleton in common score at most this, below two words with the same code… */
const SAME_SKELETON = 0.97;
/** …less this share of what their code distance takes off, so that they keep its order under the cap. */
const UNDER_CAP_SLOPE = 0.1;
/**
 * A word read aloud whose reading is spelt letter for letter as the other word (Басё read as Japanese is
 * basho, as Bashō is written; Bardot read as French is bardo, as Бардо is): above any other reading, whose
 * code its keys share with spellings the reading does not write (basu), and above a same code too, which
 * may fold several differences away (Бардо is Bardot before Barto, Аполлоний Apollonius before Apolloni).
 */
const READ_AS_SPELT = 0.985;
/** Two pinyin words with other codes (see TokenFacts.pinyin): as different as two different given names. */
const OTHER_PINYIN = 0.4;

/**
 * How alike two words are. `atLeast`: the caller ignores anything below it (the alignment ignores
 * pairs under MIN_PAIR), so the edit distance may stop early and report 0 there.
 */
export function compareTokens(q: KeyedToken, c: KeyedToken, atLeast = 0): TokenScore {
  if (q.text === c.text || (q.latin === c.latin && ((asSpelt(q) && asSpelt(c)) || q.code === c.code))) return { similarity: 1, evidence: 'identical' };
  // An abbreviation matches only itself (GNA is not جان Jean); an acronym meeting its expansion is handled per name.
  if (q.acronym || c.acronym) return { similarity: 0, evidence: 'weak' };
  if (q.initial || c.initial) {
    // a lone I, V or X beside a roman numeral is a numeral too, and another one (Budapest I. and IX. kerület)
    if (numeralInitial(q.initial ? q : c) && factsOf(q.initial ? c : q).roman) return { similarity: 0, evidence: 'different numbers' };
    const same = q.latin[0] === c.latin[0] || q.code[0] === c.code[0];
    return same ? { similarity: 0.9, evidence: 'initial' } : { similarity: 0, evidence: 'weak' };
  }
  const qFacts = factsOf(q);
  const cFacts = factsOf(c);
  if (qFacts.roman && cFacts.roman) return { similarity: 0, evidence: 'different numbers' };
  if (qFacts.digits !== cFacts.digits) return { similarity: 0, evidence: 'different numbers' };
  if (qFacts.digits !== '' && modelVariant(q.latin, c.latin)) return { similarity: MODEL_VARIANT, evidence: 'the same number, another model letter' };
  if (!q.abjad && !c.abjad) {
    const qName = qFacts.givenName;
    const cName = cFacts.givenName;
    if (qName && cName) {
      const words = linguistics().nameWordGroups;
      if (qName === cName) return { similarity: 0.97, evidence: words.has(qName) ? 'the same word in another language' : 'known spelling of the same given name' };
      return { similarity: 0.4, evidence: words.has(qName) || words.has(cName) ? 'different words' : 'different given names' };
    }
  }
  const sameCode = q.code === c.code || (q.script === c.script && sameButForPB(q.code, c.code));
  // (Latin spellings of one name write these sounds every way: told apart across scripts, and within the scripts that write
  // each with a letter of its own, whose spellings of one name agree on them (Греция is not Грузија: ц is no з); worked out
  // below for a pair of other codes only when its spelling comes to something, as most pairs a lookup compares do not)
  const crossScript = q.script !== c.script;
  const soundsTold = crossScript || q.script !== 'Latin';
  const unheard = sameCode && soundsTold ? otherSounds(soundsOfToken(q), soundsOfToken(c)) : 0;
  if (sameCode && unheard === 0) return q.script === c.script ? byLetters(q, c, SAME_CODE) : SAME_CODE;
  // Pinyin is one standard spelling of a Chinese name: two pinyin words that read otherwise are two names (Zhengzhou,
  // Zhangzhou), not a name and its variant, as two spellings in other romanisations may be.
  if (!sameCode && qFacts.pinyin && cFacts.pinyin) return { similarity: OTHER_PINYIN, evidence: 'other pinyin syllables' };
  // The -s ending and script factors only lower a similarity: below `atLeast` before them, below after.
  const floor = atLeast;
  // any-ascii's generic romanisation of other scripts is noisier than onoma's own tables: trust it less across scripts.
  const scriptFactor = q.script !== c.script && (isFallbackScript(q.script) || isFallbackScript(c.script)) ? FALLBACK_SCRIPT : 1;
  let spelt: TokenScore;
  if (sameCode) spelt = { similarity: 0.98 - unheard, evidence: otherSoundEvidence(soundsOfToken(q), soundsOfToken(c)) };
  else {
    const bothLatin = q.script === 'Latin' && c.script === 'Latin';
    let similarity = codeSimilarity(bothLatin ? qFacts.latinCode : q.code, bothLatin ? cFacts.latinCode : c.code, writingOf(q), writingOf(c), floor, mayEndUnsaid(q, c), mayEndUnsaid(c, q), q.script === c.script, isKana(q) || isKana(c), doublesOf(qFacts, cFacts));
    if (similarity < 0.9) similarity = Math.max(similarity, withoutSEnding(q, c, qFacts, cFacts, floor));
    similarity *= scriptFactor;
    // (a pair below MIN_PAIR is never aligned, so its evidence is never read: most pairs a lookup compares are such)
    const sameSkeleton = similarity >= MIN_PAIR && shareSkeleton(q.skeletons, c.skeletons);
    spelt = sameSkeleton ? { similarity: belowSameCode(similarity), evidence: 'same consonant skeleton' } : { similarity, evidence: similarity >= 0.8 ? 'close spelling' : 'weak' };
    const otherwise = soundsTold && spelt.similarity > 0 ? otherSounds(soundsOfToken(q), soundsOfToken(c)) : 0;
    if (otherwise > 0) spelt = { similarity: spelt.similarity - otherwise, evidence: otherSoundEvidence(soundsOfToken(q), soundsOfToken(c)) };
  }
  if (q.script === c.script) return byLetters(q, c, spelt);
  if (q.readings === undefined && c.readings === undefined) return spelt;
  return readAloud(c, q, readAloud(q, c, spelt, floor, scriptFactor), floor, scriptFactor);
}

const SAME_CODE: TokenScore = Object.freeze({ similarity: 0.98, evidence: 'same phonetic code' });

/**
 * Two short spellings of one script that share a code may still differ in most letters (see score/letters.ts): the
 * codes fold what romanisations write every way, and a code of two or three consonants is shared by many words, so
 * short words of one script that differ in more than LETTER_SLACK of their letters share it by chance more often than
 * by descent (Wake and Fiġi, Poloñ and Buluné: countries missing from the table matched others' names). Beyond the
 * slack, each unit of letter dissimilarity takes LETTER_WEIGHT off a same code: Haftar and Hifter (a vowel and another,
 * 1/6 apart) keep theirs, Wake and Fiġi (3/4 apart) fall to 0.54. A longer code is rarely shared by chance, and one
 * name's spellings in two languages' conventions may differ in most letters (Chruszczow Khrushchev, Jelzin Yeltsin):
 * the letters of words with more than SHORT_WORD consonants say nothing, nor across scripts, where the
 * transliteration is the spelling.
 */
const LETTER_SLACK = 0.2;
const LETTER_WEIGHT = 0.8;
const SHORT_WORD = 3;

/** `spelt`, capped by how far apart two spellings of one script are letter by letter, when one is short. */
function byLetters(q: KeyedToken, c: KeyedToken, spelt: TokenScore): TokenScore {
  if (spelt.similarity < MIN_PAIR) return spelt;
  const cap = letterCap(q.latin, c.latin);
  return cap < spelt.similarity ? { similarity: cap, evidence: 'letters far apart' } : spelt;
}

/** The most two words of one script may score by their letters (see LETTER_WEIGHT): 1 when one has more than SHORT_WORD consonants. */
function letterCap(a: string, b: string): number {
  if (Math.min(consonantLetters(a), consonantLetters(b)) > SHORT_WORD) return 1;
  return SAME_CODE.similarity - LETTER_WEIGHT * Math.max(0, 1 - letterSimilarity(a, b) - LETTER_SLACK);
}

/**
 * What a sound of a SOUND_CLASSES class that the other word's letters cannot say there costs: the keys fold s, sh, ts
 * and ch into one class, k and g into another, f and v (and p and b, which the costs keep close) into a third, as Latin
 * spellings of one name write them every way, but another script writes which it is (Бушо Bouchaud, not Busso; Аренц
 * Arentz, not Arens; Бакли Buckley, not Bagley; Вайнберг Weinberg, not Feinberg).
 * A sibilant costs about a vowel changed: a Latin spelling may still write it so (Hungarian s is sh, Puskás Пушкаш),
 * and then no other name says it better. A k or g costs twice that (measured: 0.03 lost Ганнер Gunner to Kanner, 0.1
 * gained little more): Latin spellings tell k from g but for a few conventions (Arabic qaf, Azerbaijani q). A p, b, f
 * or v costs as a sibilant (0.06 found two more Cyrillic pairs): German v is f, Russian -ов was written -off. A t or d
 * costs as a sibilant too: Turkish writes a final d t, German says it so (Mehmet محمد, Gerhard ゲルハルト).
 */
const SOUND_MISMATCH: Readonly<Record<SoundClass, number>> = { sibilant: 0.03, velar: 0.06, labial: 0.03, dental: 0.03 };
const MISMATCH_COSTS = SOUND_CLASS_NAMES.map((soundClass) => SOUND_MISMATCH[soundClass]);

/** How many of two words' (or readings') sounds of one class, in order, no letter of either can share: 0 when they have not as many (then they do not pair one to one). */
function otherSoundsOfClass(a: string | undefined, b: string | undefined): number {
  if (a === undefined || b === undefined || a.length !== b.length) return 0;
  let other = 0;
  for (let i = 0; i < a.length; i++) if ((a.charCodeAt(i) & b.charCodeAt(i)) === 0) other++;
  return other;
}

/** What two words' sounds that no letter of either can share cost, over every sound class (`a[k]`, `b[k]`: the sounds of SOUND_CLASS_NAMES[k]). */
function otherSounds(a: WordSounds, b: WordSounds): number {
  let cost = 0;
  for (let k = 0; k < a.length; k++) cost += MISMATCH_COSTS[k]! * otherSoundsOfClass(a[k], b[k]);
  return cost;
}

const SOUND_EVIDENCE: Readonly<Record<SoundClass, Evidence>> = { sibilant: 'another sibilant', velar: 'another k or g', labial: 'another p, b, f or v', dental: 'another t, d or th' };

/** The evidence that names the first class whose sounds two words say otherwise. */
function otherSoundEvidence(a: WordSounds, b: WordSounds): Evidence {
  const k = a.findIndex((sounds, k) => otherSoundsOfClass(sounds, b[k]) > 0);
  return SOUND_EVIDENCE[SOUND_CLASS_NAMES[Math.max(k, 0)]!];
}

/** Whether two words have a consonant skeleton in common (a loop: this runs for every pair of words compared). */
function shareSkeleton(a: readonly string[], b: readonly string[]): boolean {
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) if (a[i] === b[j]) return true;
  }
  return false;
}

/**
 * `best`, or a reading of `read` against `other` that beats it (see spokenSimilarity, READ_AS_SPELT). A reading heard
 * with a sound of SOUND_CLASSES that `other` says otherwise costs as a spelling does (see SOUND_MISMATCH): read as
 * French, *Brossard* is still no *Брошар*.
 */
function readAloud(read: KeyedToken, other: KeyedToken, best: TokenScore, floor: number, scriptFactor: number): TokenScore {
  const readings = read.readings ?? [];
  for (let k = 0; k < readings.length; k++) {
    const reading = readings[k]!;
    const only = READ_ONLY_FOR[reading.language];
    if (only !== undefined && !only.includes(other.script)) continue;
    const unheard = otherSounds(readingSounds(read)[k]!, soundsOfToken(other));
    const spoken = scriptFactor * (reading.spelling === other.latin ? READ_AS_SPELT : spokenSimilarity(reading.code, read, other, Math.max(floor, best.similarity) / scriptFactor)) - unheard;
    if (spoken > best.similarity) best = { similarity: spoken, evidence: `read as ${reading.language}` };
  }
  return best;
}

/** The sounds of each of a word's readings, as their Latin spelling writes them (worked out once, kept with the word's facts). */
function readingSounds(token: KeyedToken): readonly WordSounds[] {
  const facts = factsOf(token);
  return (facts.readingSounds ??= (token.readings ?? []).map((reading) => wordSounds({ script: 'Latin', latin: reading.spelling, text: reading.spelling })));
}

/**
 * A similarity capped below a same code (SAME_SKELETON), but still ordered by the code distance: a vowel read
 * at a cost ranks after one that is not, instead of a tie for the string tie-breaker (Брэнт: Brent, then Brant).
 */
function belowSameCode(similarity: number): number {
  return Math.min(similarity, SAME_SKELETON - (1 - similarity) * UNDER_CAP_SLOPE);
}

/**
 * A word read aloud (a Latin word as French or English, a Cyrillic one as Japanese) against a word of another
 * script, which writes the name as it sounds (Garnier Гарнье, Тикамацу Chikamatsu). A reading, not the
 * spelling: capped as a shared skeleton is.
 */
function spokenSimilarity(spokenCode: string, read: KeyedToken, other: KeyedToken, atLeast: number): number {
  const similarity = codeSimilarity(spokenCode, other.code, ALPHABET, writingOf(other), atLeast, mayEndUnsaid(read, other), mayEndUnsaid(other, read), false, isKana(other), factsOf(other).writesDoubles ? B_DOUBLES : 0);
  return similarity > atLeast ? belowSameCode(similarity) : 0;
}

/**
 * Whether `word`'s last vowel may be unsaid opposite `other`: a silent end (silentEnd) against an abjad spelling,
 * or a Latin word's final e, or English's e before a final s, against another alphabet's or a syllabary's, which write
 * the name as it sounds (Augustine Августин, Adelle Аделл, Ange Анж: silent in French and English; Jones ジョーンズ).
 */
function mayEndUnsaid(word: KeyedToken, other: KeyedToken): boolean {
  if (other.abjad) return silentEnd(word.latin);
  if (word.script !== 'Latin' || other.script === 'Latin' || other.script === 'Common') return false;
  // (a last letter's test first: this runs for every pair of words compared across scripts)
  const last = word.latin.charCodeAt(word.latin.length - 1);
  return last === 101 /* e */ || (last === 115 /* s */ && ENGLISH_ES.test(word.latin));
}

/**
 * An -es ending whose e English leaves unsaid: after a consonant that is no sibilant (Jones, James, Hughes; Moses,
 * Alexis say it). Spanish and Portuguese say it (Torres, Gomes), but another script writes it then, so it costs nothing.
 */
const ENGLISH_ES = /[^aeiouyszx]es$/;

/**
 * A Latin spelling whose last vowel an abjad spelling may leave out: before a final e, often silent
 * (French, English: Marine = مارين), or before a final h, which the keys drop, so the vowel of -ah/-eh
 * only looks final (Saleh = صالح, Rafah = رفح).
 */
function silentEnd(latin: string): boolean {
  const last = latin.charCodeAt(latin.length - 1);
  return last === 101 /* e */ || last === 104 /* h */;
}

/** How a name's scripts write vowels: the first of its words that is not written in an alphabet decides. */
function nameWriting(name: AnalysedName): VowelWriting {
  for (const token of name.tokens) {
    const writing = writingOf(token);
    if (writing !== ALPHABET) return writing;
  }
  return ALPHABET;
}

/** How a word's script writes vowels (see score/costs.ts). */
function writingOf(token: KeyedToken): VowelWriting {
  if (token.abjad) return ABJAD;
  const script = token.script;
  // (most words are Latin or Cyrillic: no set look-up for them, this runs for every word pair compared)
  if (script === 'Latin' || script === 'Cyrillic' || script === 'Common') return ALPHABET;
  return ABUGIDAS.has(script) ? ABUGIDA : SYLLABARIES.has(script) ? SYLLABARY : ALPHABET;
}

/** Scripts onoma transliterates with its own tables (the rest go through any-ascii). */
const OWN_SCRIPTS = new Set(['Latin', 'Common', 'Arabic', 'Cyrillic', 'Greek', 'Hebrew']);
/** Cross-script similarity through a generic romanisation counts for this much. */
const FALLBACK_SCRIPT = 0.95;

function isFallbackScript(script: string): boolean {
  return !OWN_SCRIPTS.has(script);
}

/**
 * A final -s (with its vowel) on one side only: silent in French (Yves = Ив), a Latin or Greek case
 * ending that Russian and Arabic drop (Darius = Дарий, Bibulus = Бибул). Compared without it, at a small cost.
 */
const S_ENDING_FACTOR = 0.95;

function withoutSEnding(q: KeyedToken, c: KeyedToken, qFacts: TokenFacts, cFacts: TokenFacts, atLeast: number): number {
  const qs = qFacts.unended !== undefined;
  if (qs === (cFacts.unended !== undefined)) return 0;
  const [a, b] = qs ? [qFacts.unended!, c.code] : [q.code, cFacts.unended!];
  if (a.length < 2 || b.length < 2) return 0;
  return S_ENDING_FACTOR * codeSimilarity(a, b, writingOf(q), writingOf(c), atLeast, !qs && mayEndUnsaid(q, c), qs && mayEndUnsaid(c, q), q.script === c.script, false, doublesOf(qFacts, cFacts));
}

/**
 * A model number and the same number with a letter or two after it, a version of that model (Су-24 and Su-24M, F-16
 * and F-16C, T-72 and T-72B): news names a type by either. Not the same word, but far closer than two different words
 * (the edit distance sees one letter in three).
 */
const MODEL_VARIANT = 0.9;
const NUMBER_THEN_LETTERS = /^(\d+)[a-z]{1,2}$/;

/** Whether one word is the other (a number) with letters after it (24m and 24). */
function modelVariant(a: string, b: string): boolean {
  const [number, withLetters] = a.length < b.length ? [a, b] : [b, a];
  return NUMBER_THEN_LETTERS.exec(withLetters)?.[1] === number;
}

/** What the word scorer asks of a word beyond its code, worked out once per (shared) token object. */
interface TokenFacts {
  roman: boolean;
  /** a Hebrew spelling that writes a consonant letter twice (see DOUBLED_LETTER_GAP in distance.ts) */
  writesDoubles: boolean;
  /** its digits ('' for none): names with different numbers differ */
  digits: string;
  /** the given name it spells, per the lexicon */
  givenName: string | undefined;
  /** its code without a final -s ending, when it has one */
  unended: string | undefined;
  /** it has near keys (pipeline): then sharing no key with a word says they are unrelated */
  nearKeys: boolean;
  /** its keys (see sharesKey: worked out when first asked) */
  keyList?: string[];
  /**
   * it is a Latin word made of pinyin syllables alone (names/pinyin-syllables.tsv), with an x, a q, a zh or an ng
   * (PINYIN_LETTERS), and not beginning with a vowel: a word of pinyin, not one that only happens to divide into its
   * syllables (Angola, Mexico: no such letters, or a syllable pinyin has not; Alexie: a vowel first; Konga: a later
   * syllable begins with a vowel, see dividesIntoSyllables)
   */
  pinyin: boolean;
  /**
   * its code as another Latin word's is compared with: a Latin word's two-way readings (rules/latin-spelling.tsv) read as
   * written, since a Latin spelling of the same name writes them too (Sudan is no Saudi, Paul no Pol)
   */
  latinCode: string;
  /** the sounds of each class of SOUND_CLASSES it says (see soundsOfToken: worked out when first compared across scripts) */
  sounds: WordSounds | undefined;
  /** the same, of each of its readings (see readingSounds) */
  readingSounds?: WordSounds[];
}

/** A consonant letter written twice in a row (in a Hebrew word's transliteration: אללה alla, אנני anny). */
const WRITTEN_DOUBLE = /([b-df-hj-np-tv-z])\1/;

/** Which of two words write a consonant letter twice (see A_DOUBLES in distance.ts). */
function doublesOf(q: TokenFacts, c: TokenFacts): number {
  return (q.writesDoubles ? A_DOUBLES : 0) | (c.writesDoubles ? B_DOUBLES : 0);
}

function factsOf(token: KeyedToken): TokenFacts {
  let facts = token[SCORER_FACTS] as TokenFacts | undefined;
  if (!facts) {
    facts = {
      // (only as Latin letters write it: another script's romanisation is letters, 习 xi and 李 li no numbers)
      roman: token.script === 'Latin' && isRomanNumeral(token.latin),
      writesDoubles: token.script === 'Hebrew' && WRITTEN_DOUBLE.test(token.latin),
      digits: token.latin.replace(/\D/g, ''),
      givenName: linguistics().givenNames.get(token.latin),
      unended: S_ENDING.test(token.code) ? token.code.replace(S_ENDING, '') : undefined,
      nearKeys: hasNearKeys(token),
      pinyin: token.script === 'Latin' && PINYIN_LETTERS.test(token.latin) && !VOWEL_FIRST.test(token.latin) && dividesIntoSyllables(token.latin, linguistics().pinyinSyllables),
      latinCode: token.script === 'Latin' ? token.code.replaceAll(LATIN_AU_A, 'a') : token.code,
      sounds: undefined,
    };
    token[SCORER_FACTS] = facts;
  }
  return facts;
}

/**
 * Per class of SOUND_CLASS_NAMES, the sounds a word says in order, each a character whose code is the bits of the class's
 * sounds (a string: most words' are empty or a letter or two, and a string costs the collector far less than a typed
 * array; every word a query compares across scripts gets one); undefined for a script without rows.
 */
type WordSounds = readonly (string | undefined)[];

/**
 * A word's sounds (wordSounds), worked out once and kept with its facts, on first use: only words compared across
 * scripts need them, and most comparisons are of one script's spellings.
 */
function soundsOfToken(token: KeyedToken): WordSounds {
  const facts = factsOf(token);
  return (facts.sounds ??= wordSounds(token));
}

function wordSounds(token: Pick<KeyedToken, 'script' | 'latin' | 'text'>): WordSounds {
  return SOUND_CLASS_NAMES.map((soundClass) => soundsOf(token, soundClass));
}

/** A word's sounds of one class in order (a Latin word's as its Latin form writes them, another script's as normalised), or undefined. */
export function soundsOf(token: Pick<KeyedToken, 'script' | 'latin' | 'text'>, soundClass: SoundClass): string | undefined {
  const letters = linguistics().soundLetters[soundClass].get(token.script);
  if (!letters) return undefined;
  const text = token.script === 'Latin' ? token.latin : token.text;
  const pattern = letters.pattern;
  let sounds = '';
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const bits = letters.sounds[matchedRow(letters, match, 1)]!;
    if (bits !== 0) sounds += String.fromCharCode(bits);
    // (a row matching nothing must not stop the scan: matchAll's step)
    if (match[0] === '') pattern.lastIndex++;
  }
  return sounds;
}

/**
 * Letters that say a Latin word is pinyin rather than another romanisation of Chinese or another language: x, q and zh,
 * which those write otherwise (hs, ch, j), and a syllable's final ng (Nanning, Yicheng: pinyin's syllables end in no
 * other consonant but n and r).
 */
const PINYIN_LETTERS = /[xq]|zh|ng/;
/**
 * A word that begins with a vowel is not taken as pinyin: few of pinyin's syllables have no initial (a, ai, an, ao, e,
 * en, er, o, ou…), and names of other languages spelt with its syllables mostly begin so (Alexie, a-le-xie).
 */
const VOWEL_FIRST = /^[aeiou]/;
/** The longest syllable of pinyin (zhuang). */
const LONGEST_SYLLABLE = 6;

/**
 * Whether `word` is a run of `syllables` (a dynamic programme over where each may end). Only its first syllable may begin
 * with a vowel: pinyin writes an apostrophe before a later one (Xi'an, Chang'an), so a word that divides only with one
 * there is no pinyin word (Konga, kong-a; Kongo is kong-o).
 */
export function dividesIntoSyllables(word: string, syllables: ReadonlySet<string>): boolean {
  const ends = new Uint8Array(word.length + 1);
  ends[0] = 1;
  for (let start = 0; start < word.length; start++) {
    if (!ends[start] || (start > 0 && VOWEL_FIRST.test(word[start]!))) continue;
    for (let end = start + 1; end <= Math.min(word.length, start + LONGEST_SYLLABLE); end++) if (syllables.has(word.slice(start, end))) ends[end] = 1;
  }
  return ends[word.length] === 1;
}

/** A lone letter that is also a roman numeral on its own (I, V, X; L, C, D and M rarely stand alone as numbers). */
function numeralInitial(token: KeyedToken): boolean {
  return token.latin === 'i' || token.latin === 'v' || token.latin === 'x';
}

/** Roman numerals (Budapest XII., Louis XIV): as significant as digits. Single letters are initials, not numerals (unless one meets a numeral: numeralInitial). */
function isRomanNumeral(latin: string): boolean {
  return latin.length >= 2 && /^(?=[ivxlcdm]+$)m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/.test(latin);
}

interface Alignment {
  score: number;
  /** the aligned pairs stand in the same order in both names (no two cross) */
  inOrder: boolean;
  pairs: TokenPair[];
  unmatchedQuery: string[];
  unmatchedCandidate: string[];
}

/** Greedy one-to-one alignment by best pair first; names are short, so this is exact enough and fast. */
// Scratch space for the alignment (names are short; reused so the hot path allocates little).
const MAX_TOKENS = 30;
// (a pair of words per query word and candidate word, and at most a blend per word and start of a run, each way: see addBlendOptions)
const MAX_OPTIONS = 3 * MAX_TOKENS * MAX_TOKENS;
const optionQ = new Int32Array(MAX_OPTIONS);
const optionC = new Int32Array(MAX_OPTIONS);
/** how many words the option pairs on each side: 1, or a blend's run of words (see blendEnd) */
const optionQWords = new Uint8Array(MAX_OPTIONS);
const optionCWords = new Uint8Array(MAX_OPTIONS);
const optionSimilarity = new Float64Array(MAX_OPTIONS);
const optionEvidence: Evidence[] = [];
const order = new Int32Array(MAX_OPTIONS);
const usedQScratch = new Uint8Array(MAX_TOKENS);
const usedCScratch = new Uint8Array(MAX_TOKENS);
/** The options the greedy alignment took, in the order taken. */
const chosen = new Int32Array(MAX_TOKENS);
const NO_PAIRS: TokenPair[] = [];
const NO_WORDS: string[] = [];

/** Alignment option a goes before b: higher similarity, then nearer in written position, then found first. */
function pairBefore(a: number, b: number): boolean {
  const bySimilarity = optionSimilarity[a]! - optionSimilarity[b]!;
  if (bySimilarity !== 0) return bySimilarity > 0;
  const byPosition = Math.abs(optionQ[a]! - optionC[a]!) - Math.abs(optionQ[b]! - optionC[b]!);
  return byPosition !== 0 ? byPosition < 0 : a < b;
}

/**
 * Greedy one-to-one alignment, best pair first; names are short, so this is exact enough and fast.
 * With `explain` off (the first pass over many candidates) it builds no pair records.
 */
function align(queryTokens: KeyedToken[], candidateTokens: KeyedToken[], person: boolean, explain: boolean, memo: TokenMemo | undefined, generic: GenericWords | undefined, queryName?: AnalysedName): Alignment {
  const query = queryTokens.length > MAX_TOKENS ? queryTokens.slice(0, MAX_TOKENS) : queryTokens;
  const candidate = candidateTokens.length > MAX_TOKENS ? candidateTokens.slice(0, MAX_TOKENS) : candidateTokens;
  let count = 0;
  for (let qi = 0; qi < query.length; qi++) {
    for (let ci = 0; ci < candidate.length; ci++) {
      const { similarity, evidence } = compareTokensMemo(query[qi]!, candidate[ci]!, memo);
      if (similarity < MIN_PAIR) continue;
      count = addOption(count, qi, 1, ci, 1, similarity, evidence);
    }
  }
  // (a person's name is no blend of words)
  if (!person) count = addBlendOptions(query, candidate, count);
  // Best pairs first; among equals, keep the written order (Khalifa↔Khalifa before Khalifa↔Haftar).
  // (an insertion sort: a handful of pairs, and Array.prototype.sort allocates)
  for (let i = 1; i < count; i++) {
    const o = order[i]!;
    let j = i - 1;
    while (j >= 0 && pairBefore(o, order[j]!)) {
      order[j + 1] = order[j]!;
      j--;
    }
    order[j + 1] = o;
  }
  const usedQ = usedQScratch.fill(0, 0, query.length);
  const usedC = usedCScratch.fill(0, 0, candidate.length);
  const pairs: TokenPair[] = explain ? [] : NO_PAIRS;
  let matched = 0;
  let weights = 0;
  let aligned = 0;
  let weak = 0;
  for (let k = 0; k < count; k++) {
    const o = order[k]!;
    const qi = optionQ[o]!;
    const ci = optionC[o]!;
    if (anyUsed(usedQ, qi, optionQWords[o]!) || anyUsed(usedC, ci, optionCWords[o]!)) continue;
    markUsed(usedQ, usedC, o, 1);
    chosen[aligned++] = o;
    if (optionSimilarity[o]! < WEAK_PAIR) weak++;
    const q = query[qi]!;
    const c = candidate[ci]!;
    // An initial paired with a full name weighs as an initial on both sides.
    const weight = Math.min(tokenWeight(q, generic), tokenWeight(c, generic));
    matched += optionSimilarity[o]! * weight;
    weights += weight;
    if (explain) pairs.push({ query: wordsText(query, qi, optionQWords[o]!), candidate: wordsText(candidate, ci, optionCWords[o]!), similarity: optionSimilarity[o]!, evidence: optionEvidence[o]! });
  }
  let score = alignmentScore(query, candidate, person, aligned, usedQ, usedC, matched, weights, generic, queryName);
  // In a person's name every word is a name, and one matched only weakly beside words that match well is no
  // better evidence than a different name: scored as a conflict too, the lower score counts (Christina
  // Nikolaidis Okonkwo is not … Oikonomoy). Place and organisation names keep the credit: their words are
  // often generic words in another language (Illa Bouvet, Isla Bouvet).
  if (person && weak > 0 && weak < aligned) {
    for (let k = 0; k < aligned; k++) {
      const o = chosen[k]!;
      if (optionSimilarity[o]! >= WEAK_PAIR) continue;
      const weight = Math.min(tokenWeight(query[optionQ[o]!]!, generic), tokenWeight(candidate[optionC[o]!]!, generic));
      matched -= optionSimilarity[o]! * weight;
      weights -= weight;
      markUsed(usedQ, usedC, o, 0);
    }
    score = Math.min(score, alignmentScore(query, candidate, person, aligned, usedQ, usedC, matched, weights, generic, queryName));
    for (let k = 0; k < aligned; k++) markUsed(usedQ, usedC, chosen[k]!, 1);
  }
  return {
    score,
    inOrder: chosenInOrder(aligned),
    pairs,
    unmatchedQuery: explain ? query.filter((_, i) => !usedQ[i]).map((t) => t.text) : NO_WORDS,
    unmatchedCandidate: explain ? candidate.filter((_, i) => !usedC[i]).map((t) => t.text) : NO_WORDS,
  };
}

/** Writes option `count`: `qWords` query words from `qi` paired with `cWords` candidate words from `ci`; the new count. */
function addOption(count: number, qi: number, qWords: number, ci: number, cWords: number, similarity: number, evidence: Evidence): number {
  optionQ[count] = qi;
  optionC[count] = ci;
  optionQWords[count] = qWords;
  optionCWords[count] = cWords;
  optionSimilarity[count] = similarity;
  optionEvidence[count] = evidence;
  order[count] = count;
  return count + 1;
}

/** Whether any of `words` words from `from` is used. */
function anyUsed(used: Uint8Array, from: number, words: number): boolean {
  for (let i = from; i < from + words; i++) if (used[i]) return true;
  return false;
}

/** Marks the words of option `o` used (1) or not (0) on both sides. */
function markUsed(usedQ: Uint8Array, usedC: Uint8Array, o: number, value: number): void {
  usedQ.fill(value, optionQ[o]!, optionQ[o]! + optionQWords[o]!);
  usedC.fill(value, optionC[o]!, optionC[o]! + optionCWords[o]!);
}

function wordsText(tokens: readonly KeyedToken[], from: number, words: number): string {
  return words === 1 ? tokens[from]!.text : tokens.slice(from, from + words).map((t) => t.text).join(' ');
}

/**
 * A blend: one word made of the starts of a run of the other name's words, at least BLEND_PIECE letters of each, a
 * connector of the run left out (AFRICOM, Africa Command; CENTCOM, Central Command; Gazprom, Gazovaya promyshlennost;
 * MinDef, Ministry of Defence). Organisations are named so; a person is not, nor is a place much.
 */
const BLEND = 0.95;
/** A blend is one word of at least this many letters (two pieces of BLEND_PIECE), and at most LONGEST_BLEND. */
const SHORTEST_BLEND = 2 * BLEND_PIECE;

/** The blends of either name's words with a run of the other's (see BLEND), added to the options from `count`; the new count. */
function addBlendOptions(query: readonly KeyedToken[], candidate: readonly KeyedToken[], count: number): number {
  if (query.length === 1 && candidate.length === 1) return count;
  for (let qi = 0; qi < query.length; qi++) {
    const word = query[qi]!.latin;
    if (word.length < SHORTEST_BLEND || word.length > LONGEST_BLEND || candidate.length < 2) continue;
    for (let ci = 0; ci + 1 < candidate.length; ci++) {
      const end = blendEndFrom(word, candidate, ci);
      if (end > 0) count = addOption(count, qi, 1, ci, end - ci, BLEND, 'a blend of the words');
    }
  }
  for (let ci = 0; ci < candidate.length; ci++) {
    const word = candidate[ci]!.latin;
    if (word.length < SHORTEST_BLEND || word.length > LONGEST_BLEND || query.length < 2) continue;
    for (let qi = 0; qi + 1 < query.length; qi++) {
      const end = blendEndFrom(word, query, qi);
      if (end > 0) count = addOption(count, qi, end - qi, ci, 1, BLEND, 'a blend of the words');
    }
  }
  return count;
}

/**
 * The places (letter of the word, word of the run, pieces read: 0, 1, 2 or more) where blendEnd found no blend, marked
 * with the stamp of the search they belong to: without them, a word whose pieces divide many ways (aaaa… against aaa
 * aaa…) would be tried each way again from every place (time that doubles with each letter).
 */
const blendDeadEnds = new Int32Array((LONGEST_BLEND + 1) * MAX_TOKENS * 3);
let blendSearch = 0;

function blendEndFrom(word: string, words: readonly KeyedToken[], at: number): number {
  blendSearch++;
  return blendEnd(word, words, 0, at, 0);
}

/**
 * Where the run of `words` from `at` that `word` (from `from`) is a blend of ends (after its last word), or -1: each
 * piece the start of the next word, longest first, a connector skipped once a piece is read. The first piece is shorter
 * than its word: a whole word and the start of the next is mostly another name that happens to begin so (Servië, Sǝr
 * Vietnam), and whole words are the words written as one (Sanjose), which compareNames reads so; a later piece may be a
 * whole word (Rosneft, Rossiyskaya neft).
 */
function blendEnd(word: string, words: readonly KeyedToken[], from: number, at: number, pieces: number): number {
  if (from === word.length) return pieces >= 2 ? at : -1;
  if (at >= words.length || at >= MAX_TOKENS) return -1;
  const place = (from * MAX_TOKENS + at) * 3 + Math.min(pieces, 2);
  if (blendDeadEnds[place] === blendSearch) return -1;
  const next = words[at]!.latin;
  if (pieces > 0 && CONNECTORS.has(next)) {
    const skipped = blendEnd(word, words, from, at + 1, pieces);
    if (skipped >= 0) return skipped;
  }
  let shared = 0;
  while (shared < next.length && from + shared < word.length && next.charCodeAt(shared) === word.charCodeAt(from + shared)) shared++;
  const most = pieces === 0 ? Math.min(shared, next.length - 1, word.length - BLEND_PIECE) : shared;
  for (let letters = most; letters >= BLEND_PIECE; letters--) {
    const end = blendEnd(word, words, from + letters, at + 1, pieces + 1);
    if (end >= 0) return end;
  }
  blendDeadEnds[place] = blendSearch;
  return -1;
}

/** Whether the first `aligned` pairs chosen stand in the same order in both names (no two of them cross). */
function chosenInOrder(aligned: number): boolean {
  for (let k = 0; k < aligned; k++) {
    for (let m = k + 1; m < aligned; m++) {
      const a = chosen[k]!;
      const b = chosen[m]!;
      if ((optionQ[a]! - optionQ[b]!) * (optionC[a]! - optionC[b]!) < 0) return false;
    }
  }
  return true;
}

/**
 * Whether the query's first word paired (of the first `aligned` pairs chosen) is the candidate's last word, its surname,
 * and not its only one: the query is written surname first (Putin Vladimir Vladimirovich, as registries and lists of
 * names write Russian names), and a patronymic after the given name is a middle name there (data/names/patronymic-endings.tsv).
 */
function startsWithSurname(aligned: number, candidateLength: number): boolean {
  let firstPair = -1;
  for (let k = 0; k < aligned; k++) {
    const o = chosen[k]!;
    if (firstPair === -1 || optionQ[o]! < optionQ[firstPair]!) firstPair = o;
  }
  return firstPair !== -1 && optionC[firstPair]! + optionCWords[firstPair]! === candidateLength && optionC[firstPair]! > 0;
}

/**
 * Whether a word of the name follows an article (Mohammed bin Salman Al Saud, Saddam Hussein al-Tikriti): a family's,
 * tribe's or place's name that closes an Arabic name in full, which a shorter form leaves out. At a person's name's end it
 * is a middle name, not another surname (any other word there is: the bench's Gérard Fleury Zorbatov is no Gérard Fleury).
 */
function followsArticle(name: AnalysedName, word: KeyedToken): boolean {
  const at = name.tokens.indexOf(word);
  return at > 0 && name.tokens[at - 1]!.particle === 'article';
}

/**
 * Whether a person's name's word left over after its last word paired (of the first `aligned` pairs chosen) is a middle
 * name all the same: a patronymic when the name is written surname first (see startsWithSurname), otherwise a word
 * after an article (see followsArticle; `queryName`: the query's name, when its words are its core).
 */
function closingMiddleName(word: KeyedToken, candidateLength: number, aligned: number, queryName: AnalysedName | undefined): boolean {
  if (candidateLength > 1 && startsWithSurname(aligned, candidateLength)) return linguistics().patronymicEnding.test(word.latin);
  return queryName !== undefined && followsArticle(queryName, word);
}

/**
 * The alignment's score: the weighted mean of the aligned pairs, lowered for the words left over on either side
 * (`aligned`: how many pairs were chosen, see closingMiddleName).
 */
function alignmentScore(query: KeyedToken[], candidate: KeyedToken[], person: boolean, aligned: number, usedQ: Uint8Array, usedC: Uint8Array, matched: number, weights: number, generic: GenericWords | undefined, queryName?: AnalysedName): number {
  let first = Infinity;
  let last = -Infinity;
  for (let i = 0; i < query.length; i++) {
    if (!usedQ[i]) continue;
    first = Math.min(first, i);
    last = Math.max(last, i);
  }
  let missingNames = 0;
  let missingDesignators = 0;
  for (let i = 0; i < candidate.length; i++) {
    if (!usedC[i] && !saidByAnother(candidate, i, usedC)) isDesignator(candidate[i]!, generic) ? missingDesignators++ : missingNames++;
  }
  let extraNames = 0;
  for (let i = 0; i < query.length; i++) {
    const q = query[i]!;
    if (!usedQ[i] && !isDesignator(q, generic) && !q.initial && !saidByAnother(query, i, usedQ)) extraNames++;
  }
  let score = weights > 0 ? matched / weights : 0;
  // Words left over on both sides replace each other: count each such pair as a conflict, not as extra names.
  const conflicts = Math.min(missingNames, extraNames);
  score *= CONFLICTING_WORD ** conflicts;
  if (missingNames > conflicts) score *= (person ? PARTIAL_NAME : PARTIAL_OTHER_NAME) - EACH_FURTHER_MISSING * (missingNames - conflicts - 1);
  score *= EXTRA_DESIGNATOR ** missingDesignators;
  let conflictsLeft = conflicts;
  let middleNames = 0;
  for (let i = 0; i < query.length; i++) {
    const q = query[i]!;
    if (usedQ[i] || saidByAnother(query, i, usedQ)) continue;
    const designator = isDesignator(q, generic);
    if (!designator && !q.initial && conflictsLeft > 0) {
      conflictsLeft--; // already counted as a conflict
      continue;
    }
    const interior = (i > first && i < last) || (person && i > last && closingMiddleName(q, candidate.length, aligned, queryName));
    const middle = interior && person && middleNames++ > 0 ? EXTRA_FURTHER_MIDDLE : EXTRA_INTERIOR;
    score *= designator ? EXTRA_DESIGNATOR : q.initial ? 0.97 : interior ? middle : person && i < first ? EXTRA_GIVEN_NAME : EXTRA_EDGE;
  }
  return score;
}

/**
 * Whether a word left over says nothing its name does not say with a word that is matched: a maker's name and its
 * abbreviation before a model number (Sukhoi Su-24, Mil Mi-8, Tupolev Tu-154) say each other, and spellings leave out
 * either (سوخوي 24, Su-24). Not a missing word, nor an extra one.
 */
function saidByAnother(tokens: readonly KeyedToken[], i: number, used: Uint8Array): boolean {
  const word = tokens[i]!.latin;
  for (let j = 0; j < tokens.length; j++) {
    if (!used[j]) continue;
    const other = tokens[j]!.latin;
    if (word.length < other.length ? abbreviatesModelMaker(tokens, i, other) : abbreviatesModelMaker(tokens, j, word)) return true;
  }
  return false;
}

/** A model number's abbreviation of its maker: two or three letters, the first of `maker`, before a word that begins with a digit (su before 24, of sukhoi). */
function abbreviatesModelMaker(tokens: readonly KeyedToken[], at: number, maker: string): boolean {
  const next = tokens[at + 1]?.latin.charCodeAt(0);
  const abbreviation = tokens[at]!.latin;
  return next !== undefined && next >= 48 && next <= 57 && abbreviation.length >= 2 && abbreviation.length <= 3 && abbreviation.length < maker.length && maker.startsWith(abbreviation);
}

/** The most a name of initials alone scores against one with a word written out (see compareNames). */
const INITIALS_ONLY = 0.8;

function onlyInitials(core: readonly KeyedToken[]): boolean {
  return core.length > 0 && core.every((token) => token.initial);
}

/**
 * Score for an acronym that spells the initials of the other name (GNA = Government of National Accord). Each
 * letter is one more chance for a stranger's initials to differ, so the score grows with the letters: a two-letter
 * acronym is spelt by the initials of very many two-word names (SU: Stâts Unîts, Salomon uharteak) and stays below
 * the default match threshold; three letters score 0.92, longer ones approach 1.
 */
function acronymExpansionScore(letters: number): number {
  return 1 - ACRONYM_DOUBT / Math.max(1, letters - 1);
}
const ACRONYM_DOUBT = 0.16;

function acronymAlignment(short: AnalysedName, long: AnalysedName): Alignment | undefined {
  const [only] = short.core;
  if (short.core.length !== 1 || !only?.acronym || only.script !== 'Latin') return undefined;
  const words = long.tokens.filter((t) => t.script === 'Latin');
  if (words.length < 2 || words.length !== long.tokens.length) return undefined;
  const { all, content } = acronymInitials(words);
  if (only.latin !== all && only.latin !== content) return undefined;
  // (a connector's initial, as in ROK, Republic of Korea, is a letter any name of the kind has: no evidence of which one it is;
  // spelt with them, the three letters of a country's code were a stranger's initials: State of Malta SOM, Republic of Uganda ROU)
  const score = acronymExpansionScore(content.length);
  return {
    score,
    inOrder: true,
    pairs: [{ query: only.text, candidate: words.map((t) => t.text).join(' '), similarity: score, evidence: 'acronym of the name' }],
    unmatchedQuery: [],
    unmatchedCandidate: [],
  };
}

/**
 * An abjad name of more words than the other name's, two or more of them full words: two names, not one word
 * written apart. Without their short vowels, two words read as one long word match almost any Latin word of
 * their consonants (کارو واعظی against Krause), so they are not compared as one word. A short word (one or
 * two letters) is a particle the Latin spelling may run in (لو دريان Ludrian); so is a word after an article, which
 * makes one name with the word before it that Latin spellings mostly write as one (نور الدين Noureddine, صلاح الدين
 * Salahuddin), and a word that closes a name so (اسلام آباد Islamabad, حبيب الله Habibullah: data/names/compound-endings.tsv).
 */
function abjadWrittenApart(a: AnalysedName, b: AnalysedName): boolean {
  if (!a.joined.abjad || b.joined.abjad || a.tokens.length <= b.tokens.length) return false;
  const { compoundEndings } = linguistics();
  let fullWords = 0;
  a.tokens.forEach((token, i) => {
    const runIn = i > 0 && (compoundEndings.has(token.text) || (i > 1 && a.tokens[i - 1]!.particle === 'article'));
    if (token.text.length > SHORT_ABJAD_WORD && !runIn) fullWords++;
  });
  // (as many full words as the other name's words: only short ones run in, بے نظیر بھٹو Benazir Bhutto)
  return fullWords > Math.max(1, b.tokens.length);
}

/** An alignment at least this good leaves no word over that a dropped title could pair (see compareNames). */
const TITLE_WORTH_TRYING = 0.95;

const better = (a: Alignment, b: Alignment): Alignment => (b.score > a.score ? b : a);

/** Letters of an abjad word that may be a particle run into the next word by a Latin spelling. */
const SHORT_ABJAD_WORD = 2;

/** The names compared as one word each (particles in and out); only a similarity above `atLeast` is worth computing. */
function joinedSimilarity(q: AnalysedName, c: AnalysedName, atLeast: number): number {
  let best = atLeast;
  const qCodes = q.joined.code === q.joined.coreCode ? [q.joined.code] : [q.joined.code, q.joined.coreCode];
  const cCodes = c.joined.code === c.joined.coreCode ? [c.joined.code] : [c.joined.code, c.joined.coreCode];
  const qWriting = nameWriting(q);
  const cWriting = nameWriting(c);
  const qSilent = cWriting === ABJAD && silentEnd(q.tokens.at(-1)?.latin ?? '');
  const cSilent = qWriting === ABJAD && silentEnd(c.tokens.at(-1)?.latin ?? '');
  const oneScript = q.tokens[0]?.script === c.tokens[0]?.script;
  // (a sound the other script writes otherwise costs as it does word by word: الغربي is Gharbi, not Krabbe)
  const unheard = oneScript ? 0 : otherNameSounds(q.tokens, c.tokens);
  for (const qc of qCodes) {
    for (const cc of cCodes) {
      if (qc && cc) best = Math.max(best, codeSimilarity(qc, cc, qWriting, cWriting, best + unheard, qSilent, cSilent, oneScript) - unheard);
    }
  }
  if (best <= atLeast) return 0;
  // (one script's names joined into one word are capped by their letters as its words are: Ginea is not il-Kenja)
  if (oneScript) best = Math.min(best, joinedLetterCap(q, c));
  if (writtenWithSpaces(q) && writtenWithSpaces(c)) best *= RUN_TOGETHER ** Math.abs(wordsApart(q) - wordsApart(c));
  return best > atLeast ? best : 0;
}

/**
 * Each word standing apart in one name (wordsApart) that the other runs into the word beside it: two names of one
 * spelling run together are mostly one name written apart or not (Hong Kong, Hongkong), but a person's given name and
 * surname run together are another surname (Mir Tuğlu is no Mertoğlu, the surname of the table's Naz Mertoğlu). A
 * particle run in costs nothing (Le Drian, Ludrian; Abdel Rahman, Abdulrahman), nor an article's word (Salahuddin).
 */
const RUN_TOGETHER = 0.97;

/**
 * Whether a name's words are written apart with spaces alone: not in a script that writes none between words (Thai,
 * Chinese, kana…), whose words are the parser's division, nor with a hyphen, which joins words as much as it divides
 * them (co-operative, cooperative; Jean-Pierre, Jeanpierre).
 */
const writtenWithSpaces = (name: AnalysedName): boolean => !NOT_SPACED.test(name.input);
const NOT_SPACED = new RegExp(`${UNSPACED_SCRIPT.source.slice(0, -1)}\\p{Script=Katakana}\\p{Script=Hiragana}]|\\p{L}[-‐‑–]\\p{L}`, 'u');

/**
 * A name's core words that stand apart: not a particle, nor a word that makes one name with the word before it, after an
 * article or as a compound's ending (Salah al-Din, صلاح الدين Salahuddin; حبيب الله Habibullah: see abjadWrittenApart).
 */
function wordsApart(name: AnalysedName): number {
  const { compoundEndings } = linguistics();
  let apart = 0;
  name.tokens.forEach((token, i) => {
    if (token.particle) return;
    if (i > 0 && (name.tokens[i - 1]!.particle === 'article' || compoundEndings.has(token.text))) return;
    apart++;
  });
  return apart;
}

/** letterCap of two names each joined into one word, particles left out or kept (the higher; once when neither has any). */
function joinedLetterCap(q: AnalysedName, c: AnalysedName): number {
  const withoutParticles = letterCap(joinedLatin(q.core), joinedLatin(c.core));
  if (q.core.length === q.tokens.length && c.core.length === c.tokens.length) return withoutParticles;
  return Math.max(withoutParticles, letterCap(joinedLatin(q.tokens), joinedLatin(c.tokens)));
}

const joinedLatin = (tokens: readonly KeyedToken[]): string => tokens.map((token) => token.latin).join('');

/**
 * otherSounds of two names, each with its words' sounds one after another (walked in place, not joined: this runs
 * for every pair of names compared as one word across scripts).
 */
function otherNameSounds(a: readonly KeyedToken[], b: readonly KeyedToken[]): number {
  let cost = 0;
  for (let k = 0; k < MISMATCH_COSTS.length; k++) {
    const count = soundCount(a, k);
    if (count < 0 || count !== soundCount(b, k)) continue;
    let ai = 0, aAt = 0, bi = 0, bAt = 0;
    for (let n = 0; n < count; n++) {
      let x = soundsOfToken(a[ai]!)[k]!;
      while (aAt >= x.length) { x = soundsOfToken(a[++ai]!)[k]!; aAt = 0; }
      let y = soundsOfToken(b[bi]!)[k]!;
      while (bAt >= y.length) { y = soundsOfToken(b[++bi]!)[k]!; bAt = 0; }
      if ((x.charCodeAt(aAt++) & y.charCodeAt(bAt++)) === 0) cost += MISMATCH_COSTS[k]!;
    }
  }
  return cost;
}

/** How many sounds of class `k` a name's words say, or -1 when a word's script has no rows for it. */
function soundCount(tokens: readonly KeyedToken[], k: number): number {
  let count = 0;
  for (const token of tokens) {
    const sounds = soundsOfToken(token)[k];
    if (sounds === undefined) return -1;
    count += sounds.length;
  }
  return count;
}


export interface CompareContext {
  /** the candidate names a person: a given name in front of the surname costs little */
  person?: boolean;
  /** skip the string-similarity tie-breaker (a first pass over many candidates; see withStringSimilarity) */
  structuralOnly?: boolean;
  /** token scores the caller already has (see TokenMemo) */
  memo?: TokenMemo | undefined;
  /** the table's generic words (see GenericWords); they count only when the name is not a person's */
  generic?: GenericWords | undefined;
  /**
   * The caller has no use for a score at or below this (a first pass that keeps only the best two names): the
   * names compared as one word are compared only as far as needed to tell whether they beat it.
   */
  uselessBelow?: number | undefined;
  /** the candidate names a place or an organisation, whose words a title list does not know as titles (General Motors) */
  titlesAreWords?: boolean | undefined;
}

const NO_TITLES: readonly string[] = [];

/** The titles a name dropped that are ranks or offices (see Linguistics.wordTitles). */
function wordTitlesOf(name: AnalysedName): readonly string[] {
  if (name.titles.length === 0) return NO_TITLES;
  const words = linguistics().wordTitles;
  return name.titles.filter((title) => words.has(title));
}

/** Whether two names dropped the same titles (both none, mostly). */
function sameTitles(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Names with the same core words outrank every merely similar spelling (at most SIMILAR_AT_MOST), and among
 * themselves the one written alike wins: a table may hold both orders, or a name with and without its
 * particle, as two people (Khalid Jarrad, Jarrad Khalid; Foulques Le Roux, Foulques Roux).
 */
export const SAME_WORDS_REORDERED = 0.992;
const SAME_WORDS = 0.995;
export const SIMILAR_AT_MOST = 0.99;
/**
 * The same holds among names whose words all read alike: written in another order than the name's (or divided into
 * words otherwise, matching only as one word), one scores a little less, or the cap would make a tie of Bllsm Lqll
 * Khnfyr against Blsm Lqll Khnfyr and Blsm Khnfyr Lqll.
 */
export const SIMILAR_REORDERED_AT_MOST = 0.989;

/**
 * Whether the name is one word that the candidate has after a title or particle the name lacks (Haftar, General Haftar;
 * Franey, Prince Franey; Wagner, Ben Wagner). A title and a surname is how a person is named without the given name: a
 * partial name, as Haftar is of Khalifa Haftar, so it scores as one (PARTIAL_NAME); and a short name's first word read
 * as a particle may be a given name (Ben, Al, Della). Otherwise the word alone would be that person's name as written,
 * and another person holding it (Ivy Franey) only a partial holder: a coin flip reported as a match. The other way
 * round, a table listing the word alone as a person's alias names that person by it, titled or not (General Haftar is
 * the Khalifa Haftar listed as Haftar, not a coin flip with Saddam Haftar).
 */
function surnameAfterDropped(q: AnalysedName, c: AnalysedName): boolean {
  return q.core.length === 1 && !droppedWords(q) && droppedWords(c);
}

const droppedWords = (name: AnalysedName): boolean => name.titles.length > 0 || name.tokens.length > name.core.length;

function sameWordsScore(q: AnalysedName, c: AnalysedName): number {
  if (sameWrittenWords(q.tokens, c.tokens)) return 1;
  return sameWrittenWords(q.core, c.core) ? SAME_WORDS : SAME_WORDS_REORDERED;
}

/**
 * The string tie-breaker: how alike two names are written (Jaro-Winkler), as Latin spellings write them. Katakana's r row
 * writes a foreign r and l alike (ロング Long, ベル Bell, ラッセル Russell), and Hepburn shows it r: a name with such a
 * letter is compared as written with l there too, and the closer counts, so that the r does not favour an r.
 */
function writtenSimilarity(q: AnalysedName, c: AnalysedName): number {
  const similarity = jaroWinkler(writtenKey(q), writtenKey(c));
  const qL = withKanaL(q);
  const cL = withKanaL(c);
  return qL === undefined && cL === undefined ? similarity : Math.max(similarity, jaroWinkler(qL ?? writtenKey(q), cL ?? writtenKey(c)));
}

/** A name's written key with katakana's r row written l, when it has a katakana word with that row (flex R_OR_L in its marked form). */
function withKanaL(name: AnalysedName): string | undefined {
  if (!name.tokens.some((token) => isKana(token) && token.marked.includes(R_OR_L))) return undefined;
  return name.tokens.map((token) => (isKana(token) ? spelt(token).replaceAll('r', 'l') : spelt(token))).join(' ');
}

/** A name's words in written order, particles included (its exact key sorts the core words). */
function writtenKey(name: AnalysedName): string {
  return name.tokens.length === 1 ? spelt(name.tokens[0]!) : name.tokens.map(spelt).join(' ');
}

/**
 * A word as a Latin spelling would write it, for the string tie-breaker. Inside a Hebrew word, yod and vav are
 * mostly the vowels i and o (holam), which Latin writes so (מורן Moran before Muren, ליונל Lionel before Leonel);
 * Arabic's ya and waw are as often the diphthongs ay and aw that Latin writes as they are (Zayed, Shawqi). A
 * Cyrillic initial у before a vowel (flex U) is mostly the w of an English name (Уэллер Weller before Feller), and an
 * э after a consonant its a (Брэндон Brandon before Brendon: see OPEN_E_AFTER_CONSONANT). A Latin word's spellings
 * that other scripts' romanisations write otherwise are written as those write them (see below).
 */
function spelt(token: KeyedToken): string {
  let written = speltWords.get(token);
  if (written === undefined) speltWords.set(token, (written = uncachedSpelt(token)));
  return written;
}
// The tie-breaker spells the query's words once for every contender: tokens are shared objects, so keep their spellings.
const speltWords = new WeakMap<KeyedToken, string>();

/**
 * A hangul word as a Latin spelling writes the name: without the vowels it adds after a foreign consonant (ADDED_VOWEL
 * in keys/), its ㄹ before a vowel r (스미스 smis, Smith before Shimizu; 로마 roma, Roma before Loma). (Not katakana's:
 * its u after a consonant is as often said, ムスタファ Mustafa, and its romanisation writes the vowels as they are; nor
 * a Chinese word's, whose pinyin is its spelling, 化学 huaxue.)
 */
function hangulSpelt(token: KeyedToken): string {
  return readable(token.marked.replaceAll(ADDED_VOWEL, '')).replaceAll('dzh', 'j');
}

function uncachedSpelt(token: KeyedToken): string {
  if (token.script === 'Cyrillic' && token.marked.startsWith('U')) return 'w' + token.latin.slice(1);
  if (token.script === 'Cyrillic' && OPEN_E_AFTER_CONSONANT.test(token.marked) && readable(token.marked) === token.latin) {
    return readable(token.marked.replace(OPEN_E_AFTER_CONSONANT_ALL, (pair) => pair[0] + 'a'));
  }
  if (token.script === 'Hebrew') return token.latin.replace(HEBREW_VOWEL_LETTERS, (letter) => (letter === 'y' ? 'i' : 'o'));
  if (token.script === 'Hangul') return hangulSpelt(token);
  return token.script === 'Latin' ? asOtherScriptsWrite(token.latin) : token.latin;
}

/**
 * A Latin word with the spellings of data/rules/written.tsv written as other scripts' romanisations write them. The
 * rows are one pattern, a group per row: one pass along the word, the first row listed winning where two match at one
 * place (tsch before sch). Built once: the tie-breaker runs for every contender.
 */
export function asOtherScriptsWrite(latin: string): string {
  written ??= joinRules(linguistics().writtenRules, 'g');
  return latin.replace(written.pattern, replaceWrittenRow);
}
let written: JoinedRules | undefined;
/** replace() passes the groups after the match, then the offset. */
function replaceWrittenRow(match: string, ...groups: unknown[]): string {
  return matchedReplacement(written!, groups) ?? match;
}
const HEBREW_VOWEL_LETTERS = /(?<=.)[yw]/g;

function sameWrittenWords(a: readonly KeyedToken[], b: readonly KeyedToken[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i]!.latin !== b[i]!.latin) return false;
  return true;
}

/** A comparison's score from its structure (the better of alignment and joined similarity) and its string similarity. */
function finalScore(q: AnalysedName, c: AnalysedName, structural: number, stringSimilarity: number, inOrder: boolean, person: boolean): number {
  // (equal normalised texts parse alike, so they have equal exact keys too; equal keys align perfectly, so
  // a lower score needs no key: the candidate index builds it only when asked)
  const sameWords = structural >= 1 && q.exactKey === c.exactKey;
  const tieBreaker = 1 - STRING_WEIGHT + STRING_WEIGHT * stringSimilarity;
  if (sameWords) return person && surnameAfterDropped(q, c) ? PARTIAL_NAME * tieBreaker : sameWordsScore(q, c);
  const tieBroken = structural * tieBreaker * (inOrder || !person ? 1 : 1 - REORDERED_COST);
  return Math.min(inOrder ? SIMILAR_AT_MOST : SIMILAR_REORDERED_AT_MOST, tieBroken);
}

/**
 * The score compareNames gives two names, from their first-pass comparison (structuralOnly): the string tie-breaker
 * applied to the structure found, without aligning them again. (A first pass told that a score is useless below
 * some value may have left the joined similarity uncomputed: then this is as low as that comparison could score.)
 */
export function tieBrokenScore(q: AnalysedName, c: AnalysedName, firstPass: NameComparison, person = false): number {
  const { alignment, joinedSimilarity, inOrder } = firstPass.features;
  return finalScore(q, c, Math.max(alignment, joinedSimilarity), writtenSimilarity(q, c), inOrder && joinedSimilarity <= alignment, person);
}

/** Compare two analysed names. Pure and deterministic. */
export function compareNames(q: AnalysedName, c: AnalysedName, context: CompareContext = {}): NameComparison {
  if (q.tokens.length === 0 || c.tokens.length === 0) {
    return { score: 0, pairs: [], unmatchedQuery: [], unmatchedCandidate: [], joined: false, features: { alignment: 0, joinedSimilarity: 0, stringSimilarity: 0, inOrder: true } };
  }
  const person = context.person ?? false;
  const explain = !context.structuralOnly;
  const generic = person ? undefined : context.generic;
  // A rank or an office is a person's title: in a place's or an organisation's name it is a word like the others
  // (General Motors is no Motors, President Hotel no Hotel). When the two names' differ, both are read back as words.
  // (An honorific, royal or religious title before the name of the person a place is named after is kept or dropped:
  // Sheikh Zayed Mosque, Zayed Mosque.)
  const qTitles = context.titlesAreWords === true ? wordTitlesOf(q) : NO_TITLES;
  const cTitles = context.titlesAreWords === true ? wordTitlesOf(c) : NO_TITLES;
  const titleWords = !sameTitles(qTitles, cTitles);
  let alignment = titleWords
    ? align([...titleTokens(q, qTitles), ...q.core], [...titleTokens(c, cTitles), ...c.core], person, explain, context.memo, generic, q)
    : align(q.core, c.core, person, explain, context.memo, generic, q);
  const expanded = acronymAlignment(q, c) ?? acronymAlignment(c, q);
  if (expanded && expanded.score > alignment.score) alignment = expanded;
  // A name of initials alone (J. K., A.B.Ş.) gives only the first letters of another's words, which many names share
  // (ඇන්ටිගුවා සහ බාබියුඩාව, Antigua and Barbuda in Sinhala, met A.B.Ş., the United States in Azerbaijani, at 0.95).
  if (onlyInitials(q.core) !== onlyInitials(c.core)) alignment = { ...alignment, score: Math.min(alignment.score, INITIALS_ONLY) };
  // Particles glued on either side (Ludrian for Le Drian): try the glued forms and keep the best.
  // (not when titles are words: the glued forms, and the one-word codes below, are of the words without them)
  for (const [qs, cs] of [[q.glued, c.core], [q.core, c.glued]] as const) {
    if (!qs || !cs || titleWords) continue;
    const glued = align(qs, cs, person, explain, context.memo, generic);
    if (glued.score > alignment.score) alignment = glued;
  }
  // A title one name dropped may be a word the other kept, in a script whose titles data/names/titles.tsv does not list
  // (শেখ হাসিনা, Sheikh Hasina): with its titles back as words, the other's word has its pair. Tried only across scripts,
  // for a name of more words, when the alignment fell short, and its titles asked for last: a table form's are worked out
  // from its text when first asked (see CandidateIndex.titlesOf in candidates/), and this runs for every form a lookup scores.
  if (!titleWords && alignment.score < TITLE_WORTH_TRYING && q.tokens[0]!.script !== c.tokens[0]!.script) {
    if (q.core.length > c.core.length && c.titles.length > 0) alignment = better(alignment, align(q.core, [...titleTokens(c), ...c.core], person, explain, context.memo, generic));
    else if (c.core.length > q.core.length && q.titles.length > 0) alignment = better(alignment, align([...titleTokens(q), ...q.core], c.core, person, explain, context.memo, generic));
  }
  // Gluing is only worth trying when the token counts differ and the alignment left something to explain.
  const countsDiffer = q.tokens.length !== c.tokens.length || q.core.length !== c.core.length;
  const joined = countsDiffer && !titleWords && alignment.score < 0.95 && !abjadWrittenApart(q, c) && !abjadWrittenApart(c, q) ? joinedSimilarity(q, c, Math.max(alignment.score, context.uselessBelow ?? 0)) : 0;
  // (in written order: of two names with the same words, the one written alike wins the tie)
  const stringSimilarity = context.structuralOnly ? 1 : writtenSimilarity(q, c);
  const useJoined = joined > alignment.score;
  const structural = Math.max(alignment.score, joined);
  // (names that match only as one word divide their words otherwise: not written as alike as words in the same order)
  const score = finalScore(q, c, structural, stringSimilarity, alignment.inOrder && !useJoined, person);
  return {
    score,
    pairs: alignment.pairs,
    unmatchedQuery: useJoined ? [] : alignment.unmatchedQuery,
    unmatchedCandidate: useJoined ? [] : alignment.unmatchedCandidate,
    joined: useJoined,
    features: { alignment: alignment.score, joinedSimilarity: joined, stringSimilarity, inOrder: alignment.inOrder },
  };
}
