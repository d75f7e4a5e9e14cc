/**
 * Stage 4, keys: transliteration-tolerant codes built from the general equivalence classes of
 * data/rules/phonetic.tsv (vowels; q/k/g/c; f/v/ph; j/dj/dzh/zh; sh/ch/sch; kh/h/x; th/t; dh/d; ou/u/w;
 * y/i; doubled letters; final -h).
 *  - code: the folded token, vowels kept as three classes (a, i, u) — what the scorer compares;
 *  - skeletons: the code without vowels (consonant skeleton) — what the candidate index is keyed on; they also fold
 *    p into b and t into d, which codes keep apart for the scorer (SKELETON_FOLDS).
 * Arabic and Hebrew leave short vowels unwritten, so their skeletons meet Latin skeletons directly:
 * حفتر → hfdr = Haftar → hfdr. A flex symbol with two readings yields one skeleton per reading.
 */
import { LETTER_BOUNDARY, markedAs, readable } from '../transliterate/index.js';
import { linguistics, SPOKEN_LANGUAGES, type PhoneticRule, type SpokenLanguage } from '../data/linguistic.js';

/** Flex symbols for a nasal that may be unsaid (see FLEX_READINGS): m before b, n before d. */
export const NASAL_M = '+';
export const NASAL_N = '*';
/** Flex symbol for the zh of Czech ř, which a spelling without the mark leaves out (see FLEX_READINGS). */
export const R_ZH = '%';
/** Flex symbol for the r or l of the syllabaries, which write both alike (see FLEX_READINGS). */
export const R_OR_L = '&';
/** Flex symbol for katakana チ: the tsh of chi, or the t of older loanwords (see FLEX_READINGS). */
export const TSH_OR_T = '$';
/** Flex symbol for pinyin's l: a Chinese name's l, or a foreign r, which Chinese writes with it (see FLEX_READINGS). */
export const L_OR_R = ';';
/** Flex symbol for katakana ー, the long vowel mark: vowel length, or the r of a non-rhotic English spelling (see FLEX_READINGS). */
export const LONG_MARK = '_';
/** Flex symbol for katakana's syllabic n before p, b or m: m, or the n of a foreign spelling (see FLEX_READINGS). */
export const LABIAL_N = '?';
/** Flex symbol for the r of an English -er, -or, -ar that a syllabary writes as a final long or open vowel (see FLEX_READINGS). */
export const FINAL_R = '@';
/** Flex symbol for the g of a Chinese syllable's final ng, which also writes a foreign n (see FLEX_READINGS). */
export const NG_G = '`';
/** Flex symbol for a vowel a syllabary writes after a foreign consonant that has none (see FLEX_READINGS). */
export const ADDED_VOWEL = '^';
/** Flex symbol for the h a foreign name's spelling may have before Cyrillic's initial э: said, or silent (see FLEX_READINGS). */
export const SILENT_H = '#';
/** Flex symbol for Hebrew ח and a romanised Semitic name's final h, said: h or kh, never k (see FLEX_READINGS and data/rules/semitic.tsv). */
export const SAID_FINAL_H = '}';
/** Flex symbol for Greek γ before ι and a vowel: g, or the y it is said (see FLEX_READINGS); inside a word, or nothing. */
export const PALATAL_G = '~';
export const INNER_PALATAL_G = '!';
/** Flex symbol for the t of a written ts: said apart before the s (Watson, Roberts), or one sound with it, Russian ц (Tsipras) (see FLEX_READINGS). */
export const OPTIONAL_T = '{';
/** Flex symbol for a word's final t or d, or the t or d before its final e: d, or opposite an abjad t (see FLEX_READINGS). */
export const FINAL_T_OR_D = '>';
/** Flex symbol for an l that may be unsaid: Spanish ll before its y (Castillo Кастильо, קסטיו), English walk's (Walker Уолкер, Уокер ווקר) (see FLEX_READINGS). */
export const OPTIONAL_L = '<';
/** Flex symbol for the l of the Arabic article before a sun letter, which speech and most Latin spellings assimilate (see FLEX_READINGS). */
export const ASSIMILATED_L = '"';
/** Flex symbol for Arabic ث: the th of English thin, or the s Persian, Urdu and Turkish say (see FLEX_READINGS). */
export const TH_OR_S = '\\';
/** Flex symbol for Arabic ض: d, or the z Persian, Urdu and Turkish say (see FLEX_READINGS). */
export const D_OR_Z = '.';
/** Flex symbol for an Arabic waw beside another vowel letter: u, or the consonant w or v (see FLEX_READINGS). */
export const WAW_BY_VOWEL = ',';
/** Flex symbol for English gh after ou or au: silent, or f (see FLEX_READINGS). */
export const SILENT_OR_F = ']';
/** Flex symbol for the k a word's first x may say before its s (see FLEX_READINGS). */
export const OPTIONAL_K = '|';
/** Flex symbol for the ʌ or ə of a foreign name, which katakana writes アー before an unsaid r and hangul ㅓ: any vowel (see FLEX_READINGS). */
export const SCHWA = ')';
/** Flex symbol for pinyin's x: the flat sh of a Chinese name, or a foreign s or h Chinese writes with it (see FLEX_READINGS). */
export const PINYIN_X = '(';
/** Flex symbol for pinyin's q: the affricate tsh (ch), or a foreign j, which Chinese writes with it too (see FLEX_READINGS). */
export const PINYIN_Q = '[';
/** Flex symbol for katakana フ: the f of fu, or the h of a foreign hu, which Japanese says alike (see FLEX_READINGS). */
export const F_OR_H = '/';

/** Flex symbol for the a of a Latin au, said (Paula) or not (Paul Пол, Claude Клод): see rules/latin-spelling.tsv and FLEX_READINGS. */
export const LATIN_AU_A = '-';

/** Flex symbols and the consonant classes they can stand for ('' = a vowel, dropped from skeletons). */
export const FLEX_READINGS: Readonly<Record<string, readonly string[]>> = {
  A: [''],
  // the vowel of Cyrillic ё (after the glide I): o, ö or eu, or the e of spellings that write ё as е; also the vowel
  // a Hebrew final he marks after a double yod, e or a or none said (אוליבייה Olivier, עלייה Aliya)
  O: [''],
  // Latin c before a final -ki/-ka: the ts of Polish (Paprocki = Папроцкий), or silent in English ck (Vicki = Вики);
  // its '' is silence, not a vowel (see SILENT_OR_CONSONANT in score/costs.ts)
  S: ['s', ''],
  // waw / Latin mid-word w: the vowel u, or the consonant w/v
  W: ['', 'f'],
  Y: ['', 'y'],
  "'": [''],
  // final ي: i, or alif maqsura a (normalise folds ى into ي), or the consonant y; also an initial alif with
  // hamza below (إ), a seat for i or e (see makeToken in parse/)
  E: ['', 'y'],
  // final ه ה: mostly a written vowel, -a or -e (ta marbuta, Persian -e, Hebrew -a/-e), read like ayn
  H: [''],
  J: ['j', 'k'],
  Z: ['d', 's'],
  // Hebrew bet: b or v; pe: p or f
  B: ['b', 'f'],
  K: ['k', 'h'],
  P: ['p', 'f'],
  // Latin ch: sh in French, tsh in English, kh in German and Italian k (Chirac, Charles, Tobruch)
  C: ['s', 'k', 'h'],
  // Persian چ, Russian ч, Serbian ћ: the tsh sound only, which keys class with sh (Chad = چاد = Чад, not Haiti)
  T: ['s'],
  // Cyrillic т before и: t, or the chi of Japanese names in Polivanov's Cyrillic (Утида Uchida, Мацукити
  // Matsukichi), a reading of that convention only, which costs more (see FOREIGN_READINGS in score/costs.ts)
  D: ['t', 's'],
  // Cyrillic дз: dz, a j sound the keys class with j (Georgian, Belarusian, Polish: Дзидзигури Dzidziguri), or
  // the z of Japanese names in Polivanov's Cyrillic (Судзуки Suzuki, Нодзака Nozaka), which costs more
  F: ['j', 's'],
  // Latin g before e/i: hard g, or j/zh (Angela, Bergeron)
  G: ['k', 'j'],
  // Latin j: j, the glide y (German, Slavic: Jan Ян, Jusuf يوسف), kh (Spanish), or nothing: a glide keys drop like a vowel
  X: ['j', 'y', 'h', ''],
  // Latin w inside a word: the consonant w or v first (Edward, Atwood, Gwen, Kowalski: Hebrew וו, Russian в, Arabic و
  // write it so), or the vowel u (Dawud, Daoud) — a written letter, unlike waw
  V: ['f', ''],
  // Russian г: g, or h in foreign names (Гиллель Hillel)
  Q: ['k', 'h'],
  // Cyrillic у before a vowel: the vowel u (Уэда Ueda, Мануэль Manuel) or the consonant w (Уильям William, Пауэлл
  // Powell), never the v Russian writes в: read as w inside a word, it is a vowel letter read as a consonant (Зауэр is
  // Sauer, not Zafer), except at a word's start opposite a Latin w (see weightedDistance). Also Latin u after q, which
  // may be unsaid (Quevedo Кеведо), the vowel u (Quang Куанг) or w (Quandt Квандт): see data/rules/phonetic.tsv
  U: ['', 'f'],
  // Latin initial y before e: the consonant y, or the glide of Russian е that other spellings leave out (Yeltsin, Eltsin)
  I: ['y', ''],
  // Cyrillic ю я after a letter: the glide y, written y (BGN) or i, or left out (Бюссон Busson, Мюллер Muller)
  M: ['y', ''],
  // Arabic final ح: the consonant h only, kept apart from Latin final h, which the keys drop as mostly unsaid (صالح Saleh)
  N: ['h'],
  // Hebrew ג' (gimel with geresh): j only, as Latin j, soft g and zh write it (ג'ון John, ג'ורג' George, ג'אנג Zhang)
  R: ['j'],
  // The nasal of Greek μπ and ντ inside a word: said and spelt there (mb, nd: Ζάμπια Zambia, Μπουρούντι Burundi), or not,
  // as Greek writes a foreign b or d so (Ομπάμα Obama, Μαντόνα Madonna). Not letters: every letter is taken.
  [NASAL_M]: ['m', ''],
  [NASAL_N]: ['n', ''],
  // Polish ą and ę write these nasals too, said after the vowel (Dąbrowski Домбровский, Wałęsa Валенса), and Czech ř
  // an r said with a zh, which other scripts write (Dvořák Дворжак) and a spelling without the mark leaves out (Dvorak):
  // see data/normalise/sounds.tsv
  [R_ZH]: ['j', ''],
  // The r row of katakana (ラ リ ル レ ロ) and hangul's ㄹ beginning a syllable, which write the r and the l of foreign
  // names alike (ラオス Laos, リベリア Liberia, ロシア Russia, 러시아 Russia): either, at a reading's cost
  [R_OR_L]: ['r', 'l'],
  // Pinyin's l (Chinese characters' syllables beginning with l): a Chinese name's l (李 Li, 刘 Liu), or the r or l of a
  // foreign name, which Chinese writes alike (特朗普 Trump, 罗马 Roma, 柏林 Berlin), shown l
  [L_OR_R]: ['l', 'r'],
  // Katakana ー, the long vowel mark: a long vowel, which Latin spellings of foreign names do not write (プーチン Putin), or
  // the vowel of an English name before an r English does not say, which Japanese writes long (スターマー Starmer,
  // マーガレット Margaret, サッチャー Thatcher, チャーチル Churchill). A German or Russian r is said, and written ル (メルケル
  // Merkel). Its '' is length, not a vowel (see SILENT_OR_CONSONANT in score/costs.ts)
  [LONG_MARK]: ['', 'r'],
  // Katakana's syllabic n ン before p, b or m: the m it is said there (トランプ Trump, ハンブルク Hamburg), or a foreign
  // spelling's n, which it writes alike (キャンベラ Canberra)
  [LABIAL_N]: ['m', 'n'],
  // After a syllabary word's last vowel, when that is katakana's アー or hangul's 어: the r of an English -er, -or, -ar, which
  // English does not say and Japanese and Korean write so (ミラー, 밀러 Miller; カーター, 카터 Carter); or nothing, a name
  // ending in a long or open vowel, less usual (Japanese and Korean write a final -a ア, 아: Mira ミラ)
  [FINAL_R]: ['r', ''],
  // The g of a Chinese syllable's final ng: said, a Chinese name's ng (王 Wang, 杨 Yang), or nothing, the n of a foreign
  // name, which Chinese writes with the ng of a syllable whose vowel is nearer its own (布朗 Brown, 桑德斯 Sanders, 伊朗 Iran)
  [NG_G]: ['k', ''],
  // A vowel a syllabary writes after a foreign consonant that has none, which Latin spellings leave out: hangul's ㅡ
  // (스미스 Smith), katakana's u after a consonant and o after t and d (スミス Smith, ストリート Street), Chinese 斯 si,
  // 克 ke, 特 te, 夫 fu… (史密斯 Smith, 默克尔 Merkel); or a vowel said there, any (ムスタファ Mustafa): see kanaAddedVowels, hangulMarked and hanMarked in transliterate/
  [ADDED_VOWEL]: [''],
  // Katakana チ: the tsh of chi (the class of sh, as T), or the t that older loanwords write with it (パレスチナ Palestina,
  // プーチン Putin, チュニジア Tunisia), a reading of that convention only, which costs more (see FOREIGN_READINGS in score/costs.ts)
  [TSH_OR_T]: ['s', 't'],
  // Before Cyrillic's initial э, which Russian writes for a foreign name's initial e: nothing, or the silent h of a Spanish,
  // French, Portuguese or Italian spelling (Эррера Herrera, Эрве Hervé, Эктор Héctor), which Russian leaves out where it
  // writes an English or German h (Хелен Helen, Херман Herman)
  [SILENT_H]: ['', 'h'],
  // The t of a ts (Latin ts, tz; Cyrillic ц, тс; Hebrew צ; Arabic تس): one sound with the s, as Russian ц (Tsipras
  // Ципрас, Moritz Мориц, Schulz Шульц), or a t said before it where a spelling writes two letters (Watson ווטסון ワトソン,
  // Roberts רוברטס). Its '' is the one sound, not a vowel (see SILENT_OR_CONSONANT in score/costs.ts)
  [OPTIONAL_T]: ['', 't'],
  // An l that a spelling writes and its speakers may not say: the l of Spanish ll, before the y it is said with
  // (data/rules/spanish.tsv), which Russian writes ль (Castillo Кастильо, Gallardo Гальярдо) and Hebrew and Arabic leave
  // out, as most Spanish speakers do (קסטיו, كاستيو Castillo; גאיארדו Gallardo); English walk's (data/rules/english.tsv),
  // which Russian writes or not (Walker Уолкер, Уокер; ווקר, ووكر). Its '' is silence, not a vowel (see SILENT_OR_CONSONANT
  // and gapCost in score/costs.ts)
  [OPTIONAL_L]: ['l', ''],
  // The l of the Arabic article before a sun letter (t, th, d, dh, r, z, s, sh, ṣ, ḍ, ṭ, ẓ, l, n), said as that letter
  // doubled and mostly so written in Latin (Nasr al-Din Nasreddine, Abd al-Rahman Abdurrahman, صلاح الدين Salahuddin),
  // which the codes fold into one: nothing, or the l that a spelling letter for letter writes (Salah al-Din). Only in a
  // name's codes in a row (see codesInARow in pipeline.ts), where the article meets the word it defines. Its '' is
  // silence, not a vowel (see SILENT_OR_CONSONANT in score/costs.ts)
  [ASSIMILATED_L]: ['', 'l'],
  // Arabic ث: the th of English thin, which Arab spellings write th or t (Othman, Thabit; Otman), or the s that Persian, Urdu
  // and Turkish say and write (Osman, Usman, Sabit, Soraya ثريا, Kausar كوثر, Haris حارث, Ghias غياث)
  [TH_OR_S]: ['t', 's'],
  // Arabic ض: the d (or dh) of Arab spellings (Ramadan, Fadl, Ridha), or the z of Persian, Urdu and Turkish ones (Reza رضا,
  // Ramazan, Riaz رياض, Hazrat حضرت, Zia ضياء), which Arab names with z write ز or ظ (Zaher is زاهر or ظاهر, Daher ضاهر)
  [D_OR_Z]: ['d', 's'],
  // An Arabic waw beside another vowel letter (وا, وي, او inside a word): two vowel letters in a row are mostly a glide and a
  // vowel, the waw the consonant w, or the v of Persian, Urdu and Turkish (جواد Jawad, Javad; موسوي Musawi, Mousavi; كاوه
  // Kaveh), but may be the u of a foreign ua, ui, au (لواندا Luanda, لويس Luis, باولو Paulo): the vowel first, the consonant
  // at less than a waw's elsewhere (see WAW_AS_CONSONANT in score/costs.ts)
  [WAW_BY_VOWEL]: ['', 'f'],
  // English gh after ou or au (data/rules/english.tsv): mostly silent (Broughton Бротон, Houghton Хотон, McCullough
  // Маккалло), or said f (Gough Гоф, Clough Клаф קלאף, McLaughlin Маклафлин), which the spelling does not tell. Its '' is
  // silence, not a vowel (see SILENT_OR_CONSONANT in score/costs.ts)
  [SILENT_OR_F]: ['', 'f'],
  // A word's first x before a vowel: the k of Greek and Latin names' ks, which Russian and Hebrew write (Xenophon Ксенофонт,
  // Xavier Ксавье קסבייה), or nothing, as English and Arabic say it z (زينيا Xenia, زافير Xaver) and pinyin, Catalan and
  // Uzbek an s, sh or kh (Xi Си, Xavi تشابي, Xorazm Хорезм): the sound after it is flex C. Its '' is silence, not a vowel.
  // Also Greek's first γ before ου and a vowel: the g said (Γουατεμάλα Guatemala), or nothing, the w of a foreign name
  // Greek writes γου (Γουίλσον Wilson, Γουόλτερ Walter)
  [OPTIONAL_K]: ['', 'k'],
  // A word's last consonant t or d, or the one before its final e (data/rules/phonetic.tsv): one consonant, as final
  // devoicing says it (Ahmet Ahmed, Murat Murad), costing as d; opposite an abjad's t also a t, at no cost: a Latin final e may
  // be said, and an abjad writes it, the t before a vowel letter (Dante دانتي, Monte מונטה; see ABJAD_SUBSTITUTION_TABLE
  // in score/costs.ts). An alphabet writes that e too, and keeps t and d apart before it (Одати is no Odate)
  [FINAL_T_OR_D]: ['d'],
  // Greek γ before ι and a vowel, said y (Γιάννης Giannis, Yiannis, Yannis; Γιώργος Giorgos, Yiorgos): Latin spellings
  // write it g or y
  [PALATAL_G]: ['k', 'y'],
  // …inside a word also nothing, as Latin spellings write it y, which the keys read as the vowel i between vowels
  // (Παναγιώτης Panayiotis, Μπακογιάννη Bakoyanni); its '' is silence, not a vowel (see SILENT_OR_CONSONANT in score/costs.ts)
  [INNER_PALATAL_G]: ['k', 'y', ''],
  // Hebrew ח, and a romanised Arabic or Hebrew name's final h read as said (Salah סלאח, Farah Фарах): the h or kh of ח ح х,
  // never a k, which Latin kh may be (K) but these are not (Suriah is no سراج, whose ج may be a g; נח is Noah, not Nick)
  [SAID_FINAL_H]: ['h'],
  // Katakana フ (without a small vowel after it: ファ, フィ… are a foreign f): Japanese has one syllable for fu and hu, said
  // between the two, so katakana writes a foreign name's hu, and its h before a consonant, with it as it writes f
  // (フセイン Hussein, フーバー Hoover, フンボルト Humboldt, アフマド Ahmad; フランス France, フォード Ford); Kunrei romanisation
  // writes it hu (Hukuda for Fukuda)
  [F_OR_H]: ['f', 'h'],
  // The ʌ or ə of a foreign name, which Latin spells with any vowel: the vowel of an English er, ur, ar or or before the r
  // English does not say, which katakana writes as its long a (アー: ミラー Miller, ターナー Turner, ウォーカー Walker; see
  // KANA_ER in transliterate/), and hangul's ㅓ (트럼프 Trump, 도널드 Donald, 밀러 Miller; see hangulMarked): any vowel alike,
  // a seat for one as an alif is, but without the a an alif prefers (Miller before Meara, Fischer 피셔 before Fisar)
  [SCHWA]: [''],
  // Pinyin's x (Chinese characters' syllables beginning with x): a Chinese name's flat sh (习 Xi, 徐 Xu), or a foreign
  // name's s or sh (西班牙 Spain, 悉尼 Sydney, 夏洛特 Charlotte), or its h before i and u, which Chinese writes with 希, 休, 欣
  // (希尔 Hill, 休斯 Hughes, 易卜拉欣 Ibrahim): Mandarin has no h before those vowels (Xinhua's transcription tables)
  [PINYIN_X]: ['s', 'h'],
  // Pinyin's q: the affricate tsh of a Chinese name (秦 Qin) or of a foreign one (切尔西 Chelsea, 丘吉尔 Churchill), or a
  // foreign j: Mandarin's affricates are told apart by breath, not voice, and Chinese writes a foreign j with q as with j
  // (乔治 George, 琼斯 Jones, 乔瓦尼 Giovanni)
  [PINYIN_Q]: ['s', 'j'],
  // The a of a Latin au (or eau): said in German, Spanish, Italian and romanised Arabic names (Paula Паула, Taufik Тауфик),
  // not in English and French ones, whose au is an o (Paul Пол, Claude Клод, Beaufort Бофор): a vowel that may be left out,
  // as an alif is, but a Latin letter, which an alif opposite it reads as it reads an a (لاو is Lao as much as Lau)
  [LATIN_AU_A]: [''],
};

/** The flex symbol of an abjad's alif (aleph): a seat for any vowel, a first (see FLEX_READINGS). */
export const ALIF = 'A';
/** The flex symbol of a vowel seat that prefers i: final ya, and an initial alif with hamza below (see FLEX_READINGS). */
export const I_SEAT = 'E';
/** The flex symbol of an initial ye, yo (Latin, and Russian е): a y glide that spellings writing e may leave out (Yeltsin, Eltsin). */
export const GLIDE_OF_YE = 'I';
/** The flex symbol of Latin j: j, Spanish kh, or the glide y (see FLEX_READINGS). */
export const LATIN_J = 'X';
/** The flex symbol of Cyrillic у before a vowel, and of Latin u after q: u, or w (see FLEX_READINGS). */
export const U_OR_W = 'U';

/**
 * Cyrillic э: e, or the a of English names, which Russian writes э (Гэвин Gavin, Кэлвин Calvin, Лэндон Landon).
 * A vowel of its own (score/costs.ts prices it: an a as free as an e, which costs a flex reading: Russian writes the
 * e of most names е, and э mostly for the a of English ones, Бэнд Band, Хэнд Hand).
 */
export const OPEN_E = 'L';
/** The vowel classes of a code (e and i are one class, o and u another). */
export const CODE_VOWELS = ['a', 'i', 'u', OPEN_E] as const;
const VOWELS = new Set<string>(CODE_VOWELS);
/** 1 at the character codes of the vowel classes */
const VOWEL_CODE = Uint8Array.from({ length: 128 }, (_, c) => (VOWELS.has(String.fromCharCode(c)) ? 1 : 0));

/** Whether a code symbol is one of the vowel classes (CODE_VOWELS). */
export function isCodeVowel(symbol: string): boolean {
  const c = symbol.charCodeAt(0);
  return c < 128 && VOWEL_CODE[c] === 1;
}
/** FLEX_READINGS by character code */
const FLEX_BY_CODE = Array.from({ length: 128 }, (_, c) => FLEX_READINGS[String.fromCharCode(c)]);

/**
 * Code symbols that skeletons write as another, so that keys find both spellings and the scorer tells them apart:
 *  - the glide y (Yusuf, Юсуф, يوسف) as j (John, Джон, جون): a transliteration may spell either where the other is
 *    meant (Latin j is both);
 *  - p as b, t as d: Arabic has no p (ب writes both), so a Latin spelling may write either (Parly, Barley), and
 *    languages differ in t and d (Trinidad, Trinité); the alphabets that write both tell them apart (Пагсли Pugsley,
 *    not Baxley; פרד Fred, not Bird), and so does the scorer (VOICING_CHANGE in score/costs.ts).
 */
const SKELETON_FOLDS: Readonly<Record<string, string>> = { y: 'j', p: 'b', t: 'd' };
const skeletonSymbol = (symbol: string): string => SKELETON_FOLDS[symbol] ?? symbol;
/** FLEX_BY_CODE as skeletons read them: the folds above, a reading that repeats an earlier one dropped. */
const SKELETON_READINGS_BY_CODE = FLEX_BY_CODE.map((readings) => (readings ? [...new Set(readings.map(skeletonSymbol))] : undefined));

/**
 * A final -s (with its vowel): silent in French (Yves = Ив), a Latin or Greek case ending that
 * Russian and Arabic drop (Darius = Дарий, Bibulus = Бибул). Scored at a small cost, and keyed.
 */
export const S_ENDING = new RegExp(`[${CODE_VOWELS.join('')}]?s$`);
const MAX_SKELETONS = 4;
const codeCache = new Map<string, string>();

/**
 * Phonetic code of a transliterated (marked) word. Memoised: words repeat a lot. `latin`: the word is written in Latin
 * letters, whose two-way spellings (rules/latin-spelling.tsv) are read first; another script's Latin form says what it
 * writes (Пауль paul).
 */
export function phoneticCode(marked: string, latin = false): string {
  const key = latin ? LATIN_KEY + marked : marked;
  const hit = codeCache.get(key);
  if (hit !== undefined) return hit;
  const code = uncachedPhoneticCode(marked, latin);
  if (codeCache.size > 20_000) codeCache.clear();
  codeCache.set(key, code);
  return code;
}

/** phoneticCode's memo key of a Latin word (never in another script's marked form, which is letters and flex symbols). */
const LATIN_KEY = '\u0001';
/**
 * Flex symbols only rules/latin-spelling.tsv writes: a romanisation may write the character (any-ascii's - in Tibetan), which
 * is then no symbol of a code.
 */
const LATIN_SPELLING_FLEX = new Set([LATIN_AU_A]);

/** Everything but letters, digits, the flex symbols that are not letters and the letter boundary (see uncachedPhoneticCode). */
const NOT_IN_A_CODE = new RegExp(`[^a-zA-Z0-9${[LETTER_BOUNDARY, ...Object.keys(FLEX_READINGS).filter((flex) => !/[A-Za-z]/.test(flex) && !LATIN_SPELLING_FLEX.has(flex))].map((ch) => '\\' + ch).join('')}]`, 'g');

/** phoneticCode without the memo, for a word's readings aloud (see spokenReadings): memoised with their word's keys. */
export function uncachedPhoneticCode(marked: string, latin = false): string {
  // Digits and letters only: apostrophes from romanised ayn/hamza are dropped, flex symbols (', +, *…) are kept, and
  // so is the boundary between an abjad word's letters until the rules have run (see transliterate/).
  let code = marked.replace(NOT_IN_A_CODE, '');
  if (latin) for (const rule of linguistics().latinSpellingRules) code = code.replace(rule.pattern, rule.replacement);
  const rules = linguistics().phoneticRules;
  const needs = literalsOf(rules);
  let present = letterMask(code);
  for (let i = 0; i < rules.length; i++) {
    // (a rule whose letters are absent cannot match: a mask test, then a substring test, are far cheaper than a regex pass)
    const literal = needs[i];
    if ((neededMasks[i]! & ~present) !== 0 || (someMasks[i]! !== 0 && (someMasks[i]! & present) === 0)) continue;
    if (literal && !code.includes(literal)) continue;
    const replaced = code.replace(rules[i]!.pattern, rules[i]!.replacement);
    if (replaced !== code) present = letterMask((code = replaced));
  }
  return code.replaceAll(LETTER_BOUNDARY, '');
}

/**
 * The characters of a text as bits of one integer (character code mod 32: a and A share a bit): a rule
 * needing a character whose bit is clear cannot match. Most rules are skipped so, without a substring search.
 */
function letterMask(text: string): number {
  let mask = 0;
  for (let i = 0; i < text.length; i++) mask |= 1 << (text.charCodeAt(i) & 31);
  return mask;
}

/** A word's code as one language's spelling reads it aloud (see spokenReadings). */
export interface SpokenReading {
  language: SpokenLanguage;
  /** the word as the reading spells it (Тикамацу: chikamatsu), lowercase Latin */
  spelling: string;
  code: string;
}

/**
 * The codes of a word read aloud in the spellings of SPOKEN_LANGUAGES that write its script: a Latin word
 * as French, English, Italian… (Garnier → garnie, Valentine → valentain; data/rules/french.tsv, english.tsv…),
 * a Cyrillic word as the Japanese or Chinese name Russian writes so (Тикамацу → chikamatsu; japanese.tsv), a Greek word
 * as ELOT 743 spells it (Λαμπράκης → lamprakis; elot.tsv).
 * One per language whose "mark" rules match the word (`written`: a Latin word's marked form, another
 * script's normalised text) and whose reading gives another code. Other scripts write such names as they sound.
 */
export function spokenReadings(script: string, written: string, code: string): SpokenReading[] {
  const out: SpokenReading[] = [];
  for (const { language, marks, rules } of readersOf(script)) {
    if (!marks.test(written)) continue;
    let spoken = written;
    for (const rule of rules) spoken = spoken.replace(rule.pattern, rule.replacement);
    // (rows may write only the letters the spelling writes otherwise, ELOT's mp: the script's table reads the rest)
    if (script !== 'Latin' && NOT_ASCII.test(spoken)) spoken = markedAs(script, spoken);
    const reading = uncachedPhoneticCode(spoken);
    if (reading !== code && reading !== '' && !out.some((r) => r.code === reading)) out.push({ language, spelling: readable(spoken), code: reading });
  }
  return out;
}

const NOT_ASCII = /[^\x00-\x7f]/;

interface Reader {
  language: SpokenLanguage;
  /** the language's "mark" rows as one pattern: every word of the table is tested against them */
  marks: RegExp;
  rules: readonly PhoneticRule[];
}

let readers: Map<string, Reader[]> | undefined;

/** The spellings that read words of a script, each with its marks joined into one pattern (built once). */
function readersOf(script: string): readonly Reader[] {
  if (!readers) {
    readers = new Map();
    const tables = linguistics().readingRules;
    for (const [language, readScript] of Object.entries(SPOKEN_LANGUAGES) as [SpokenLanguage, string][]) {
      const rules = tables[language];
      // (the loader refuses back-references in mark rows: joining would renumber them)
      const marks = new RegExp(rules.filter((rule) => rule.marks).map((rule) => `(?:${rule.pattern.source})`).join('|'));
      readers.set(readScript, [...(readers.get(readScript) ?? []), { language, marks, rules }]);
    }
  }
  return readers.get(script) ?? [];
}

let literalsFor: readonly PhoneticRule[] | undefined;
let literals: (string | null)[] = [];
/** per rule, the letterMask of the letters every match holds, and of those one of which it holds (0: none) */
let neededMasks = new Int32Array(0);
let someMasks = new Int32Array(0);

/**
 * Per rule, letters every match of it contains, when its pattern is plain letters up to anchors, lookarounds
 * and one optional first letter (kh$, ^y(?=[aiu]), t?sch); null when it is not (the rule always runs).
 */
function literalsOf(rules: readonly PhoneticRule[]): (string | null)[] {
  if (literalsFor === rules) return literals;
  const letters = rules.map((rule) => (rule.pattern.ignoreCase ? undefined : requiredLetters(rule.pattern.source)));
  literals = letters.map(literalOf);
  neededMasks = Int32Array.from(letters, (l) => (l ? letterMask(l.every) : 0));
  someMasks = Int32Array.from(letters, (l) => (l ? letterMask(l.some) : 0));
  literalsFor = rules;
  return literals;
}

/** A pattern's core: anchors, lookarounds and an optional first letter taken off (they match no letter a match must hold). */
function patternCore(source: string): string {
  return source.replace(/^\^/, '').replace(/\$$/, '').replace(/\(\?<?[=!][^()]*\)/g, '').replace(/^[a-zA-Z]\?/, '');
}

export function requiredLiteral(source: string): string | null {
  return literalOf(requiredLetters(source));
}

/** The letters as one substring every match holds: when there is no character class between them. */
function literalOf(letters: { every: string; some: string } | undefined): string | null {
  return letters && letters.some === '' ? letters.every : null;
}

/**
 * The letters every match of a pattern holds (`every`), and those one of which it holds (`some`: a character
 * class), when its core is plain letters around at most one class (t[sz], [qcg]); undefined when it is not.
 */
export function requiredLetters(source: string): { every: string; some: string } | undefined {
  const core = patternCore(source);
  if (/^[a-zA-Z']+$/.test(core)) return { every: core, some: '' };
  const withClass = /^([a-zA-Z']*)\[([a-zA-Z']+)\]([a-zA-Z']*)$/.exec(core);
  return withClass ? { every: withClass[1]! + withClass[3]!, some: withClass[2]! } : undefined;
}

/**
 * Consonant skeletons of a code: vowels dropped, flex symbols expanded into their readings
 * ('' = the symbol may be a vowel or glide and drops out).
 */
const skeletonCache = new Map<string, string[]>();

export function skeletons(code: string): string[] {
  const hit = skeletonCache.get(code);
  if (hit) return hit;
  const result = skeletonsUncached(code);
  if (skeletonCache.size > 20_000) skeletonCache.clear();
  skeletonCache.set(code, result);
  return result;
}

/**
 * How unlikely reading k of a symbol is: 0 for its first reading; 1 for another reading of a consonant (ب as b or
 * f, פ as p or f); 3 for a vowel letter read as a consonant (و as w, י as y), rarer still (see FLEX_CONSONANT_READING
 * in score/costs.ts), and rarer than two consonants read their other way: פיליפ keeps Philip's f-l-p before readings
 * with a y in them, and רביב Raviv's r-v-v.
 */
function readingRank(readings: readonly string[], k: number): number {
  return k === 0 ? 0 : readings[0] === '' ? 3 : 1;
}

/** The lowest of `ranks` above `rank` (there is one: fewer than the most wanted were kept up to `rank`). */
function nextRankAbove(ranks: readonly number[], rank: number): number {
  let next = Infinity;
  for (const r of ranks) if (r > rank && r < next) next = r;
  return next;
}

/**
 * Flex symbols whose reading is a spelling convention, so one reading all through a word: Cyrillic ю я after a
 * letter (M) are written y all through (BGN: Тютюнник Tyutyunnik) or left out all through, as the foreign names Russian
 * writes so say them (Мянтюля Mäntylä, Хямяляйнен Hämäläinen). A word with two or more gets the skeletons of each
 * reading taken all through, first; those mixing readings would push the one that leaves every glide out past MAX_SKELETONS.
 */
const WORD_CONVENTIONS = ['M'] as const;

/**
 * Whether a code may be all vowels: each symbol a vowel or a flex symbol that may be one (an alif, waw or ya), so one
 * of its skeletons is empty (Aya, آية, Oya). A word of consonants only (Blsm) has its code for a skeleton too, but a
 * consonant skeleton of its own.
 */
export function mayBeVowelsOnly(code: string): boolean {
  for (let i = 0; i < code.length; i++) {
    const c = code.charCodeAt(i);
    if (c < 128 && VOWEL_CODE[c]) continue;
    const readings = c < 128 ? SKELETON_READINGS_BY_CODE[c] : FLEX_READINGS[skeletonSymbol(code[i]!)];
    if (!readings?.includes('')) return false;
  }
  return true;
}

/** skeletons without the memo, for whole names: they rarely repeat, and would only push words out. */
export function skeletonsUncached(code: string, most = MAX_SKELETONS): string[] {
  for (const symbol of WORD_CONVENTIONS) {
    const first = code.indexOf(symbol);
    if (first >= 0 && code.indexOf(symbol, first + 1) >= 0) return interleaved(FLEX_READINGS[symbol]!.map((reading) => readingSkeletons(code.replaceAll(symbol, reading), most)), most);
  }
  return readingSkeletons(code, most);
}

/**
 * A word's less likely skeletons: those past the MAX_SKELETONS its keys hold, up to MORE_SKELETONS (a word with many
 * flex symbols reads many ways: דוידוביץ' has five, and Davidovich's d-v-d-v-ch reads both its waws as v, which the
 * likeliest four do not). For a query word whose keys found nothing close: a table word's keys are the likeliest.
 */
export function lessLikelySkeletons(code: string): string[] {
  const likeliest = skeletons(code);
  return skeletonsUncached(code, MORE_SKELETONS).filter((skeleton) => !likeliest.includes(skeleton));
}
const MORE_SKELETONS = 16;

/** The first of each list, then the second of each…, each skeleton once, at most `most`. */
function interleaved(lists: readonly string[][], most: number): string[] {
  const out: string[] = [];
  for (let k = 0; out.length < most && lists.some((list) => k < list.length); k++) {
    for (const list of lists) if (k < list.length && out.length < most && !out.includes(list[k]!)) out.push(list[k]!);
  }
  return out;
}

function readingSkeletons(code: string, most: number): string[] {
  let variants = [''];
  // per variant, how many later readings it took (0: each symbol's first reading)
  let ranks = [0];
  for (let i = 0; i < code.length; i++) {
    const c = code.charCodeAt(i);
    // (codes are ASCII: tables by character code, not a set and a record looked up by string, on this hot path)
    if (c < 128 && VOWEL_CODE[c]) continue;
    const ch = skeletonSymbol(code[i]!);
    // Vowel-like flex symbols (alif, waw, ya) drop out of the first skeleton; their consonant readings come second.
    const readings = c < 128 ? SKELETON_READINGS_BY_CODE[c] : FLEX_READINGS[ch];
    if (!readings && variants.length === 1) {
      // (the usual case: one skeleton, one plain consonant, which a doubled letter folds into)
      const prefix = variants[0]!;
      if (prefix[prefix.length - 1] !== ch) variants[0] = prefix + ch;
      continue;
    }
    const options = readings ?? [ch];
    const next: string[] = [];
    const nextRanks: number[] = [];
    for (let v = 0; v < variants.length; v++) {
      const prefix = variants[v]!;
      for (let k = 0; k < options.length; k++) {
        const candidate = prefix.endsWith(options[k]!) ? prefix : prefix + options[k]!; // doubled after folding
        const rank = ranks[v]! + readingRank(options, k);
        const at = next.indexOf(candidate);
        if (at < 0) {
          next.push(candidate);
          nextRanks.push(rank);
        } else nextRanks[at] = Math.min(nextRanks[at]!, rank);
      }
    }
    variants = next;
    ranks = nextRanks;
    if (next.length > most) {
      // Past `most`, the likeliest are kept: those taking the fewest and likeliest later readings of their
      // symbols (readingRank; in the order found among equals). Cutting in the order found would keep every reading
      // of the first symbol and none of the second's (פביאן: pb, pbj, bf, bfj, and never the f-b of Fabian).
      variants = [];
      ranks = [];
      // (rank by rank, lowest first: ranks are a few small integers, and a sort would allocate on a hot path)
      for (let rank = 0; variants.length < most; rank = nextRankAbove(nextRanks, rank)) {
        for (let k = 0; k < next.length && variants.length < most; k++) {
          if (nextRanks[k] !== rank) continue;
          variants.push(next[k]!);
          ranks.push(rank);
        }
      }
    }
  }
  // An all-vowel token ("ai") still needs a key: use its code.
  return variants.map((v) => v || code);
}
