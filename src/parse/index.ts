/**
 * Stage 3, parse name parts: a normalised name → tokens, with titles stripped (and reported),
 * particles marked (al-, le, bin, van…), "servant" compounds joined (Abd al-Rahman = Abdulrahman),
 * and initials recognised (J.-Y. Le Drian). Token order is kept, an inverted name (Haftar, Khalifa) put
 * back in reading order: words align in any order later, and the order breaks ties.
 */
import { joinRules, linguistics, matchedReplacement, UNSPACED_SCRIPT, type JoinedRules, type Particle } from '../data/linguistic.js';
import { transliterateWord, WORD_CACHE_LIMIT, type Transliteration } from '../transliterate/index.js';
import { ALIF } from '../keys/index.js';
import { normaliseText, scriptOfWord } from '../normalise/index.js';

export interface Token extends Transliteration {
  /** the normalised word as written */
  text: string;
  /** particle kind, when the word is a particle that may be dropped or glued */
  particle?: Particle['kind'] | undefined;
  /** a single letter standing for a name (J. for Jean) */
  initial: boolean;
  /** a generic word (air base, group) that says what the name is, not which one */
  designator: boolean;
  /** written in capitals as an abbreviation (GNA, UNSC): compared letter for letter, never phonetically */
  acronym: boolean;
}

export interface ParsedName {
  tokens: Token[];
  /** titles and ranks removed from the front of the name, as written */
  titles: string[];
}


interface RawWord {
  text: string;
  /** followed by a dot in the input: "J." is an initial, "Gen." an abbreviation */
  dotted: boolean;
}

/**
 * Words are runs between spaces, hyphens, dots, commas (the ideographic 、 too) and brackets, and the katakana middle dot,
 * which divides the words of a foreign name (ボスニア・ヘルツェゴビナ Bosnia Herzegovina; the Latin middle dot stays inside a
 * word: Catalan col·lecció); apostrophes stay inside (d'Estaing is split later).
 */
function splitWords(normalised: string): RawWord[] {
  const words: RawWord[] = [];
  const pattern = /[^\s\-.,;:/\\()[\]{}"«»„“”!?&+*|_\u30FB\u3001]+(\.)?/gu;
  for (const match of hanDotsDivided(uninverted(normalised)).matchAll(pattern)) {
    const dotted = match[1] !== undefined;
    const text = dotted ? match[0].slice(0, -1) : match[0];
    const parts = KANA.test(text) ? text.match(KANA_OR_KANJI_RUN) : UNSPACED_SCRIPT.test(text) ? dividedAtGenericWords(text) : null;
    if (parts && parts.length > 1) parts.forEach((part, i) => words.push({ text: part, dotted: dotted && i === parts.length - 1 }));
    else words.push({ text, dotted });
  }
  return words;
}
/**
 * Chinese writes the words of a foreign name apart with a middle dot (哈利法·哈夫塔尔 Khalifa Haftar; Taiwan also with
 * the hyphenation point ‧): a word divider beside a Chinese character, as katakana's ・ is (the Latin middle dot stays
 * inside a word: col·lecció). (Most names have no such dot: they are not searched for one beside a character.)
 */
function hanDotsDivided(text: string): string {
  return HAN_DOT.test(text) ? text.replace(HAN_NAME_DOT, ' ') : text;
}
const HAN_DOT = /[\u00B7\u2027]/u;
const HAN_NAME_DOT = /(?<=\p{Script=Han})[\u00B7\u2027]|[\u00B7\u2027](?=\p{Script=Han})/gu;
/**
 * Japanese writes a foreign name in kana and the kind of place it is in kanji, with no space between (クック諸島 Cook
 * Islands, ロシア連邦 Russian Federation, 東ティモール East Timor): a word is divided where kana meets kanji, each run a
 * word (the kanji one a designator when data/names/designators.tsv lists it). A word of one script is one run.
 */
const KANA = /[\p{Script=Katakana}\p{Script=Hiragana}]/u;
const KANA_OR_KANJI_RUN = /[\p{Script=Katakana}\p{Script=Hiragana}\u30FC]+|[^\p{Script=Katakana}\p{Script=Hiragana}\u30FC]+/gu;

/**
 * Thai, Lao, Khmer and Burmese write the words of a name with no space between them (สาธารณรัฐโดมินิกัน, republic
 * Dominican; ប្រជុំកោះសាឡូម៉ុង, islands Solomon): a word of these scripts is divided around the generic words of its
 * script that data/names lists (designators and place words), wherever they stand in it; Chinese characters, which run
 * a place's name into its kind too (多米尼加共和国, Dominica republic), only before such a word of two characters or more
 * that ends the word (single characters, 州 or 岛, and words at the start, 王国 of 王国华, are parts of names as often).
 * A generic word is never cut out of the middle of a letter and its marks.
 */
const HAN = /\p{Script=Han}/u;
const MARK = /\p{M}/u;

function dividedAtGenericWords(word: string): string[] {
  const generic = linguistics().unspacedGenericWords;
  if (HAN.test(word)) {
    const ending = generic.find((form) => form.length >= 2 && word.length >= form.length + 2 && word.endsWith(form));
    return ending ? [word.slice(0, -ending.length), ending] : [word];
  }
  const parts: string[] = [];
  let start = 0;
  for (let at = 0; at < word.length; ) {
    const form = generic.find((form) => word.startsWith(form, at) && !MARK.test(word[at + form.length] ?? ''));
    if (form === undefined || form.length === word.length) {
      at++;
      continue;
    }
    if (at > start) parts.push(word.slice(start, at));
    parts.push(form);
    at += form.length;
    start = at;
  }
  if (start < word.length) parts.push(word.slice(start));
  return parts;
}

/**
 * A name written with commas is inverted, as lists and indexes write names (Haftar, Khalifa; Korea,
 * Republic of): its comma-separated parts are put back in reading order, last part first, so that word
 * order can count as evidence (Khalifa Haftar is not the same person as Haftar Khalifa).
 */
export function uninverted(normalised: string): string {
  if (!/[,،]/u.test(normalised)) return normalised;
  const parts = normalised.split(/[,،]/u).map((part) => part.trim()).filter((part) => part.length > 0);
  return parts.reverse().join(' ');
}

const SMALL_THEN_CAPITAL = /(\p{Ll})(\p{Lu})/gu;

/**
 * The name with a space wherever a capital follows a small letter (MarleeFlatley: Marlee Flatley), or undefined when
 * there is no such place. Run-together words are one reading of such a name; McDonald and LeDrian are another, so
 * this is a second reading, never the first (on the text as given: normalising folds case).
 */
export function dividedAtCapitals(text: string): string | undefined {
  const divided = text.replace(SMALL_THEN_CAPITAL, '$1 $2');
  return divided === text ? undefined : divided;
}

/** A Chinese name in characters, no space: two to four of them. */
const HAN_NAME = /^\p{Script=Han}{2,4}$/u;

/**
 * A Chinese name written in characters without a space, divided after its surname, as Latin spellings divide it (习近平:
 * 习 近平, Xi Jinping): after its first character, or its first two in a name of four, which mostly has a surname of two
 * (欧阳, 司马); undefined for other text. A second reading, for a person's name: a place's is written so too (北京).
 */
export function dividedAfterSurname(text: string): string | undefined {
  const name = text.trim();
  if (!HAN_NAME.test(name)) return undefined;
  const characters = [...name];
  const at = characters.length === 4 ? 2 : 1;
  return `${characters.slice(0, at).join('')} ${characters.slice(at).join('')}`;
}

/** Words an acronym or a blend may skip (Government of National Accord = GNA), as their Latin forms write them. */
export const CONNECTORS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', 'de', 'du', 'des', 'la', 'le', 'el', 'al']);

/**
 * A word an acronym skips: one of CONNECTORS, or a word that joins a name's words in another language (data/names:
 * Irish agus, Swahili na, Czech a: Bosna agus Hercegovina is BH, not BAH, which is the Bahamas' code).
 */
function skippedByAcronyms(token: { latin: string; text: string }): boolean {
  return CONNECTORS.has(token.latin) || linguistics().connectors.has(token.text);
}

/**
 * The initials an acronym of these words may spell: every word's, and the content words' (see skippedByAcronyms). One
 * function for the acronym keys and the scorer, which must agree.
 */
export function acronymInitials(words: readonly { latin: string; text: string }[]): { all: string; content: string } {
  return { all: words.map((t) => t.latin[0]).join(''), content: words.filter((t) => !skippedByAcronyms(t)).map((t) => t.latin[0]).join('') };
}

/** An acronym: capitals (and dots), as news writes one in parentheses after the name it abbreviates. */
const ACRONYM = /^\p{Lu}[\p{Lu}.]{1,9}$/u;

/**
 * A name and what is written in parentheses (or brackets) after it, the end of the text: U.S. Africa Command (AFRICOM),
 * Haftar (Hifter), Paris (Texas); undefined when the text does not end so, or the parentheses nest.
 */
export function parenthesisedAfter(text: string): { name: string; aside: string } | undefined {
  const trimmed = text.trim();
  if (!trimmed.endsWith(')') && !trimmed.endsWith(']')) return undefined;
  const open = Math.max(trimmed.lastIndexOf('('), trimmed.lastIndexOf('['));
  const name = trimmed.slice(0, Math.max(open, 0)).trim();
  const aside = trimmed.slice(open + 1, -1).trim();
  return open > 0 && name !== '' && aside !== '' && !/[()[\]]/.test(aside) ? { name, aside } : undefined;
}

/**
 * The name without the acronym written after it in parentheses when the acronym abbreviates it, its letters the starts
 * of a run of its words, connectors left out or not (Government of National Accord (GNA), U.S. Africa Command (AFRICOM)):
 * the name said twice, not a longer name; undefined otherwise. Other parentheses say which of several it is (Paris
 * (Texas), Labour Party (UK)) and stay. A second reading, as a name written so is mostly found as it is.
 */
export function withoutAcronymInParentheses(text: string): string | undefined {
  const parts = parenthesisedAfter(text);
  if (!parts || !ACRONYM.test(parts.aside)) return undefined;
  const { name, aside: acronym } = parts;
  const latin = (word: string) => transliterateWord(normaliseText(word)).latin;
  const letters = latin(acronym.replaceAll('.', ''));
  const words = name.split(/[^\p{L}\p{M}\p{Nd}]+/u).filter((word) => word !== '').map(latin);
  // (the places, letter and word, found to spell nothing: each is tried once, however many ways lead there)
  const deadEnds = new Set<number>();
  return words.some((_, at) => spellsFrom(letters, 0, words, at, deadEnds)) ? name : undefined;
}

/** Whether `letters` from `from` are the starts of the words (Latin forms) from `at` on, one piece a word, a connector skipped or not. */
function spellsFrom(letters: string, from: number, words: readonly string[], at: number, deadEnds: Set<number>): boolean {
  if (from === letters.length) return true;
  const word = words[at];
  const place = at * (letters.length + 1) + from;
  if (word === undefined || deadEnds.has(place)) return false;
  if (from > 0 && CONNECTORS.has(word) && spellsFrom(letters, from, words, at + 1, deadEnds)) return true;
  for (let length = 1; length <= word.length && from + length <= letters.length && word[length - 1] === letters[from + length - 1]; length++) {
    if (spellsFrom(letters, from + length, words, at + 1, deadEnds)) return true;
  }
  deadEnds.add(place);
  return false;
}

/** Words shorter than this keep their endings (Ле of Ле Дриан is no inflected word). */
const SHORTEST_INFLECTED = 4;
/** Each script's inflection rows as one pattern, by script (see baseForms). */
let inflections: Map<string, JoinedRules> | undefined;

/**
 * The name with each word's inflection taken off, as news writes a name in a sentence: a Russian or Greek case ending
 * replaced by the nominative's (Хафтаром → Хафтар, Джабаровой → Джабарова, Τσίπρα → Τσίπρας: data/rules/russian-cases.tsv,
 * greek-cases.tsv), a Polish, Czech, Slovak, South Slavic or Lithuanian one, a Turkish suffix after an apostrophe, a French
 * or Italian article elided into it taken off (Haftarem, Haftarowi, Merkelovou, Hafter'in, l'Algérie:
 * data/rules/latin-inflections.tsv), the Arabic conjunctions and prepositions written as one word with its article taken
 * off (والسراج, بالسراج → السراج: data/rules/arabic-clitics.tsv); undefined when no word has one. A second reading, never
 * the first (Марина is a name, not Марин's genitive).
 */
export function baseForms(text: string): string | undefined {
  const rules = (inflections ??= new Map(Object.entries(linguistics().inflectionRules).map(([script, rows]) => [script, joinRules(rows, 'u')])));
  return eachWordRead(text, (word, script) => {
    const joined = rules.get(script);
    // (Latin rows read the marks, which normalising strips: Merkelová is Merkel's, Ivanova no inflection)
    return joined ? withoutInflection(word, script === 'Latin' ? word.toLowerCase() : normaliseText(word), joined) : word;
  });
}

/** The text with each word of SHORTEST_INFLECTED letters or more read by `read` (given its script); undefined when none changed. */
function eachWordRead(text: string, read: (word: string, script: string) => string): string | undefined {
  let changed = false;
  const out = text.normalize('NFC').replace(WORD, (word) => {
    if (word.length < SHORTEST_INFLECTED) return word;
    const base = read(word, scriptOfWord(word));
    if (base !== word) changed = true;
    return base;
  });
  return changed ? out : undefined;
}

let demonyms: JoinedRules | undefined;

/**
 * The name with each word that is an adjective of a place read as the place's name (Russian → Russia, Российская → Россия,
 * Libyan → Libya, Congolese → Congo: data/rules/demonyms.tsv); undefined when no word is one. A second reading, and a
 * place's only: Julian, Christian, Adrian are persons' names, not adjectives of Julia, Christia or Adria.
 */
export function placesOfAdjectives(text: string): string | undefined {
  return wordsRead(text, (demonyms ??= joinRules(linguistics().demonymRules, 'u')));
}

let placeEndings: JoinedRules | undefined;

/**
 * The name with each word that ends as another language ends a place's name where English writes -ia read with
 * that ending (Italien → Italia, Kolumbien → Kolumbia: data/rules/place-endings.tsv); undefined when no word does. A
 * second reading whose match must be a place's, as placesOfAdjectives' is.
 */
export function placesInEnglishEndings(text: string): string | undefined {
  return wordsRead(text, (placeEndings ??= joinRules(linguistics().placeEndingRules, 'u')));
}

/**
 * The text with each word read by `joined`'s rows, one ending per word (as placesOfAdjectives reads them); undefined when
 * none changed. The rows are written in their script's letters (English -ian, Russian -ийская), so any word may be read.
 */
function wordsRead(text: string, joined: JoinedRules): string | undefined {
  return eachWordRead(text, (word) => withoutInflection(word, word.toLowerCase(), joined));
}

/** (Turkish writes a name's suffixes after an apostrophe, Hafter'in; French elides an article into it, l'Algérie) */
const WORD = /[\p{L}\p{M}]+(?:['’ʼ][\p{L}\p{M}]+)*/gu;

/**
 * The word without the inflection the rules find in `letters`, its letters as they read them (lowercased, normalised):
 * in the word's own case where the two align letter for letter, as capitals say what a word is (l'ONU, an acronym).
 */
function withoutInflection(word: string, letters: string, joined: JoinedRules): string {
  const found = joined.pattern.exec(letters);
  if (!found) return word;
  const replacement = matchedReplacement(joined, found.slice(1))!;
  // (a row that writes back what it found, the article after no clitic, leaves the word as written: آلاند keeps its madda)
  if (replacement === found[0]) return word;
  const source = letters.length === word.length ? word : letters;
  return source.slice(0, found.index) + replacement + source.slice(found.index + found[0].length);
}

/** A compound's head is at least this many letters, and the rest at least COMPOUND_REST (Falkland eilanden, Cook eilanden). */
const COMPOUND_HEAD = 4;
const COMPOUND_REST = 3;

/**
 * The ways to divide one word into a head and the rest, longest head first: Germanic and Finnic languages write a place's
 * name and its kind as one word (Falklandeilanden, Marshallinseln, Caymansaaret, Bermúdaeyjar), often with a linking s
 * (Falklandsøyene, Salomonseilanden), which is offered as the head's (Falklands øyene, Falkland øyene). `word`: a word as
 * analysed (its Latin form). Which heads are words of a table, the resolver asks its index.
 */
export function compoundDivisions(word: string): { head: string; rest: string }[] {
  const divisions: { head: string; rest: string }[] = [];
  for (let at = word.length - COMPOUND_REST; at >= COMPOUND_HEAD; at--) {
    const head = word.slice(0, at);
    const rest = word.slice(at);
    divisions.push({ head, rest });
    if (head.endsWith('s') && head.length > COMPOUND_HEAD) divisions.push({ head: head.slice(0, -1), rest });
  }
  return divisions;
}

// Titles by first word, longest first: a name is checked against the few titles its first word can start.
let titlesByFirstWord: Map<string, string[][]> | undefined;

function titlesStartingWith(word: string): readonly string[][] {
  if (!titlesByFirstWord) {
    titlesByFirstWord = new Map();
    for (const title of linguistics().titles) {
      const list = titlesByFirstWord.get(title[0]!) ?? [];
      list.push(title);
      titlesByFirstWord.set(title[0]!, list);
    }
  }
  return titlesByFirstWord.get(word) ?? [];
}

function stripTitles(words: RawWord[]): { rest: RawWord[]; titles: string[] } {
  const titles: string[] = [];
  let rest = words;
  let stripped = true;
  while (stripped && rest.length > 1) {
    stripped = false;
    // (an article before a title goes with it: la chancelière Merkel; before anything else it is the name's, Le Drian)
    const from = rest.length > 2 && linguistics().titleArticles.has(rest[0]!.text) ? 1 : 0;
    for (const start of from === 1 ? [1, 0] : [0]) {
      for (const title of titlesStartingWith(rest[start]!.text)) {
        if (start + title.length >= rest.length) continue; // never strip the whole name
        if (title.every((part, i) => rest[start + i]!.text === part)) {
          titles.push(rest.slice(0, start + title.length).map((w) => w.text).join(' '));
          rest = rest.slice(start + title.length);
          stripped = true;
          break;
        }
      }
      if (stripped) break;
    }
  }
  return { rest, titles };
}

/**
 * Splits glued prefix particles (Arabic ال, Hebrew ה) and elided ones (d'Estaing). `unsplit`: words
 * whose first letters only look like a particle once normalised (آلمان Alman, أليسون Alison: the
 * article is never written with hamza or madda, which normalise folds away).
 */
function splitGluedParticles(words: RawWord[], unsplit: ReadonlySet<string>): RawWord[] {
  const { prefixParticles, particles } = linguistics();
  const out: RawWord[] = [];
  for (const word of words) {
    const elided = word.text.includes("'") ? /^(\p{L}')(\p{L}{2,})$/u.exec(word.text) : null;
    if (elided && particles.has(elided[1]!)) {
      out.push({ text: elided[1]!, dotted: false }, { text: elided[2]!, dotted: word.dotted });
      continue;
    }
    // Only scripts that glue their articles (Arabic ال, Hebrew ה) are split: a Latin "al" may begin "Alexander".
    const prefix = unsplit.has(word.text) ? undefined : prefixParticles.find((p) => word.text.startsWith(p.form) && scriptOfWord(p.form) !== 'Latin' && articleWord(word.text.slice(p.form.length)));
    if (prefix) out.push({ text: prefix.form, dotted: false }, { text: word.text.slice(prefix.form.length), dotted: word.dotted });
    else out.push(word);
  }
  return out;
}

/**
 * Whether what follows a glued article can be the word it defines: three letters or more, or two consonants, as the
 * Arabic words of two letters are (الحق al-Haqq, الحج al-Hajj, المر al-Murr: roots whose last letter is said twice).
 * Two letters with a vowel letter are the rest of a foreign name that begins so (الان Alan, الما Alma, اليس Ellis).
 */
function articleWord(rest: string): boolean {
  const letters = [...rest].length;
  return letters >= 3 || (letters === 2 && !ABJAD_VOWEL_LETTER.test(rest));
}
const ABJAD_VOWEL_LETTER = /[اويىةه]/u;

// Tokens are immutable and words repeat across a table (given names, articles): one object per distinct
// word and role, shared by every name that has it — less work and far less memory on large tables.
// Most words have no role: they are cached by their text alone, without building a key.
const tokenCache = new Map<string, Token>();
const plainTokenCache = new Map<string, Token>();
const TOKEN_CACHE_LIMIT = WORD_CACHE_LIMIT;
const NONE: ReadonlySet<string> = new Set();
/** No word's alif seats a vowel the input told (see hamzaSeatedWords in pipeline). */
export const NO_SEATS: ReadonlyMap<string, string> = new Map();

/** A word as a token of its own, whatever it is elsewhere (a title a name dropped, read as a word: see titleTokens in pipeline). */
export function plainWordToken(text: string): Token {
  return toToken({ text, dotted: false });
}

function toToken(
  word: RawWord,
  particle?: Particle['kind'],
  acronyms: ReadonlySet<string> = NONE,
  capitals: ReadonlySet<string> = NONE,
  seated: ReadonlyMap<string, string> = NO_SEATS,
  soundedWords: ReadonlyMap<string, string> = NO_SEATS,
): Token {
  const acronym = acronyms.has(word.text);
  const capital = capitals.has(word.text);
  const seat = seated.get(word.text);
  const sounded = soundedWords.get(word.text);
  const plain = !particle && !word.dotted && !acronym && !capital && !seat && !sounded;
  const cache = plain ? plainTokenCache : tokenCache;
  const key = plain ? word.text : `${word.text}\u0000${particle ?? ''}\u0000${word.dotted ? 'd' : ''}${acronym ? 'a' : ''}${capital ? 'c' : ''}${seat ?? ''}\u0000${sounded ?? ''}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const token = makeToken(word, particle, acronym, capital, seat, sounded);
  // (one bound for both: it is what keeps a long run's memory in check)
  if (tokenCache.size + plainTokenCache.size >= TOKEN_CACHE_LIMIT) {
    tokenCache.clear();
    plainTokenCache.clear();
  }
  cache.set(key, token);
  return token;
}

function makeToken(word: RawWord, particle: Particle['kind'] | undefined, acronym: boolean, capital: boolean, seat: string | undefined, sounded: string | undefined): Token {
  // Apostrophes are romanised ayn/hamza or elision in Latin (dropped); in Hebrew a geresh changes the letter (ג' = j).
  const latinLike = /^[\p{Script=Latin}\p{Script=Common}']+$/u.test(word.text);
  let translit = transliterateWord((latinLike ? word.text.replace(/'/g, '') : word.text) || word.text);
  // A letter that says what its folded letter no longer does (see soundedWords and withWrittenEndings in pipeline) is
  // read so: a Latin letter's mark, a sound that may be unsaid (Dvořák); an Arabic final ha that is no ta marbuta, the end
  // of a word's last vowel (Touré); an alif maqsura, an a (Huda). The Latin form stays as folded.
  if (sounded && (translit.script === 'Latin' || translit.script === 'Arabic')) translit = { ...translit, marked: sounded };
  // An alif written with hamza seats the vowel the hamza tells (see hamzaSeatedWords in pipeline): below, an i or e, the
  // vowel seat that prefers i (flex E), not the a of a bare alif (إليس Ellis, not Aloys); above before a ya, a said a
  // (أيمن Ayman, not Iman). Its Latin form, which exact keys are made of, stays as folded.
  if (seat && translit.marked.startsWith(ALIF)) translit = { ...translit, marked: seat + translit.marked.slice(ALIF.length) };
  // A lone letter is an initial when dotted (J.) or written as a capital (J Smith); a lowercase one is a word (и, a, y).
  const initial = [...word.text].length === 1 && /\p{L}/u.test(word.text) && (word.dotted || capital);
  // (a dotted lone letter is an initial or a numeral, never a connector: Budapest I. kerület is not "Budapest and kerület")
  const designator = !(initial && word.dotted) && linguistics().designators.has(word.text);
  return { ...translit, text: word.text, particle, initial, designator, acronym };
}

/**
 * Particle kinds that join the following word into one name part: "Abd al-Rahman" is one name,
 * not "Rahman" with decoration.
 */
const JOINING = new Set<Particle['kind']>(['servant']);

/**
 * Whether a servant form is another servant form with more letters (abdul, abdel: abd and its article, al, ul, el),
 * so that an article written after it (Abdul al-Rahman) says the article twice.
 */
function carriesArticle(servant: string, particles: ReadonlyMap<string, Particle>): boolean {
  for (const [form, particle] of particles) if (particle.kind === 'servant' && form !== servant && servant.startsWith(form)) return true;
  return false;
}

/**
 * The Arabic article as written before a "sun letter", which it assimilates in speech and in Latin
 * spellings (ar-Rahman, ad-Din, ash-Shams: al- with its l sounding as the next consonant), written back
 * as al, so a compound reads alike however the article was spelt (Abd ar-Rahman = Abd al-Rahman).
 */
function unassimilated(article: string, next: string): string {
  const sound = /^[aeiu]([a-z]{1,2})$/.exec(article)?.[1];
  return sound && sound !== 'l' && next.startsWith(sound) ? 'al' : article;
}

let prefixFormsFor: readonly Particle[] | undefined;
let prefixFormSet: ReadonlySet<string> = new Set();

function prefixFormsOf(prefixParticles: readonly Particle[]): ReadonlySet<string> {
  if (prefixFormsFor !== prefixParticles) {
    prefixFormSet = new Set(prefixParticles.map((p) => p.form));
    prefixFormsFor = prefixParticles;
  }
  return prefixFormSet;
}

/**
 * Parse a normalised name into tokens. Pure. `acronyms` are the (normalised) words the input wrote
 * in capitals as abbreviations, `capitals` its lone capital letters (initials); the caller finds
 * them, since normalising folds case away.
 */
export function parseName(
  normalised: string,
  acronyms: ReadonlySet<string> = new Set(),
  capitals: ReadonlySet<string> = new Set(),
  unsplit: ReadonlySet<string> = new Set(),
  seated: ReadonlyMap<string, string> = NO_SEATS,
  sounded: ReadonlyMap<string, string> = NO_SEATS,
): ParsedName {
  const { particles, prefixParticles } = linguistics();
  const { rest, titles } = stripTitles(splitWords(normalised));
  const words = splitGluedParticles(rest, unsplit);
  const prefixForms = prefixFormsOf(prefixParticles);
  // A particle is one as written (le, ال) or as transliterated (Cyrillic ле, Greek ντε).
  // (plain a-z words are their own transliteration: no need to ask)
  const particleKind = (text: string): Particle['kind'] | undefined =>
    particles.get(text)?.kind ?? (prefixForms.has(text) ? 'article' : undefined) ?? (/^[a-z]*$/.test(text) ? undefined : particles.get(transliterateWord(text).latin)?.kind);
  const tokens: Token[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const kind = particleKind(word.text);
    const hasNext = i + 1 < words.length;
    if (kind && JOINING.has(kind) && hasNext) {
      // servant + optional article + name → one token
      let joined = word.text;
      let j = i + 1;
      const next = words[j]!;
      const nextKind = particleKind(next.text);
      if (nextKind === 'article' && j + 1 < words.length) {
        // (a servant form that is a shorter one and more carries the article already: Abdul al-Rahman is Abdul Rahman)
        if (!carriesArticle(word.text, particles)) joined += unassimilated(next.text, words[j + 1]!.text);
        j += 1;
      }
      joined += words[j]!.text;
      tokens.push(toToken({ text: joined, dotted: false }));
      i = j;
      continue;
    }
    // A particle only counts as one when a name follows it ("Ben" alone is a name).
    tokens.push(toToken(word, kind && hasNext ? kind : undefined, acronyms, capitals, seated, sounded));
  }
  return { tokens, titles };
}
