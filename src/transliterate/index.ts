/**
 * Stage 2, transliterate: a normalised word in any script → Latin.
 * Arabic (with Persian letters), Cyrillic, Greek and Hebrew use onoma's own tables (data/translit),
 * written for names and able to say when a letter has several readings (flex symbols, uppercase).
 * Every other script goes through any-ascii, a maintained table-driven transliterator.
 */
import anyAsciiAll from 'any-ascii';
import { linguistics, type TranslitTable } from '../data/linguistic.js';
import { scriptOfWord } from '../normalise/index.js';

export interface Transliteration {
  script: string;
  /** readable Latin, lowercase ASCII (what the explanation shows) */
  latin: string;
  /** Latin with flex symbols kept (what the keys are built from) */
  marked: string;
  /** true for scripts that leave short vowels unwritten (Arabic, Hebrew) */
  abjad: boolean;
}

/** The scripts with a table of their own (data/translit), and its name (hiragana is read through katakana's: see asKatakana). */
const TABLE_OF: Readonly<Partial<Record<string, keyof ReturnType<typeof linguistics>['translit']>>> = { Arabic: 'Arabic', Cyrillic: 'Cyrillic', Greek: 'Greek', Hebrew: 'Hebrew', Katakana: 'Kana', Hiragana: 'Kana' };
const ABJADS = new Set(['Arabic', 'Hebrew', 'Syriac', 'Thaana']);
/**
 * Brahmic scripts and their kin write a consonant's inherent vowel by writing nothing, and any-ascii
 * romanises them so (भारत → bhart, ලංකාව → lmkav): for matching they leave short vowels unwritten, as
 * abjads do, but only that one vowel: the others are written as vowel signs. The scorer reads them so.
 */
export const ABUGIDAS = new Set([
  'Devanagari', 'Bengali', 'Gurmukhi', 'Gujarati', 'Oriya', 'Tamil', 'Telugu', 'Kannada', 'Malayalam', 'Sinhala',
  'Tibetan', 'Myanmar', 'Khmer', 'Lao', 'Thai',
]);
/** Scripts of syllables (kana, hangul, Chinese characters): their romanisation gives every consonant a vowel. */
export const SYLLABARIES = new Set(['Katakana', 'Hiragana', 'Hangul', 'Han']);
/** Whether a word is kana (katakana, or hiragana, which is read as katakana). */
export function isKana(token: { script: string }): boolean {
  return token.script === 'Katakana' || token.script === 'Hiragana';
}
const UKRAINIAN_LETTERS = /[іїєґ]/u;

/** Flex symbols shown as their most usual reading (Russian г as g; +, *, %, &, ;, $, _, ?, #, ~, !, }, <, /, (, [, \\, . and , are keys' NASAL_M, NASAL_N, R_ZH, R_OR_L, L_OR_R, TSH_OR_T, LONG_MARK, LABIAL_N, SILENT_H, PALATAL_G, INNER_PALATAL_G, SAID_FINAL_H, OPTIONAL_L, F_OR_H, PINYIN_X, PINYIN_Q, TH_OR_S, D_OR_Z and WAW_BY_VOWEL, written out: keys imports this module). */
const READABLE: Readonly<Record<string, string>> = { Q: 'g', T: 'ch', E: 'y', D: 't', F: 'dz', I: '', O: 'e', L: 'e', M: 'y', R: 'j', N: 'h', '+': 'm', '*': 'n', '%': 'zh', '&': 'r', ';': 'l', $: 'ch', _: '', '?': 'm', '#': '', '~': 'g', '!': 'g', '}': 'kh', '<': 'l', '/': 'f', '(': 'sh', '[': 'ch', '\\': 'th', '.': 'd', ',': 'w' };

/**
 * Between two letters of an abjad word that must not be read as one, in `marked`. Abjads do not write
 * a doubled (geminate) consonant twice, so the same letter twice is two consonants with an unwritten
 * vowel between (חנן Hanan, ששון Sasson), which the keys' doubled-letter rule must not fold into one.
 * So are two letters the keys fold into one consonant (ק ג: k and g, קגן Kagan; ט ד: t and d, טדי Teddy);
 * see also BREATHS and dThenZAtEnd. The keys drop the boundary once their rules have run.
 */
export const LETTER_BOUNDARY = ':';

let classes: Map<string, string> | undefined;

/**
 * The consonant a Latin letter or digraph folds into in the keys: data/rules/phonetic.tsv's rows that fold one
 * letter into another wherever it stands ([qcg] → k, p → b, t → d, z → s, v → f), and a digraph into one letter
 * (sh → s, th → d, kh → h). Other letters are their own. (Read from the rules once: they are loaded once.)
 */
function consonantClass(letter: string): string {
  if (!classes) {
    classes = new Map();
    for (const { pattern, replacement } of linguistics().phoneticRules) {
      const letters = /^(?:\[([a-z]+)\]|([a-z])|([a-z]{2}))$/.exec(pattern.source);
      if (!letters || !/^[a-z]$/.test(replacement)) continue;
      const froms = letters[3] !== undefined ? [letters[3]] : [...(letters[1] ?? letters[2]!)];
      for (const from of froms) if (!classes.has(from)) classes.set(from, replacement);
    }
    // (a letter folded into one that folds further: v → f, and f stays f)
    for (const [from, to] of classes) classes.set(from, classes.get(to) ?? to);
  }
  return classes.get(letter) ?? letter;
}

/** Two letters' Latin that the keys would read as one doubled consonant (s then sh: סשה Sasha, not Shah). */
function oneConsonantTwice(previous: string, latin: string): boolean {
  return latin === previous || (latin.length <= 2 && previous.length <= 2 && consonantClass(latin) === consonantClass(previous));
}
/**
 * The h and kh letters of the abjads (ح ه خ, ה ח): they have letters of their own, so one that follows
 * s, z, d, t or k is never part of a digraph (سحر Sahar, زهران Zahran, دخيل Dakhil). Other letters meet
 * as Latin writes them: foreign names are spelt letter by letter (تشاد Chad, t then sh).
 */
const BREATHS = new Set(['h', 'kh']);
/**
 * In an abjad with a letter of its own for ts (Hebrew צ), a t letter then an s or z letter is two consonants
 * with an unwritten vowel between (טסה Tessa), never the one sound Latin ts and Russian ц write. Arabic has no
 * such letter and writes ts so (تسيبراس Tsipras): there they may meet.
 */
const TS_LETTER = new Set(['Hebrew']);
const SIBILANTS = new Set(['s', 'z']);

/**
 * A d letter then a z letter ending an abjad word: two consonants, the English -ds said dz (Reynolds رينولدز, Fields
 * فيلدز, Mendez מנדז), not the one sound the keys read in Latin dz. Inside a word they stay together: they write the
 * dz of Georgian -dze (Shevardnadze شيفرنادزه, Abashidze אבשידזה), which the keys read as Latin dz.
 */
function dThenZAtEnd(previous: string, latin: string, atEnd: boolean): boolean {
  return atEnd && previous === 'd' && latin === 'z';
}

/**
 * Two abjad letters the keys must not read as one (see LETTER_BOUNDARY): the same letter twice, or two the keys
 * fold together (an abjad writes a doubled consonant once); an h or kh letter after any other, never the second
 * half of a digraph (سحر Sahar is not Shar); a word-final d then z; t then s or z where ts has a letter of its own.
 */
function keptApart(previous: string, latin: string, atEnd: boolean, tsApart: boolean): boolean {
  return oneConsonantTwice(previous, latin) || BREATHS.has(latin) || dThenZAtEnd(previous, latin, atEnd) || (tsApart && previous === 't' && SIBILANTS.has(latin));
}

/** Uppercase flex symbols, the others READABLE writes out, and the letter boundary. */
const FLEX_OR_BOUNDARY = new RegExp(`[A-Z${[LETTER_BOUNDARY, ...Object.keys(READABLE).filter((flex) => !/[A-Z]/.test(flex))].map((ch) => '\\' + ch).join('')}]`, 'g');

export function readable(marked: string): string {
  return marked.replace(FLEX_OR_BOUNDARY, (flex) => (flex === LETTER_BOUNDARY ? '' : (READABLE[flex] ?? flex.toLowerCase())));
}

/** A word through a table: `marked` for the keys, `shown` as Latin spellings mostly write it (see TranslitTable.shown). */
function applyTable(word: string, table: TranslitTable, useOverlay: boolean, separate: boolean, tsApart: boolean): { marked: string; shown: string } {
  const chars = [...word];
  let out = '';
  let shown = '';
  let previous = '';
  for (let i = 0; i < chars.length; ) {
    let matched = false;
    for (let length = Math.min(table.maxKeyLength, chars.length - i); length >= 1; length--) {
      const piece = chars.slice(i, i + length).join('');
      const atEnd = i + length === chars.length;
      const final = atEnd ? table.final.get(piece) : undefined;
      const initial = final === undefined && i === 0 ? table.initial.get(piece) : undefined;
      const overlay = final === undefined && initial === undefined && useOverlay ? table.overlay.get(piece) : undefined;
      const latin = final ?? initial ?? overlay ?? table.map.get(piece);
      if (latin !== undefined) {
        if (separate && out !== '' && keptApart(previous, latin, atEnd, tsApart)) out += LETTER_BOUNDARY;
        out += latin;
        // (the row that read the piece, as the table writes it: at a word's end, at its start, or anywhere)
        const row = final !== undefined ? piece + '$' : initial !== undefined ? '^' + piece : overlay !== undefined ? undefined : piece;
        const shownPiece = (row !== undefined ? table.shown.get(row) : undefined) ?? readable(latin);
        shown += (i > 0 && chars[i - 1] === SOKUON ? doubledOnset(shownPiece) : '') + shownPiece;
        previous = latin;
        i += length;
        matched = true;
        break;
      }
    }
    if (!matched) {
      const folded = asciiFold(chars[i]!);
      out += folded;
      shown += readable(folded);
      previous = '';
      i += 1;
    }
  }
  return { marked: out, shown };
}

/**
 * Katakana's small tsu (ッ, sokuon) doubles the consonant after it, which Latin spellings write twice (スコット Scott,
 * ベッカー Becker, ハットリ Hattori), Hepburn's t before ch (マッチ matchi): shown so, for the string tie-breaker and a
 * Latin word read as Japanese; the keys read a doubled consonant as one, so its marked form has the one.
 */
const SOKUON = 'ッ';
const CONSONANT_FIRST = /^[bcdfghjklmnpqrstvwxyz]/;
function doubledOnset(shown: string): string {
  return shown.startsWith('ch') ? 't' : CONSONANT_FIRST.test(shown) ? shown[0]! : '';
}

/**
 * any-ascii's romanisation, letters, digits and apostrophes only (spaces and hyphens kept): the other ASCII punctuation it
 * writes for a sign (Tibetan ། as a comma, • as an asterisk) is what the keys read as a flex symbol of their own.
 */
function anyAscii(text: string): string {
  return anyAsciiAll(text).replace(NOT_A_LETTER, '');
}
const NOT_A_LETTER = /[^A-Za-z0-9'\s-]/g;

function asciiFold(text: string): string {
  return anyAscii(text).toLowerCase();
}

/**
 * How many distinct words a per-word cache holds (this one, and parse's tokens): a table of a million names has some
 * 100,000 words in other scripts, which parse transliterates each time it meets one to ask whether it is a particle;
 * at 20,000 this cache was emptied over and over, and a build took 10% longer.
 */
export const WORD_CACHE_LIMIT = 200_000;
// Words repeat a great deal across a table (given names, articles): each is transliterated once.
const wordCache = new Map<string, Transliteration>();

/** Transliterate one normalised word. Pure (memoised); the tables are loaded once. */
export function transliterateWord(word: string): Transliteration {
  const hit = wordCache.get(word);
  if (hit) return hit;
  const result = transliterateUncached(word);
  if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
  wordCache.set(word, result);
  return result;
}

function transliterateUncached(word: string): Transliteration {
  const script = scriptOfWord(word);
  const tableName = TABLE_OF[script];
  if (tableName) {
    const table = linguistics().translit[tableName];
    const letters = script === 'Hiragana' ? asKatakana(word) : word;
    const { marked, shown } = applyTable(letters, table, script === 'Cyrillic' && UKRAINIAN_LETTERS.test(word), ABJADS.has(script), TS_LETTER.has(script));
    if (tableName === 'Kana') return { script, latin: labialSyllabicN(shown, 'm'), marked: labialSyllabicN(marked, LABIAL_N), abjad: false };
    return { script, latin: shown, marked, abjad: ABJADS.has(script) };
  }
  if (VISUAL_ORDER_SCRIPTS.has(script)) return thaiOrLao(script, spokenOrder(word));
  // (any-ascii's own case kept for hangul: it capitalises each syllable's first letter, see hangulMarked)
  const corrections = linguistics().anyAsciiCorrections[script];
  const ascii = corrections ? correctedAnyAscii(word, corrections) : anyAscii(word);
  const romanised = ascii.toLowerCase();
  const marked = script === 'Latin' ? romanised : affricatesMarked(script, script === 'Hangul' ? hangulMarked(ascii) : script === 'Han' ? hanMarked(ascii) : romanised);
  return { script, latin: readable(romanised), marked, abjad: ABJADS.has(script) };
}

/**
 * A word of `script` with some of its letters written in Latin already, read as the script's table reads the rest (a
 * reading's rows write some letters as a spelling does: ELOT's mp in Τραμπ, τραmp; see spokenReadings in keys/). The
 * marked form, as transliterate gives it.
 */
export function markedAs(script: string, word: string): string {
  const tableName = TABLE_OF[script];
  if (!tableName) return transliterateWord(word).marked;
  return applyTable(word, linguistics().translit[tableName], false, ABJADS.has(script), TS_LETTER.has(script)).marked;
}

/**
 * A Thai or Lao word in spoken order (see spokenOrder), romanised. The letters the romanisations write ch, kh and ph
 * are marked for the keys as they are said in the names Thai writes: the unaspirated c (จ, ຈ) is the affricate tsh or a
 * foreign j, as pinyin's q is (IPA tɕ: จีน Chin China, จาเมกา Jamaica, จอห์น John), not the tsh alone of the
 * aspirated ช ฉ (ชาด Chad); the aspirated k (ข ค ฆ, ຂ ຄ) a foreign k, or the kh a Latin spelling of a Thai name writes
 * (คองโก Congo, ขอนแก่น Khon Kaen: keys' K, as Hebrew kaf); the aspirated p (ผ พ ภ, ຜ ພ) a foreign p, or its ph
 * (โปแลนด์ Poland, ภูเก็ต Phuket: keys' P, as Hebrew pe). (Latin shows them as romanised.)
 */
function thaiOrLao(script: string, said: string): Transliteration {
  const romanised = anyAscii(said).toLowerCase();
  const marks = linguistics().thaiLaoMarks;
  const marked = said
    .split(markedThaiLetter())
    .map((piece, k) => (k % 2 === 1 ? marks.get(piece)! : affricatesMarked(script, thaiVowelsMarked(anyAscii(piece).toLowerCase()))))
    .join('');
  return { script, latin: readable(romanised), marked, abjad: false };
}
/**
 * The vowels of a Thai or Lao word as the keys read them, from its romanisation in spoken order: แ (ແ), romanised ae, is
 * one vowel, the e or the English a Thai writes so (แคนาดา Canada, แลนด์ land), as Russian э is (keys' OPEN_E); and
 * เ◌ีย, romanised letter by letter e, i, y, is the vowel ia (รัสเซีย Russia, อินเดีย India).
 */
function thaiVowelsMarked(romanised: string): string {
  return romanised.replace(/eiy/g, 'ia').replace(/ae/g, OPEN_E);
}

/**
 * Katakana's syllabic n (ン) is said m before p, b and m, as Hepburn writes it, and writes a foreign name's m there and its
 * n alike (トランプ Trump, キャンベラ Canberra): marked as either (keys' LABIAL_N), shown m. Every other n of a kana word's
 * romanisation is a syllable's, before its vowel, so an n before p, b or m is the syllabic one.
 */
function labialSyllabicN(romanised: string, to: string): string {
  return romanised.replace(SYLLABIC_N_BEFORE_LABIAL, to);
}
const SYLLABIC_N_BEFORE_LABIAL = /n(?=[pbmB])/g;
/** keys' LABIAL_N flex symbol, written out (keys imports this module) */
const LABIAL_N = '?';

/**
 * A kana word's `marked` form with the vowels katakana writes after a foreign consonant that has none marked as keys'
 * ADDED_VOWEL, for its code: u after a consonant (スミス sumisu Smith, ブラウン buraun Brown, ブッシュ busshu Bush) and o
 * after t and d (ストリート sutorito Street, エドワード edowado Edward), a final i after j or ch (ブリッジ buriji Bridge),
 * unless the vowel is long or another follows it (スーザン Susan, カズオ Kazuo): those are said; and アー as an English
 * -er or er (KANA_ER). (Not in `marked` itself: a Latin word spelt as the kana word's
 * romanisation is still the same word, matsumoto マツモト; see asSpelt in score/.)
 */
export function kanaAddedVowels(marked: string): string {
  return marked.replace(KANA_ADDED_VOWEL, ADDED_VOWEL).replace(KANA_ER, SCHWA + FINAL_R);
}
/**
 * アー at the end, or after a consonant and before one: the -er, -or, -ar of an English name (ミラー Miller, テイラー
 * Taylor, カーター Carter), or its er, ur, ar before a consonant (ロバート Robert, ターナー Turner, マーティン Martin), its
 * vowel any, and its r keys' FINAL_R, read first as an r (a long a of its own is rare in the names katakana writes).
 */
const KANA_ER = /a_$|(?<=[^aeiou])a_(?=[^aeiou_])/g;
/** keys' SCHWA, any vowel, written out (keys imports this module) */
const SCHWA = ')';
/** keys' FINAL_R, written out (keys imports this module) */
const FINAL_R = '@';
const KANA_ADDED_VOWEL = /(?<=[kgszfvbpmhB&/])u(?![_aeiou])|(?<=[td])o(?![_aeiou])|(?<=dzh|\$)i$/g;
/** keys' ADDED_VOWEL, written out (keys imports this module) */
const ADDED_VOWEL = '^';
/**
 * Pinyin syllables whose vowel Chinese writes after a foreign consonant that has none (Xinhua's transcription tables):
 * 斯 si, 兹 zi, 茨 ci for s, z, ts; 克 ke, 格 ge, 特 te, 德 de, 勒 le, 赫 he, 瑟 se, 泽 ze, 策 ce for k, g, t, d, l, h…;
 * 夫 fu, 布 bu, 普 pu, 姆 mu for f, b, p, m (史密斯 Smith, 默克尔 Merkel, 特朗普 Trump). Marked keys' ADDED_VOWEL, any
 * vowel or none, so that a Chinese name's own 克 Ke or 德 De still reads its e. (Not shi, chi, zhi, whose i is as
 * little a vowel: 比利时 Belgium, bilishi, then met Belize.)
 */
const PINYIN_ADDED_VOWEL = /^(?:[szc]i|[kgtdlhszc]e|[fbpm]u)$/;

/** Hiragana as the katakana of the same syllables (the two blocks are in the same order, 0x60 apart). */
function asKatakana(word: string): string {
  return word.replace(/[\u3041-\u3096\u309D\u309E]/gu, (letter) => String.fromCharCode(letter.charCodeAt(0) + 0x60));
}

/**
 * The romanisation of another script (any-ascii's) writes ch for the affricate tsh only (Thai ช, Georgian ჩ, Bengali
 * ছ, Ethiopic ቻ, kana チ, hangul ㅊ, pinyin ch), never the sh or kh a Latin spelling may mean by it (Chirac, Bach): marked
 * T, as Russian ч is, so that 查德 is Chad, not Haiti. So is the c of Brahmic scripts (ISO 15919: च, ச); pinyin's q is
 * tsh or a foreign j (keys' PINYIN_Q), its x a flat sh, or a foreign s or h (keys' PINYIN_X), and its c is ts (Arabic تس, Russian ц). Its j is the affricate j too (Hindi ज, hangul ㅈ,
 * kana ジ, pinyin j), never the y or kh a Latin j may be (Jansen, Juan): marked as Russian дж is. (The Latin form stays
 * as romanised.)
 */
export function affricatesMarked(script: string, romanised: string): string {
  const marked =
    script === 'Han' ? romanised.replaceAll('ch', TSH).replaceAll('q', PINYIN_Q).replace(/x/g, PINYIN_X).replace(/c/g, 'ts')
    : ABUGIDAS.has(script) ? romanised.replace(/ch?/g, TSH)
    : romanised.replaceAll('ch', TSH);
  return marked.replaceAll('j', DZH);
}
/**
 * Hangul as the keys read it, from any-ascii's romanisation (`romanised`), which writes each syllable's first letter as a capital
 * (브라질 BeuLaJil). Hangul writes r and l with one letter, ㄹ: Korean spells a foreign l between vowels with two (ㄹㄹ, lL:
 * 칠레 ChilLe Chile, 이탈리아 Italia) and one ending a syllable (l: 서울 SeoUl Seoul), but one that begins a syllable (L) is
 * the r of foreign names, or the l at their start (러시아 Russia, 브라질 Brazil, 라오스 Laos): that one is marked as the
 * flex symbol of either (R_OR_L in keys/), as katakana's r row is. Korean has no f: it writes a foreign f ㅍ, as it does p
 * (프랑스 France, 필리핀 Philippines), so ㅍ beginning a syllable is the flex symbol of either, as Hebrew פ is. And ㅡ,
 * romanised eu inside a syllable, is one vowel: the one Korean writes after a foreign consonant that has none (스위스
 * Swiss, 우크라이나 Ukraina), marked as keys' ADDED_VOWEL (세우 SeU is two syllables, e then u).
 */
function hangulMarked(romanised: string): string {
  return romanised
    // ㅇ closing a syllable, ng: an English ng (킹 King, 영 Young), or the nasal vowel of a French an, on, in, which Korean
    // writes so (프랑스 France, 마크롱 Macron, 리옹 Lyon, 장 Jean): its g keys' NG_G, said or not, as Chinese's final ng
    .replace(SYLLABLE_FINAL_NG, 'n' + NG_G)
    // ㅅ and ㅆ closing a syllable are said t, and write a foreign name's final t (스콧 SeuKos Scott, 왓슨 WasSeun Watson,
    // 마거릿 Margaret): any-ascii writes them s
    .replace(SYLLABLE_FINAL_S, 't')
    // ㅅ before a y glide (샤 슈 셔 셰 쇼) writes a foreign sh (슈미트 Schmidt, 매슈 Matthew, 샬럿 Charlotte), and ㅈ before
    // ㅡ (즈) a foreign z (에드워즈 Edwards, 로저스 Rogers): Korean has neither sound
    .replace(/Sy(?=[aeiou])/g, 'Sh')
    .replace(/Jeu/g, 'Zeu')
    .replace(/([Ee])u/g, (_, e: string) => (e === 'E' ? 'U' : ADDED_VOWEL))
    // ㅓ (ㅕ after its glide), romanised eo: one vowel, the ʌ or ə of a foreign name, which Latin spells with any vowel
    // (트럼프 Trump, 도널드 Donald, 마거릿 Margaret, 대처 Thatcher): marked keys' SCHWA, any vowel alike
    // (held apart while the letters are lowercased: any-ascii writes a syllable's first vowel as a capital, 아 A)
    // (a final one mostly writes an English -er, -or, -ar, r unsaid: 밀러 Miller, 카터 Carter, 피터 Peter; marked so, keys' FINAL_R;
    // and so does one ending a syllable before a consonant, as katakana's アー between consonants: 로버트 Robert, 터너 Turner,
    // 머피 Murphy, though some are an English u, 허드슨 Hudson; any-ascii begins the next syllable with a capital)
    // (a first 화, 휘: the wh of an English name, which Korean writes as older English said it, hw (화이트 White, 휘트니
    // Whitney), its h keys' SILENT_H, said or not, as katakana's ホワ)
    .replace(/^Hw(?=[ai])/, SILENT_H + 'w')
    // (ㅝ, which any-ascii writes wo, is the glide w and that vowel: 워드 Ward, 하워드 Howard, 월터 Walter)
    .replace(/([Ww])o/g, '$1eo')
    .replace(/[Ee]o$/, HELD + FINAL_R)
    .replace(/[Ee]o(?=[BCDFGHJKLMNPQRSTVXZ])/g, HELD + FINAL_R)
    .replace(/[Ee]o/g, HELD)
    // ㅐ (ㅒ after its glide), romanised ae: one vowel, the e or the English a Korean writes so (잭 Jack, 대처 Thatcher,
    // 캐나다 Canada), as Russian writes them э: marked as keys' OPEN_E
    .replace(/[Aa]e/g, HELD_E)
    .replace(/(l?)L/g, (_, final: string) => (final ? 'll' : R_OR_L))
    // (all but ㅍ and ㅂ beginning a syllable, any-ascii's P and B, which stay keys' flex P, p or the f Korean writes so,
    // and B, b or the v it writes so: 빅토르 Victor, 이바노프 Ivanov, 올리버 Oliver)
    .replace(/[^PB]+/g, (letters) => letters.toLowerCase())
    .replaceAll(HELD, SCHWA)
    .replaceAll(HELD_E, OPEN_E);
}
/** ng after a vowel, before the next syllable's capital or the end: ㅇ closing a syllable (see hangulMarked); not before a g or k, whose ng is the English one (앙골라 Angola, 콩고 Congo). */
const SYLLABLE_FINAL_NG = /(?<=[aeiouyAEIOUY])ng(?=[A-FH-JL-Z]|$)/g;
/** A lowercase s or ss after a vowel, before the next syllable's capital or the end: ㅅ or ㅆ closing a syllable (see hangulMarked). */
const SYLLABLE_FINAL_S = /(?<=[aeiouy])ss?(?=[A-Z]|$)/g;
/**
 * Chinese characters as the keys read them, from any-ascii's pinyin (`romanised`), a capital beginning each syllable
 * (特朗普 TeLangPu). Chinese writes a foreign name a character a syllable, by the sound (Xinhua's transcription tables):
 * its l is a foreign r or l (特朗普 Trump, 罗马 Roma, 柏林 Berlin), and the syllable er (尔) an r or l closing a syllable,
 * its vowel unsaid (默克尔 Merkel, 哈夫塔尔 Haftar, 阿尔及利亚 Algeria): marked as the flex symbols of either (keys' L_OR_R
 * and R_OR_L). A syllable's final ng also writes a foreign n (拜登 Biden, 普京 Putin, 布朗 Brown): its g is keys' NG_G, said
 * or not (said opposite another syllabary's word: read as an n there, Chinese words of the rigour eval file met strangers,
 * 顾问 defence, 厂子 information). And a vowel added after a foreign consonant is keys' ADDED_VOWEL (PINYIN_ADDED_VOWEL).
 */
function hanMarked(romanised: string): string {
  // (pinyin writes a word's first i yi, a y of its spelling only: 伊朗 Yilang Iran, 以色列 Israel, 意大利 Italy)
  return syllableFinalNasals(romanised.replace(/^Yi/, 'I')).replace(/[A-Z][a-z]*/g, (syllable) => {
    const lower = syllable.toLowerCase();
    if (lower === 'er') return R_OR_L;
    // (hua, huai, huan, huang: a foreign wa, which Mandarin says with its h, xw: 华盛顿 Washington, 华沙 Warsaw, 霍华德
    // Howard; or the hua of a Chinese name, its h said: keys' SILENT_H, said or not)
    if (lower.startsWith('hua')) return SILENT_H + 'w' + lower.slice(2);
    const added = PINYIN_ADDED_VOWEL.test(lower) ? lower.slice(0, -1) + ADDED_VOWEL : lower;
    return added.replace(/^l/, L_OR_R).replace(/ng$/, 'n' + NG_G);
  });
}
/**
 * A syllable's final n before a syllable that begins with b, p or m (坎贝尔 KanBeiEr Campbell, 詹姆斯 ZhanMuSi James, 汤姆
 * TangMu Tom): the foreign m that Chinese writes with the first syllable's nasal and the next one's consonant, one sound
 * said once. Before b and p it is an m (keys' LABIAL_N, m or n, as katakana's ン there); before m, the m said already, it
 * is that m or nothing (keys' NASAL_N). (A final ng keeps its g, keys' NG_G, said or not: 汤姆 Tom.)
 */
function syllableFinalNasals(romanised: string): string {
  return romanised.replace(/n(?=[BP])/g, LABIAL_N).replace(/n(?=M)/g, NASAL_N);
}
/** keys' SILENT_H: an h said, or not (see hanMarked) */
const SILENT_H = '#';
/** keys' NASAL_N: an n, or nothing (see syllableFinalNasals) */
const NASAL_N = '*';
/** keys' L_OR_R: pinyin's l, shown l (a Chinese name's own l: 李 Li, as pinyin spells it) */
const L_OR_R = ';';
/** keys' NG_G: the g of a syllable's final ng, said or not (see hanMarked) */
const NG_G = '`';

/** keys' R_OR_L flex symbol, written out (keys imports this module) */
const R_OR_L = '&';
/** keys' OPEN_E: e, or the a of English names (see hangulMarked) */
const OPEN_E = 'L';
/** Stand-ins for SCHWA and OPEN_E while hangulMarked lowercases the letters around them (no letter any-ascii writes). */
const HELD = '\u0000';
const HELD_E = '\u0001';

/** The flex symbol of the affricate tsh (see FLEX_READINGS in keys/), and the affricate j as the keys' rules read Cyrillic дж. */
const TSH = 'T';
/** keys' PINYIN_Q: pinyin's q (and Thai จ, Lao ຈ: data/translit/thai-lao-marks.tsv), the affricate tsh, or a foreign j (see FLEX_READINGS in keys/) */
const PINYIN_Q = '[';
let thaiLetterPattern: RegExp | undefined;
/** One of the Thai and Lao letters marked apart (data/translit/thai-lao-marks.tsv), captured: a split keeps it. */
function markedThaiLetter(): RegExp {
  return (thaiLetterPattern ??= capturing(linguistics().thaiLaoMarks.keys()));
}
/** A pattern capturing any of `keys`, the longer first where one begins another (a split keeps what it captures). */
function capturing(keys: Iterable<string>): RegExp {
  return new RegExp(`(${[...keys].sort((a, b) => b.length - a.length).join('|')})`, 'u');
}
/** keys' PINYIN_X: pinyin's x, a flat sh, or a foreign s or h (see FLEX_READINGS in keys/) */
const PINYIN_X = '(';
const DZH = 'dzh';

/**
 * A word romanised as its names are: the letters its script's corrections list (data/translit/khmer.tsv, georgian.tsv,
 * armenian.tsv: Khmer ហ with the subscript sign, Georgian and Armenian consonants any-ascii marks with an apostrophe,
 * Armenian ու) as they read them, longest first; every other letter as any-ascii reads it, one by one.
 */
function correctedAnyAscii(word: string, corrections: TranslitTable): string {
  return applyTable(word, corrections, false, false, false).marked;
}

/** Scripts that write some vowels before the consonant they follow in speech. */
const VISUAL_ORDER_SCRIPTS = new Set(['Thai', 'Lao']);
// Thai เ แ โ ใ ไ and Lao ເ ແ ໂ ໃ ໄ; their consonants (ก–ฮ, ກ–ຮ); the silence mark ์ ໌ (thanthakhat); the vowel carrier อ ອ
const LEADING_VOWEL = /[\u0E40-\u0E44\u0EC0-\u0EC4]/u;
const CONSONANT_LETTER = /[\u0E01-\u0E2E\u0E81-\u0EAE]/u;
// (the letter's vowel sign, if any, is silenced with it: ศักดิ์ sak)
const SILENCED_LETTER = /([\s\S]?)([\u0E01-\u0E2E\u0E81-\u0EAE])[\u0E34-\u0E3A\u0EB4-\u0EB9]?([\u0E4C\u0ECC])/gu;
// a vowel sign, a leading vowel (in spoken order, after its consonant), a tone mark or the short-vowel mark ็
const SAID_VOWEL_OR_TONE = /[\u0E2D\u0E30-\u0E3A\u0E40-\u0E4B\u0EAD\u0EB0-\u0EBC\u0EC0-\u0ECB]/u;
const VOWEL_CARRIER = /[\u0E2D\u0EAD](?=[\u0E30-\u0E3A\u0E40-\u0E44\u0E47\u0EB0-\u0EBB\u0EC0-\u0EC4])/gu;
/**
 * A Thai or Lao word in the order it is said, for the generic romanisation, which reads letters as written: a leading
 * vowel after its consonant (ແມັກຊີໂກ: ມແັກຊີກໂ, maek-xi-ko, Mexico, not emakxiok; after the first of a cluster too, as
 * nothing tells เกรเนดา kre-ne-da Grenada from เบลเยียม bel-yiam Belgium), and no carrier letter of a vowel (ไอ ai, not
 * oai; inside a word too, โครเอเชีย). A letter the silence mark cancels is left out after a consonant, where Thai's own
 * words have it (จันทร์ chan, ศักดิ์ sak, พงศ์ phong: the end of a Sanskrit cluster), as is a foreign name's final cluster
 * (แลนด์ lan); after a vowel it is kept with its mark: it closes a syllable as the foreign spelling wrote it, though Thai
 * leaves it unsaid (นอร์เวย์ Norway, กาตาร์ Qatar, ไอซ์แลนด์ Iceland), and an r so marked is r or nothing
 * (data/translit/thai-lao-marks.tsv).
 */
function spokenOrder(word: string): string {
  const letters = [...word];
  for (let i = 0; i + 1 < letters.length; i++) {
    if (LEADING_VOWEL.test(letters[i]!) && CONSONANT_LETTER.test(letters[i + 1]!)) {
      [letters[i], letters[i + 1]] = [letters[i + 1]!, letters[i]!];
      i++;
    }
  }
  return letters
    .join('')
    .replace(SILENCED_LETTER, (_, before: string, letter: string, mark: string) => (SAID_VOWEL_OR_TONE.test(before) ? before + letter + mark : before))
    .replace(VOWEL_CARRIER, '');
}

/** Transliterate a whole normalised text word by word (spaces and punctuation kept). */
export function transliterate(text: string): string {
  return text
    .split(/(\s+)/u)
    .map((piece) => (/\s/u.test(piece) ? piece : transliterateWord(piece).latin))
    .join('');
}
