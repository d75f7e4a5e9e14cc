/**
 * Loads the linguistic data of data/ (transliteration tables, phonetic rules, particles, titles,
 * given names) into plain lookup structures. The only module that reads these files; it does so once.
 * Every table passes through the same normalise() as queries, so data and queries meet in one form.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { OnomaError } from '../errors.js';
import { dataPath } from './paths.js';
import { parseTsv } from './tsv.js';
import { normaliseText } from '../normalise/index.js';

export interface TranslitTable {
  /** source letters → Latin; keys may be digraphs, the longest match wins. */
  map: Map<string, string>;
  maxKeyLength: number;
  /** Ukrainian readings of letters, used when a word shows Ukrainian-only letters. */
  overlay: Map<string, string>;
  /** readings at the end of a word (rows written "letters$"), tried before `map` there. */
  final: Map<string, string>;
  /** readings at the start of a word (rows written "^letters"), tried before `map` there. */
  initial: Map<string, string>;
  /**
   * How Latin spellings mostly write a row's reading, where that is not the reading as the keys need it (a "shown:" tag
   * in the note: Cyrillic ё is IO to the keys, shown o): the transliteration people read and the string tie-breaker
   * compares. Keyed by the row's letters as written ("ё", "ия$", "^е").
   */
  shown: Map<string, string>;
}

/** A row of rules/marked-letters.tsv: letters of a script, and the marked Latin letters (NFC, lowercase) that say their sound. */
export interface MarkedLetters {
  pattern: RegExp;
  marked: string[];
}

export interface PhoneticRule {
  pattern: RegExp;
  replacement: string;
  example: [string, string];
  line: number;
}

/** A rule of a spelling read aloud (rules/french.tsv, rules/japanese.tsv…): `marks` rules say the word is spelt that way at all. */
export interface ReadingRule extends PhoneticRule {
  marks: boolean;
}

/**
 * Spellings a word may be read aloud in (a file rules/<language>.tsv each), and the script of the words read:
 * a Latin word spelt the way of a European language (French, English, Dutch, German, Hungarian, Italian,
 * Polish, Slavic and Baltic c, Portuguese, Spanish, classical Latin) or as romanised Arabic and Hebrew (Semitic: a final h said, s-h two letters); a Cyrillic word
 * that writes a Japanese name (Polivanov's system) or a Chinese one (Palladius's).
 */
export const SPOKEN_LANGUAGES = { French: 'Latin', English: 'Latin', Dutch: 'Latin', German: 'Latin', Hungarian: 'Latin', Italian: 'Latin', Polish: 'Latin', Slavic: 'Latin', Portuguese: 'Latin', Spanish: 'Latin', Latin: 'Latin', Semitic: 'Latin', Pinyin: 'Latin', Vietnamese: 'Latin', Syllabic: 'Latin', Japanese: 'Cyrillic', Chinese: 'Cyrillic', ELOT: 'Greek', Classical: 'Greek' } as const;
export type SpokenLanguage = keyof typeof SPOKEN_LANGUAGES;
/**
 * Readings only some other scripts' spellings follow: classical Latin names as Russian took them through Church Slavonic
 * (th as f: Theodora Феодора), which Arabic and Hebrew do not (ثيودورا, תאודורה), and English th as the syllabaries write
 * it, s (スミス Smith), which the others do not (Смит, سميث): there they would only find strangers. ELOT 743's letters
 * (Λαμπράκης lamprakis) and the classical spelling's (Ευριπίδης euripides) are a Latin spelling's: another script writes
 * the name as it sounds (Ламбракис, Еврипид).
 */
export const READ_ONLY_FOR: Readonly<Partial<Record<SpokenLanguage, readonly string[]>>> = { Latin: ['Cyrillic'], Syllabic: ['Katakana', 'Hiragana', 'Hangul', 'Han'], ELOT: ['Latin'], Classical: ['Latin'] };

export interface Particle {
  form: string;
  kind: 'article' | 'patronymic' | 'kinship' | 'nobiliary' | 'servant';
  prefix: boolean;
}

export interface Linguistics {
  translit: Record<'Arabic' | 'Cyrillic' | 'Greek' | 'Hebrew' | 'Kana', TranslitTable>;
  phoneticRules: PhoneticRule[];
  /** Latin spellings that read two ways (rules/latin-spelling.tsv): run on a Latin word only, before phoneticRules */
  latinSpellingRules: PhoneticRule[];
  /** Latin letters whose mark says a sound their folded letter drops (normalise/sounds.tsv: Polish ą ę, Czech ř), as the keys read it */
  soundRules: PhoneticRule[];
  /** per script, a word's inflections and what it is without them (rules/latin-inflections.tsv, rules/russian-cases.tsv, rules/greek-cases.tsv, rules/arabic-clitics.tsv, rules/georgian-cases.tsv: see baseForms in parse/) */
  inflectionRules: Record<'Latin' | 'Cyrillic' | 'Greek' | 'Arabic' | 'Georgian', PhoneticRule[]>;
  /** English adjectives of places and the names they come from (rules/demonyms.tsv: see placesOfAdjectives in parse/) */
  demonymRules: PhoneticRule[];
  /** other languages' endings of places' names where English writes -ia (rules/place-endings.tsv: see placesInEnglishEndings in parse/) */
  placeEndingRules: PhoneticRule[];
  /** Latin spellings the string tie-breaker reads as other scripts' romanisations write them (rules/written.tsv) */
  writtenRules: PhoneticRule[];
  /** spellings read aloud (rules/<language>.tsv), run before phoneticRules for a word's other codes */
  readingRules: Record<SpokenLanguage, ReadingRule[]>;
  particles: Map<string, Particle>;
  /** prefix particles glued to a word (Arabic ال), longest first */
  prefixParticles: Particle[];
  /** titles as token sequences, longest first */
  titles: string[][];
  /** articles news writes before a title (la chancelière Merkel, der Präsident): dropped with the title only */
  titleArticles: Set<string>;
  /**
   * Titles of the kinds a place's or an organisation's name also uses as a plain word, rank and office (General Motors,
   * President Hotel), written as AnalysedName.titles writes them; not the honorifics, royal and religious titles before a
   * person's name that a place named after the person keeps or drops (Sheikh Zayed Mosque, Zayed Mosque).
   */
  wordTitles: Set<string>;
  /** given-name spelling → name group id; also the words of place names that translate each other (saint, south) */
  givenNames: Map<string, string>;
  /** the ids of givenNames that are words of place names (names/name-words.tsv), not given names */
  nameWordGroups: Set<string>;
  /** generic words (air base, group, city) that say what a name is, not which one */
  designators: Set<string>;
  /** generic words of places' and organisations' names only: names, or words of persons' names, too (Dan, Ada) */
  placeWords: Set<string>;
  /** the designators and place words that join a name's words ("and" in many languages: y, agus, na), which an acronym skips */
  connectors: Set<string>;
  /** words that close a name with the word before, written apart in abjads (names/compound-endings.tsv: -abad, Allah) */
  compoundEndings: Set<string>;
  /** the designators and place words of scripts written without spaces between words (Thai, Lao, Khmer, Burmese, Chinese), longest first */
  unspacedGenericWords: string[];
  /** the syllables of Hanyu Pinyin (names/pinyin-syllables.tsv) */
  pinyinSyllables: Set<string>;
  /** the endings of patronymics' Latin forms (names/patronymic-endings.tsv), one pattern */
  patronymicEnding: RegExp;
  /** Thai and Lao letters the keys mark apart from any-ascii's romanisation, and the flex symbol of each (translit/thai-lao-marks.tsv) */
  thaiLaoMarks: Map<string, string>;
  /** per script any-ascii romanises, the letters read otherwise than it reads them (translit/khmer.tsv, georgian.tsv, armenian.tsv: see transliterate/) */
  anyAsciiCorrections: Readonly<Record<string, TranslitTable>>;
  /** letters of other scripts and the marked Latin letters that say their sound (rules/marked-letters.tsv: see score/marks.ts) */
  markedLetters: MarkedLetters[];
  /** per sound class (SOUND_CLASSES), per script, how its words' letters say the class's sounds */
  soundLetters: Record<SoundClass, Map<string, SoundLetters>>;
}

/** A data file's path, by its path under data/ (or an absolute path: tests and curators checking a draft). */
function dataFile(relative: string): string {
  return path.isAbsolute(relative) ? relative : dataPath(relative);
}

/** A data file's text and path (see dataFile). */
function read(relative: string): { text: string; file: string } {
  const file = dataFile(relative);
  try {
    return { text: readFileSync(file, 'utf8'), file };
  } catch (error) {
    throw new OnomaError('E_DATA_FILE', `cannot read bundled data: ${(error as Error).message}`, { file });
  }
}

export function loadTranslit(relative: string): TranslitTable {
  const { text, file } = read(relative);
  const map = new Map<string, string>();
  const overlay = new Map<string, string>();
  const final = new Map<string, string>();
  const initial = new Map<string, string>();
  const shown = new Map<string, string>();
  let maxKeyLength = 1;
  for (const { cells, line } of parseTsv(text, file, 2, ['letters', 'latin', 'note'])) {
    const written = cells[0]!.normalize('NFC');
    const atEnd = written.length > 1 && written.endsWith('$');
    const atStart = written.length > 1 && written.startsWith('^');
    if (atEnd && atStart) throw new OnomaError('E_DATA_PARSE', `letters "${written}": a row is for the start or the end of a word, not both`, { file, line, field: 'letters' });
    const source = atEnd ? written.slice(0, -1) : atStart ? written.slice(1) : written;
    const target = atEnd ? final : atStart ? initial : map;
    if (target.has(source)) throw new OnomaError('E_DATA_DUPLICATE', `letter "${written}" is listed twice`, { file, line, field: 'letters' });
    target.set(source, cells[1]!);
    maxKeyLength = Math.max(maxKeyLength, [...source].length);
    const uk = /uk:(\S+)/.exec(cells[2] ?? '');
    if (uk) overlay.set(source, uk[1]!);
    const shownAs = /shown:([a-z']+)/.exec(cells[2] ?? '');
    if (shownAs) shown.set(written, shownAs[1]!);
  }
  return { map, maxKeyLength, overlay, final, initial, shown };
}

export function loadPhoneticRules(relative = 'rules/phonetic.tsv'): PhoneticRule[] {
  const { text, file } = read(relative);
  return parseTsv(text, file, 3, ['pattern', 'replacement', 'example', 'note']).map(({ cells, line }) => rule(cells[0]!, cells[1]!, cells[2]!, file, line));
}

/** Rows of one pass (rules/written.tsv, normalise/sounds.tsv) joined into one pattern, a group per row, and their replacements. */
export interface JoinedRules {
  pattern: RegExp;
  replacements: string[];
}

/** One pattern of the rows, a group per row: one pass along a word, the first row listed winning where two match at one place. */
export function joinRules(rules: readonly Pick<PhoneticRule, 'pattern' | 'replacement'>[], flags: string): JoinedRules {
  return { pattern: new RegExp(rules.map((rule) => `(${rule.pattern.source})`).join('|'), flags), replacements: rules.map((rule) => rule.replacement) };
}

/** The row whose group matched, given a match's groups in row order from `first` (1 for a match itself; -1 when none did). */
export function matchedRow(joined: JoinedRules, groups: readonly unknown[], first = 0): number {
  for (let i = 0; i < joined.replacements.length; i++) if (groups[first + i] !== undefined) return i;
  return -1;
}

/** The replacement of the row whose group matched, given a match's groups in row order (undefined when none did). */
export function matchedReplacement(joined: JoinedRules, groups: readonly unknown[]): string | undefined {
  return joined.replacements[matchedRow(joined, groups)];
}

/** Whether a pattern has capturing groups of its own (those of a match of it or of nothing): a row joined with others must not. */
function capturesGroups(pattern: RegExp): boolean {
  return new RegExp(`${pattern.source}|`).exec('')!.length > 1;
}

/**
 * rules/written.tsv (and normalise/sounds.tsv): rows as phonetic.tsv's, joined into one pattern (see asOtherScriptsWrite in
 * score/, soundedWords in pipeline), so without groups of their own.
 */
export function loadWrittenRules(relative = 'rules/written.tsv'): PhoneticRule[] {
  const rules = loadPhoneticRules(relative);
  const file = dataFile(relative);
  for (const rule of rules) {
    if (capturesGroups(rule.pattern)) throw new OnomaError('E_DATA_SCHEMA', 'a row cannot capture a group: the rows are joined into one pattern, a group per row (use (?:…))', { file, line: rule.line, field: 'pattern' });
  }
  return rules;
}

const READING_ROLES = new Set(['mark', 'then']);

export function loadReadingRules(relative: string): ReadingRule[] {
  const { text, file } = read(relative);
  return parseTsv(text, file, 4, ['pattern', 'replacement', 'role', 'example', 'note']).map(({ cells, line }) => {
    const [source, replacement, role, example] = cells as [string, string, string, string];
    if (!READING_ROLES.has(role)) throw new OnomaError('E_DATA_SCHEMA', `unknown role "${role}" (expected mark or then)`, { file, line, field: 'role' });
    // a language's mark rows are joined into one pattern, which would renumber a back-reference
    if (role === 'mark' && /\\[1-9]/.test(source)) throw new OnomaError('E_DATA_SCHEMA', 'a mark row cannot use a back-reference (\\1)', { file, line, field: 'pattern' });
    return { ...rule(source, replacement, example, file, line), marks: role === 'mark' };
  });
}

function rule(source: string, replacement: string, example: string, file: string, line: number): PhoneticRule {
  const pattern = dataPattern(source, 'g', file, line, 'pattern');
  const pair = example.split('|');
  if (pair.length !== 2) throw new OnomaError('E_DATA_PARSE', 'example must be a pair "a|b"', { file, line, field: 'example' });
  return { pattern, replacement, example: [pair[0]!, pair[1]!], line };
}

/** A data file's regular expression, compiled, or an error that names the file, line and field. */
function dataPattern(source: string, flags: string, file: string, line: number, field: string): RegExp {
  try {
    return new RegExp(source, flags);
  } catch (error) {
    throw new OnomaError('E_DATA_PARSE', `invalid pattern: ${(error as Error).message}`, { file, line, field });
  }
}

const PARTICLE_KINDS = new Set(['article', 'patronymic', 'kinship', 'nobiliary', 'servant']);

function loadParticles(): Particle[] {
  const { text, file } = read('names/particles.tsv');
  return parseTsv(text, file, 2, ['form', 'kind', 'language', 'note']).map(({ cells, line }) => {
    const kind = cells[1]!;
    if (!PARTICLE_KINDS.has(kind)) {
      throw new OnomaError('E_DATA_SCHEMA', `unknown kind "${kind}" (expected ${[...PARTICLE_KINDS].join(', ')})`, { file, line, field: 'kind' });
    }
    const raw = cells[0]!;
    const prefix = raw.endsWith('-');
    const form = normaliseText(prefix ? raw.slice(0, -1) : raw);
    return { form, kind: kind as Particle['kind'], prefix };
  });
}

function loadTitles(): { titles: string[][]; titleArticles: Set<string>; wordTitles: Set<string> } {
  const { text, file } = read('names/titles.tsv');
  const rows = parseTsv(text, file, 1, ['form', 'language', 'kind', 'note']).map(({ cells }) => ({
    words: normaliseText(cells[0]!).split(/[\s.-]+/).filter(Boolean),
    kind: cells[2],
  }));
  const titles = rows.filter((row) => row.kind !== 'article').map((row) => row.words);
  const titleArticles = new Set(rows.filter((row) => row.kind === 'article').map((row) => row.words.join(' ')));
  const wordTitles = new Set(rows.filter((row) => row.kind === 'rank' || row.kind === 'office').map((row) => row.words.join(' ')));
  return { titles: titles.sort((a, b) => b.length - a.length), titleArticles, wordTitles };
}

/**
 * Given-name spelling → name group id (names/given-names.tsv), and the words of place names that translate each other
 * (names/name-words.tsv), read alike: one spelling in two groups, or one id in both files, is an error.
 */
function loadNameGroups(): { byForm: Map<string, string>; wordGroups: Set<string> } {
  const byForm = new Map<string, string>();
  const given = addNameGroups(byForm, 'names/given-names.tsv', new Set());
  const wordGroups = addNameGroups(byForm, 'names/name-words.tsv', given);
  return { byForm, wordGroups };
}

/** Adds a file's rows (id, comma-separated spellings) to `byForm`; the ids it holds, none of them in `taken`. */
export function addNameGroups(byForm: Map<string, string>, relative: string, taken: ReadonlySet<string>): Set<string> {
  const { text, file } = read(relative);
  const ids = new Set<string>();
  for (const { cells, line } of parseTsv(text, file, 2, ['id', 'spellings', 'origin', 'note'])) {
    const id = cells[0]!;
    if (taken.has(id)) throw new OnomaError('E_DATA_DUPLICATE', `id "${id}" is a given name's already`, { file, line, field: 'id' });
    ids.add(id);
    for (const spelling of cells[1]!.split(',')) {
      const form = normaliseText(spelling.trim());
      const owner = byForm.get(form);
      if (owner && owner !== id) {
        throw new OnomaError('E_DATA_DUPLICATE', `spelling "${form}" is in both "${owner}" and "${id}"`, { file, line, field: 'spellings' });
      }
      byForm.set(form, id);
    }
  }
  return ids;
}

/** names/designators.tsv: every form, and those that join words (applies to "connector"). */
function loadDesignators(): { designators: Set<string>; connectors: Set<string> } {
  const { text, file } = read('names/designators.tsv');
  const rows = parseTsv(text, file, 1, ['form', 'applies to', 'note']).map(({ cells }) => ({ form: normaliseText(cells[0]!), appliesTo: cells[1] }));
  return { designators: new Set(rows.map((row) => row.form)), connectors: new Set(rows.filter((row) => row.appliesTo === 'connector').map((row) => row.form)) };
}

const PLACE_WORD_KINDS = new Set(['connector', 'place']);
/** A letter of a script written without spaces between words (see dividedAtGenericWords in src/parse/). */
export const UNSPACED_SCRIPT = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Han}]/u;

/**
 * names/place-words.tsv (`relative`: another file, for tests), checked against the designators: a word is one or the other.
 * `connectors` gains the words of kind connector.
 */
export function loadPlaceWords(designators: ReadonlySet<string>, relative = 'names/place-words.tsv', connectors = new Set<string>()): Set<string> {
  const { text, file } = read(relative);
  const words = new Set<string>();
  for (const { line, cells } of parseTsv(text, file, 2, ['form', 'kind', 'note'])) {
    const form = normaliseText(cells[0]!);
    if (!PLACE_WORD_KINDS.has(cells[1]!)) throw new OnomaError('E_DATA_SCHEMA', `unknown kind "${cells[1]}" (expected ${[...PLACE_WORD_KINDS].join(' or ')})`, { file, line, field: 'kind' });
    if (designators.has(form)) throw new OnomaError('E_DATA_DUPLICATE', `"${form}" is a designator already (names/designators.tsv): generic in every name`, { file, line, field: 'form' });
    if (words.has(form)) throw new OnomaError('E_DATA_DUPLICATE', `"${form}" is listed twice`, { file, line, field: 'form' });
    words.add(form);
    if (cells[1] === 'connector') connectors.add(form);
  }
  return words;
}

/** A word closing a name with the word before it (names/compound-endings.tsv), and the example pair its row gives. */
export interface CompoundEnding {
  form: string;
  example: [string, string];
}

/** names/compound-endings.tsv (`relative`: another file, for tests). */
export function loadCompoundEndings(relative = 'names/compound-endings.tsv'): CompoundEnding[] {
  const { text, file } = read(relative);
  const seen = new Set<string>();
  return parseTsv(text, file, 2, ['form', 'example', 'note']).map(({ line, cells }) => {
    const form = normaliseText(cells[0]!);
    if (seen.has(form)) throw new OnomaError('E_DATA_DUPLICATE', `"${form}" is listed twice`, { file, line, field: 'form' });
    seen.add(form);
    const example = cells[1]!.split('|');
    if (example.length !== 2 || !example[0] || !example[1]) throw new OnomaError('E_DATA_SCHEMA', `example "${cells[1]}" is not a pair a|b`, { file, line, field: 'example' });
    return { form, example: [example[0], example[1]] };
  });
}

/** names/patronymic-endings.tsv (`relative`: another file, for tests) as one pattern, a word's Latin form ending in any of them. */
export function loadPatronymicEnding(relative = 'names/patronymic-endings.tsv'): RegExp {
  const { text, file } = read(relative);
  const endings = parseTsv(text, file, 3, ['ending', 'language', 'example']).map(({ line, cells }) => {
    if (!/^[a-z]+$/.test(cells[0]!)) throw new OnomaError('E_DATA_SCHEMA', `"${cells[0]}" is not an ending of lowercase letters a-z`, { file, line, field: 'ending' });
    return cells[0]!;
  });
  return new RegExp(`(?:${endings.join('|')})$`);
}

const PINYIN_SYLLABLE = /^[a-z]{1,6}$/;

/** names/pinyin-syllables.tsv (`relative`: another file, for tests): each syllable lowercase ASCII and begun by its row's initial. */
export function loadPinyinSyllables(relative = 'names/pinyin-syllables.tsv'): Set<string> {
  const { text, file } = read(relative);
  const syllables = new Set<string>();
  for (const { line, cells } of parseTsv(text, file, 2, ['initial', 'syllables'])) {
    const initial = cells[0] === '-' ? '' : cells[0]!;
    for (const syllable of cells[1]!.split(' ').filter((s) => s.length > 0)) {
      if (!PINYIN_SYLLABLE.test(syllable) || !syllable.startsWith(initial)) {
        throw new OnomaError('E_DATA_SCHEMA', `"${syllable}" is not a syllable of the initial "${cells[0]}" (lowercase letters a-z, up to six, beginning with the initial)`, { file, line, field: 'syllables' });
      }
      if (syllables.has(syllable)) throw new OnomaError('E_DATA_DUPLICATE', `"${syllable}" is listed twice`, { file, line, field: 'syllables' });
      syllables.add(syllable);
    }
  }
  return syllables;
}

/**
 * Consonant sounds that the keys fold into one class, as Latin spellings of one name write them every way, but that
 * other scripts write apart, each with its file of the letters that say them per script (rules/sibilants.tsv,
 * rules/velars.tsv, rules/labials.tsv, rules/dentals.tsv): the scorer compares two words' sounds of each class in order. A class's sounds
 * are bits, as a Latin row's letters may say several.
 */
export const SOUND_CLASSES = {
  sibilant: { file: 'rules/sibilants.tsv', sounds: { s: 1, sh: 2, ts: 4, tsh: 8 } },
  velar: { file: 'rules/velars.tsv', sounds: { k: 1, g: 2 } },
  labial: { file: 'rules/labials.tsv', sounds: { f: 1, v: 2, p: 4, b: 8 } },
  dental: { file: 'rules/dentals.tsv', sounds: { t: 1, d: 2, th: 4 } },
} as const satisfies Record<string, { file: string; sounds: Record<string, number> }>;
export type SoundClass = keyof typeof SOUND_CLASSES;
/** The classes, in the order a word's sounds are kept (see soundsOf in src/score/). */
export const SOUND_CLASS_NAMES = Object.keys(SOUND_CLASSES) as SoundClass[];
// (the scripts of South Asia, Georgian and Ethiopic write k and g apart too; any-ascii romanises them. Measured: their p, b
// and v too lost more country names than they found, Sinhala writing a final -ව v that other spellings lack)
const SOUND_SCRIPTS = new Set(['Latin', 'Cyrillic', 'Arabic', 'Hebrew', 'Greek', 'Hangul', 'Katakana', 'Thai', 'Devanagari', 'Bengali', 'Gurmukhi', 'Gujarati', 'Oriya', 'Telugu', 'Kannada', 'Malayalam', 'Sinhala', 'Georgian', 'Ethiopic']);

/** One script's rows of a sound class's file joined into one pattern, a group per row (see joinRules); `sounds[k]` are row k's sounds (0: none). */
export interface SoundLetters extends JoinedRules {
  sounds: number[];
}

/** A sound class's file (`relative`: another file, for tests), per script. */
export function loadSoundLetters(soundClass: SoundClass, relative: string = SOUND_CLASSES[soundClass].file): Map<string, SoundLetters> {
  const known: Readonly<Record<string, number>> = SOUND_CLASSES[soundClass].sounds;
  const { text, file } = read(relative);
  const rows = new Map<string, { rules: Pick<PhoneticRule, 'pattern' | 'replacement'>[]; sounds: number[] }>();
  for (const { line, cells } of parseTsv(text, file, 4, ['script', 'letters', 'sounds', 'example'])) {
    const [script, letters, sounds] = cells as [string, string, string];
    if (!SOUND_SCRIPTS.has(script)) throw new OnomaError('E_DATA_SCHEMA', `unknown script "${script}" (expected one of ${[...SOUND_SCRIPTS].join(', ')})`, { file, line, field: 'script' });
    const pattern = dataPattern(letters, 'u', file, line, 'letters');
    if (capturesGroups(pattern)) throw new OnomaError('E_DATA_SCHEMA', `letters "${letters}" have a capturing group: the rows are joined into one pattern, a group per row (write (?:…))`, { file, line, field: 'letters' });
    let bits = 0;
    if (sounds !== '-') {
      for (const sound of sounds.split(',')) {
        const bit = known[sound.trim()];
        if (bit === undefined) throw new OnomaError('E_DATA_SCHEMA', `unknown sound "${sound}" (expected ${Object.keys(known).join(', ')}, or - for none)`, { file, line, field: 'sounds' });
        bits |= bit;
      }
    }
    const entry = rows.get(script) ?? { rules: [], sounds: [] };
    entry.rules.push({ pattern, replacement: sounds });
    entry.sounds.push(bits);
    rows.set(script, entry);
  }
  return new Map([...rows].map(([script, { rules, sounds }]) => [script, { ...joinRules(rules, 'gu'), sounds }]));
}

const MARKED_LETTER_SCRIPTS = new Set(['Cyrillic', 'Arabic', 'Hebrew', 'Greek']);
/** A Latin letter with a mark, one character in NFC (ö, ō, ḥ, ı, ø): a Latin letter outside ASCII. */
export const MARKED_LATIN_LETTER = /^(?![\x00-\x7f])\p{Script=Latin}$/u;

/**
 * rules/marked-letters.tsv (`relative`: another file, for tests). The letters are matched on a query's words as written
 * (lowercase, NFC), not normalised: normalisation folds the letters that say a mark (ё to е) and strips the marks.
 */
export function loadMarkedLetters(relative = 'rules/marked-letters.tsv'): MarkedLetters[] {
  const { text, file } = read(relative);
  return parseTsv(text, file, 4, ['script', 'letters', 'marked', 'example']).map(({ line, cells }) => {
    const [script, letters, marked] = cells as [string, string, string];
    if (!MARKED_LETTER_SCRIPTS.has(script)) throw new OnomaError('E_DATA_SCHEMA', `unknown script "${script}" (expected one of ${[...MARKED_LETTER_SCRIPTS].join(', ')})`, { file, line, field: 'script' });
    const pattern = dataPattern(letters.normalize('NFC'), 'u', file, line, 'letters');
    const letterList = marked.split(',').map((letter) => letter.trim().normalize('NFC').toLowerCase());
    for (const letter of letterList) {
      if (!MARKED_LATIN_LETTER.test(letter)) throw new OnomaError('E_DATA_SCHEMA', `"${letter}" is not one marked Latin letter (write it with its mark, one character: ö, ō, ḥ)`, { file, line, field: 'marked' });
    }
    return { pattern, marked: letterList };
  });
}

let cached: Linguistics | undefined;

/** The bundled linguistic data, loaded on first use and shared (it is read-only). */
export function linguistics(): Linguistics {
  if (cached) return cached;
  const particles = loadParticles();
  const { designators, connectors } = loadDesignators();
  const placeWords = loadPlaceWords(designators, undefined, connectors);
  const nameGroups = loadNameGroups();
  cached = {
    translit: {
      Arabic: loadTranslit('translit/arabic.tsv'),
      Cyrillic: loadTranslit('translit/cyrillic.tsv'),
      Greek: loadTranslit('translit/greek.tsv'),
      Hebrew: loadTranslit('translit/hebrew.tsv'),
      Kana: loadTranslit('translit/kana.tsv'),
    },
    phoneticRules: loadPhoneticRules(),
    latinSpellingRules: loadPhoneticRules('rules/latin-spelling.tsv'),
    writtenRules: loadWrittenRules(),
    demonymRules: loadWrittenRules('rules/demonyms.tsv'),
    placeEndingRules: loadWrittenRules('rules/place-endings.tsv'),
    soundRules: loadWrittenRules('normalise/sounds.tsv'),
    inflectionRules: { Latin: loadWrittenRules('rules/latin-inflections.tsv'), Cyrillic: loadWrittenRules('rules/russian-cases.tsv'), Greek: loadWrittenRules('rules/greek-cases.tsv'), Arabic: loadWrittenRules('rules/arabic-clitics.tsv'), Georgian: loadWrittenRules('rules/georgian-cases.tsv') },
    readingRules: Object.fromEntries(Object.keys(SPOKEN_LANGUAGES).map((language) => [language, loadReadingRules(`rules/${language.toLowerCase()}.tsv`)])) as Linguistics['readingRules'],
    particles: new Map(particles.filter((p) => !p.prefix).map((p) => [p.form, p])),
    prefixParticles: particles.filter((p) => p.prefix).sort((a, b) => b.form.length - a.form.length),
    ...loadTitles(),
    givenNames: nameGroups.byForm,
    nameWordGroups: nameGroups.wordGroups,
    designators,
    placeWords,
    connectors,
    unspacedGenericWords: [...designators, ...placeWords].filter((form) => UNSPACED_SCRIPT.test(form)).sort((a, b) => b.length - a.length || (a < b ? -1 : 1)),
    pinyinSyllables: loadPinyinSyllables(),
    patronymicEnding: loadPatronymicEnding(),
    compoundEndings: new Set(loadCompoundEndings().map((ending) => ending.form)),
    thaiLaoMarks: loadTranslit('translit/thai-lao-marks.tsv').map,
    anyAsciiCorrections: { Khmer: loadTranslit('translit/khmer.tsv'), Georgian: loadTranslit('translit/georgian.tsv'), Armenian: loadTranslit('translit/armenian.tsv') },
    markedLetters: loadMarkedLetters(),
    soundLetters: Object.fromEntries(SOUND_CLASS_NAMES.map((soundClass) => [soundClass, loadSoundLetters(soundClass)])) as Record<SoundClass, Map<string, SoundLetters>>,
  };
  return cached;
}
