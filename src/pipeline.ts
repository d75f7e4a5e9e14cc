/**
 * The stage order, written once: normalise → transliterate → parse name parts → keys.
 * analyseName() is what tables and queries both go through; the candidate index, the scorer
 * and the explanation read its result.
 */
import { normaliseText } from './normalise/index.js';
import { joinRules, linguistics, matchedReplacement, type JoinedRules } from './data/linguistic.js';
import { isKana, kanaAddedVowels, transliterateWord } from './transliterate/index.js';
import type { SpokenReading } from './keys/index.js';
import { CONNECTORS, NO_SEATS, parseName, plainWordToken, acronymInitials, type Token } from './parse/index.js';
import { ALIF, ASSIMILATED_L, I_SEAT, isCodeVowel, OPTIONAL_T, mayBeVowelsOnly, phoneticCode, SCHWA, spokenReadings, S_ENDING, skeletons, skeletonsUncached } from './keys/index.js';

export interface KeyedToken extends Token {
  code: string;
  skeletons: string[];
  /** the word's codes as a foreign spelling reads it aloud, when they differ (Garnier: garnie, Тикамацу: chikamatsu); compared across scripts only */
  readings?: SpokenReading[] | undefined;
  /** what the scorer works out of the word once, kept on it (see score/ factsOf) */
  [SCORER_FACTS]?: unknown;
}

/**
 * The slot of a token where the scorer keeps what it works out of the word once. On the token itself, not in a
 * WeakMap beside it: the scorer reads it twice for each of the ~60 words compared with each new query word, and a
 * WeakMap lookup cost as much as a fifth of a comparison. A symbol, so that JSON output never shows it.
 */
export const SCORER_FACTS: unique symbol = Symbol('scorer facts');

export interface AnalysedName {
  input: string;
  normalised: string;
  titles: string[];
  tokens: KeyedToken[];
  /** tokens that carry the name (particles are optional when comparing) */
  core: KeyedToken[];
  /** core with each particle glued to the word after it (Le Drian → ledrian), when there are particles */
  glued: KeyedToken[] | undefined;
  /** the whole name as one code, particles included (Le Drian → lidrian) and excluded (drian) */
  joined: { code: string; coreCode: string; abjad: boolean };
  /** exact-match key: core tokens' Latin forms, sorted (order-insensitive) */
  exactKey: string;
}

// Parse shares one Token object per distinct word and role, so keyed tokens can be shared the same way.
const keyed = new WeakMap<Token, KeyedToken>();

function keyToken(token: Token): KeyedToken {
  const hit = keyed.get(token);
  if (hit) return hit;
  // (an initial whose letter the rules read as nothing — H., X., a final h or x sound — keeps its letter: it is still a word of the name)
  const spoken = phoneticCode(isKana(token) ? kanaAddedVowels(token.marked) : token.marked, token.script === 'Latin');
  const code = spoken === '' && token.initial ? token.latin : spoken;
  const readings = spokenReadings(token.script, token.script === 'Latin' ? token.marked : token.text, code);
  const result = keyedToken(token, code, skeletons(code), readings.length > 0 ? readings : undefined);
  keyed.set(token, result);
  return result;
}

/**
 * A keyed token: every one has these fields in this order, whether analysed here or read from a snapshot, so that all
 * share one hidden class and the scorer's many reads of them stay monomorphic (a token spread from its parts, with its
 * readings added when it has some, made several).
 */
export function keyedToken(token: Token, code: string, skeletons: string[], readings: SpokenReading[] | undefined): KeyedToken {
  return {
    script: token.script,
    latin: token.latin,
    marked: token.marked,
    abjad: token.abjad,
    text: token.text,
    particle: token.particle,
    initial: token.initial,
    designator: token.designator,
    acronym: token.acronym,
    code,
    skeletons,
    readings,
    [SCORER_FACTS]: undefined,
  };
}

/** Skeletons shorter than this get no near keys: too many short names would share them. */
const MIN_NEAR_SKELETON = 4;
const NEAR = '~';

/** Whether a word gets near keys at all: a missing key says little about one that does not. */
export function hasNearKeys(token: KeyedToken): boolean {
  return token.skeletons.some(skeletonHasNearKeys);
}

export function skeletonHasNearKeys(skeleton: string): boolean {
  return skeleton.length >= MIN_NEAR_SKELETON;
}

/** A near key (see nearSkeletons), as tokenKeys() returns it among the word's other keys. */
export function isNearKey(key: string): boolean {
  return key[0] === NEAR;
}

/**
 * Near keys, in their own "~" namespace: the skeleton and each skeleton with one consonant deleted
 * (SymSpell's idea). Two skeletons that differ by one consonant — inserted, deleted or replaced —
 * share a near key, so a typo or an unusual consonant still finds its candidates.
 */
export function nearSkeletons(skeleton: string): string[] {
  if (!skeletonHasNearKeys(skeleton)) return [];
  const out = new Set([NEAR + skeleton]);
  for (let i = 0; i < skeleton.length; i++) out.add(NEAR + skeleton.slice(0, i) + skeleton.slice(i + 1));
  return [...out];
}

/** The namespace of spelling keys (see spellingKeys). */
const SPELLING = '!';

/**
 * Spelling keys, in their own "!" namespace: a word's Latin form and that form with each letter in turn deleted
 * (SymSpell's idea, on letters where near keys work on consonant skeletons). Two words one edit apart (a letter
 * inserted, deleted, replaced, or two swapped) share one, so the table's words one slip of the pen from a word
 * the table does not know are found by lookups, not by reading every form of the name's other words.
 */
export function spellingKeys(latin: string): string[] {
  const out = new Set([SPELLING + latin]);
  for (let i = 0; i < latin.length; i++) out.add(SPELLING + latin.slice(0, i) + latin.slice(i + 1));
  return [...out];
}

const REPLACED = '?';
/** The consonant a replaced key leaves unknown. */
const UNKNOWN_CONSONANT = '?';

/**
 * Replaced keys, in their own "?" namespace, for a skeleton one consonant too short for near keys: the skeleton with
 * each consonant in turn unknown (krm → ?rm, k?m, kr?). Two such skeletons that differ in one consonant share one
 * (Okarim krm, Okhrim hrm; Neuber, Reuber). Deleting a consonant, as near keys do, would leave two, which far too many
 * names share; a replaced key keeps the other two in place. A query looks them up last (see candidates/).
 */
export function replacedSkeletons(skeleton: string): string[] {
  if (skeleton.length !== MIN_NEAR_SKELETON - 1) return [];
  const out: string[] = [];
  for (let i = 0; i < skeleton.length; i++) out.push(REPLACED + skeleton.slice(0, i) + UNKNOWN_CONSONANT + skeleton.slice(i + 1));
  return out;
}

/** A replaced key (see replacedSkeletons), as tokenKeys() returns it among the word's other keys. */
export function isReplacedKey(key: string): boolean {
  return key[0] === REPLACED;
}

/**
 * For a skeleton just long enough for near keys: the skeletons one consonant shorter, which the table's words of that
 * length have among their own keys (they have no near keys). A query looks them up to find a word whose spelling
 * leaves out a consonant its own writes (Damirn against Damien, Lomsviy against Lomoviy); longer words it finds by
 * their near keys, which hold the skeleton itself.
 */
export function shorterSkeletons(skeleton: string): string[] {
  if (skeleton.length !== MIN_NEAR_SKELETON) return [];
  const out = new Set<string>();
  for (let i = 0; i < skeleton.length; i++) out.add(skeleton.slice(0, i) + skeleton.slice(i + 1));
  return [...out];
}

/**
 * For a skeleton one consonant too short for near keys: the near key that table words of one consonant more have
 * among theirs (their skeleton less one consonant). A query looks it up to find a word whose spelling writes a
 * consonant its own leaves out (байович against Bajović, whose j is also the glide й). The table stores nothing more.
 */
export function longerSkeletonKey(skeleton: string): string | undefined {
  return skeleton.length === MIN_NEAR_SKELETON - 1 ? NEAR + skeleton : undefined;
}

// One glued token per (particle, word) pair, like parse's one token per word: stable objects can be
// cached on (the candidate index keys its look-alike cache by token), and are keyed only once.
const gluedPairs = new WeakMap<KeyedToken, WeakMap<KeyedToken, KeyedToken>>();

function gluedToken(particle: KeyedToken, next: KeyedToken): KeyedToken {
  let row = gluedPairs.get(particle);
  if (!row) gluedPairs.set(particle, (row = new WeakMap()));
  let glued = row.get(next);
  if (!glued) {
    glued = keyToken({ ...next, text: particle.text + next.text, latin: particle.latin + next.latin, marked: gluedArticle(particle, next) + next.marked, particle: undefined });
    row.set(next, glued);
  }
  return glued;
}

/**
 * A particle's spelling glued to the next word. An abjad's article begins with an alif that seats no vowel of its own
 * (a hamzat al-wasl): a Latin spelling says it with any vowel (Alhassan, Elamine, Ziaulhaq) or, after a vowel and in
 * Maghrebi spellings, not at all (Abdullah; Lahcen, Lamine, Lakhdar, Labidi): glued, it is the SCHWA that takes any vowel
 * or none, not the alif, which prefers a and is written where a word begins (Lamine against Imen, both امين less an article).
 * Not before a sun letter: the l is that letter then, and a spelling that writes the article keeps its vowel (Essebsi,
 * Assad; الصين is no Lisin); nor before a ya or waw, which a Latin spelling without the vowel reads as the article's
 * (اليابان al-Yaban is no Liban).
 */
function gluedArticle(particle: KeyedToken, next: KeyedToken): string {
  const vowelUnsaid = particle.particle === 'article' && particle.abjad && particle.marked.startsWith(ALIF) && !SUN_LETTER_CODES.test(next.code) && !GLIDE_LETTER_CODES.test(next.code);
  return vowelUnsaid ? SCHWA + particle.marked.slice(ALIF.length) : particle.marked;
}

/** Particles glued to the next word: "le drian" → "ledrian", the way Ludrian and LeDrian write it. */
function glueParticles(tokens: KeyedToken[]): KeyedToken[] | undefined {
  if (!tokens.some((t, i) => t.particle && i + 1 < tokens.length)) return undefined;
  const out: KeyedToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    if (token.particle && next) {
      out.push(gluedToken(token, next));
      i++;
    } else if (!token.particle) out.push(token);
  }
  return out;
}

const TWO_CAPITALS = /\p{Lu}\p{Lu}/u;
const NO_WORDS: ReadonlySet<string> = new Set();

/** Words written in capitals, 2 to 6 letters (GNA, UNSC, AFRICOM), in a name that is not all capitals. */
function acronymsOf(input: string): ReadonlySet<string> {
  if (!TWO_CAPITALS.test(input)) return NO_WORDS;
  const words = input.match(/[\p{L}\p{N}]+/gu) ?? [];
  const lettersOnly = words.filter((w) => /\p{L}/u.test(w));
  const allCaps = lettersOnly.length > 1 && lettersOnly.every((w) => w === w.toUpperCase());
  const acronyms = new Set<string>();
  for (const word of words) {
    if (/^\p{Lu}{2,7}$/u.test(word) && (!allCaps || word.length <= 4) && !/^[IVXLCDM]+$/.test(word)) acronyms.add(normaliseText(word));
  }
  return acronyms;
}

/**
 * Arabic-script words written with hamza or madda on their first alif (آلمان Alman, ألبانيا Albania):
 * the article al- is never written so, though normalise folds the letter to a bare alif.
 */
function hamzaInitialWords(input: string): ReadonlySet<string> {
  if (!/[أإآ]/u.test(input)) return NO_WORDS;
  return new Set((input.match(/(?<![\p{L}\p{M}])[أإآ][\p{L}\p{M}]*/gu) ?? []).map(normaliseText));
}

/**
 * Arabic-script words (after the article, if any) whose initial alif the input wrote with a hamza that tells the vowel
 * it seats, though normalise folds it into a bare alif: the symbol that alif becomes in the keys. Hamza below (إدريس
 * Idris, الإمارات al-Imarat) seats an i or e, never the a a bare alif mostly writes (flex E); hamza above before a ya
 * (أيمن Ayman, أيوب Ayyub) writes the a of the diphthong ay, where a bare alif before a ya mostly only seats its i (ay
 * in 14 of the 20 Arabic pairs beginning with أي, i or e in 11 of the 15 beginning with a bare alif and ya); with madda
 * (آية Aya, آصف Asif), a long a (a in 32 of the 34 Arabic pairs beginning so).
 */
function hamzaSeatedWords(input: string): ReadonlyMap<string, string> {
  if (!/[إأآ]/u.test(input)) return NO_SEATS;
  const seats = new Map<string, string>();
  for (const word of input.match(/(?<![\p{L}\p{M}])(?:ال)?(?:إ|آ|أ\p{M}*ي)[\p{L}\p{M}]*/gu) ?? []) {
    const bare = word.replace(/^ال(?=[إأآ])/u, '');
    seats.set(normaliseText(bare), bare.startsWith('إ') ? I_SEAT : SAID_A);
  }
  return seats;
}
/**
 * Latin words written with a letter whose mark says a sound its folded letter drops (data/normalise/sounds.tsv: Polish
 * ą ę, Czech ř), normalised → the word as the keys read it: those letters as the rows write them (Dvořák → dvor%ak,
 * the zh of Дворжак that may be unsaid), the others folded as normalise folds them. The word's Latin form, which
 * exact keys are made of, stays as folded (Dvořák is Dvorak letter for letter).
 */
function soundedWords(input: string): ReadonlyMap<string, string> {
  const sounds = (soundPattern ??= joinSoundRules());
  // (most names have none: one test of the text as given, or with an ogonek or caron written apart)
  if (!sounds.any.test(input) && !SOUND_MARKS_APART.test(input)) return NO_SEATS;
  const sounded = new Map<string, string>();
  for (const word of input.normalize('NFC').match(/[\p{L}\p{M}]+/gu) ?? []) {
    const lower = word.toLowerCase();
    let marked = '';
    let from = 0;
    for (const match of lower.matchAll(sounds.pattern)) {
      marked += foldedMarks(lower.slice(from, match.index)) + matchedReplacement(sounds, match.slice(1))!;
      from = match.index + match[0].length;
    }
    if (from > 0) sounded.set(normaliseText(word), marked + foldedMarks(lower.slice(from)));
  }
  return sounded;
}
/**
 * Arabic word endings that normalise folds into another letter's, though they say otherwise: how the keys read them
 * (data/translit/arabic.tsv's reading of the folded ending → the written one's).
 * - a ya, then a ha written so, not a ta marbuta: the ha marks the ya's vowel as the word's last sound, as Arabic writes
 *   a French final é, -et, -er (توريه Touré, مونيه Monet, موليه Mollet: 27 of the 33 Arabic pairs ending so end in -e,
 *   -er, -et, -é); read as a vowel, it made Touré Touriya, the -iya, -ia of a ta marbuta (ثرية Thuraya: -ia, -ya in 18 of
 *   the 21 pairs ending ية). A Persian ya (ی), whose -iyeh writes a ta marbuta so (مرضیه Marziyeh), is left as it is.
 * - alif maqsura (ى): an a, read as a final alif is, not the i a final ya mostly is (منى Mona, هدى Huda, موسى Musa: a in
 *   21 of the 26 Arabic pairs ending ى, in 6 of the 1,411 ending ي). Not in a Uyghur word, whose ى is the vowel i
 *   anywhere (گېرىنسى Guernsey) and which writes its other vowels with letters Arabic has not (ې ۆ ۇ ۈ ۋ ە).
 */
const WRITTEN_ENDINGS: readonly { written: RegExp; folded: string; read: string }[] = [
  { written: /\u064A\p{M}*\u0647$/u, folded: 'YH', read: 'Y' },
  { written: /^[^\u0649\u06D0\u06C6-\u06C8\u06CB\u06D5]*\u0649\p{M}*$/u, folded: 'E', read: 'A' },
];
/** A word ending in any of WRITTEN_ENDINGS (marks allowed after its letters), at any place in a text. */
const WRITTEN_ENDING_WORDS = /[\p{L}\p{M}]*(?:\u064A\p{M}*\u0647|\u0649\p{M}*)(?![\p{L}\p{M}])/gu;

const HA_OR_MAQSURA = /[\u0647\u0649]/u;

/** `sounded`, and the words of `input` with one of WRITTEN_ENDINGS, as the keys read them. */
function withWrittenEndings(sounded: ReadonlyMap<string, string>, input: string): ReadonlyMap<string, string> {
  // (most names have no ha or alif maqsura: one test of the text, not a search for words, on every name analysed)
  if (!HA_OR_MAQSURA.test(input)) return sounded;
  const words = input.match(WRITTEN_ENDING_WORDS);
  if (!words) return sounded;
  const out = new Map(sounded);
  for (const word of words) {
    const ending = WRITTEN_ENDINGS.find(({ written }) => written.test(word));
    if (!ending) continue;
    // (the article's word is read too, as parse divides it: الموليه, موليه)
    for (const normalised of new Set([normaliseText(word), normaliseText(word.replace(/^\u0627\u0644(?=.)/u, ''))])) {
      const { marked } = transliterateWord(normalised);
      if (marked.endsWith(ending.folded)) out.set(normalised, marked.slice(0, -ending.folded.length) + ending.read);
    }
  }
  return out;
}
let soundPattern: JoinedRules & { any: RegExp } | undefined;
/** The rows as one pattern (see joinRules), and as a test for any of them in a text as given (any case). */
function joinSoundRules(): JoinedRules & { any: RegExp } {
  const rules = linguistics().soundRules;
  const joined = joinRules(rules, 'gu');
  // Every row needs a marked letter (ą, ř, ğ, the ı of a Turkish word its c is read in…): a text with none is passed
  // over on a character class, far cheaper than the rows' lookarounds run at each of its letters. (A row of plain
  // letters only would need the rows themselves.)
  const markedLetters = rules.map((rule) => [...rule.pattern.source].filter((ch) => ch > '\x7f'));
  const any = markedLetters.every((letters) => letters.length > 0) ? new RegExp(`[${[...new Set(markedLetters.flat())].join('')}]`, 'iu') : new RegExp(joined.pattern.source, 'iu');
  return { ...joined, any };
}
const SOUND_MARKS_APART = /[\u0328\u030C]/u;
/** A run of a Latin word's letters as its marked form writes them: normalised, then read as transliterate reads Latin. */
function foldedMarks(letters: string): string {
  return letters === '' ? '' : transliterateWord(normaliseText(letters)).marked;
}

/** The vowel a, as the keys write it: an alif read so is no longer a seat for any vowel. */
const SAID_A = 'a';

/**
 * A name's words as one code: their codes in a row, a symbol that ends one word and begins the next said once (Ali
 * Ibrahim: alibrahim, as the name written as one word reads). Each word keeps its own reading, its ends included: the
 * rules run across the words written together would read Oleg Ivanov's g as the soft g before an i, and Heard ja's d
 * and j as one dj. (Reading the words once, not twice, is also a sixth of the analysis of a table's names.)
 */
function codesInARow(tokens: readonly KeyedToken[], construct: ReadonlySet<string> = NO_WORDS): string {
  if (tokens.length === 1) return tokens[0]!.code;
  let code = '';
  tokens.forEach((token, i) => {
    const next = inConstruct(assimilated(token, tokens[i + 1]), token, tokens[i + 1], construct);
    code += code.length > 0 && next.length > 0 && code.charCodeAt(code.length - 1) === next.charCodeAt(0) ? next.slice(1) : next;
  });
  return code;
}

/**
 * A word written with a final ta marbuta (ة, which normalise folds into ه) and followed by another word of the name: in
 * the construct state the ta is said, and spellings that run the words together mostly write it (هبة الله Hibatullah,
 * رحمة الله Rahmatullah, نعمة الله Nematollah), or leave it out as the word alone is said (فاطمة الزهراء Fatimazahra): its
 * code with a t that may be unsaid after the vowel (OPTIONAL_T). `construct`: the name's words that ended so as written
 * (see taMarbutaWords).
 */
function inConstruct(code: string, token: KeyedToken, next: KeyedToken | undefined, construct: ReadonlySet<string>): string {
  return next && construct.has(token.text) && code.endsWith('H') ? code + OPTIONAL_T : code;
}

/** The words of `input` written with a final ta marbuta (ة), normalised. */
function taMarbutaWords(input: string): ReadonlySet<string> {
  if (!input.includes(TA_MARBUTA)) return NO_WORDS;
  return new Set((input.match(TA_MARBUTA_WORD) ?? []).map(normaliseText));
}
const TA_MARBUTA = '\u0629';
const TA_MARBUTA_WORD = /[\p{L}\p{M}]*\u0629\p{M}*(?![\p{L}\p{M}])/gu;

/** The code symbols of the sun letters, which the Arabic article's l is said as (t th ṭ; d ḍ; dh ẓ; s z sh ṣ; r; n; l). */
const SUN_LETTER_CODES = /^[tdsrnlZ>]/;

/** The code symbols a ya or waw begins a word with (the glide or a long vowel). */
const GLIDE_LETTER_CODES = /^[yYwW,]/;

/** An article's code with its l assimilated to the sun letter that begins the next word (ال الدين, al-Din: see ASSIMILATED_L). */
function assimilated(token: KeyedToken, next: KeyedToken | undefined): string {
  const { code } = token;
  if (token.particle !== 'article' || !next || !code.endsWith('l') || !SUN_LETTER_CODES.test(next.code)) return code;
  return code.slice(0, -1) + ASSIMILATED_L;
}

/** The words of the titles a name dropped (General, Sheikh, maj gen), as words. */
export function titleTokens(name: AnalysedName, titles: readonly string[] = name.titles): KeyedToken[] {
  return titles.flatMap((title) => title.split(' ').map((word) => keyToken(plainWordToken(word))));
}

/** Names are short; a longer text (a mis-selected column, a pasted paragraph) is matched on its start only. */
export const MAX_NAME_LENGTH = 300;

/** A name's normalised text, as analyseName() computes it. */
export function normaliseName(input: string): string {
  return normaliseText(input.length > MAX_NAME_LENGTH ? input.slice(0, MAX_NAME_LENGTH) : input);
}

/** `normalised`: normaliseName(input), when the caller has it already. */
export function analyseName(input: string, normalised = normaliseName(input)): AnalysedName {
  const capitals = new Set((input.match(/(?<![\p{L}\p{N}])\p{Lu}(?![\p{L}\p{N}])/gu) ?? []).map(normaliseText));
  const parsed = parseName(normalised, acronymsOf(input), capitals, hamzaInitialWords(input), hamzaSeatedWords(input), withWrittenEndings(soundedWords(input), input));
  const tokens = parsed.tokens.map(keyToken).filter((t) => t.code.length > 0);
  const core = tokens.some((t) => !t.particle) ? tokens.filter((t) => !t.particle) : tokens;
  const abjad = tokens.some((t) => t.abjad);
  const glued = glueParticles(tokens);
  // (one word: its own code; no particle: the core is the whole name)
  const construct = taMarbutaWords(input);
  const joinedCode = codesInARow(tokens, construct);
  const coreCode = core.length === tokens.length ? joinedCode : codesInARow(core, construct);
  return {
    input,
    normalised,
    titles: parsed.titles,
    tokens,
    core,
    glued,
    joined: { code: joinedCode, coreCode, abjad },
    exactKey: exactKeyOf(core),
  };
}

/**
 * A name's few words sorted in place, in code unit order as Array.prototype.sort puts strings. An insertion sort: the
 * built-in one allocates over a kilobyte of work space a call, a quarter of all a table's analysis allocated.
 */
export function sortedWords(words: string[]): string[] {
  for (let i = 1; i < words.length; i++) {
    const word = words[i]!;
    let j = i - 1;
    for (; j >= 0 && words[j]! > word; j--) words[j + 1] = words[j]!;
    words[j + 1] = word;
  }
  return words;
}

/** The exact-match key of a name's core words: their Latin forms, sorted (word order does not count). */
export function exactKeyOf(core: readonly KeyedToken[]): string {
  return sortedWords(core.map((t) => t.latin)).join(' ');
}

/** Tokens that carry keys: core words and glued particle forms, never initials or generic words. */
export function keyedTokens(name: AnalysedName): KeyedToken[] {
  const out: KeyedToken[] = [];
  for (const token of [...name.core, ...(name.glued ?? [])]) {
    if (!token.initial && !token.designator && !out.includes(token)) out.push(token);
  }
  return out;
}

/**
 * Candidate keys of one word: its whole phonetic code ("#", vowels included: the likeliest
 * spellings), its consonant skeletons, and their near keys ("~", one consonant off); with the keys
 * of the word without a silent initial h (silentHKeys). A query word looks those up last (see candidates/).
 */
export function tokenKeys(token: KeyedToken): string[] {
  return [...new Set([...ownKeys(token), ...silentHKeys(token)])];
}

/** tokenKeys without the keys of the word without a silent initial h. */
export function ownKeys(token: KeyedToken): string[] {
  const keys = new Set<string>(['#' + token.code]);
  // the word without a final -s too (Yves = Ив): the scorer forgives that ending, so the keys must find it
  const unended = S_ENDING.test(token.code) ? token.code.replace(S_ENDING, '') : '';
  const spoken = token.readings ? token.readings.flatMap((r) => skeletons(r.code)) : [];
  addSkeletonKeys(keys, [...token.skeletons, ...(unended.length >= 2 ? skeletons(unended) : []), ...spoken]);
  // A word of vowels only (Aya, آية, Oya, أويا) has its code for a skeleton (see skeletons in keys/), which another
  // script's spelling never shares: one key for them all finds it (there are few such words; a word of consonants
  // only, Blsm, has its code for a skeleton too, and there are thousands in a large table).
  if (mayBeVowelsOnly(token.code)) keys.add(ALL_VOWELS_KEY);
  // A given name or a word of place names listed with its spellings in other languages (names/given-names.tsv,
  // name-words.tsv) shares a key with them, which its sounds need not share: Βόρεια finds Nord, and Βόρεια Κορέα the
  // forms of North Korea among the thousands holding Korea. (As the scorer reads those lists: not in an abjad.)
  const group = token.abjad ? undefined : linguistics().givenNames.get(token.latin);
  if (group !== undefined) keys.add(NAME_GROUP_KEY + group);
  return [...keys];
}

/** The word key every word of vowels only has (see ownKeys): no skeleton is written so. */
const ALL_VOWELS_KEY = '°';
/** The first character of the key a listed word shares with its spellings in other languages (see ownKeys). */
const NAME_GROUP_KEY = '§';

/** The skeletons of a word without its silent initial h (see silentInitialH), and their near keys; none without one. */
export function silentHKeys(token: KeyedToken): string[] {
  if (!silentInitialH(token)) return [];
  const keys = new Set<string>();
  addSkeletonKeys(keys, skeletons(token.code.slice(1)));
  return [...keys];
}

function addSkeletonKeys(keys: Set<string>, skeletonList: readonly string[]): void {
  for (const s of skeletonList) {
    keys.add(s);
    for (const near of nearSkeletons(s)) keys.add(near);
    for (const replaced of replacedSkeletons(s)) keys.add(replaced);
  }
}

/**
 * A Latin word's initial h before a vowel, which Romance languages leave unsaid and other scripts unwritten (Hurtado
 * Уртадо, Heredia Эредия, Honorio Онорио): the scorer forgives it (H_GAP), so the keys must find the word without it.
 */
function silentInitialH(token: KeyedToken): boolean {
  return token.script === 'Latin' && token.code.length > 2 && token.code[0] === 'h' && isCodeVowel(token.code[1]!);
}

/** The prefix of a whole-name key that is the name as one word (see nameKeys). */
export const JOINED_NAME_KEY = '=';

/**
 * Candidate keys of a whole name, for matches across word boundaries and abbreviations:
 *  "=" the name's skeleton as one word, particles included and not (Ludrian = Le Drian, Aljufra = Al-Jufra);
 *  "@" an acronym written in the name (GNA), "^" the initials of a name of several Latin words
 *  (Government of National Accord → ^gna, ^gona): a query looks up the other kind, so an acronym
 *  finds expansions and an expansion finds acronyms, and neither wades through the other's list;
 *  with `blends` (the names of places and organisations, and queries), "<" the starts of each two words in a row and
 *  ">" the starts of each two pieces a long word may be a blend of (see blendKeys), a query likewise the other kind.
 */
export function nameKeys(name: AnalysedName, blends = false): string[] {
  const keys = new Set<string>();
  const { code, coreCode } = name.joined;
  for (const s of skeletonsUncached(code)) keys.add(JOINED_NAME_KEY + s);
  if (coreCode !== code) for (const s of skeletonsUncached(coreCode)) keys.add(JOINED_NAME_KEY + s);
  // "&" the words' skeletons in sorted order: the whole name up to spelling and word order (Jon Smyth = Smith, John),
  // so a name of two common words is found directly, not by wading through either word's forms
  const words = name.core.filter((t) => !t.initial && !t.designator);
  if (words.length >= 2 && words.length <= MAX_SKELETON_SET) {
    for (const combination of skeletonSets(words)) keys.add('&' + combination);
  }
  for (const token of name.core) if (token.acronym) keys.add('@' + token.latin);
  const latinWords = name.tokens.filter((t) => t.script === 'Latin');
  if (latinWords.length >= 2 && latinWords.length === name.tokens.length) {
    const { all, content } = acronymInitials(latinWords);
    keys.add('^' + all);
    keys.add('^' + content);
  }
  if (blends) blendKeys(name, keys);
  return [...keys];
}

/** A blend's pieces are at least this many letters (see BLEND in score/), and a key holds that many of each. */
export const BLEND_PIECE = 3;
/** A blend is a word of at most this many letters: longer ones are no blends (and would have a key at every letter). */
export const LONGEST_BLEND = 24;

/**
 * A blend's keys (AFRICOM, Africa Command: see BLEND in score/): "<" the first letters of two words in a row,
 * connectors left out (<afrcom), and ">" a long word's first letters with those of a later piece, from each place
 * where a piece may begin (africom: >africo, >afrcom). A blend and its words meet on one key of the other kind.
 */
function blendKeys(name: AnalysedName, keys: Set<string>): void {
  const words = name.core.filter((t) => !CONNECTORS.has(t.latin) && /^[a-z]+$/.test(t.latin));
  for (let i = 0; i + 1 < words.length; i++) {
    const [a, b] = [words[i]!.latin, words[i + 1]!.latin];
    if (a.length >= BLEND_PIECE && b.length >= BLEND_PIECE) keys.add('<' + a.slice(0, BLEND_PIECE) + b.slice(0, BLEND_PIECE));
  }
  for (const { latin } of words) {
    if (latin.length > LONGEST_BLEND) continue;
    for (let at = BLEND_PIECE; at + BLEND_PIECE <= latin.length; at++) keys.add('>' + latin.slice(0, BLEND_PIECE) + latin.slice(at, at + BLEND_PIECE));
  }
}

/** Names longer than this get no "&" key (their words find them well enough). */
const MAX_SKELETON_SET = 5;
/** At most this many "&" keys a name (words with several readings multiply them). */
const MAX_SKELETON_SETS = 4;

function skeletonSets(words: KeyedToken[]): string[] {
  // the usual case: one reading a word, one key
  const single: string[] = [];
  for (const word of words) if (word.skeletons.length === 1) single.push(word.skeletons[0]!);
  if (single.length === words.length) return [sortedWords(single).join(' ')];
  // Otherwise the first combinations of the words' readings, the last word's varying fastest (an
  // odometer: building every combination first would cost more than the whole name's other keys).
  const sets: string[] = [];
  const at = words.map(() => 0);
  for (;;) {
    sets.push(sortedWords(words.map((word, i) => word.skeletons[at[i]!]!)).join(' '));
    if (sets.length === MAX_SKELETON_SETS) return sets;
    let i = words.length - 1;
    while (i >= 0 && ++at[i]! === words[i]!.skeletons.length) at[i--] = 0;
    if (i < 0) return sets;
  }
}

/**
 * The same keys as a query looks them up: an acronym asks for expansions ("^"), a long name for acronyms ("@"); a word
 * that may be a blend for words in a row ("<"), words in a row for blends (">"). (A query's type is not known: it
 * asks for blends too.)
 */
export function queryNameKeys(name: AnalysedName): string[] {
  return nameKeys(name, true).map((key) => {
    const other = OTHER_KIND[key[0]!];
    return other === undefined ? key : other + key.slice(1);
  });
}
const OTHER_KIND: Readonly<Record<string, string>> = { '@': '^', '^': '@', '<': '>', '>': '<' };
