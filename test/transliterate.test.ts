import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { kanaAddedVowels, LETTER_BOUNDARY, transliterate, transliterateWord } from '../src/transliterate/index.js';
import { normaliseText } from '../src/normalise/index.js';
import { linguistics, loadTranslit } from '../src/data/linguistic.js';
import { draftTable } from './helpers.js';

describe('transliterate', () => {
  it.each([
    ['حفتر', 'hftr'],
    ['خليفة', 'khlyfh'],
    ['بوقادوم', 'bwkadwm'], // qaf is shown k and ghayn g, as most names Arabic writes so spell them (the keys read q, k, g alike)
    ['فاغنر', 'fagnr'],
    ['علي', "'li"], // a final ya is shown i, as most names Arabic writes so end (the keys read i, a or y)
    ['хафтар', 'haftar'], // х is h, as most foreign names Russian writes so spell it…
    ['бах', 'bakh'], // …and kh at a word's end, a consonant the keys keep
    ['саратх', 'sarath'], // …but a final тх is the aspirated th of an Indian or Thai name (Sarath, Bharath), not a t and a kh
    ['джабаров', 'dzhabarov'],
    // Russian е is ye at a word's start, e elsewhere
    ['ельцин', 'yeltsin'],
    ['фёдоров', 'fodorov'], // ё is shown o, as most names Russian writes so spell it (the keys read it o or e)
    // the glide of a soft sign before е, я, о is written i, as the foreign names Russian writes so mostly are
    ['пьер', 'pier'],
    // й is the i of a diphthong before a consonant, y before a vowel and mostly at a word's end
    ['кайл', 'kail'],
    ['майя', 'maiya'],
    ['йоханнес', 'yohannes'],
    ['йылмаз', 'yilmaz'],
    ['мюррей', 'myurrey'],
    ['пьоли', 'pioli'],
    ['гутерріш', 'huterrish'],
    ['гутерриш', 'guterrish'],
    ['ανδορρα', 'andorra'],
    ['πουτιν', 'poutin'],
    // μπ and ντ are b and d at a word's start or after a consonant, mb and nt inside (shown so; the keys let the nasal be unsaid)
    ['μπουρουντι', 'bourounti'],
    ['ζαμπια', 'zambia'],
    ['ντοναλντ', 'donald'],
    ['αλμπερτο', 'alberto'],
    ['καζαντζακης', 'kazantzakis'],
    ['אנדורה', 'andwra'],
    ['מיכאל', 'mychal'], // a kaf inside a word or at its end is shown ch, at its start k
    ['כהן', 'khn'],
    ['יצחק', 'ytzkhk'], // a tsadi is shown tz, as most names Hebrew writes so spell it // a final he is shown a, as most names Hebrew writes so end (the keys read a written vowel)
    ["ג'ורג'", 'jwrj'],
    // geresh letters: a final tsadi's ch, tav's th, and the Arabic sounds het, dalet, tet and ayin write with one
    ["ריץ'", 'rych'],
    ['ת׳ורה', 'thwra'],
    ["ח'ורי", 'khwry'],
    ["ד'הבי", 'dhhby'],
    ["ט'אהר", 'zahr'],
    ["ע'אזי", 'ghazy'],
    // double vav and double yod are one sound each (Hebrew spelling doubles them to write a consonant or a diphthong)
    ['ווטסון', 'vtswn'],
    ['דייבי', 'dayby'],
  ])('%s → %s', (input, expected) => {
    expect(transliterateWord(normaliseText(input)).latin).toBe(expected);
  });

  it('falls back to any-ascii for scripts without a table of their own', () => {
    expect(transliterate('アンドラ')).toBe('andora');
    expect(transliterateWord('안도라').script).toBe('Hangul');
  });

  it('marks abjads, whose short vowels are unwritten', () => {
    expect(transliterateWord('حفتر').abjad).toBe(true);
    expect(transliterateWord('хафтар').abjad).toBe(false);
  });

  // Each table row must do what it claims: its letters become the listed Latin (flex symbols read as lowercase).
  for (const table of ['arabic', 'cyrillic', 'greek', 'hebrew', 'kana']) {
    it(`every row of data/translit/${table}.tsv transliterates as listed`, () => {
      const rows = readFileSync(new URL(`../data/translit/${table}.tsv`, import.meta.url), 'utf8')
        .split('\n')
        .filter((l) => l && !l.startsWith('#'))
        .map((l) => l.split('\t'));
      expect(rows.length).toBeGreaterThan(20);
      // "letters$" rows give the reading at a word's end; the plain row is then checked inside a word (doubled).
      const finals = new Map(rows.filter(([l]) => l!.length > 1 && l!.endsWith('$')).map(([l, latin]) => [l!.slice(0, -1), latin!]));
      const initials = new Map(rows.filter(([l]) => l!.length > 1 && l!.startsWith('^')).map(([l, latin]) => [l!.slice(1), latin!]));
      for (const [letters, latin] of rows) {
        const atEnd = letters!.length > 1 && letters!.endsWith('$');
        // "^letters" rows give the reading at a word's start, which is where a one-row word puts them
        const atStart = letters!.length > 1 && letters!.startsWith('^');
        const source = atEnd ? letters!.slice(0, -1) : atStart ? letters!.slice(1) : letters!;
        const word = normaliseText(source);
        if (word !== source.normalize('NFC')) continue; // folded by normalise (ё, final forms…): covered there
        const final = finals.get(source);
        // a plain row whose letters have a reading of their own at a word's start is checked after that one
        const initial = !atStart && !atEnd ? initials.get(source) : undefined;
        // (and one with readings of its own at both, between them: tripled)
        const before = initial !== undefined ? word : '';
        const after = !atEnd && final !== undefined ? word : '';
        // (a mark of no script of its own, katakana's long vowel mark ー, is read after the table's first letter)
        const [seat, seatLatin] = /^\p{Script=Common}+$/u.test(source) ? rows[0]! : ['', ''];
        const result = transliterateWord(seat + before + word + after);
        const expected = seatLatin + (initial ?? '') + latin! + (after ? final! : '');
        // letters of an abjad word are kept apart in `marked` (LETTER_BOUNDARY), and a row may write one (кх k:h): compare without it
        expect(result.marked.replaceAll(LETTER_BOUNDARY, ''), `${letters}`).toBe(expected.replaceAll(LETTER_BOUNDARY, ''));
        expect(result.latin).toMatch(/^[a-z']*$/);
      }
    });
  }
});

describe('a generic romanisation keeps letters, digits and apostrophes only', () => {
  it.each([
    ['tibet།', 'tibet'],
    ['x•y', 'xy'],
    ['ཁ་ཛཱག་སྟཱན།', 'kh-dzg-stn'],
  ])('%s is marked %s: any-ascii writes its signs as punctuation the keys read as flex symbols (a comma, an asterisk)', (word, marked) => {
    expect(transliterateWord(word).marked).toBe(marked);
  });
});

describe('Thai and Lao, romanised generically, are read in spoken order', () => {
  it.each([
    ['ແມັກຊີໂກ', 'meakxiko'], // a leading vowel after its consonant (Mexico)
    ['เม็กซิโก', 'meksiko'],
    ['เปรู', 'peru'],
    ['ไอร์แลนด์', 'airlaen'], // the carrier of an initial vowel unsaid (Ireland); on the silence mark, see below
    ['ໄອຣ໌ແລນ', 'airlen'],
    ['โครเอเชีย', 'khorecheiy'], // a carrier inside a word unsaid too (Croatia)
  ])('%s → %s', (word, latin) => {
    expect(transliterateWord(normaliseText(word)).latin).toBe(latin);
  });
  it.each([
    ['นอร์เวย์', 'norwey'], // Norway: r and y after a vowel, closing the syllables as the foreign spelling does
    ['กาตาร์', 'katar'], // Qatar
    ['ไอซ์แลนด์', 'aislaen'], // Iceland: the s kept, the d after the n left out
    ['ศักดิ์', 'sak'], // after a consonant: the end of a Sanskrit cluster, unsaid and unwritten in romanised Thai names
    ['พงศ์', 'phng'], // (phong: any-ascii writes no unwritten vowel)
  ])('a letter the silence mark cancels is kept after a vowel only: %s → %s', (word, latin) => {
    expect(transliterateWord(normaliseText(word)).latin).toBe(latin);
  });
  it('keeps a carrier letter that is a vowel of its own (อเมริกา America)', () => {
    expect(transliterateWord('อเมริกา').latin.startsWith('o')).toBe(true);
  });
});

describe('Khmer, romanised generically, as its names are', () => {
  it.each([
    ['ហ្គាណា', 'kana'], // ហ with a subscript consonant is that consonant: Khmer's g (Ghana), not hk
    ['នីហ្សេ', 'nise'], // its z (Niger, from the French)
    ['ម៉ាល់ឌីវ', 'maldiv'], // the bantoc shortens a vowel, it is no a (Maldives); ី is i
    ['កុងហ្គោ', 'kongko'], // ោ is o (Congo), not ao
  ])('%s → %s', (word, latin) => {
    expect(transliterateWord(normaliseText(word)).latin).toBe(latin);
  });
  // Each row of the data file does what it claims: between two consonants, its letters read as the row reads them.
  it.each([...linguistics().anyAsciiCorrections.Khmer!.map])('data/translit/khmer.tsv: %s is read "%s"', (letters, latin) => {
    expect(transliterateWord('ក' + letters + 'ក').latin).toBe(`k${latin}k`);
  });
});

describe('Georgian and Armenian, romanised generically, as their names are', () => {
  it.each([
    ['პუტინი', 'putini'], // ejectives without any-ascii's apostrophe (p', t'): a foreign p and t (Putin, with the nominative's -i)
    ['წყალტუბო', 'tsqaltubo'],
    ['თბილისი', 'tbilisi'],
    ['Պուտին', 'putin'], // ու is u; aspirates without the apostrophe (Թ t')
    ['Թրամփ', 'tramp'],
    ['Փաշինյան', 'pashinyan'],
    ['Ռուսաստան', 'rusastan'],
    ['Երևան', 'yerevan'], // a first ե is ye, a first ո vo
    ['Ոսկան', 'voskan'],
    ['Օբամա', 'obama'], // (the o of a foreign name is օ)
  ])('%s → %s', (word, latin) => {
    expect(transliterateWord(normaliseText(word)).latin).toBe(latin);
  });
  // Each row of the data files does what it claims: between two letters (or first), its letters read as the row reads them.
  it.each([...linguistics().anyAsciiCorrections.Georgian!.map])('data/translit/georgian.tsv: %s is read "%s"', (letters, latin) => {
    expect(transliterateWord('ა' + letters + 'ა').latin).toBe(`a${latin}a`);
  });
  it.each([...linguistics().anyAsciiCorrections.Armenian!.map])('data/translit/armenian.tsv: %s is read "%s"', (letters, latin) => {
    expect(transliterateWord('ն' + letters + 'ն').latin).toBe(`n${latin}n`);
  });
  it.each([...linguistics().anyAsciiCorrections.Armenian!.initial])('data/translit/armenian.tsv: a first %s is read "%s"', (letters, latin) => {
    expect(transliterateWord(letters + 'ն').latin).toBe(`${latin}n`);
  });
});

describe('transliteration tables: a bad row names file, line and field', () => {
  it('a letter listed twice', () => {
    const file = draftTable('а\ta\nб\tb\nа\to\n');
    expect(() => loadTranslit(file)).toThrow(expect.objectContaining({ code: 'E_DATA_DUPLICATE', file, line: 4, field: 'letters' }));
  });
  it('a row for both the start and the end of a word', () => {
    const file = draftTable('^уа$\tUa\n');
    expect(() => loadTranslit(file)).toThrow(expect.objectContaining({ code: 'E_DATA_PARSE', line: 2, field: 'letters' }));
  });
  it('a "shown:" tag gives the Latin form people read for its row only, and leaves the keys\' reading as it is', () => {
    const table = loadTranslit(draftTable('ё\tIO\tthe vowel o, shown:o as names write it\nה\th\nה$\tH\tshown:a\n'));
    expect(table.map.get('ё')).toBe('IO');
    expect([...table.shown]).toEqual([['ё', 'o'], ['ה$', 'a']]);
  });
  it('start and end rows are kept apart from the plain readings', () => {
    const table = loadTranslit(draftTable('у\tu\n^уа\tUa\nه$\tH\n'));
    expect([...table.map]).toEqual([['у', 'u']]);
    expect([...table.initial]).toEqual([['уа', 'Ua']]);
    expect([...table.final]).toEqual([['ه', 'H']]);
  });
});

describe('the syllabaries: katakana through its own table, hangul through any-ascii', () => {
  it.each([
    ['チュニジア', 'chunijia'], // yōon: one syllable (any-ascii: chiyunijia)
    ['ティモール', 'timoru'], // a foreign syllable, and the long vowel mark unwritten
    ['ヴァージン', 'vajin'],
    ['ひらがな', 'hiragana'], // hiragana, read as katakana
    ['マッカーサー', 'makkasa'], // the sokuon doubles the consonant after it (its marked form has one: see below)
  ])('%s → %s', (word, latin) => {
    expect(transliterateWord(normaliseText(word)).latin).toBe(latin);
  });

  it("marks katakana's long vowel mark _ (length, or an English r unsaid) and shows it as nothing", () => {
    expect(transliterateWord('スターマー').marked).toBe('suta_ma_');
    expect(transliterateWord('スターマー').latin).toBe('sutama');
  });

  it('marks katakana フ as f or h (keys\' F_OR_H) and shows it fu, as Hepburn writes it; ファ is a foreign f', () => {
    expect(transliterateWord('フセイン').latin).toBe('fusein');
    expect(transliterateWord('フセイン').marked).toBe('/usein');
    expect(transliterateWord('ファルーク').marked.startsWith('fa')).toBe(true);
  });

  it("shows katakana's small tsu (ッ) as the next consonant doubled, as Hepburn writes it, and marks the one consonant", () => {
    expect(transliterateWord('スコット').latin).toBe('sukotto'); // Scott
    expect(transliterateWord('スコット').marked).toBe('sukoto');
    expect(transliterateWord('マッチ').latin).toBe('matchi'); // Match: t before ch
    expect(transliterateWord('はっとり').latin).toBe('hattori'); // hiragana too (Hattori)
  });

  it("marks hangul's ㅓ (eo) as one vowel, any (keys' SCHWA, )), and keeps the glide of ㅕ (yeo); an open one before a consonant may be an English er, ur (@)", () => {
    expect(transliterateWord('도널드').marked).toBe('don)ld^'); // ㅡ (eu): a vowel added after a foreign consonant (^)
    expect(transliterateWord('여성').marked).toBe('y)@s)n`'); // (a closing ㅇ: n and the g of ng, said or not)
    expect(transliterateWord('로버트').marked).toBe('&oB)@t^'); // Robert: its r unsaid
    expect(transliterateWord('세오').marked).toBe('seo'); // e then o: two syllables
    expect(transliterateWord('아르헨티나').marked).toBe('a&^hentina'); // a syllable's first a is a
  });

  it('reads hangul as Korean writes the foreign sounds it has no letter for: ㅅ before a glide sh, 즈 z, a closing ㅅ t', () => {
    expect(transliterateWord('슈미트').marked).toBe('shumit^'); // Schmidt
    expect(transliterateWord('에드워즈').marked).toBe('ed^w)@z^'); // Edwards: ㅝ is w and ㅓ
    expect(transliterateWord('스콧').marked).toBe('s^kot'); // Scott
    expect(transliterateWord('스콧').latin).toBe('seukos'); // (shown as any-ascii writes it)
  });

  it('marks, for its code, the vowels katakana adds after a foreign consonant (^) and its final アー, or one between consonants ()@, any vowel and an English unsaid r: -er, er)', () => {
    const kana = (word: string) => kanaAddedVowels(transliterateWord(word).marked);
    expect(kana('スミス')).toBe('s^mis^'); // Smith
    expect(kana('ストリート')).toBe('s^t^&i_t^'); // Street: u after s, o after t
    expect(kana('ブリッジ')).toBe('B^&idzh^'); // Bridge: a final ji
    expect(kana('スーザン')).toBe('su_zan'); // Susan: a long u is said
    expect(kana('カズオ')).toBe('kazuo'); // Kazuo: a vowel before another is said
    expect(kana('ミラー')).toBe('mi&)@'); // Miller
    expect(kana('ロバート')).toBe('&oB)@t^'); // Robert: アー between consonants, an English er
    expect(kana('スーザン')).toBe('su_zan'); // (a long u stays length)
    expect(transliterateWord('スミス').marked).toBe('sumisu'); // (the word's own marked form keeps them)
  });

  it("marks katakana's syllabic n before p, b and m ? (m, or a foreign n) and shows it m", () => {
    expect(transliterateWord('トランプ').marked).toBe('to&a?pu');
    expect(transliterateWord('トランプ').latin).toBe('torampu');
    expect(transliterateWord('しんぶん').latin).toBe('shimbun');
    expect(transliterateWord('ロンドン').marked).toBe('&ondon'); // the syllabic n elsewhere: n
  });

  it("marks katakana's r row and hangul's single ㄹ before a vowel as r or l (&), and shows them as r and as any-ascii wrote them", () => {
    expect(transliterateWord('ラオス').marked).toBe('&aosu');
    expect(transliterateWord('ラオス').latin).toBe('raosu');
    expect(transliterateWord('ら').marked).toBe('&a');
    expect(transliterateWord('러시아').marked).toBe('&)@sia'); // ㅓ (eo): one vowel, any (keys' SCHWA, )), open: maybe an er
    expect(transliterateWord('브라질').marked).toBe('B^&adzhil'); // a final ㄹ is l; ㅡ (eu) one vowel, an added one; ㅂ b or v (B)
    expect(transliterateWord('칠레').marked).toBe('Tille'); // ㄹㄹ is a foreign l
    expect(transliterateWord('이탈리아').marked).toBe('itallia');
    expect(transliterateWord('세우').marked).toBe('seu'); // two syllables, e then u: no ㅡ
    expect(transliterateWord('으').marked).toBe('u');
    expect(transliterateWord('러시아').latin).toBe('leosia');
  });
});
