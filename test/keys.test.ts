import { describe, expect, it } from 'vitest';
import { addNameGroups, linguistics, loadPatronymicEnding, loadPinyinSyllables, loadPlaceWords, loadReadingRules, loadSoundLetters, loadWrittenRules, SOUND_CLASS_NAMES, SOUND_CLASSES } from '../src/data/linguistic.js';
import { asOtherScriptsWrite, dividesIntoSyllables, soundsOf } from '../src/score/index.js';
import { analyseName, isNearKey, isReplacedKey, nameKeys, queryNameKeys, sortedWords, spellingKeys, tokenKeys } from '../src/pipeline.js';
import { damerauLevenshteinWithin } from '../src/vendor/talisman.js';
import { FINAL_T_OR_D, mayBeVowelsOnly, phoneticCode, requiredLetters, requiredLiteral, skeletons } from '../src/keys/index.js';
import fc from 'fast-check';
import { normaliseText } from '../src/normalise/index.js';
import { readFileSync } from 'node:fs';
import { createResolver } from '../src/index.js';
import { affricatesMarked, transliterateWord } from '../src/transliterate/index.js';
import { differentNames, draftTable, itRanksFirst, rankedFirst, sameNames } from './helpers.js';

const skeletonsOf = (name: string) => analyseName(name).core.flatMap((t) => t.skeletons);
const keysOf = (name: string) => {
  const analysed = analyseName(name);
  return [...analysed.core.flatMap(tokenKeys), ...(analysed.glued ?? []).flatMap(tokenKeys), ...nameKeys(analysed)];
};
// (near and replaced keys are one consonant off: a query looks them up last, when nothing closer is found)
const exactKeys = (name: string) => keysOf(name).filter((k) => !isNearKey(k) && !isReplacedKey(k));
const shareKey = (a: string, b: string) => exactKeys(a).some((k) => exactKeys(b).includes(k));
/** The word keys two one-word names share. */
const shared = (a: string, b: string): string[] => {
  const other = tokenKeys(analyseName(b).tokens[0]!);
  return tokenKeys(analyseName(a).tokens[0]!).filter((key) => other.includes(key));
};
const blank = createResolver({ entities: [] });

describe('keys', () => {
  // Each equivalence class exists for a variant pair: the pair must get one consonant key.
  for (const rule of linguistics().phoneticRules) {
    it(`rule ${rule.pattern.source} → "${rule.replacement}" unites ${rule.example[0]} and ${rule.example[1]}`, () => {
      const [a, b] = rule.example;
      expect(skeletonsOf(a).some((s) => skeletonsOf(b).includes(s))).toBe(true);
    });
  }

  // A Latin two-way spelling exists for a pair whose other spelling reads it one way: the pair must match.
  for (const rule of linguistics().latinSpellingRules) {
    it(`Latin spelling ${rule.pattern.source} → "${rule.replacement}" makes ${rule.example[0]} meet ${rule.example[1]}`, () => {
      const [a, b] = rule.example;
      expect(blank.compare(a, b).match).toBe(true);
    });
  }

  it("reads a Latin au as the o of English and French names, or as the au it writes (rules/latin-spelling.tsv)", () => {
    for (const [latin, cyrillic] of [['Paul', 'Пол'], ['Claude', 'Клод'], ['Dauphin', 'Дофин'], ['Beaufort', 'Бофорт']]) expect(blank.compare(latin, cyrillic).match, latin).toBe(true);
    for (const [latin, cyrillic] of [['Paula', 'Паула'], ['Mauricio', 'Маурисио'], ['Strauss', 'Штраус']]) expect(blank.compare(latin, cyrillic).score, latin).toBeGreaterThan(0.95);
  });

  it("reads the two ways into a Latin word's code only: another script's Latin form says what it writes", () => {
    expect(analyseName('Paul').tokens[0]!.code).not.toBe(analyseName('Пауль').tokens[0]!.code);
    expect(analyseName('Пауль').tokens[0]!.code).toBe(phoneticCode('paul'));
    // (any-ascii writes a Tibetan word's syllables apart with a hyphen: no symbol of a code)
    expect(analyseName('ཨསྟྲེ་ལི་ཡ།').tokens[0]!.code).not.toContain('-');
  });

  it('compares two Latin spellings on the au both write: Sudan is no Saudi, Paul no Pol', () => {
    expect(blank.compare('Sudan', 'Saudi').score).toBeLessThan(0.7);
    expect(blank.compare('Paul', 'Pol').match).toBe(false);
  });

  it("reads Hebrew ג' (gimel with geresh) as j only, never the hard g of ג", () => {
    expect(blank.compare("ג'ק", 'Jack').match).toBe(true);
    expect(blank.compare("ג'אנג", 'Zhang').match).toBe(true);
    expect(blank.compare("ג'ק", 'Kook').match).toBe(false);
    expect(blank.compare("ג'אנג", 'Kang').match).toBe(false);
    expect(blank.compare('גאנג', 'Kang').match).toBe(true);
  });

  it('tells k from g in the scripts of South Asia, Georgian and Ethiopic, which write them apart', () => {
    // ଗୁଏନେଆ is Guinea in Odia, ኬሮና a made-up Kerona in Ethiopic
    expect(blank.compare('Kenya', 'ଗୁଏନେଆ').score).toBeLessThan(blank.compare('Guinea', 'ଗୁଏନେଆ').score - 0.05);
    expect(blank.compare('Kenya', 'କେନିଆ').match).toBe(true);
    expect(blank.compare('Gerona', 'ኬሮና').score).toBeLessThan(blank.compare('Kerona', 'ኬሮና').score - 0.05);
    expect(blank.compare('Kiorki', 'გიორგი').score).toBeLessThan(blank.compare('Giorgi', 'გიორგი').score - 0.05);
  });

  it('keeps a Hebrew t and s letter apart (Hebrew writes ts as צ), but lets Arabic ت and س be ts', () => {
    expect(skeletonsOf('טסה')).toEqual(skeletonsOf('Tessa'));
    expect(skeletonsOf('צביקה')).toContain(skeletonsOf('Tsvika')[0]);
    expect(skeletonsOf('تسيبراس')).toContain(skeletonsOf('Tsipras')[0]);
  });

  it('reads a written ts as one sound (Russian ц), so Latin ts and ц spell a name alike', () => {
    expect(blank.compare('Tsipras', 'Ципрас').score).toBeGreaterThanOrEqual(0.98);
  });

  it('weighs nothing for the t of a ts, which read as nothing is no vowel: a ts word is no closer to a short one for it', () => {
    expect(blank.compare('جويس', 'Götz').score).toBeLessThan(blank.compare('جويس', 'Joyce').score);
    // (Akas, not Akos: an o an abjad leaves out costs more than an a, see UNWRITTEN_ROUND_VOWEL)
    expect(blank.compare('Katz', 'إكس').score).toBeLessThan(blank.compare('Akas', 'إكس').score);
  });

  it.each([
    ['Haftar', 'Hifter'],
    ['Haftar', 'حفتر'],
    ['Haftar', 'Хафтар'],
    ['Boukadoum', 'Bougadoum'],
    ['Boukadoum', 'بوقادوم'],
    ['Dzhabarov', 'Dzabarov'],
    ['Dzhabarov', 'جباروف'],
    ['Gaddafi', 'Qaddafi'],
    ['Gaddafi', 'Kadhafi'],
    ['Gaddafi', 'القذافي'],
    ['Le Drian', 'Ludrian'],
    ['Le Drian', 'LeDrian'],
    ['Al-Jufra', 'Al-Jafra'],
    ['Al-Watiya', 'Al-Wattia'],
    ['Tarhuna', 'Tarhunah'],
    ['Guterres', 'غوتيريش'],
    // French ou before a vowel is w
    ['Ouargla', 'ورقلة'],
    ['Ouattara', 'Wattara'],
    ['Marouane', 'Marwan'],
  ])('%s and %s share a key', (a, b) => {
    expect(shareKey(a, b)).toBe(true);
  });

  it.each([
    ['Boston', 'Bolton'],
    ['Ahmed', 'Mahmoud'],
    ['Gent', 'Genk'],
  ])('%s and %s share no key', (a, b) => {
    expect(shareKey(a, b)).toBe(false);
  });

  it('two flex symbols meeting on a reading usual to neither are a stretch (Latin j as kh, Russian г as h: Japan is not Габон)', () => {
    expect(blank.compare('Japan', 'Габон').match).toBe(false);
    expect(blank.compare('Juan', 'Хуан').match).toBe(true);
    expect(blank.compare('Hillel', 'Гиллель').match).toBe(true);
  });

  it('two vowel letters both read as vowels must write the same vowel (waw is u, the glide of Latin j is y)', () => {
    const hao = blank.compare('هاو', 'Hao').score;
    expect(blank.compare('هاو', 'Haj').score).toBeLessThan(hao - 0.05);
    expect(blank.compare('كوي', 'Koji').score).toBeLessThan(blank.compare('كوي', 'Cui').score - 0.05);
    // a Latin glide is a written letter: not even ayin, which takes any vowel, is one
    expect(blank.compare('רועה', 'Rojo').score).toBeLessThan(blank.compare('רועה', 'Roeh').score - 0.03);
  });

  it('a waw or yod that the other spelling leaves out costs more than a left-out alef: the waw writes the vowel (אולין Olin, not Alen; بوش Bush, not Bash)', () => {
    expect(blank.compare('אולין', 'Olin').score).toBeGreaterThan(blank.compare('אולין', 'Alen').score + 0.03);
    expect(blank.compare('بوش', 'Bush').score).toBeGreaterThan(blank.compare('بوش', 'Bash').score + 0.03);
  });

  it('the string tie-breaker reads a Hebrew yod and vav inside a word as the vowels i and o a Latin spelling writes', () => {
    const lionel = createResolver({ entities: ['Leonel', 'Lionel', 'Muren', 'Moran'].map((name, i) => ({ id: `p${i}`, name, type: 'person' as const })) });
    expect(lionel.resolve('ליונל', { limit: 2 }).candidates.map((c) => c.name)).toEqual(['Lionel', 'Leonel']);
    expect(lionel.resolve('מורן', { limit: 2 }).candidates.map((c) => c.name)).toEqual(['Moran', 'Muren']);
  });

  it('…and a Cyrillic initial у before a vowel as the w of an English name', () => {
    const weller = createResolver({ entities: ['Feller', 'Weller'].map((name, i) => ({ id: `p${i}`, name, type: 'person' as const })) });
    expect(weller.resolve('Уэллер', { limit: 2 }).candidates.map((c) => c.name)).toEqual(['Weller', 'Feller']);
  });

  it("a Latin word's final e, silent in French and English, costs little opposite another alphabet, which writes what is said", () => {
    expect(blank.compare('Аделл', 'Adelle').score).toBeGreaterThan(0.92);
    expect(blank.compare('Анж', 'Ange').match).toBe(true);
    expect(blank.compare('Амбруаз', 'Ambroise').match).toBe(true);
    // between two Latin spellings it is a vowel left out, as before
    expect(blank.compare('Marin', 'Marine').score).toBeLessThan(blank.compare('Марин', 'Marine').score - 0.05);
  });

  it('an initial alif (aleph) seats whatever vowel begins the word; a later one writes a', () => {
    const ebert = blank.compare('אברט', 'Ebert').score;
    expect(ebert).toBeGreaterThan(0.95);
    expect(Math.abs(ebert - blank.compare('אברט', 'Abert').score)).toBeLessThan(0.01);
    expect(blank.compare('אסתר', 'Ester').score).toBeGreaterThan(0.95);
    // inside the word the alif is the long a
    expect(blank.compare('بابان', 'Baban').score).toBeGreaterThan(blank.compare('بابان', 'Baben').score + 0.02);
  });

  it('a final he after a double yod (ya) marks a vowel that may be unsaid, as in French -ier (אוליבייה Olivier, ديدييه Didier)', () => {
    expect(blank.compare('דידייה', 'Didier').match).toBe(true);
    expect(blank.compare('אוליבייה', 'Olivier').match).toBe(true);
    expect(blank.compare('עלייה', 'Aliya').match).toBe(true);
    // Arabic writes French -ier so too
    expect(blank.compare('ديدييه', 'Didier').match).toBe(true);
  });

  it('an initial ye, yo glide is a consonant an abjad writes, which an alif leaves out (אורי Uri before Youri)', () => {
    expect(blank.compare('אורי', 'Ury').score).toBeGreaterThan(blank.compare('אורי', 'Youri').score);
    expect(blank.compare('אורי', 'Youri').score).toBeLessThan(0.9);
    // written as a yod, the glide matches
    expect(blank.compare('יורם', 'Yoram').match).toBe(true);
    expect(blank.compare('ילצין', 'Yeltsin').match).toBe(true);
    // Russian е at a word's start is that glide too, which a spelling writing e leaves out
    expect(blank.compare('Ельцин', 'ילצין').match).toBe(true);
    expect(blank.compare('Ельцин', 'Eltsin').match).toBe(true);
  });

  it('an alif with hamza below seats an i or e, not the a of a bare alif (إليس Ellis before Aloys; also after the article: الإمارات)', () => {
    expect(blank.compare('إليس', 'Ellis').score).toBeGreaterThan(blank.compare('إليس', 'Aloys').score);
    // a bare initial alif seats any vowel: the hamza below is what rules the a out
    expect(blank.compare('اليس', 'Aloys').score).toBeGreaterThan(blank.compare('إليس', 'Aloys').score);
    const [, emirates] = analyseName('الإمارات').tokens;
    expect(emirates!.marked.startsWith('E')).toBe(true);
    // the Latin form (exact keys) is as normalise folds it, hamza or not
    expect(analyseName('إليس').exactKey).toBe(analyseName('اليس').exactKey);
  });

  it('an alif with hamza above before a ya writes the a of the diphthong ay, not a seat for the i a bare alif there mostly seats (أيمن Ayman before Iman); an alif with madda a long a (آية Aya)', () => {
    expect(blank.compare('أيمن', 'Ayman').score).toBeGreaterThan(blank.compare('أيمن', 'Iman').score + 0.1);
    expect(analyseName('الأيوبي').tokens.at(-1)!.marked.startsWith('a')).toBe(true);
    // bare, it seats the ya's i
    expect(blank.compare('ايمن', 'Iman').score).toBeGreaterThan(blank.compare('ايمن', 'Ayman').score);
    expect(analyseName('أيمن').exactKey).toBe(analyseName('ايمن').exactKey);
    // with madda it is a long a, whatever follows (a in 32 of the 34 Arabic pairs beginning so)
    expect(blank.compare('آية', 'Aya').score).toBeGreaterThan(blank.compare('آية', 'Iya').score + 0.1);
  });

  it('a final ha after a ya that is no ta marbuta marks the ya as the last vowel, a French é, -et (توريه Touré, مونيه Monet), not the -iya of the ta marbuta normalise folds into it (تورية Touriya)', () => {
    expect(blank.compare('توريه', 'Touré').score).toBeGreaterThan(blank.compare('توريه', 'Touriya').score + 0.05);
    expect(blank.compare('مونيه', 'Monet').score).toBeGreaterThan(blank.compare('مونيه', 'Monia').score + 0.05);
    // with the article too
    expect(blank.compare('الموليه', 'Mollet').score).toBeGreaterThan(blank.compare('الموليه', 'Moulaye').score);
    // written with ta marbuta, the ending is the -iya it was
    expect(blank.compare('تورية', 'Touriya').score).toBeGreaterThan(blank.compare('تورية', 'Touré').score + 0.05);
    // a Persian ya is left as it is; the Latin form (exact keys) is as normalise folds it
    expect(analyseName('مرضیه').tokens[0]!.marked).toBe(analyseName('مرضية').tokens[0]!.marked);
    expect(analyseName('توريه').exactKey).toBe(analyseName('تورية').exactKey);
  });

  it('a final alif maqsura is an a, as a final alif, not the i of the final ya normalise folds it into (نجوى Najwa, هدى Huda; علي Ali)', () => {
    expect(blank.compare('نجوى', 'Najwa').score).toBeGreaterThan(blank.compare('نجوى', 'Ngoyi').score + 0.02);
    expect(blank.compare('هدى', 'Huda').score).toBeGreaterThan(blank.compare('هدى', 'Jade').score + 0.02);
    expect(blank.compare('موسى', 'Musa').score).toBeGreaterThan(blank.compare('موسى', 'Musi').score);
    // a final ya stays i first
    expect(blank.compare('علي', 'Ali').score).toBeGreaterThan(blank.compare('علي', 'Ala').score);
    expect(analyseName('هدى').exactKey).toBe(analyseName('هدي').exactKey);
    // Uyghur writes the vowel i ى anywhere in a word
    expect(blank.compare('ئۈرۈمچى', 'Urumchi').score).toBeGreaterThan(blank.compare('ئۈرۈمچى', 'Urumcha').score);
  });

  it("an abjad word's initial alif writes a vowel that a spelling beginning with a consonant leaves out (أكونيا Acuña, not Cunha), unless it seats the next letter's vowel or a prosthetic one", () => {
    expect(blank.compare('أكونيا', 'Acuña').score).toBeGreaterThan(blank.compare('أكونيا', 'Cunha').score + 0.05);
    // a seat for the waw's o; the vowel Arabic says before an initial s and consonant (Stratford, whose o is written:
    // اسكتلندا Scotland's is not, and costs a little more than an a, see UNWRITTEN_ROUND_VOWEL)
    expect(blank.compare('אולין', 'Olin').match).toBe(true);
    expect(blank.compare('استراتفورد', 'Stratford').match).toBe(true);
    expect(blank.compare('اسكتلندا', 'Scotland').score).toBeGreaterThan(blank.compare('اكتلندا', 'Cotland').score + 0.05);
  });

  it('an initial alif before a waw or yod writes no vowel of its own: the word begins with o or u, i or e, not a and u, a and i (أودا Oda before Auda, אורי Uri before Auri, איתן Itan before Aitan)', () => {
    expect(blank.compare('أودا', 'Oda').score).toBeGreaterThan(blank.compare('أودا', 'Auda').score);
    expect(blank.compare('אורי', 'Uri').score).toBeGreaterThan(blank.compare('אורי', 'Auri').score);
    expect(blank.compare('איתן', 'Itan').score).toBeGreaterThan(blank.compare('איתן', 'Aitan').score);
    // with hamza below too: it seats the ya's i or e
    expect(blank.compare('إيمان', 'Iman').score).toBeGreaterThan(blank.compare('إيمان', 'Ayman').score);
  });

  it('Cyrillic э reads e, or the a of English names that Russian writes э', () => {
    expect(blank.compare('Кэлвин', 'Calvin').match).toBe(true);
    expect(blank.compare('Лэндон', 'Landon').match).toBe(true);
    expect(blank.compare('Эрик', 'Eric').match).toBe(true);
    // after a consonant э reads a first (the e it is shown as is not its spelling, nor a Latin e identical), then e, then o
    expect(blank.compare('Брэнт', 'Brant').score).toBeGreaterThan(blank.compare('Брэнт', 'Brent').score);
    expect(blank.compare('Брэндон', 'Brandon').score).toBeGreaterThan(blank.compare('Брэндон', 'Brendon').score);
    expect(blank.compare('Брэндон', 'Brendon').explanation.pairs[0]?.evidence).not.toBe('identical');
    expect(blank.compare('Брэнт', 'Brent').match).toBe(true);
    expect(blank.compare('Брэнт', 'Brent').score).toBeGreaterThan(blank.compare('Брэнт', 'Bront').score);
    // at a word's end it is the e of a Japanese name in Polivanov's Cyrillic (Такэдэ), and at its start mostly e (Эдуард)
    expect(blank.compare('Оодэ', 'Ode').score).toBeGreaterThan(blank.compare('Оодэ', 'Oda').score);
    expect(blank.compare('Эдуард', 'Eduard').explanation.pairs[0]?.evidence).toBe('identical');
  });

  it('a Latin w inside a word reads first as the consonant other scripts write (Hebrew וו: Atwood, Gwen), and still as the vowel u (Dawud)', () => {
    expect(blank.compare('אטווד', 'Atwood').score).toBeGreaterThan(0.95);
    expect(blank.compare('גוון', 'Gwen').score).toBeGreaterThan(blank.compare('גוון', 'Gavin').score);
    expect(blank.compare('داود', 'Dawud').match).toBe(true);
  });

  it('Cyrillic у before a vowel inside a word is u or the w of an English name, never the v Russian writes в', () => {
    expect(blank.compare('Доуэлл', 'Dowell').score).toBeGreaterThan(blank.compare('Доуэлл', 'Duell').score);
    expect(blank.compare('Пауэлл', 'Powell').match).toBe(true);
    expect(blank.compare('Мануэль', 'Manuel').match).toBe(true);
    expect(blank.compare('Зауэр', 'Sauer').score).toBeGreaterThan(blank.compare('Зауэр', 'Zafer').score + 0.05);
    // written, so left out it costs as a vowel does (Бовуа is Beauvois before Bova)
    expect(blank.compare('Бовуа', 'Beauvois').score).toBeGreaterThan(blank.compare('Бовуа', 'Bova').score);
    // at a word's start it is still the w of William as much as the vowel of Ueda
    expect(blank.compare('Уильям', 'William').score).toBeGreaterThan(0.95);
  });

  it("an abjad's initial alif seats a vowel, never the y glide of a Latin initial j (إيدير Eder before Jeter)", () => {
    expect(blank.compare('إيدير', 'Eder').score).toBeGreaterThan(blank.compare('إيدير', 'Jeter').score);
    expect(blank.compare('إيرمان', 'Erman').score).toBeGreaterThan(blank.compare('إيرمان', 'Jermain').score);
  });

  it('of two spellings with one code, the string tie-breaker prefers the i a soft sign before a vowel mostly is (Пьери Pieri before Peri)', () => {
    expect(blank.compare('Пьери', 'Pieri').score).toBeGreaterThan(blank.compare('Пьери', 'Peri').score);
  });

  it('a word shown as Latin spellings mostly write it is the same as a Latin word only if it is spelt as read, or their codes agree', () => {
    expect(blank.compare('Тимур', 'Timur').score).toBe(1);
    // Фёдор is shown fodor (most names Russian writes with ё spell an o), but its ё may be e as well
    expect(transliterateWord('фёдор').latin).toBe('fodor');
    expect(blank.compare('Фёдор', 'Fodor').score).toBeLessThan(1);
    expect(blank.compare('Фёдор', 'Fyodor').match).toBe(true);
    expect(blank.compare('Фёдор', 'Fedor').match).toBe(true);
  });

  it('the glide of Russian е after a vowel, written j or y before -ev and at a word\'s end, is left out as Cyrillic leaves it (Сергеев Sergeyev, Sergejev, Sergeev; Раевский Rajewski; Миливое Milivoje)', () => {
    for (const latin of ['Sergeyev', 'Sergejev', 'Sergeev']) expect(blank.compare('Сергеев', latin).score, latin).toBeGreaterThan(0.93);
    expect(blank.compare('Раевский', 'Rajewski').score).toBeGreaterThan(0.95);
    expect(blank.compare('Агеев', 'Agejev').score).toBeGreaterThan(blank.compare('Агеев', 'Aceves').score);
    expect(blank.compare('Миливое', 'Milivoje').score).toBeGreaterThan(0.95);
    // and the j of South Slavic ije anywhere, which Russian writes ие
    for (const [cyrillic, latin] of [['Даниел', 'Danijel'], ['Риека', 'Rijeka']] as const) expect(blank.compare(cyrillic, latin).score, latin).toBeGreaterThan(0.95);
    // (a foreign name's е after a vowel is an e: Шеер Scheer)
    expect(blank.compare('Шеер', 'Scheer').score).toBeGreaterThan(0.95);
  });

  it('a French -oux is read u, not the French u (Ledoux Леду, not Ledyu), and spelt u, as other scripts write it: above a spelling sharing only its code (Ledo)', () => {
    expect(analyseName('Ledoux').tokens[0]!.readings?.[0]?.spelling).toBe('ledu');
    expect(blank.compare('Леду', 'Ledoux').score).toBeGreaterThan(0.95);
    for (const [cyrillic, french, other] of [['Леду', 'Ledoux', 'Ledo'], ['Арну', 'Arnoux', 'Arno'], ['Буве', 'Bouvet', 'Bove']]) {
      expect(blank.compare(cyrillic!, french!).score, french).toBeGreaterThan(blank.compare(cyrillic!, other!).score);
    }
  });

  it('a French ieu is the glide y and the vowel of peu, which Russian writes ё or е (Bourdieu Бурдьё, Lemieux Лемье)', () => {
    expect(blank.compare('Бурдьё', 'Bourdieu').score).toBeGreaterThan(blank.compare('Бурдьё', 'Burda').score);
    expect(blank.compare('Лемье', 'Lemieux').score).toBeGreaterThan(blank.compare('Лемье', 'Lema').score);
  });

  it("a French gu before e or i stays a hard g in the reading, which the phonetic rules read after it (Guillem is not Джим)", () => {
    expect(analyseName('Guillem').tokens[0]!.readings?.find((r) => r.language === 'French')?.spelling).toBe('gyem');
    expect(blank.compare('Джим', 'Guillem').match).toBe(false);
    expect(blank.compare('Гильем', 'Guillem').match).toBe(true);
    // (spelt g, as Cyrillic г is: a k there made Гийом a reading apart from Guillaume)
    expect(blank.compare('Гийом', 'Guillaume').score).toBeGreaterThan(0.95);
  });

  it('-illon and -illot after a consonant are French: the i and the glide y, the ll unsaid (Fillon Фийон, Châtillon Шатийон)', () => {
    for (const [other, french] of [['Фийон', 'Fillon'], ['Шатийон', 'Châtillon'], ['Грийо', 'Grillot'], ['فيون', 'Fillon']] as const) {
      expect(blank.compare(other, french).score, french).toBeGreaterThan(0.95);
    }
    // (Spanish and Italian -illo keep their own readings)
    expect(blank.compare('Камилло', 'Camillo').match).toBe(true);
  });

  it("a French word's first h is silent, or written as the abjads write it from the spelling (Houllier Улье هولييه)", () => {
    for (const [other, french] of [['Улье', 'Houllier'], ['هولييه', 'Houllier']] as const) {
      expect(blank.compare(other, french).match, `${other} ${french}`).toBe(true);
    }
    // (before u, silent only: the glide y of the French u must begin the word to be read a consonant, Hubert Юбер)
    const resolver = createResolver({ entities: ['Hubert', 'Jaubert', 'Joubert'].map((name, i) => ({ id: `e${i}`, name, type: 'person' as const })) });
    expect(resolver.resolve('Юбер').candidates[0]?.name).toBe('Hubert');
  });

  it('-aint is a French nasal e, its t silent (Toussaint Туссен توسان, Saint Сен)', () => {
    for (const [other, french] of [['Туссен', 'Toussaint'], ['توسان', 'Toussaint'], ['Сен', 'Saint']] as const) {
      expect(blank.compare(other, french).match, `${other} ${french}`).toBe(true);
    }
  });

  it('a final -ais after a syllable marks a French word, its ai è and its s silent (Gervais Жерве, Calais Кале); not Arabic Qais', () => {
    for (const [other, french] of [['Жерве', 'Gervais'], ['Кале', 'Calais'], ['Алле', 'Allais']] as const) {
      expect(blank.compare(other, french).score, french).toBeGreaterThan(0.95);
    }
    for (const name of ['Qais', 'Uwais']) expect(analyseName(name).tokens[0]!.readings?.map((r) => r.language) ?? [], name).not.toContain('French');
  });

  it('a final t or d after our marks a French word as after ar, er, or: silent (Goncourt Гонкур, Raucourt Рокур, Delcourt Делькур)', () => {
    for (const [cyrillic, french] of [['Гонкур', 'Goncourt'], ['Рокур', 'Raucourt'], ['Делькур', 'Delcourt']] as const) {
      expect(blank.compare(cyrillic, french).score, french).toBeGreaterThan(0.95);
    }
    // (English and German names say it: Kurt keeps its t)
    expect(blank.compare('Курт', 'Kurt').score).toBe(1);
  });

  it('Latin ti before a vowel reads tsi, but not after s, t or x (Terentius Теренций; Sestius Сестий, Attius Аттий)', () => {
    expect(blank.compare('Теренций', 'Terentius').match).toBe(true);
    for (const [cyrillic, latin, other] of [['Сестий', 'Sestius', 'Sisti'], ['Аттий', 'Attius', 'Atti']]) {
      const resolver = createResolver({ entities: [{ id: 'other', name: other!, type: 'person' }, { id: 'it', name: latin!, type: 'person' }] });
      expect(resolver.resolve(cyrillic!, { limit: 2 }).candidates[0]?.id, cyrillic).toBe('it');
    }
  });

  it('a word of vowels only shares a key with its spelling in another script, a word of consonants only with none but its own skeleton\'s (Aya آية; Blsm, Krdf: thousands in a large table)', () => {
    expect(shared('Aya', 'آية')).not.toEqual([]);
    expect(shared('Oya', 'أويا')).not.toEqual([]);
    expect(shared('Blsm', 'Krdf')).toEqual([]);
    expect(shared('Mr', 'Hbt')).toEqual([]);
    expect([mayBeVowelsOnly('aia'), mayBeVowelsOnly(analyseName('آية').tokens[0]!.code), mayBeVowelsOnly('blsm'), mayBeVowelsOnly('ali')]).toEqual([true, true, false, false]);
  });

  it('a listed word shares a key with its spellings in other languages, which its sounds do not (Βόρεια Nord, Pohjois North), and finds them in a crowded table', () => {
    expect(shared('Βόρεια', 'Nord')).not.toEqual([]);
    expect(shared('Pohjois', 'North')).not.toEqual([]);
    // two words of different rows share none (North is not South)
    expect(shared('Nord', 'South')).toEqual([]);
    // North Korea among more forms holding Korea than the pool takes
    const others = ['South', 'Republic of', 'Democratic', 'People of', 'Kingdom of', 'Empire of', 'Greater', 'Old'].map((word, i) => ({ id: `k${i}`, name: `${word} Korea`, type: 'place' as const }));
    const resolver = createResolver({ entities: [...others, { id: 'north', name: 'Nord-Korea', type: 'place' }], candidatePool: 4 });
    expect(resolver.resolve('Βόρεια Κορέα').entity?.id).toBe('north');
  });

  it('a flex symbol yields one skeleton per reading (ج is j or g)', () => {
    expect(skeletons('Jamal')).toEqual(['jml', 'kml']);
  });

  it('past four skeletons, the likeliest readings are kept, not every reading of the first symbol (פביאן keeps f-b: Fabian)', () => {
    // פ and ב are each b or f, and י a vowel or y: eight combinations, of which those with the fewest and likeliest
    // second readings stay (a vowel letter read as a consonant is the least likely, less than two consonants read their other way)
    const [word] = analyseName('פביאן').tokens;
    expect(word!.skeletons).toEqual(['bn', 'bfn', 'fbn', 'fn']);
    // two consonants read their other way come before a vowel letter read as a consonant: רביב keeps Raviv's r-v-v
    expect(analyseName('רביב').tokens[0]!.skeletons).toContain('rf');
    // two yods read as y crowd out no reading of פ as f: Philip's f-l-p stays
    expect(analyseName('פיליפ').tokens[0]!.skeletons).toContain('flb');
    const resolver = createResolver({ entities: [{ id: 'boban', name: 'Boban', type: 'person' }, { id: 'fabian', name: 'Fabian', type: 'person' }] });
    expect(resolver.resolve('פביאן', { type: 'person' }).candidates[0]?.id).toBe('fabian');
  });

  it('Cyrillic ю and я after a letter are written y all through a word, or left out all through (Мянтюля Mäntylä)', () => {
    // three glides: the skeleton leaving every one out stays among the four kept, and the readings mixing them do not
    expect(analyseName('Мянтюля').tokens[0]!.skeletons).toEqual(['mjndjlj', 'mndl']);
    expect(analyseName('Мюллер').tokens[0]!.skeletons).toEqual(['mjlr', 'mlr']);
    for (const [cyrillic, latin] of [['Мянтюля', 'Mäntylä'], ['Хямяляйнен', 'Hämäläinen'], ['Вяйсяля', 'Väisälä'], ['Тютюнник', 'Tyutyunnik']]) {
      const resolver = createResolver({ entities: [{ id: 'it', name: latin!, type: 'person' }, { id: 'other', name: 'Zorba Greco', type: 'person' }] });
      expect(resolver.resolve(cyrillic!).entity?.id, cyrillic).toBe('it');
    }
  });

  it('sorts a name\'s words as Array.prototype.sort does (the keys are made of sorted words)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 4 }), { maxLength: 8 }), (words) => {
        expect(sortedWords([...words])).toEqual([...words].sort());
      }),
    );
  });

  it('two spellings one edit apart (a letter inserted, deleted, replaced, or two swapped) share a spelling key', () => {
    const shareKey = (a: string, b: string) => spellingKeys(a).some((key) => spellingKeys(b).includes(key));
    expect(shareKey('stebhan', 'stephan')).toBe(true);
    expect(shareKey('stpehan', 'stephan')).toBe(true);
    expect(shareKey('stphan', 'stephan')).toBe(true);
    expect(shareKey('stebhen', 'stephan')).toBe(false);
    // (sharing one is not enough: ac and ba share a; the index checks the distance of the words it finds)
    const edited = fc.tuple(fc.stringMatching(/^[a-e]{1,7}$/), fc.nat(), fc.constantFrom('a', 'b', 'z'), fc.integer({ min: 0, max: 3 })).map(([word, at, letter, edit]) => {
      const i = at % word.length;
      const after = word.slice(i + 1);
      const changed = [word.slice(0, i) + after, word.slice(0, i) + letter + word.slice(i), word.slice(0, i) + letter + after, word.slice(0, i) + (after[0] ?? '') + word[i] + after.slice(1)][edit]!;
      return [word, changed] as const;
    });
    fc.assert(
      fc.property(edited, ([word, changed]) => {
        expect(damerauLevenshteinWithin(1, word, changed)).toBe(true);
        expect(shareKey(word, changed)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('a name whose words have several readings gets the first four combinations of them as "&" keys, in reading order', () => {
    // Charles: srls krls hrls; Michel: msl mkl mhl (ch is sh, tsh or kh)
    const keys = nameKeys(analyseName('Charles Michel Dupont')).filter((key) => key.startsWith('&'));
    expect(keys).toEqual(['&dbnd msl srls', '&dbnd mkl srls', '&dbnd mhl srls', '&dbnd krls msl']);
  });

  it('a blend and the words it is made of meet on a key: "<" two words in a row, ">" where a long word may divide', () => {
    const blendKeysOf = (keys: string[]) => keys.filter((key) => key[0] === '<' || key[0] === '>').sort();
    expect(blendKeysOf(nameKeys(analyseName('Ministry of Defence'), true))).toEqual(['<mindef', '>defenc', '>defnce', '>minist', '>minstr', '>mintry']);
    expect(blendKeysOf(nameKeys(analyseName('Africom'), true))).toEqual(['>afrcom', '>africo']);
    // (a person's names get none: nobody is named so)
    expect(blendKeysOf(nameKeys(analyseName('Africa Command')))).toEqual([]);
    // a query asks for the other kind, whatever it names
    const table = new Set(nameKeys(analyseName('Africa Command'), true));
    expect(queryNameKeys(analyseName('AFRICOM')).filter((key) => table.has(key))).toEqual(['<afrcom']);
    expect(queryNameKeys(analyseName('Africa Command')).filter((key) => new Set(nameKeys(analyseName('Africom'), true)).has(key))).toEqual(['>afrcom']);
  });
});

describe('data/rules/<language>.tsv (spellings read aloud): each row does what it claims', () => {
  for (const [language, rules] of Object.entries(linguistics().readingRules)) {
    rules.forEach((rule, i) => {
      it(`${language} ${rule.pattern.source} → "${rule.replacement}" reads ${rule.example[0]} as ${rule.example[1]} writes it`, () => {
        const [written, other] = rule.example;
        // the word as the rows above left it (a row may read what they wrote: сё → shё → sho)
        const atItsTurn = rules.slice(0, i).reduce((word, above) => word.replace(above.pattern, above.replacement), written);
        expect(atItsTurn.search(rule.pattern), 'the row applies to its example').toBeGreaterThanOrEqual(0);
        const word = analyseName(written).tokens[0]!;
        expect(word.readings?.map((r) => r.language), `the example reads as ${language}`).toContain(language);
        const comparison = blank.compare(written, other);
        expect(comparison.match).toBe(true);
        expect(comparison.explanation.pairs[0]?.evidence).toBe(`read as ${language}`);
      });
    });
  }

  it('a Latin word is read as Polish for its ci before e, but not French -cie, -cien, -cier (Mercier is no Polish word)', () => {
    for (const name of ['Maciej', 'Wojciech', 'Ciechanowski']) expect(analyseName(name).tokens[0]!.readings?.map((r) => r.language), name).toContain('Polish');
    for (const name of ['Mercier', 'Lucien', 'Lucie']) expect(analyseName(name).tokens[0]!.readings?.map((r) => r.language) ?? [], name).not.toContain('Polish');
  });

  it('a Latin word is read as Italian for its sch before e or i only when it ends in a vowel German names rarely end in (Boschi Боски; not Schiller, Wünsche, Tschechowa)', () => {
    for (const name of ['Boschi', 'Gentileschi', 'Mascheroni', 'Schelotto']) expect(analyseName(name).tokens[0]!.readings?.map((r) => r.language), name).toContain('Italian');
    for (const name of ['Schiller', 'Fischer', 'Wünsche', 'Tschechowa']) expect(analyseName(name).tokens[0]!.readings?.map((r) => r.language) ?? [], name).not.toContain('Italian');
    expect(blank.compare('Боски', 'Boschi').score).toBeGreaterThan(blank.compare('Боски', 'Bosquet').score);
    expect(blank.compare('Шиллер', 'Schiller').match).toBe(true);
  });

  it('a Latin word is read as pinyin only when it is made of pinyin syllables and has an x or a q (Xiang, Qin; not Xavier, Qatar, Lin)', () => {
    for (const name of ['Xiang', 'Qin', 'Xuan']) expect(analyseName(name).tokens[0]!.readings?.map((r) => r.language), name).toContain('Pinyin');
    for (const name of ['Xavier', 'Qatar', 'Lin', 'Alex']) expect(analyseName(name).tokens[0]!.readings?.map((r) => r.language) ?? [], name).not.toContain('Pinyin');
  });

  it('a Latin word is read as Vietnamese only when it is tr and a Vietnamese rhyme (Tran, Trinh, Truong; not Travis, Trump, Trevor, Trans)', () => {
    for (const name of ['Tran', 'Trinh', 'Truong', 'Trung']) expect(analyseName(name).tokens[0]!.readings?.map((r) => r.language), name).toContain('Vietnamese');
    for (const name of ['Travis', 'Trump', 'Trevor', 'Trans', 'Tristan']) expect(analyseName(name).tokens[0]!.readings?.map((r) => r.language) ?? [], name).not.toContain('Vietnamese');
    expect(blank.compare('Tran Dai Quang', 'Чан Дай Куанг').match).toBe(true);
    expect(blank.compare('Trinh', 'Чинь').match).toBe(true);
    // (a reading for other scripts only: Tran is still Tran, Тран)
    expect(blank.compare('Tran', 'Тран').score).toBe(1);
    expect(blank.compare('Trump', 'Чамп').match).toBe(false);
  });

  it('a Cyrillic word is read as Japanese (Chinese) only when it is made of its syllables and shows a sign of Polivanov\'s (Palladius\'s) system', () => {
    for (const name of ['Тина', 'Тимур', 'Путин', 'Сидоров', 'Ладзаро']) expect(analyseName(name).tokens[0]!.readings, name).toBeUndefined();
    expect(analyseName('Тикамацу').tokens[0]!.readings?.map((r) => r.language)).toEqual(['Japanese']);
    // nor as Chinese without a sign of Palladius's system: с before я is Armenian -ян as much
    expect(analyseName('Агасян').tokens[0]!.readings?.map((r) => r.language)).not.toContain('Chinese');
    expect(analyseName('Чжэн').tokens[0]!.readings?.map((r) => r.language)).toEqual(['Chinese']);
    // Japanese ch is always tsh: the reading does not make Kiguchi a Latin ki-ku-ki
    expect(blank.compare('Кигути', 'Kiguchi').score).toBeGreaterThan(blank.compare('Кигути', 'Kigukki').score);
    // тё and тю are a sign too (cho, chu: Тюя Chūya, Тюго Chūgo); тя is as often Russian -tya (Катя, Митя)
    expect(analyseName('Тюя').tokens[0]!.readings?.map((r) => r.language)).toEqual(['Japanese']);
    expect(blank.compare('Тюго', 'Chūgo').score).toBeGreaterThan(blank.compare('Тюго', 'Togo').score);
    for (const name of ['Катя', 'Митя']) expect(analyseName(name).tokens[0]!.readings, name).toBeUndefined();
  });

  it('a Cyrillic word of one Palladius syllable ending in н, with the ong of ун, or after the yi of an initial и, is read as Chinese too (Лян Liang, Дун Dong, Ибин Yibing)', () => {
    for (const name of ['Лян', 'Цин', 'Шуан', 'Дун', 'Хунбо', 'Мужун', 'Ибин', 'Ифэй']) expect(analyseName(name).tokens[0]!.readings?.map((r) => r.language), name).toContain('Chinese');
    for (const name of ['Путин', 'Тина', 'Игорь', 'Кузнецов']) expect(analyseName(name).tokens[0]!.readings?.map((r) => r.language) ?? [], name).not.toContain('Chinese');
    expect(blank.compare('Лян', 'Liang').score).toBeGreaterThan(blank.compare('Лян', 'Lean').score);
    expect(blank.compare('Цин', 'Qing').score).toBeGreaterThan(blank.compare('Цин', 'Zinn').score);
    expect(blank.compare('Ибин', 'Yibing').score).toBeGreaterThan(blank.compare('Ибин', 'Iben').score);
  });

  it("Palladius's hard sign starts a syllable after a final н, as pinyin's apostrophe does (Лянъюй Liangyu, Минъи Mingyi)", () => {
    const pairs = [
      ['Лянъюй', 'Liangyu'],
      ['Минъи', 'Mingyi'],
      ['Хунъянь', 'Hongyan'],
      ['Цзунъюань', 'Zongyuan'],
      ['Чанъань', "Chang'an"],
    ] as const;
    for (const [cyrillic, pinyin] of pairs) {
      expect(analyseName(cyrillic).tokens[0]!.readings?.map((r) => r.language), cyrillic).toContain('Chinese');
      expect(blank.compare(cyrillic, pinyin).score, cyrillic).toBeGreaterThan(0.95);
    }
    // the н before it stays ng: Лянъюй is not Lianyu, as Лянюй (Lia-nü) would be
    expect(blank.compare('Лянъюй', 'Liangyu').score).toBeGreaterThan(blank.compare('Лянъюй', 'Lianyu').score);
  });

  it("a first au before a consonant is said o, in English and French (Austin Остин, Australia オーストラリア, Aubin Обен)", () => {
    expect(blank.compare('остин', 'Austin').score).toBeGreaterThan(0.95);
    expect(blank.compare('обен', 'Aubin').match).toBe(true);
    expect(blank.compare('オーストラリア', 'Australia').score).toBeGreaterThan(blank.compare('オーストラリア', 'Strolia').score);
    // (a German au keeps its spelling's code: Аугсбург is still Augsburg)
    expect(blank.compare('Аугсбург', 'Augsburg').score).toBe(1);
  });

  it('an English word of one syllable ending -all says the vowel of law (Hall Холл, Fall Фолл, Small סמול)', () => {
    expect(blank.compare('фолл', 'Fall').score).toBeGreaterThan(blank.compare('фолл', 'Völz').score);
    expect(blank.compare('سمول', 'Small').score).toBeGreaterThan(blank.compare('سمول', 'Samuels').score);
    expect(blank.compare('סמול', 'Small').score).toBeGreaterThan(blank.compare('סמול', 'Sámuel').score);
  });

  it('a reading spelt letter for letter as the other word ranks above one whose code only is the same (Басё: Bashō before Basu)', () => {
    expect(blank.compare('Басё', 'Bashō').score).toBeGreaterThan(blank.compare('Басё', 'Basu').score);
    expect(blank.compare('Басё', 'Bashō').explanation.pairs[0]?.evidence).toBe('read as Japanese');
  });

  it('Arabic final ح is a consonant that Latin writes: صالح is Saleh, not Sal; a romanised final h is said only across scripts', () => {
    expect(blank.compare('صالح', 'Saleh').match).toBe(true);
    expect(blank.compare('صالح', 'Sal').match).toBe(false);
    expect(blank.compare('Фарах', 'Farah').explanation.pairs[0]?.evidence).toBe('read as Semitic');
    expect(blank.compare('Sarah', 'Sara').score).toBeGreaterThan(0.95);
  });

  it('a romanised final h said is the h or kh of ح ח х, never a k: Suriah is no سراج (whose ج may be the g of Egyptian names)', () => {
    expect(blank.compare('فرح', 'Farah').match).toBe(true);
    expect(blank.compare('סלאח', 'Salah').match).toBe(true);
    expect(blank.compare('Фарах', 'Farah').score).toBeGreaterThan(0.98);
    expect(blank.compare('سراج', 'Suriah').match).toBe(false);
    expect(blank.compare('السراج', 'Suriah').match).toBe(false);
    // Hebrew ח likewise: h or kh, never k (נח Noah, not Nick)
    expect(blank.compare('נח', 'Noah').match).toBe(true);
    expect(blank.compare('חיים', 'Chaim').match).toBe(true);
    expect(blank.compare('נח', 'Nick').match).toBe(false);
  });

  it('a bad reading row names file, line and field (an unknown role; a back-reference in a mark row, which joining the marks would renumber)', () => {
    const unknownRole = draftTable('eau\to\tmark\trousseau|руссо\nau\to\tsometimes\tgautier|готье\n');
    expect(() => loadReadingRules(unknownRole)).toThrow(expect.objectContaining({ code: 'E_DATA_SCHEMA', file: unknownRole, line: 3, field: 'role' }));
    const backReference = draftTable('(.)\\1\t$1\tmark\tgaddafi|القذافي\n');
    expect(() => loadReadingRules(backReference)).toThrow(expect.objectContaining({ code: 'E_DATA_SCHEMA', line: 2, field: 'pattern' }));
    expect(loadReadingRules(draftTable('(.)\\1\t$1\tthen\tgaddafi|القذافي\n'))).toHaveLength(1);
  });

  it('a word spelt in none of those ways is not read aloud: its h and final consonants are said (Hasan, Anand, Vazquez)', () => {
    for (const name of ['Hasan', 'Anand', 'Bauer', 'Dumas']) expect(analyseName(name).tokens[0]!.readings, name).toBeUndefined();
    // Vazquez is read as Spanish only, which says its final consonant (Васкес), not as French (a silent z)
    expect(analyseName('Vazquez').tokens[0]!.readings?.map((r) => r.language)).toEqual(['Spanish']);
    expect(blank.compare('Anand', 'أنان').score).toBeLessThan(blank.compare('Annan', 'أنان').score);
  });

  it('ij before a vowel is the i and j of a Slavic or Baltic -ija, not Dutch ei (Letonija, Srbija)', () => {
    for (const name of ['Letonija', 'Srbija', 'Somija']) expect(analyseName(name).tokens[0]!.readings?.map((r) => r.language) ?? [], name).not.toContain('Dutch');
    expect(analyseName('Rijkaard').tokens[0]!.readings?.map((r) => r.language)).toContain('Dutch');
    expect(blank.compare('Somija', 'ساموآ').explanation.pairs[0]?.evidence).not.toBe('read as Dutch');
  });

  it('a magic e makes the vowel before it long once, not again for the vowel it wrote (Bates: beits, not beaits)', () => {
    expect(analyseName('Bates').tokens[0]!.readings).toEqual([{ language: 'English', spelling: 'beits', code: analyseName('Beits').tokens[0]!.code }]);
  });

  it("a reading's last vowel is as written, not silent, unless the Latin word ends in e or h (Quintanilla is not גינתון Ginton)", () => {
    expect(blank.compare('Quintanilla', 'גינתון').match).toBe(false);
  });

  it('a reading is trusted no more than the spelling against a script romanised by any-ascii (Paraguay is not ベルギー Belgium)', () => {
    expect(blank.compare('Paraguay', 'ベルギー').match).toBe(false);
  });

  it('the classical reading (th as f, -us left out) is Russian: it is compared with Cyrillic words only (Paulus is not פאבל Pavel)', () => {
    expect(blank.compare('Theodora', 'Феодора').match).toBe(true);
    expect(blank.compare('Athanasios', 'Афанасиос').match).toBe(true);
    expect(blank.compare('Paulus', 'פאבל').score).toBeLessThan(blank.compare('Pavel', 'פאבל').score - 0.2);
  });

  // Greek μπ, ντ inside a word are said mb and nd in Greek words and in most foreign ones Greek writes so, but Greek writes a
  // foreign b and d so too: the nasal may be unsaid. τζ is the j of foreign names, or the dz Latin writes tz in Greek ones.
  it.each([
    ['Ζάμπια', 'Zambia'],
    ['Ζιμπάμπουε', 'Zimbabwe'],
    ['Ομπάμα', 'Obama'],
    ['Μπουρούντι', 'Burundi'],
    ['Κωνσταντίνος', 'Konstantinos'],
    ['Μαντόνα', 'Madonna'],
    ['Χάιντελμπεργκ', 'Heidelberg'],
    ['Τζο', 'Joe'],
    ['Καζαντζάκης', 'Kazantzakis'],
    // γ before ι and a vowel is said y: Latin writes gi, y or yi (and inside a word y, which the keys read as a vowel)
    ['Γιάννης', 'Yannis'],
    ['Γιάννης', 'Giannis'],
    ['Γιάννης', 'Yiannis'],
    ['Γιώργος', 'Yiorgos'],
    ['Παναγιώτης', 'Panayiotis'],
    ['Παναγιώτης', 'Panagiotis'],
    ['Μπακογιάννη', 'Bakoyanni'],
    ['Αγία Νάπα', 'Ayia Napa'],
    // ELOT 743 (Greek passports, ISO 843) writes μπ mp and ντ nt at a word's start too, and letter-by-letter spellings γγ gg
    ['Μπακογιάννη', 'Mpakogianni'],
    ['Ντόρα', 'Ntora'],
    ['Ευάγγελος', 'Evaggelos'],
    ['Αγγελική', 'Aggeliki'],
    ['Ευάγγελος', 'Evangelos'],
    ['Μπέκι', 'Mbeki'],
  ])('reads Greek %s as %s', (greek, latin) => {
    expect(blank.compare(greek, latin).match).toBe(true);
  });
  it('ELOT 743 writes μπ mp and ντ nt, as Latin spellings of the foreign names Greek writes so do (Τραμπ Trump, Κεμπ Kemp): a reading compared with Latin words only', () => {
    expect(analyseName('Λαμπράκης').tokens[0]!.readings?.map((r) => r.language)).toEqual(['ELOT']);
    expect(analyseName('Λαμπράκης').tokens[0]!.readings?.[0]!.spelling).toBe('lamprakis');
    expect(analyseName('Σοφία').tokens[0]!.readings).toBeUndefined();
    for (const [greek, latin] of [['Τραμπ', 'Trump'], ['Κεμπ', 'Kemp'], ['Σαμπάνης', 'Sampanis']]) expect(blank.compare(greek, latin).match, `${greek} ${latin}`).toBe(true);
    expect(blank.compare('Κωνσταντίνος', 'Konstantinos').score).toBeGreaterThan(0.98);
    // (not opposite another script: Кемп is Kemp's Cyrillic, not a spelling of Κεμπ's letters)
    expect(blank.compare('Κεμπ', 'Кемп').explanation.pairs[0]?.evidence).not.toBe('read as ELOT');
  });
  it('the classical spelling writes αυ, ευ au and eu, αι ae and β b (Ευριπίδης Euripides, Πειραιάς Piraeus, Βαρβάρα Barbara): a reading compared with Latin words only', () => {
    expect(analyseName('Ευριπίδης').tokens[0]!.readings?.map((r) => r.language)).toEqual(['Classical']);
    for (const [greek, latin] of [['Ευριπίδης', 'Euripides'], ['Ελευθέριος', 'Eleutherios'], ['Ευρώπη', 'Europe'], ['Πειραιάς', 'Piraeus'], ['Βαρβάρα', 'Barbara']]) expect(blank.compare(greek, latin).match, `${greek} ${latin}`).toBe(true);
    // the modern spelling is still the word's own (Ευάγγελος Evangelos), and Cyrillic writes the modern sounds (Еврипид)
    expect(blank.compare('Ευάγγελος', 'Evangelos').score).toBe(1);
    expect(blank.compare('Ευριπίδης', 'Еврипидис').explanation.pairs[0]?.evidence).not.toBe('read as Classical');
  });
  it('ου before a vowel is the vowel u or a foreign w (Ουόρεν Warren), and a first γου before a vowel a g said or not (Γουίλσον Wilson, Γουατεμάλα Guatemala)', () => {
    for (const [greek, latin] of [['Ουόρεν', 'Warren'], ['Γουίλσον', 'Wilson'], ['Γουόλτερ', 'Walter'], ['Γουατεμάλα', 'Guatemala'], ['Ουάσινγκτον', 'Washington'], ['Μανουήλ', 'Manuel']]) expect(blank.compare(greek, latin).match, `${greek} ${latin}`).toBe(true);
    expect(blank.compare('Γουίλσον', 'Gilson').match).toBe(false);
  });
  it('an accent on the first of two vowels, or a diaeresis on the second, says them apart: no digraph (Αϊνστάιν ainstain, Φρόιντ froint; Σαίξπηρ sexpir)', () => {
    expect(analyseName('Αϊνστάιν').tokens[0]!.latin).toBe('ainstain');
    expect(analyseName('Φρόιντ').tokens[0]!.latin).toBe('froint');
    expect(analyseName('Σαίξπηρ').tokens[0]!.latin).toBe('sexpir');
    expect(analyseName('Ταΰγετος').tokens[0]!.latin).toBe('taygetos');
    for (const [greek, latin] of [['Αϊνστάιν', 'Einstein'], ['Φρόιντ', 'Freud'], ['Σνάιντερ', 'Schneider'], ['Ταϊβάν', 'Taiwan']]) expect(blank.compare(greek, latin).match, `${greek} ${latin}`).toBe(true);
  });
  it('ζ is z, or the zh of a foreign name, which Greek has no letter for (Ζαν-Ιβ Λε Ντριάν Jean-Yves Le Drian, Ζούκοφ Zhukov)', () => {
    for (const [greek, latin] of [['Ζαν-Ιβ Λε Ντριάν', 'Jean-Yves Le Drian'], ['Ζακ Σιράκ', 'Jacques Chirac'], ['Ζούκοφ', 'Zhukov'], ['Ζοσπέν', 'Jospin'], ['Ζελένσκι', 'Zelensky']]) expect(blank.compare(greek, latin).match, `${greek} ${latin}`).toBe(true);
    // a Latin word spelt as the Greek one is romanised is the same word
    expect(blank.compare('Ζάμπια', 'Zambia').score).toBe(1);
    expect(analyseName('Ζάμπια').tokens[0]!.latin).toBe('zambia');
  });
  it('a first γι is g or y, never nothing (Γιάννης is not Anis)', () => {
    expect(blank.compare('Γιάννης', 'Anis').match).toBe(false);
  });
  it('γκ inside a word is a g, not a nasal said or not as γγ is: Τόγκο is Togo, not Tonga (which Greek writes Τόνγκα)', () => {
    expect(blank.compare('Τόγκο', 'Togo').score).toBeGreaterThan(blank.compare('Τόγκο', 'Tonga').score + 0.1);
  });

  it('a th is read as the theta of a Greek name only in a word with a Greek ending (Thulin is not Уоллен Wallen)', () => {
    expect(blank.compare('Thulin', 'Уоллен').score).toBeLessThan(blank.compare('Wallen', 'Уоллен').score - 0.2);
  });

  it('the French reading is compared across scripts only: Latin spellings of one name are spelt alike', () => {
    expect(blank.compare('Garnier', 'Гарнье').match).toBe(true);
    expect(blank.compare('Garnier', 'Garnye').score).toBeLessThan(blank.compare('Garnier', 'Гарнье').score);
  });
});

describe('data/names/given-names.tsv: each row does what it claims', () => {
  const rows = readFileSync(new URL('../data/names/given-names.tsv', import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split('\t')[1]!.split(','));
  const resolver = createResolver({ entities: [] });
  it('spellings in one row are the same name', () => {
    for (const spellings of rows) for (const s of spellings.slice(1)) expect(resolver.compare(spellings[0]!, s).match, `${spellings[0]} = ${s}`).toBe(true);
  });
  it('first spellings of different rows are different names', () => {
    for (let i = 0; i < rows.length; i++) {
      for (let j = i + 1; j < rows.length; j++) expect(resolver.compare(rows[i]![0]!, rows[j]![0]!).match, `${rows[i]![0]} ≠ ${rows[j]![0]}`).toBe(false);
    }
  });
});

describe('data/names/name-words.tsv: words of place names that translate each other', () => {
  const rows = readFileSync(new URL('../data/names/name-words.tsv', import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split('\t')[1]!.split(','));
  it('each spelling is one word, read as written (its Latin form is the spelling)', () => {
    for (const spelling of rows.flat()) expect(analyseName(spelling).tokens.map((t) => t.latin), spelling).toEqual([spelling]);
  });
  it('spellings in one row are one word, those of different rows different words', () => {
    for (const spellings of rows) for (const s of spellings.slice(1)) expect(blank.compare(spellings[0]!, s).match, `${spellings[0]} = ${s}`).toBe(true);
    for (let i = 0; i < rows.length; i++) {
      for (let j = i + 1; j < rows.length; j++) expect(blank.compare(rows[i]![0]!, rows[j]![0]!).match, `${rows[i]![0]} ≠ ${rows[j]![0]}`).toBe(false);
    }
  });
  sameNames([
    ['Sudan Selatan', 'Южный Судан'],
    ['Sankti Kristófer og Nevis', 'Свети Кристофер и Невис'],
    ['Νέα Ζηλανδία', 'Nowa Zelandia'],
    ['Wielka Brytania', 'Great Britain'],
    ['Gran Canaria', 'Grand Canary'],
    ['Guiana Francesa', 'French Guiana'],
    ['Prantsuse Guajaana', 'French Guiana'],
    ['Islas Vírgenes Británicas', 'British Virgin Islands'],
    ['Samoa américaines', 'American Samoa'],
    ['Guinée équatoriale', 'Equatorial Guinea'],
    // (English -ern, and the words of more languages: Italian, Hungarian, Swahili, Hausa, Spanish's oriental and occidental)
    ['Sahara Occidental', 'Western Sahara'],
    ['Timor Oriental', 'East Timor'],
    ['Déli-Georgia', 'South Georgia'],
    ['Korea Kaskazini', 'North Korea'],
    ['Kaledonia Mpya', 'New Caledonia'],
  ]);
  differentNames([
    ['Korea Kaskazini', 'Korea Kusini'],
    ['Korea Utara', 'Korea Selatan'],
    ['Sudan Selatan', 'Sudan'],
    ['Great Britain', 'New Britain'],
    ['Islas Vírgenes Británicas', 'Islas Vírgenes Americanas'],
  ]);
  it('are read with the given names, and a bad row names file, line and field (a spelling in two rows, an id a given name has)', () => {
    expect(linguistics().givenNames.get('selatan')).toBe('south');
    expect(linguistics().nameWordGroups.has('south')).toBe(true);
    const twice = draftTable('south\tsud,sur\nnorth\tnord,sur\n');
    expect(() => addNameGroups(new Map(), twice, new Set())).toThrow(expect.objectContaining({ code: 'E_DATA_DUPLICATE', file: twice, line: 3, field: 'spellings' }));
    expect(() => addNameGroups(new Map(), draftTable('ali\tali\n'), new Set(['ali']))).toThrow(expect.objectContaining({ code: 'E_DATA_DUPLICATE', line: 2, field: 'id' }));
  });
});

describe('data/names/designators.tsv: generic words weigh little', () => {
  sameNames([
    ['Al-Watiya', 'Al-Watiya Air Base'],
    ['Wagner', 'Wagner Group'],
    // the same generic words in other languages and scripts
    ['Koninkrijk Thailand', 'Thailand'],
    ['Isole Fær Øer', 'Faer Oer'],
    ['Республика Беларусь', 'Беларусь'],
    ['Eesti Vabariik', 'Eesti'],
    ['Gweriniaeth Tsiec', 'Tsiec'],
    // island and islands: Sinhala, Kannada, Ukrainian, Maltese
    ['කේමන් දූපත්', 'ಕೇಮನ್ ದ್ವೀಪಗಳು'],
    ['Норфолк острів', 'Norfolk Island'],
    ['Gżejjer Cook', 'Cook Islands'],
    // …Yiddish, Lingala, Nepali
    ['מארשאל אינזלען', 'Marshall Islands'],
    ['Bisanga Marshall', 'Marshall Islands'],
    ['मार्शल टापुहरु', 'Marshall Islands'],
  ]);
  it('a distinctive extra word still counts', () => expect(blank.compare('South Sudan', 'Sudan').match).toBe(false));
});

describe('data/names/place-words.tsv: generic words of places\' names that persons\' names may hold', () => {
  const rows = readFileSync(new URL('../data/names/place-words.tsv', import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => line.split('\t')[0]!);
  it('each form is one word, as onoma reads it', () => {
    for (const form of rows) expect(analyseName(form).tokens.map((t) => t.text), form).toEqual([normaliseText(form)]);
  });
  it('weigh little in the names of places: the same name in another language (Danish og, Indonesian kepulauan)', () => {
    const places = createResolver({ entities: [{ id: 'hm', name: 'Isole Heard e McDonald', type: 'place' }, { id: 'ax', name: 'Isole Åland', type: 'place' }] });
    expect(places.resolve('Heard Island og McDonald Islands').entity?.id).toBe('hm');
    expect(places.resolve('Kepulauan Heard dan McDonald').entity?.id).toBe('hm');
    // (compare() knows no table, so no generic words: it counts them as names)
    expect(places.compare('Heard Island og McDonald Islands', 'Isole Heard e McDonald').match).toBe(false);
  });
  it("count in full in a person's name (Dan is a given name)", () => {
    const people = createResolver({ entities: [{ id: 'db', name: 'Dan Brown', type: 'person' }, { id: 'kb', name: 'Kai Brown', type: 'person' }] });
    expect(people.resolve('Dan Brown').entity?.id).toBe('db');
    expect(people.resolve('Kai Brown').entity?.id).toBe('kb');
    expect(people.resolve('Ada Brown').status).not.toBe('matched');
  });
  it('a bad row names file, line and field (an unknown kind; a word designators.tsv has, generic in every name)', () => {
    const unknownKind = draftTable('og\tconjunction\tDanish\n');
    expect(() => loadPlaceWords(new Set(), unknownKind)).toThrow(expect.objectContaining({ code: 'E_DATA_SCHEMA', file: unknownKind, line: 2, field: 'kind' }));
    expect(() => loadPlaceWords(new Set(['og']), draftTable('ja\tconnector\n\nog\tconnector\n'))).toThrow(expect.objectContaining({ code: 'E_DATA_DUPLICATE', line: 4, field: 'form' }));
    expect([...loadPlaceWords(new Set(), draftTable('Øer\tplace\n'))]).toEqual(['oer']);
  });
});

describe('pinyin: one standard spelling of a Chinese name, so other syllables are another name', () => {
  differentNames([
    ['Zhengzhou', 'Zhangzhou'],
    ['Xinyu', 'Xinye'],
    ['Huizhou', 'Huazhou'],
    ['Qingquan', 'Qingyuan'],
    ['Changzhou', 'Cangzhou'],
    // (a syllable's final ng says pinyin too)
    ['Nanning', 'Nanjing'],
    ['Yicheng', 'Yichang'],
    ['Mingguang', 'Minggang'],
  ]);
  // other romanisations of Chinese, and words of other languages that pinyin's syllables could spell, are read as before
  sameNames([
    ['Chongqing', 'Chungking'],
    ["Xi'an", 'Xian'],
    ['Mexiku', 'Mexicu'],
    ['Xile', 'Xili'],
    ['Angola', 'Angole'],
    // (a vowel first: a-le-xie divides into pinyin's syllables, but is no Chinese name)
    ['Alexie', 'Alaxie'],
    // (kong-a: pinyin would write a later syllable that begins with a vowel after an apostrophe)
    ['Kongo', 'Konga'],
  ]);

  it('a pinyin word is made of the listed syllables alone', () => {
    const syllables = linguistics().pinyinSyllables;
    for (const word of ['zhengzhou', 'xinyu', 'qingquan', 'huangshan']) expect(dividesIntoSyllables(word, syllables), word).toBe(true);
    // (co is no syllable of pinyin, nor is que before a vowel's end, nor xa)
    for (const word of ['mexico', 'quimica', 'xamaica']) expect(dividesIntoSyllables(word, syllables), word).toBe(false);
    fc.assert(fc.property(fc.array(fc.constantFrom(...syllables), { minLength: 1, maxLength: 4 }), (run) => dividesIntoSyllables(run.join(''), syllables) || run.slice(1).some((syllable) => /^[aeiou]/.test(syllable))));
    // (pinyin writes an apostrophe before a later syllable that begins with a vowel: one that divides only so is no pinyin word)
    for (const word of ['konga', 'xiaoen']) expect(dividesIntoSyllables(word, syllables), word).toBe(false);
  });

  it('a bad row of patronymic endings names file, line and field (an ending of other letters than a-z)', () => {
    const marked = draftTable('ovich\tru\tVladimirovich\novič\tsr\tPetrovič\n');
    expect(() => loadPatronymicEnding(marked)).toThrow(expect.objectContaining({ code: 'E_DATA_SCHEMA', file: marked, line: 3, field: 'ending' }));
    expect(loadPatronymicEnding(draftTable('ovna\tru\tIvanovna\n')).test('ivanovna')).toBe(true);
  });

  it('a bad row names file, line and field (a syllable its initial does not begin; one listed twice)', () => {
    const wrongInitial = draftTable('zh\tzha zhai cha\n');
    expect(() => loadPinyinSyllables(wrongInitial)).toThrow(expect.objectContaining({ code: 'E_DATA_SCHEMA', file: wrongInitial, line: 2, field: 'syllables' }));
    expect(() => loadPinyinSyllables(draftTable('-\ta ai\nb\tba\n\n-\tai\n'))).toThrow(expect.objectContaining({ code: 'E_DATA_DUPLICATE', line: 5, field: 'syllables' }));
    expect([...loadPinyinSyllables(draftTable('-\ta er\nx\txi xu\n'))]).toEqual(['a', 'er', 'xi', 'xu']);
  });
});

describe.each(SOUND_CLASS_NAMES)('the %s sounds a word says, in order', (soundClass) => {
  const { file, sounds: known } = SOUND_CLASSES[soundClass];
  const soundsOfWord = (word: string) => {
    const [token] = analyseName(word).tokens;
    const bits = [...(soundsOf(token!, soundClass) ?? '')].map((sound) => sound.charCodeAt(0));
    return bits.map((b) => Object.entries(known).filter(([, bit]) => b & bit).map(([sound]) => sound).join('|'));
  };

  // Each row exists for a pair of spellings of one name in two scripts: the row's sounds must let them agree.
  const rows = readFileSync(new URL(`../data/${file}`, import.meta.url), 'utf8').split('\n').filter((line) => line !== '' && !line.startsWith('#')).map((line) => line.split('\t'));
  it.each(rows.map((row) => [row[1], row[3]] as const))('row %s: its example %s agrees', (_letters, example) => {
    const [a, b] = example!.split('|') as [string, string];
    const ours = soundsOfWord(a).map((s) => s.split('|'));
    const theirs = soundsOfWord(b).map((s) => s.split('|'));
    expect(ours.length).toBe(theirs.length);
    ours.forEach((sounds, i) => expect(sounds.some((sound) => theirs[i]!.includes(sound)), `${a} ${b} sound ${i}`).toBe(true));
  });

  it('reads a word\'s sounds in order, the longer spelling first', () => {
    const expected: Record<typeof soundClass, [string, string[]][]> = {
      sibilant: [['Щукин', ['sh']], ['Моцарт', ['ts']], ['Tschaikowsky', ['tsh', 's']], ['Zhukov', []], ['Schatz', ['sh', 's|ts']], ['שץ', ['s|sh', 'ts']], ['ロバーツ', ['ts']], ['シャーロット', ['sh']], ['スズキ', ['s', 's']], ['ชาด', ['sh|tsh']], ['บังกลาเทศ', ['s|sh']]],
      labial: [['Rachmaninoff', ['f|v']], ['Feinberg', ['f', 'b']], ['Vogel', ['f|v']], ['Wolfowitz', ['v', 'f', 'v']], ['Вайнберг', ['v', 'b']], ['ויינברג', ['v', 'v|b']], ['וולמן', ['v']], ['וליט', ['v']], ['פוגל', ['f|p']], ['הובר', ['v|b']], ['Μπόμπι', ['p|b', 'p|b']], ['ヴィクトル', ['v']], ['ビクトル', ['v|b']], ['フィリップス', ['f', 'p']], ['บราซิล', ['b']], ['ฟิจิ', ['f']]],
      velar: [['Buckley', ['k']], ['Пинноккио', ['k']], ['Gheorghe', ['g', 'g']], ['Mikhail', []], ['Quentin', ['k']], ['قذافي', ['k|g']], ['ג׳ורג׳', []], ['Cecile', []], ['Czapski', ['k']], ['Kocsis', ['k']], ['グレッグ', ['g', 'g']], ['クック', ['k', 'k|g']], ['กานา', ['k|g']], ['เคนยา', ['k']]],
      dental: [['Pruitt', ['t']], ['Mehmet', ['t|d']], ['Dmitri', ['d', 't']], ['Thatcher', ['t|th', 't']], ['Keith', ['t|th']], ['קית׳', ['th']], ['Θεόδωρος', ['th', 'd']], ['عثمان', ['th']], ['منذر', ['d|th']], ['Djokovic', []], ['Schmidt', ['d', 't|d']], ['Дмитрий', ['d', 't']], ['Джордж', []], ['דוד', ['d', 'd']], ['ת׳אצ׳ר', ['th']], ['قذافي', ['d|th']], ['طارق', ['t']], ['Ντίνος', ['t|d']], ['ゲルハルト', ['t|d']], ['デイヴィッド', ['d', 'd']], ['데이비드', ['t|d', 't|d']], ['피터', ['t']], ['ธากา', ['t|d']], ['ตองกา', ['t']]],
    };
    for (const [word, sounds] of expected[soundClass]) expect(soundsOfWord(word), word).toEqual(sounds);
    // (no rows for hiragana: not compared)
    expect(soundsOf(analyseName('すずき').tokens[0]!, soundClass)).toBeUndefined();
  });

  it('a bad row names file, line and field (an unknown script or sound; letters with a capturing group)', () => {
    const [sound] = Object.keys(known) as [string];
    const badScript = draftTable(`Runic\ts\t${sound}\ta|b\n`);
    expect(() => loadSoundLetters(soundClass, badScript)).toThrow(expect.objectContaining({ code: 'E_DATA_SCHEMA', file: badScript, line: 2, field: 'script' }));
    expect(() => loadSoundLetters(soundClass, draftTable(`Latin\ts\t${sound}\ta|b\nLatin\tz\tzz\ta|b\n`))).toThrow(expect.objectContaining({ code: 'E_DATA_SCHEMA', line: 3, field: 'sounds' }));
    expect(() => loadSoundLetters(soundClass, draftTable(`Latin\t(s)h\t${sound}\ta|b\n`))).toThrow(expect.objectContaining({ code: 'E_DATA_SCHEMA', line: 2, field: 'letters' }));
    expect(() => loadSoundLetters(soundClass, draftTable(`Latin\ts\t${sound}\n`))).toThrow(expect.objectContaining({ code: 'E_DATA_PARSE', line: 2, field: 'example' }));
    expect(loadSoundLetters(soundClass, draftTable(`Latin\t(?:s)h\t${sound}\ta|b\nLatin\tx\t-\ta|b\n`)).get('Latin')?.sounds).toEqual([(known as Record<string, number>)[sound], 0]);
  });
});

describe('a name as one word (its joined code)', () => {
  const joined = (name: string) => analyseName(name).joined;

  it('is its words\' codes in a row, each word read as a word: no rule reads across the space between them', () => {
    // Oleg's g ends a word: not the soft g of "gi" (flex G) that "olegivanov" written together would have
    expect(joined('Oleg Ivanov').code).toBe(analyseName('Oleg').tokens[0]!.code + analyseName('Ivanov').tokens[0]!.code);
    expect(joined('Oleg Ivanov').code).not.toContain('G');
    // Heard and ja: a d then a j, not the one dj sound of "heardja"
    expect(joined('Heard ja McDonald').code).toContain(FINAL_T_OR_D + 'X');
  });

  it('says a symbol once where one word ends with it and the next begins with it (Ali Ibrahim as Alibrahim)', () => {
    expect(joined('Ali Ibrahim').code).toBe(analyseName('Alibrahim').tokens[0]!.code);
    expect(joined('Abd al Rahman').code).toBe(analyseName('Abdalrahman').tokens[0]!.code);
  });

  it('leaves a particle out of the core code only', () => {
    expect(joined('Le Drian')).toMatchObject({ code: analyseName('Ledrian').tokens[0]!.code, coreCode: analyseName('Drian').tokens[0]!.code });
  });
});

describe('glued particle tokens', () => {
  it('are one object per (particle, word) pair, so caches keyed by token stay bounded', () => {
    const first = analyseName('Jean-Yves Le Drian').glued;
    const again = analyseName('Le Drian').glued;
    expect(first?.at(-1)?.text).toBe('ledrian');
    expect(again?.at(-1)).toBe(first?.at(-1));
  });

  it('are read aloud as written, particle included: one with no reading of its own has none (not its word\'s)', () => {
    const readingsOf = (name: string) => analyseName(name).glued?.[0]?.readings?.map((r) => `${r.language}:${r.code}`);
    // (Rybakova and Ivy read as English: raibakufa, aifi, readings without the al- and el- of the glued word)
    expect(analyseName('Rybakova').tokens[0]?.readings).toBeDefined();
    expect(readingsOf('Al Rybakova')).toBeUndefined();
    expect(readingsOf('El Ivy')).toBeUndefined();
    expect(readingsOf('Le Garnier')).toEqual(['French:likarni']);
  });

  it('have the fields of every other keyed token, in the same order (one hidden class for the scorer to read)', () => {
    const fieldsOf = (name: string) => [...analyseName(name).tokens, ...(analyseName(name).glued ?? [])].map((t) => Object.keys(t).join());
    const fields = new Set([...fieldsOf('Le Garnier'), ...fieldsOf('Al Rybakova'), ...fieldsOf('Хафтар'), ...fieldsOf('حفتر')]);
    expect([...fields]).toEqual(['script,latin,marked,abjad,text,particle,initial,designator,acronym,code,skeletons,readings']);
  });
});

describe('romanisation conventions in data/rules/phonetic.tsv', () => {
  sameNames([
    // initial ye: the glide Russian е carries, written ye (BGN) or left out (French, German)
    ['Ельцин', 'Yeltsin'],
    ['Ельцин', 'Eltsin'],
    ['Yevgeny', 'Evgeny'],
    ['Елена', 'Yelena'],
    ['Yeltsin', 'Jelzin'],
    // yo likewise: Russian ё, often written е
    ['Ёсида', 'Yoshida'],
    ['Есида', 'Yoshida'],
    ['Иоланда', 'Yolanda'],
    // hamza on a ya seat begins a vowel (Uyghur, Kurdish)
    ['ئىراق', 'Iraq'],
    // a final t then d are two consonants, a vowel unwritten between them; d then t, German -dt, one
    ['ותד', 'Wattad'],
    ['שמידט', 'Schmidt'],
    ['ברנדט', 'Brandt'],
    // Russian writes the w of English names у: initial у before a vowel is w or u
    ['Уильям', 'William'],
    ['Уолтер', 'Walter'],
    ['Уэда', 'Ueda'],
    // the u after q (and after g before a, o, u): the glide w, written в, ו, or the vowel u; or unsaid (Spanish, French)
    ['Квандт', 'Quandt'],
    ['Асквит', 'Asquith'],
    ['Квислинг', 'Quisling'],
    ['קווינטון', 'Quinton'],
    ['Гвардиола', 'Guardiola'],
    ['Куанг', 'Quang'],
    ['Агуадо', 'Aguado'],
    ['Мескита', 'Mesquita'],
    ['Кеведо', 'Quevedo'],
    // a written ts: one sound, Russian ц (Latin ts, tz, z, Italian zz), or a t said before the s where a spelling writes two letters
    ['Moritz', 'Мориц'],
    ['Schulz', 'Шульц'],
    ['Mazzoni', 'Маццони'],
    ['Watson', 'ווטסון'],
    ['Watson', 'ワトソン'],
    ['Roberts', 'רוברטס'],
    ['Ricketts', 'ريكيتس'],
    // an l that may be unsaid (flex <): Spanish ll before its y, which Russian writes ль and Hebrew and Arabic leave out;
    // English walk's, which Russian writes or not
    ['Castillo', 'Кастильо'],
    ['Castillo', 'كاستيو'],
    ['Trujillo', 'تروخيو'],
    ['Bustillo', 'بوستييو'],
    ['Walker', 'Уолкер'],
    ['Walker', 'Уокер'],
    ['Walker', 'ووكر'],
    ['Walker', 'ウォーカー'],
    // Japanese names in Polivanov's Cyrillic write chi as ти
    ['Мацукити', 'Matsukichi'],
    ['Утида', 'Uchida'],
    // …and z as дз, which is dz (a j sound) in other names
    ['Судзуки', 'Suzuki'],
    ['Нодзака', 'Nozaka'],
    ['Дзидзигури', 'Dzidziguri'],
    ['Дзюба', 'Dziuba'],
    // the glide of ю я ё after a consonant: y, i, or left out (French, German ü)
    ['Вячеслав', 'Viacheslav'],
    ['Бюссон', 'Busson'],
    ['Мюллер', 'Muller'],
    // Cyrillic ё: yo, o, ö or eu, or written as е
    ['Фёдор', 'Fyodor'],
    ['Фёдор', 'Fedor'],
    ['Горбачёв', 'Gorbachev'],
    ['Киёко', 'Kiyoko'],
    ['Брассёр', 'Brasseur'],
    ['Брённер', 'Brönner'],
    // Polish -cki: c is ts; English -cki: ck is k
    ['Paprocki', 'Папроцкий'],
    ['Wozniacki', 'Возняцки'],
    ['Vicki', 'Вики'],
    ['Уфа', 'Ufa'],
    // Hebrew pe at word start: p in Hebrew words, f in foreign names
    ['פרס', 'Peres'],
    ['פולר', 'Fuller'],
    ['פרנץ', 'Franz'],
    // final kh is a consonant, not a silent h
    ['Чех', 'Czech'],
    ['Шейх', 'Sheikh'],
    ['شيخ', 'Cheikh'],
    // …and ye as the consonant y still meets abjad ya
    ['Yemen', 'اليمن'],
    ['Yezid', 'يزيد'],
    // French ou before a vowel is w
    ['Oualid', 'Walid'],
    ['Oualid', 'وليد'],
    ['Ouattara', 'Wattara'],
    ['Ouagadougou', 'Wagadugu'],
    ['Marouane', 'مروان'],
    // …and ou before a consonant is still the vowel u
    ['Tarhouna', 'Tarhuna'],
    ['Louis', 'Luis'],
    // Russian щ as Polish (szcz) and French (chtch) write it: one sound, as shch is
    ['Chruszczow', 'Khrushchev'],
    ['Szczepański', 'Щепанский'],
    ['Khrouchtchev', 'Khrushchev'],
    ['Chtcherbakov', 'Щербаков'],
    // German dsch is the j of дж and ج…
    ['Dschugaschwili', 'Dzhugashvili'],
    ['Dschingis Khan', 'Genghis Khan'],
    ['Tadschikistan', 'Таджикистан'],
    ['Dschidda', 'جدة'],
    // …and a compound's d and sch after a consonant
    ['Goldschmidt', 'Гольдшмидт'],
    ['Goldschmidt', 'Goldshmidt'],
  ]);
  // an l that may be unsaid: left out opposite an abjad or a syllabary at a reading's cost, opposite an alphabet, which
  // writes it where said (Кастильо, Уолкер), at a silent h's: a Cyrillic й alone is no Spanish ll
  itRanksFirst([
    ['ווקר', 'Walker', 'Vickers'],
    ['קסטיו', 'Castillo', 'Costa'],
    ['Кастийо', 'Castiyo', 'Castillo'],
    // an initial Spanish or Catalan ll: an l said or not, then a glide that Russian writes ь and the abjads y
    ['Льоса', 'Llosa', 'Liuzzi'],
    ['Льорка', 'Llorca', 'Lorca'],
    ['יורנטה', 'Llorente', 'Yolande'],
  ]);
  // a final t or d (or the one before a final e) is d, and opposite an abjad also the t it writes before the vowel letter
  // of a said final e; an alphabet writes that e too, and keeps t and d apart before it
  itRanksFirst([
    ['دانتي', 'Dante', 'Donato'],
    ['دوارتي', 'Duarte', 'Dorothy'],
    ['ليتي', 'Leite', 'Leto'],
    ['בנטה', 'Bente', 'Bento'],
  ]);
  sameNames([
    ['Ahmet', 'Ahmed'],
    ['Sirte', 'سرت'],
  ]);
  differentNames([['Юти', 'Jude']]);
  // English gh after ou, au (flex ]): silent or f, which the spelling does not tell
  sameNames([
    ['Gough', 'Гоф'],
    ['Clough', 'קלאף'],
    ['Broughton', 'Бротон'],
    ['McCullough', 'Маккалло'],
    ['McDonough', 'ماكدونو'],
    ['Laughlin', 'Лофлин'],
  ]);
  // Cyrillic кх is a k and the h of a foreign name, two sounds, not the one kh a written kh is
  itRanksFirst([
    ['Экхарт', 'Eckhart', 'Echart'],
    ['Экхард', 'Eckhard', 'Achard'],
  ]);
  // German's silent h after a vowel before l, n, r, after a and e too (a reading: an Arabic name's h is still said by its code)
  itRanksFirst([
    ['Каль', 'Kahl', 'Cal'],
    ['Беренс', 'Behrens', 'Beran'],
  ]);
  sameNames([['دحلان', 'Dahlan']]);
  // an e after j or g before a, o, u only softens them, unsaid (French and English)
  itRanksFirst([
    ['Жанно', 'Jeannot', 'Zhanna'],
    ['Джорджина', 'Georgina', 'Jiřina'],
  ]);
  // French ch is sh, the reading spelt as other scripts write it (not tch, nor chr, chl)
  itRanksFirst([
    ['Бушар', 'Bouchard', 'Bučar'],
    ['Дюшен', 'Duchesne', 'Došen'],
  ]);
  // an English c before e, i, y is s, and the y after it in Cyrus the ai of Tyson
  itRanksFirst([['Сайрус', 'Cyrus', 'Sirus']]);
  // v after f is a consonant of its own, not a doubled f (data/rules/phonetic.tsv)
  itRanksFirst([['Сафван', 'Safwan', 'Sawan']]);
  // …a final -ge is j, the j of John (written dj), never Latin j's y; au is the vowel of law
  itRanksFirst([
    ['Сейдж', 'Sage', 'Seijas'],
    ['Пейдж', 'Page', 'Paige'],
    ['Маколей', 'Macaulay', 'Makale'],
  ]);
  // (a first au before a consonant is o too, in any word of English or French looks: Audrey and Audri alike)
  sameNames([['Одри', 'Audrey']]);
  differentNames([['פיי', 'Page']]);
  // a word's first x before a vowel: a k that may be unsaid, then s, z, sh or kh (flex | and C)
  itRanksFirst([
    ['Ксавье', 'Xavier', 'Kosawa'],
    ['Ксандер', 'Xander', 'Sander'],
    ['زينيا', 'Xenia', 'Shinya'],
  ]);
  sameNames([
    ['Ксенакис', 'Xenakis'],
    ['Худойберди', 'Xudoyberdi'],
  ]);
    // an initial rh is r, its h silent (Greek and Welsh names)
  itRanksFirst([
    ['Ретт', 'Rhett', 'Ritt'],
    ['רודס', 'Rhodes', 'Rod'],
  ]);
  itRanksFirst([
    ['Хотон', 'Houghton', 'Hatton'],
    ['Кофлин', 'Coughlin', 'Coghlan'],
  ]);
  it('a final t or d costs as d everywhere else: a plural -ts (flex { then s) still meets the word without its s', () => {
    expect(blank.compare('credits', 'credit').score).toBeGreaterThan(0.85);
    expect(blank.compare('investments', 'investment').score).toBeGreaterThan(0.9);
  });
});

describe('Arabic-script ڭ is the ng of Uyghur, Kazakh and Ottoman, or the g of Maghrebi spellings: an n that may be unsaid, then g', () => {
  sameNames([
    ['موڭغۇلىيە', 'Mongolia'],
    ['أڭادير', 'Agadir'],
  ]);
});

describe("a German initial pf: the p nothing or an f beside the f (flex ]), as Arabic writes it ف or بف and Russian пф", () => {
  sameNames([
    ['فيستر', 'Pfister'],
    ['فيفر', 'Pfeffer'],
    ['بفاف', 'Pfaff'],
    ['Пфистер', 'Pfister'],
    ['פפר', 'Pfeffer'],
  ]);
  it('a p before f elsewhere is said (Hopf, Kopf: no word of a name begins so but German ones)', () => {
    expect(analyseName('Hopf').tokens[0]!.code).toContain('p');
  });
});

describe('flex T: Persian چ, Russian ч and Serbian ћ are tsh, never the k or kh Latin ch can be', () => {
  sameNames([
    ['Чад', 'Chad'],
    ['Чад', 'Tchad'],
    ['چابهار', 'Chabahar'],
    ['Чехов', 'Chekhov'],
    ['Бркич', 'Brkić'],
    // č ć ç are written out as ch, which also keeps the k of a c typed without its mark
    ['Чапек', 'Čapek'],
    ['Čapek', 'Capek'],
    ['Çanakkale', 'Чанаккале'],
    ['François', 'Francois'],
    // Hebrew writes a foreign ch with tet and shin as often as with צ', as Arabic does with ta and shin
    ['מיטשל', 'Mitchell'],
    ['גרטשן', 'Gretchen'],
  ]);
  it('Hebrew tet and shin are the ch of Mitchell, not the sh of Mishal', () => {
    for (const [hebrew, ch, sh] of [['מיטשל', 'Mitchel', 'Mishal'], ['גרטשן', 'Gretchen', 'Grishin'], ['ינטש', 'Jentsch', 'Jens']] as const) {
      expect(blank.compare(hebrew, ch).score, ch).toBeGreaterThan(blank.compare(hebrew, sh).score);
    }
  });
  differentNames([
    ['Haiti', 'چاڈ'],
    ['Galway', 'چلی'],
    ['Кьяра', 'Чяра'],
  ]);
});

describe('romanisations of other scripts write ch (Brahmic c, pinyin q) for tsh only, as Russian ч is, and j for the affricate j', () => {
  sameNames([
    ['查德', 'Chad'],
    ['查德', 'Чад'],
    ['चाड', 'Чад'],
    ['சாட்', 'Chad'],
    ['秦', 'Чин'],
  ]);
  differentNames([
    ['查德', 'Hati'],
    ['ชาด', 'Haiti'],
    ['चाड', 'Cat'],
  ]);
  it.each([
    ['Han', 'chade', 'Tade'],
    ['Han', 'qin', '[in'], // q: tsh, or a foreign j (keys' PINYIN_Q)
    ['Han', 'xijinping', '(idzhinping'], // x: a flat sh, or a foreign s or h (keys' PINYIN_X)
    ['Han', 'ciyuan', 'tsiyuan'],
    ['Devanagari', 'cad', 'Tad'],
    ['Bengali', 'chad', 'Tad'],
    ['Thai', 'chad', 'Tad'],
    ['Georgian', 'chadi', 'Tadi'],
    ['Katakana', 'chiri', 'Tiri'],
    ['Georgian', 'cxinvali', 'cxinvali'],
    ['Han', 'jibuti', 'dzhibuti'],
    ['Devanagari', 'japan', 'dzhapan'],
  ])('%s %s is marked %s', (script, romanised, marked) => expect(affricatesMarked(script, romanised)).toBe(marked));
  // their j is the affricate only, never the y or kh of a Latin j
  sameNames([
    ['吉布提', 'Djibouti'],
    ['ジャマイカ', 'Jamaica'],
    ['जापान', 'Japan'],
  ]);
  differentNames([
    ['जापान', 'Yaban'],
    ['吉布提', 'Hibuti'],
    ['ジャマイカ', 'Yamaica'],
    ['잠비아', 'Yambia'],
  ]);
  it('keeps the Latin form as romanised', () => expect(transliterateWord('查德')).toMatchObject({ latin: 'chade', marked: 'Tad^' }));
});

describe('Khmer names meet their Latin spellings', () => {
  sameNames([
    ['អង់ហ្គោឡា', 'Angola'],
    ['កុងហ្គោ', 'Congo'],
    ['ម៉ាល់ឌីវ', 'Maldives'],
    ['នីការ៉ាហ្គា', 'Nicaragua'],
    ['ហ្គាណា', 'Ghana'],
    ['ម៉ុងហ្គោលី', 'Mongolia'],
  ]);
});

describe('Thai and Lao letters the romanisations write ch, kh and ph: จ ຈ the affricate tsh or a foreign j, as pinyin\'s q; ค พ a foreign k and p', () => {
  it('are marked keys\' PINYIN_Q and shown ch', () => {
    expect(transliterateWord('จีน')).toMatchObject({ latin: 'chin', marked: '[in' });
    expect(transliterateWord('ຈີນ')).toMatchObject({ latin: 'chin', marked: '[in' });
    // (the aspirated ช is the tsh alone)
    expect(transliterateWord('ชาด').marked).toBe('Tad');
  });
  // Each row of the data file must do what it claims: its letter, alone, is marked with the row's flex symbol.
  const markRows = readFileSync(new URL('../data/translit/thai-lao-marks.tsv', import.meta.url), 'utf8').split('\n').filter((line) => line !== '' && !line.startsWith('#')).map((line) => line.split('\t'));
  it.each(markRows.map((row) => [row[0], row[1]] as const))('data/translit/thai-lao-marks.tsv: %s is marked %s', (letter, flex) => {
    // (a letter with the silence mark is kept after a vowel only: see spokenOrder in transliterate/)
    if (/[\u0E4C\u0ECC]$/u.test(letter!)) expect(transliterateWord((/[\u0E00-\u0E7F]/u.test(letter!) ? 'นา' : 'ນາ') + letter!).marked).toBe('na' + flex);
    else expect(transliterateWord(letter!).marked).toBe(flex);
  });
  it('mark the aspirated k and p the keys\' K and P, a foreign k or p or the kh and ph of a Thai name\'s romanisation', () => {
    expect(transliterateWord('คองโก')).toMatchObject({ latin: 'khongko', marked: 'Kongko' });
    expect(transliterateWord('ภูเก็ต')).toMatchObject({ latin: 'phuket', marked: 'Puket' });
    // (แ is one vowel, e or an English a; เ◌ีย the vowel ia)
    expect(transliterateWord('แคนาดา').marked).toBe('KLnada');
    expect(transliterateWord('รัสเซีย').marked).toBe('rassia');
    // (a Latin word spelt as the romanisation writes the Thai one is that word, as pinyin is a Chinese one)
    expect(blank.compare('ภูเก็ต', 'Phuket').score).toBe(1);
  });
  sameNames([
    ['คองโก', 'Congo'],
    ['แคนาดา', 'Canada'],
    ['รัสเซีย', 'Russia'],
    ['ภูเก็ต', 'Phuket'],
    ['ขอนแก่น', 'Khon Kaen'],
    ['จาเมกา', 'Jamaica'],
    ['จอห์น', 'John'],
    ['จีน', 'China'],
    ['จีน', 'Jin'],
    // (a foreign r, s or y Thai leaves unsaid after a vowel, with the silence mark)
    ['นอร์เวย์', 'Norway'],
    ['กาตาร์', 'Qatar'],
    ['อาร์เจนตินา', 'Argentina'],
    ['ลิกเตนสไตน์', 'Liechtenstein'],
    ['จอร์แดน', 'Jordan'],
    // (r or nothing: Lao writes no letter for it)
    ['คีร์กีซสถาน', 'ຄີກິສຖານ'],
  ]);
  differentNames([
    ['ชาด', 'Jad'],
    ['จาเมกา', 'Yamaica'],
  ]);
});

describe('South Slavic ž, š and đ are zh, sh and dj, and Spanish ñ is ny, as Cyrillic writes them', () => {
  // (a š, ş typed without its mark keeps the s's code: the keys class sh with s; the tie-breaker tells them apart)
  itRanksFirst([
    ['Алеш', 'Aleš', 'Ales'],
    ['Алес', 'Ales', 'Aleš'],
    ['Барыш', 'Barış', 'Bares'],
  ]);
  sameNames([
    ['Šimić', 'Simic'],
    ['Жижек', 'Žižek'],
    ['Божидар', 'Božidar'],
    ['Жига', 'Žiga'],
    ['Đorđević', 'Djordjevic'],
    ['Đorđević', 'Джорджевич'],
    ['Tuđman', 'Туджман'],
    // the z of a ž typed without its mark stays near
    ['Željko', 'Zeljko'],
    // Spanish ñ is ny, as Russian нь writes it; the n of a ñ typed without its mark stays near
    ['Акунья', 'Acuña'],
    ['Муньос', 'Muñoz'],
    ['Muñoz', 'Munoz'],
  ]);
});

describe('numbers, roman ones included, tell names apart', () => {
  differentNames(
    [
      ['Budapest XII. kerület', 'Budapest I. kerület'],
      // a lone I, V or X beside a roman numeral is a numeral, not an initial
      ['Budapest IX. kerület', 'Budapest I. kerület'],
      ['Budapest X. kerület', 'Budapest II. kerület'],
      ['Louis XIV', 'Louis XVI'],
      ['Apollo 11', 'Apollo 13'],
    ],
    'different numbers: %s ≠ %s',
  );
});

describe('model designations: a maker and its abbreviation say each other, a letter after the number is a version', () => {
  sameNames(
    [
      // the maker's abbreviation before the number (Su of Sukhoi) and the maker's name: either may be left out
      ['سوخوي 24', 'Sukhoi Su-24'],
      ['Sukhoi Su-24', 'Су-24'],
      ['Mil Mi-8', 'Ми-8'],
      ['Tupolev Tu-154', 'Tu-154'],
      // a letter or two after the number: a version of the model
      ['Su-24M', 'Су-24'],
      ['F-16C', 'F-16'],
    ],
    'the same model: %s = %s',
  );
  differentNames(
    [
      ['Su-25', 'Su-24'],
      ['Su-24', 'Su-34'],
      ['Su-24M', 'Su-25'],
      // without a number after it, a short word is a word of the name like any other
      ['Sukhoi Su', 'Sukhoi'],
      ['Sukhoi Su-24', 'Sukhoi'],
      ['Apollo 11B', 'Apollo 13'],
    ],
    'another model: %s ≠ %s',
  );
});

describe('abjads write a word’s last vowel (ا ي و, final ه ה as flex H)', () => {
  sameNames([
    ['Fatima', 'فاطمة'],
    ['Hamza', 'حمزة'],
    ['Moshe', 'משה'],
    ['Sara', 'שרה'],
    ['Rome', 'روما'],
    // a silent final e is the exception: French and English spellings of names written without it
    ['Marine', 'مارين'],
    ['Florence', 'فلورانس'],
    // …and a vowel before a final h, which only looks final once the h is dropped (-ah, -eh: ح, ة)
    ['Saleh', 'صالح'],
    ['Rafah', 'رفح'],
    ['Fateh', 'فتح'],
    // final ya: i, or alif maqsura a (normalise writes ى as ي)
    ['Ali', 'علي'],
    ['Musa', 'موسى'],
    ['Mustafa', 'مصطفى'],
    ['Layla', 'ليلى'],
  ]);
  differentNames(
    [
      ['Polsha', 'بليز'],
      ['Haiti', 'حاد'],
      ['Karima', 'كريم'],
    ],
    '%s ≠ %s (the Latin final vowel has nothing opposite it)',
  );
  differentNames(
    [
      ['Malt', 'مالديو'],
      ['Karim', 'كريمة'],
    ],
    '%s ≠ %s (the abjad final vowel has nothing opposite it)',
  );
  differentNames(
    [
      ['Uganda', 'كندا'],
      ['Ahmad', 'حمد'],
      ['Osman', 'سمان'],
    ],
    '%s ≠ %s (abjads write a first vowel too: the Latin one has nothing opposite it)',
  );
  sameNames(
    [
      ['Hanan', 'חנן'],
      ['Sasson', 'ששון'],
      ['Madad', 'مدد'],
      // …but the article's lam before a word in l is the Latin ll
      ['Allah', 'الله'],
      ['Abdullah', 'عبدالله'],
    ],
    'the same abjad letter twice is two consonants: %s = %s',
  );
  sameNames(
    [
      ['Kagan', 'קגן'],
      ['Teddy', 'טדי'],
      // (a letter and a digraph's letter: s then sh, z then sh)
      ['Sasha', 'סשה'],
      ['Shazar', 'שזר'],
    ],
    'two abjad letters the keys fold into one consonant (k and g, t and d, s and sh) are two consonants: %s = %s',
  );
  differentNames(
    [
      ['Kan', 'קגן'],
      ['Ted', 'טדי'],
      ['Shah', 'סשה'],
    ],
    'two abjad letters the keys fold into one consonant are not one: %s ≠ %s',
  );
  sameNames(
    [
      ['Reynolds', 'رينولدز'],
      ['Fields', 'فيلدز'],
      ['Mendez', 'מנדז'],
      // …while inside a word d and z stay the dz the keys read in Latin (Georgian -dze)
      ['Abashidze', 'אבשידזה'],
    ],
    'd then z ending an abjad word is the English -ds, two consonants, not the Latin dz: %s = %s',
  );
  sameNames(
    [
      ['Sahar', 'سحر'],
      ['Zahran', 'زهران'],
      ['Dakhil', 'دخيل'],
      // …while a foreign name's letters still meet as Latin writes them (t then sh: ch)
      ['Chad', 'تشاد'],
    ],
    'an abjad h or kh letter is never the second half of a digraph: %s = %s',
  );
  it('a final ه is not read as the h of a digraph (حمزه is not hamj)', () => {
    expect(analyseName('حمزه').tokens[0]!.skeletons).toEqual(['hms']);
  });
});

describe('abugidas (Brahmic scripts, as romanised) leave only the inherent a unwritten', () => {
  sameNames([
    ['भारत', 'Bharat'],
    ['शिव', 'Shiva'],
    ['ਜਰਮਨੀ', 'Jarmani'],
  ]);
  it('a written vowel sign is not dropped like the inherent a', () => {
    expect(blank.compare('भारत', 'Bharat').score).toBeGreaterThan(blank.compare('भारत', 'Bharati').score + 0.05);
    expect(blank.compare('ಜರ್ಮನಿ', 'Armenia').match).toBe(false);
  });
});

describe('syllabic scripts (kana, hangul, Chinese characters) add vowels between a foreign name’s consonants', () => {
  it('an added vowel costs less than one missing from a Latin spelling', () => {
    // カザフスタン is kazafusutan: its u after f and s are the script's, not the name's
    expect(blank.compare('カザフスタン', 'Kazakhstan').score).toBeGreaterThan(blank.compare('Kazafusutan', 'Kazakhstan').score);
    expect(blank.compare('スーダン', 'Sudan').match).toBe(true);
  });
});

describe('readings of one foreign convention cost more', () => {
  it("Cyrillic ти read as Polivanov's chi is a stretch in a Russian name", () => {
    expect(blank.compare('Тимур', 'Timur').score).toBe(1);
    expect(blank.compare('Тина', 'China').match).toBe(false);
    expect(blank.compare('Тимур', 'Chimur').score).toBeLessThan(blank.compare('Тимур', 'Timur').score - 0.1);
  });
});

describe('phonetic rules skipped when their letters are absent', () => {
  it('give the code that running every rule gives', () => {
    const { phoneticRules } = linguistics();
    const unit = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzAWYJZBKPCTGXVQUIHEDFLMNORS\':'.split(''));
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 16 }), (marked) => {
        let plain = marked.replace(/[^a-zA-Z0-9':]/g, '');
        for (const rule of phoneticRules) plain = plain.replace(rule.pattern, rule.replacement);
        expect(phoneticCode(marked)).toBe(plain.replaceAll(':', ''));
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['kh$', 'kh'],
    ['^y(?=[aiu])', 'y'],
    ['t?sch', 'sch'],
    ['(.)\\1+', null],
    ['[qcg]', null],
  ])('the letters a match of %s holds: %s', (source, literal) => expect(requiredLiteral(source)).toBe(literal));

  it.each([
    ['t[sz]', { every: 't', some: 'sz' }],
    ['^[vw]', { every: '', some: 'vw' }],
    ['kh$', { every: 'kh', some: '' }],
    ['(.)\\1+', undefined],
    ['[ae][iy]', undefined],
  ])('the letters a match of %s holds, all or one of them: %o', (source, letters) => expect(requiredLetters(source)).toEqual(letters));
});

describe('the glide y (Yusuf, Юсуф, يوسف) is kept apart from j (John, Джон, جون); Latin j may be either', () => {
  sameNames([
    ['Yusuf', 'Юсуф'],
    ['Yusuf', 'يوسف'],
    ['Jusuf', 'يوسف'],
    ['Jan', 'Ян'],
    ['Iulian', 'Юлиан'],
    ['Jared', 'Джаред'],
    ['Jared', 'جاريد'],
  ]);
  differentNames([
    ['Yared', 'Джаред'],
    ['Yared', 'جاريد'],
    ['Yanet', 'Джанет'],
  ]);
  it('shares keys, so a transliteration that writes one for the other is still found', () => {
    expect(skeletonsOf('Yared')).toEqual(skeletonsOf('Джаред'));
  });
  it('ranks the j spelling first for дж', () => {
    const resolver = createResolver({ entities: [{ id: 'y', name: 'Yared', type: 'person' }, { id: 'j', name: 'Jared', type: 'person' }] });
    expect(resolver.resolve('Джаред').entity?.id).toBe('j');
    expect(resolver.resolve('Яред').entity?.id).toBe('y');
  });
});

describe('the diphthong ei, ey (and Hebrew double yod) is read ai, never folded into one i', () => {
  it('keeps a diphthong apart from a plain i', () => {
    expect(analyseName('Stein').tokens[0]!.code).not.toBe(analyseName('Stin').tokens[0]!.code);
    expect(analyseName('Stein').tokens[0]!.code).toBe(analyseName('Stain').tokens[0]!.code);
  });
  it('ranks the spelling with the diphthong first, from Cyrillic and Hebrew', () => {
    const resolver = createResolver({
      entities: ['Blin', 'Blaine', 'Stin', 'Stein', 'Pris', 'Price'].map((name) => ({ id: name.toLowerCase(), name, type: 'person' as const })),
    });
    expect(resolver.resolve('Блейн').candidates[0]?.id).toBe('blaine');
    expect(resolver.resolve('Штейн').candidates[0]?.id).toBe('stein');
    expect(resolver.resolve('שטיין').candidates[0]?.id).toBe('stein');
    expect(resolver.resolve('פרייס').candidates[0]?.id).toBe('price');
  });
});

describe('Cyrillic оу is the o of an English name (Роу Rowe, Боуман Bowman), not a plain o', () => {
  it('ranks the spelling with the diphthong first', () => {
    const resolver = createResolver({
      entities: ['Ro', 'Rowe', 'Ston', 'Stone', 'Bon', 'Bone', 'Boman'].map((name) => ({ id: name.toLowerCase(), name, type: 'person' as const })),
    });
    expect(resolver.resolve('Роу').candidates[0]?.id).toBe('rowe');
    expect(resolver.resolve('Стоун').candidates[0]?.id).toBe('stone');
    expect(resolver.resolve('Боун').candidates[0]?.id).toBe('bone');
    // a plain о is still the o of either
    expect(resolver.resolve('Боман').candidates[0]?.id).toBe('boman');
  });
});

describe('a reading spelt letter for letter as the other word outranks a spelling that only shares its code', () => {
  it.each([
    ['Бардо', 'Bardot', 'Barto'],
    ['Аполлоний', 'Apollonius', 'Apolloni'],
    ['Беллье', 'Bellier', 'Belle'],
  ])('%s is %s before %s', (query, read, coded) => {
    const resolver = rankedFirst(query, read, coded);
    expect(resolver.compare(query, read).explanation.pairs[0]?.evidence).toMatch(/^read as /);
  });
});

describe('data/rules/written.tsv: each row does what it claims', () => {
  it.each(linguistics().writtenRules.map((rule) => [rule.line, rule.pattern.source, rule.example[0], rule.example[1]] as const))(
    'line %i (%s): %s is written as %s is romanised',
    (_line, _pattern, latin, other) => {
      const [word] = analyseName(latin).tokens;
      expect(asOtherScriptsWrite(word!.latin)).toBe(analyseName(other).tokens[0]!.latin);
      // (and not before: the row is what makes them meet)
      expect(word!.latin).not.toBe(analyseName(other).tokens[0]!.latin);
    },
  );
  it('a row that captures a group is refused, by file, line and field (the rows are joined into one pattern)', () => {
    const file = draftTable('ph\tf\tphilip|филип\n(c)k\tk\tdecken|деккен\n');
    expect(() => loadWrittenRules(file)).toThrow(expect.objectContaining({ code: 'E_DATA_SCHEMA', file, line: 3, field: 'pattern' }));
    expect(loadWrittenRules(draftTable('(?:c)k\tk\tdecken|деккен\n'))).toHaveLength(1);
  });
});

describe('data/normalise/sounds.tsv: a Latin letter whose mark says a sound its folded letter drops (Polish ą ę, Czech ř, Portuguese ã)', () => {
  // the row's letter written without its mark: the word as a spelling typed without it writes it
  const withoutMarks = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '');
  it.each(linguistics().soundRules.map((rule) => [rule.line, rule.pattern.source, rule.example[0], rule.example[1]] as const))(
    'line %i (%s): %s matches %s, and its Latin form is still its letters as normalise folds them',
    (_line, _pattern, latin, other) => {
      expect(blank.compare(latin, other).match).toBe(true);
      // (the row is what makes them meet: the word typed without the mark does not)
      expect(blank.compare(latin, other).score).toBeGreaterThan(blank.compare(withoutMarks(latin), other).score + 0.05);
      // (the keys read the row's sound; the Latin form, which exact keys are made of, is the folded word: Dvořák is Dvorak)
      expect(analyseName(latin).tokens[0]!.latin).toBe(normaliseText(latin));
    },
  );
  it('reads a Turkish or Azerbaijani c as the j of дж where a letter of theirs marks the word, and a c elsewhere as before', () => {
    expect(blank.compare('Avcı', 'Авджи').match).toBe(true);
    expect(blank.compare('Cəfərov', 'Джафаров').match).toBe(true);
    expect(analyseName('Avcı').tokens[0]!.marked).toBe('avdzhi');
    // (its Latin form, which exact keys are made of, stays as folded; an unmarked word keeps its c)
    expect(analyseName('Avcı').exactKey).toBe(analyseName('Avci').exactKey);
    expect(analyseName('Carlos Avci').tokens.map((t) => t.marked)).toEqual(['carlos', 'avci']);
  });
  it('reads a c as the ts of Slavic and Baltic spellings where a letter of theirs marks the word, and as before elsewhere', () => {
    for (const [latin, other] of [['Cvetković', 'Цветкович'], ['Atanacković', 'Атанацкович'], ['Wacław', 'Вацлав'], ['Crnković', 'Црнкович']] as const) {
      expect(blank.compare(latin, other).match, latin).toBe(true);
    }
    // (the same word typed without its marks still meets it; a cz or ch is the ch or kh it was)
    expect(blank.compare('Cvetković', 'Cvetkovic').match).toBe(true);
    expect(blank.compare('Szczęsny', 'Щенсный').match).toBe(true);
    expect(analyseName('Carlos Cvetković').tokens.map((t) => t.marked)).toEqual(['carlos', '{Cvetkovich']);
  });
  it('reads a j as the glide y where a Slavic or Baltic letter marks the word (Vujović Вуйович), and as before elsewhere', () => {
    const resolver = createResolver({ entities: ['Vujović', 'Vives', 'Vujčić', 'Djoković'].map((name, i) => ({ id: `e${i}`, name, type: 'person' as const })) });
    // (its j read as j, h or nothing, the keys of Vujović were those of a j or kh: Вуйович found only Vives)
    expect(resolver.resolve('Вуйович').entity?.name).toBe('Vujović');
    expect(resolver.resolve('Вуйчич').entity?.name).toBe('Vujčić');
    expect(analyseName('Vujović Jovanovic Djoković').tokens.map((t) => t.marked)).toEqual(['vuyovich', 'jovanovic', 'djokovich']);
  });
  it('reads the dz of Polish -dzki, -dzka as a d and the s of -ski, not the j of dż (Zawadzki Завадский), and dz elsewhere as before', () => {
    expect(blank.compare('Завадский', 'Zawadzki').score).toBeGreaterThan(0.95);
    expect(blank.compare('Гродский', 'Grodzki').score).toBeGreaterThan(0.95);
    expect(blank.compare('Джабаров', 'Dzabarov').match).toBe(true);
  });
  it('reads the sound only in the marked word, as one that may be unsaid: its keys find both spellings', () => {
    const dvorak = analyseName('Antonín Dvořák');
    expect(dvorak.tokens.map((t) => t.latin)).toEqual(['antonin', 'dvorak']);
    expect(dvorak.tokens[1]!.marked).toBe('dvor%ak');
    expect(dvorak.tokens[0]!.marked).toBe('antonin');
    expect(dvorak.exactKey).toBe(analyseName('Antonin Dvorak').exactKey);
    const keys = new Set(tokenKeys(dvorak.tokens[1]!));
    expect(tokenKeys(analyseName('Дворжак').tokens[0]!).some((key) => keys.has(key))).toBe(true);
    expect(tokenKeys(analyseName('Dvorak').tokens[0]!).some((key) => keys.has(key))).toBe(true);
    // written apart (a combining ogonek), in capitals, or beside another word: the same reading
    expect(analyseName('WAŁE\u0328SA').tokens[0]!.marked).toBe('wale*sa');
    expect(blank.compare('Jędrzejczak', 'Енджейчак').match).toBe(true);
  });
  it('reads Portuguese ão and ã as the an other languages write (Japão Japan, Paquistão Pakistan, Irã Iran), and João still as Joao', () => {
    for (const [portuguese, other] of [['Japão', 'Japan'], ['Paquistão', 'Pakistan'], ['Sudão', 'Sudan'], ['Irã', 'Iran'], ['Simão', 'Симан']] as const) {
      expect(blank.compare(portuguese, other).match, portuguese).toBe(true);
    }
    expect(blank.compare('João', 'Joao').score).toBe(1);
  });
  it('resolves a Czech or Polish name against its other scripts’ spellings, and the plain spelling still against the marked one', () => {
    const resolver = createResolver({
      entities: [
        { id: 'dvorak', name: 'Antonín Dvořák', type: 'person' },
        { id: 'dvornik', name: 'Dvornik', type: 'person' },
        { id: 'walesa', name: 'Lech Wałęsa', type: 'person' },
      ],
    });
    expect(resolver.resolve('Антонин Дворжак').entity?.id).toBe('dvorak');
    expect(resolver.resolve('Лех Валенса').entity?.id).toBe('walesa');
    expect(resolver.resolve('Lech Walesa').entity?.id).toBe('walesa');
    expect(resolver.resolve('Antonin Dvorak').entity?.id).toBe('dvorak');
  });
});

describe('data/normalise/sounds.tsv: Turkish ğ, which lengthens a vowel, is a g, a y or nothing', () => {
  it('resolves a Turkish name written with ğ from spellings that write the g and from those that leave it out', () => {
    const resolver = createResolver({ entities: [{ id: 'erdogan', name: 'Tayyip Erdoğan', type: 'person' }, { id: 'erdman', name: 'Tayyip Erdman', type: 'person' }] });
    expect(resolver.resolve('タイイップ・エルドアン').entity?.id).toBe('erdogan');
    expect(resolver.resolve('타이이프 에르도안').entity?.id).toBe('erdogan');
    expect(resolver.resolve('Тайип Эрдоган').entity?.id).toBe('erdogan');
    expect(resolver.resolve('Tayyip Erdogan').entity?.id).toBe('erdogan');
    expect(analyseName('Erdoğan').tokens[0]!.marked).toBe('erdo!an');
  });
});

describe('the string tie-breaker reads Latin spellings no romanisation writes as romanisations write them', () => {
  it.each([
    ['Деккен', 'Decken', 'Deken'],
    ['Аккерманн', 'Ackermann', 'Akermann'],
    ['Шмидт', 'Schmidt', 'Smidt'],
    ['Шуберт', 'Schubert', 'Subert'],
    ['Фриман', 'Freeman', 'Frieman'],
    ['Вудс', 'Woods', 'Wodds'],
    ['Кеннеди', 'Kennedy', 'Kennede'],
    ['هنري', 'Henry', 'Henre'],
  ])('%s is %s before %s', (query, latin, other) => {
    const resolver = rankedFirst(query, latin, other);
    expect(resolver.compare(query, latin).score).toBeGreaterThan(resolver.compare(query, other).score);
  });
});

describe('Cyrillic э is mostly the a of an English name, which Russian writes э (it writes the e of most names е)', () => {
  itRanksFirst([
    ['Бэнд', 'Band', 'Bent'],
    ['Хэнд', 'Hand', 'Hind'],
    ['Кэт', 'Kat', 'Kit'],
    ['Брэндон', 'Brandon', 'Brendon'],
    ['Бэррат', 'Barrat', 'Berat'],
    ['Сэкстон', 'Saxton', 'Sexton'],
  ]);
  it('still reads e: Эдвард is Edward', () => expect(blank.compare('Эдвард', 'Edward').match).toBe(true));
});

describe('p and b, t and d: one consonant, voiced or not; told apart where the other script writes both', () => {
  it('shares keys, so a spelling from Arabic (which has no p) is still found', () => {
    expect(skeletonsOf('Parly')).toEqual(skeletonsOf('Barly'));
    expect(skeletonsOf('بارلي')).toContain(skeletonsOf('Parly')[0]);
  });
  const wordSimilarity = (a: string, b: string) => blank.compare(a, b).explanation.pairs[0]?.similarity;
  it('reads one script’s spellings that differ in p and b as one (Parly, Barley: Arabic has no p), but not in t and d', () => {
    expect(blank.compare('Florence Parly', 'Florence Barley').match).toBe(true);
    expect(blank.compare('Parly', 'Barly').explanation.pairs[0]?.evidence).toBe('same phonetic code');
    expect(blank.compare('Парли', 'Barly').explanation.pairs[0]?.evidence).not.toBe('same phonetic code');
    expect(wordSimilarity('Парли', 'Barly')).toBeLessThan(wordSimilarity('Parly', 'Barly')!);
    expect(wordSimilarity('Dama', 'Tama')).toBeLessThan(wordSimilarity('Dama', 'Dami')!);
  });
  itRanksFirst([
    ['Пагсли', 'Pugsley', 'Baxley'],
    ['Пахман', 'Pachman', 'Bahman'],
    ['Бакстон', 'Buxton', 'Paxton'],
    ['Шопен', 'Chopin', 'Zubin'],
    ['פרד', 'Fred', 'Bird'],
    ['Бордман', 'Boardman', 'Bartman'],
    ['Антуан', 'Antoine', 'Andone'],
    ['ביידן', 'Biden', 'Payton'],
    ['ديلر', 'Diller', 'Tyler'],
  ]);
  it('reads an abjad’s plain b (Arabic ب) as either, and a syllabary’s (the words alike; the string tie-breaker aside)', () => {
    expect(wordSimilarity('بارلي', 'Parly')).toBe(wordSimilarity('بارلي', 'Barly'));
    expect(wordSimilarity('불가리아', 'Bulgaria')).toBe(wordSimilarity('불가리아', 'Pulgaria'));
    // (but hangul ㅍ writes a foreign p or f, never b, which Korean writes ㅂ)
    expect(wordSimilarity('폴란드', 'Poland')).toBeGreaterThan(wordSimilarity('폴란드', 'Boland')!);
    expect(wordSimilarity('Павия', 'Pavia')).toBeGreaterThan(wordSimilarity('Павия', 'Bavia')!);
  });
  it('folds a word’s final t and d into one (Ahmet Ahmed, Murat Murad), and a t before its final e (Sirte سرت)', () => {
    expect(analyseName('Ahmet').tokens[0]!.code).toBe(analyseName('Ahmed').tokens[0]!.code);
    expect(blank.compare('Sirte', 'سرت').match).toBe(true);
    expect(analyseName('Ahmeti').tokens[0]!.code).not.toBe(analyseName('Ahmedi').tokens[0]!.code);
  });
  it('folds a p before b into it, as said and as Arabic writes it (Hepburn هيبورن)', () => {
    expect(analyseName('Hepburn').tokens[0]!.code).toBe(analyseName('Hebburn').tokens[0]!.code);
  });
});

describe('a final he or ha (flex H) writes -a or -e, never the o or u that waw writes', () => {
  itRanksFirst([
    ['מלכה', 'Malka', 'Molcho'],
    ['אנריקה', 'Enrique', 'Enrico'],
    ['נובה', 'Nova', 'Nobu'],
    ['منبه', 'Munabbih', 'Manabu'],
  ]);
});

describe('the article before a word that begins with a vowel runs into it: Maghrebi and French spellings write it l', () => {
  it('العربي is Larbi before Robby', () => {
    rankedFirst('العربي', 'Larbi', 'Robby');
  });
  it('العماري, الأسعد match Lamari, Lassaad', () => {
    expect(blank.compare('العماري', 'Lamari').match).toBe(true);
    expect(blank.compare('الأسعد', 'Lassaad').match).toBe(true);
  });
});
