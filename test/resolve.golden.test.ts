/**
 * Golden tests on the real variants of the seed article (test/fixtures/seed-article.jsonl).
 * Both directions: every variant resolves to its entity when the table holds the canonical name
 * only, and the canonical name resolves when the table holds one variant only.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createResolver } from '../src/index.js';
import { differentNames, itRanksFirst, sameNames } from './helpers.js';
import type { EntityType } from '../src/types.js';

interface Cluster {
  id: string;
  type: string;
  names: string[];
}
const clusters = readFileSync(new URL('./fixtures/seed-article.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as Cluster);
const typeOf = (t: string): EntityType => (t === 'PER' ? 'person' : t === 'LOC' ? 'place' : 'organization');

describe('the default table resolves every variant of the seed article', () => {
  const resolver = createResolver();
  const known: Record<string, string> = {
    'seed:khalifa-haftar': 'khalifa-haftar',
    'seed:sabri-boukadoum': 'sabri-boukadoum',
    'seed:jean-yves-le-drian': 'jean-yves-le-drian',
    'seed:vladimir-dzhabarov': 'vladimir-dzhabarov',
    'seed:florence-parly': 'florence-parly',
    'seed:imed-hazgui': 'imed-hazgui',
    'seed:al-jufra-airbase': 'al-jufra-airbase',
    'seed:al-watiya-airbase': 'al-watiya-airbase',
    'seed:tarhuna': 'tarhuna',
    'seed:bani-walid': 'bani-walid',
    'seed:tobruk': 'tobruk',
    'seed:antonio-guterres': 'antonio-guterres',
    'seed:angela-merkel': 'angela-merkel',
    'seed:wagner-group': 'wagner-group',
  };
  // Known misses, each with its reason (see test/fixtures/README.md): kept visible, not silently dropped.
  const knownMisses = new Map([
    ['Qasr Tarhunah', '"qasr" (castle) is a distinctive extra word; the table has no "Qasr" form'],
  ]);
  for (const cluster of clusters.filter((c) => known[c.id])) {
    it.each(cluster.names.filter((n) => !knownMisses.has(n)))(`${cluster.id}: %s`, (name) => {
      const result = resolver.resolve(name);
      expect(result.candidates[0]?.id).toBe(known[cluster.id]);
    });
  }
  it.each([...knownMisses])('known miss, still not resolved (remove from the list when fixed): %s', (name) => {
    expect(resolver.resolve(name).status).not.toBe('matched');
  });
});

describe('news writes the names of the seed article as a sentence has them (default table)', () => {
  const resolver = createResolver();
  it.each([
    // a kind of organisation written after its name (data/names/designators.tsv)
    ['Al-Jazeera TV', 'al-jazeera'],
    ['Al Jazeera channel', 'al-jazeera'],
    ['Reuters agency', 'reuters'],
    ['агентство Рейтер', 'reuters'],
    ['Wagner mercenaries', 'wagner-group'],
    ['наемники Вагнера', 'wagner-group'],
    ['مرتزقة فاغنر', 'wagner-group'],
    // Russian case endings, Arabic clitics before the article (data/rules/russian-cases.tsv, arabic-clitics.tsv)
    ['Хафтаром', 'khalifa-haftar'],
    ['с Ле Дрианом', 'jean-yves-le-drian'],
    ['Джабаровым', 'vladimir-dzhabarov'],
    ['والقذافي', 'muammar-gaddafi'],
    // Polish, Czech, Slovak cases (data/rules/latin-inflections.tsv)
    ['z Chalifą Haftarem', 'khalifa-haftar'],
    ['Le Drianowi', 'jean-yves-le-drian'],
    ['Florence Parlyovou', 'florence-parly'],
    ['Kaddáfího', 'muammar-gaddafi'],
    ['s Vladimirem Džabarovem', 'vladimir-dzhabarov'],
    // Finnish and Hungarian cases
    ['Haftarin', 'khalifa-haftar'],
    ['Merkelnek', 'angela-merkel'],
    // Turkish suffixes after the apostrophe
    ["Hafter'in", 'khalifa-haftar'],
    ["Kaddafi'nin", 'muammar-gaddafi'],
    ["Trablus'ta", 'tripoli'],
    // French and Italian articles and prepositions elided before the name
    ["l'Algérie", 'country:DZ'],
    ["qu'Haftar", 'khalifa-haftar'],
    ['dell’Italia', 'country:IT'],
    // an acronym after the name, a maker's name and a version of a model, a blend
    ['U.S. Africa Command (AFRICOM)', 'africom'],
    ['Su-24M', 'sukhoi-su-24'],
    ['Mikoyan MiG-29S', 'mikoyan-mig-29'],
  ])('%s → %s', (query, id) => {
    const resolution = resolver.resolve(query);
    expect(resolution.status).toBe('matched');
    expect(resolution.entity?.id).toBe(id);
  });
  it("a name read without its elided article keeps its capitals: l'ONU is an acronym, not the word onu (Royaume-Uni)", () => {
    expect(resolver.resolve("l'ONU").status).toBe('unmatched');
  });
});

describe('variants resolve against a table of canonical names only (no aliases)', () => {
  const resolver = createResolver({ entities: clusters.map((c) => ({ id: c.id.replace(':', '.'), name: c.names[0]!, type: typeOf(c.type) })) });
  const cases: [string, string][] = [
    ['Hifter', 'seed.khalifa-haftar'],
    ['Haftar', 'seed.khalifa-haftar'],
    ['حفتر', 'seed.khalifa-haftar'],
    ['Хафтар', 'seed.khalifa-haftar'],
    ['Khalifa Belqasim Haftar', 'seed.khalifa-haftar'],
    ['Bougadoum', 'seed.sabri-boukadoum'],
    ['صبري بوقادوم', 'seed.sabri-boukadoum'],
    ['Ludrian', 'seed.jean-yves-le-drian'],
    ['J.-Y. Le Drian', 'seed.jean-yves-le-drian'],
    ['Жан-Ив Ле Дриан', 'seed.jean-yves-le-drian'],
    ['Dzabarov', 'seed.vladimir-dzhabarov'],
    ['Владимир Джабаров', 'seed.vladimir-dzhabarov'],
    ['Florence Barley', 'seed.florence-parly'],
    ['Emad Al-Hazqi', 'seed.imed-hazgui'],
    ['Al-Jafra Air Base', 'seed.al-jufra-airbase'],
    ['Al-Wattia', 'seed.al-watiya-airbase'],
    ['Tarhouna', 'seed.tarhuna'],
    ['Tubruq', 'seed.tobruk'],
    ['Тобрук', 'seed.tobruk'],
    ['Beni Walid', 'seed.bani-walid'],
    ['ميركل', 'seed.angela-merkel'],
    ['Антонио Гуттереш', 'seed.antonio-guterres'],
  ];
  it.each(cases)('%s → %s', (query, id) => {
    const result = resolver.resolve(query);
    expect(result.status).toBe('matched');
    expect(result.entity?.id).toBe(id);
  });

  it.each(cases.map(([q, id]) => [id, q]))('the other way: a table holding only "%s"\'s variant %s resolves the canonical name', (id, variant) => {
    const cluster = clusters.find((c) => c.id.replace(':', '.') === id)!;
    const reverse = createResolver({ entities: [{ id, name: variant, type: typeOf(cluster.type) }, { id: 'other', name: 'Zorba the Greek', type: 'person' }] });
    expect(reverse.resolve(cluster.names[0]!).entity?.id).toBe(id);
  });
});

describe('Arabic تش is the ch (tsh) of foreign names, not s nor sh', () => {
  itRanksFirst([
    ['تشيكو', 'Chieko', 'Sekou'],
    ['ميتشيو', 'Michio', 'Moisiu'],
    ['تايتشي', 'Taichi', 'Taishi'],
    ['تشافيز', 'Chavez', 'Shafiz'],
    ['تشاد', 'Chad', 'Shad'],
    // (Russian щ, shch, as Arabic writes it: shin then ta and shin)
    ['إيشتشنكو', 'Ishchenko', 'Ishenko'],
  ]);
});

describe('a script that writes k and g apart is heard: a Latin spelling with the other sound is another name', () => {
  itRanksFirst([
    ['Бакли', 'Buckley', 'Bagley'],
    ['Герен', 'Guerin', 'Keren'],
    ['Калкин', 'Culkin', 'Galkin'],
    ['غيفن', 'Given', 'Kevin'],
    ['غايس', 'Geis', 'Qays'],
    ['קיינס', 'Keynes', 'Gaines'],
    ['האגן', 'Hagen', 'Hakan'],
    // (a k or g costs more than a vowel changed: Gunner's u is an English a)
    ['Ганнер', 'Gunner', 'Kanner'],
    // (and so when the names are compared as one word each, the article run in: al-Gharbi)
    ['الغربي', 'Gharbi', 'Krabbe'],
  ]);

  it('says so, and still matches the Arabic qaf, which is a k or a g', () => {
    const resolver = createResolver({ entities: [] });
    expect(resolver.compare('غيفن', 'Kevin').explanation.pairs?.[0]?.evidence).toBe('another k or g');
    expect(resolver.compare('قذافي', 'Gaddafi').match).toBe(true);
    expect(resolver.compare('قذافي', 'Kadafi').explanation.pairs?.[0]?.evidence).not.toBe('another k or g');
  });
});

describe('a script that writes f and v apart is heard: a Latin spelling with the other sound is another name', () => {
  itRanksFirst([
    ['Вайнберг', 'Weinberg', 'Feinberg'],
    ['Файнберг', 'Feinberg', 'Weinberg'],
    ['פולד', 'Fuld', 'Wald'],
    ['הובר', 'Hoover', 'Hofer'],
    ['פיינשטיין', 'Feinstein', 'Weinstein'],
    ['บราซิล', 'Brazil', 'Prazil'],
  ]);

  it('says so, and still matches the -off of Russian -ов and the f of German v', () => {
    const resolver = createResolver({ entities: [] });
    expect(resolver.compare('Файнберг', 'Weinberg').explanation.pairs?.[0]?.evidence).toBe('another p, b, f or v');
    expect(resolver.compare('Рахманинов', 'Rachmaninoff').explanation.pairs?.[0]?.evidence).not.toBe('another p, b, f or v');
    expect(resolver.compare('Фогель', 'Vogel').explanation.pairs?.[0]?.evidence).not.toBe('another p, b, f or v');
  });
});

describe('a script that writes t, d and th apart is heard: a Latin spelling with the other sound is another name', () => {
  itRanksFirst([
    ['קית׳', 'Keith', 'Kit'],
    ['סאות׳', 'South', 'Saud'],
    ['פרויד', 'Freud', 'Pruitt'],
    ['דייוויד', 'David', 'DeWitt'],
    ['רנרט', 'Rennert', 'Renard'],
    ['ערפאת', 'Arafat', 'Árpád'],
    ['Тёрнер', 'Turner', 'Durner'],
    ['Дитрих', 'Dietrich', 'Tietrich'],
    ['منذر', 'Munther', 'Minter'],
    ['피터', 'Peter', 'Peder'],
    ['ตองกา', 'Tonga', 'Donga'],
  ]);

  it('the th of Hebrew ת׳, Arabic ث and Greek θ is a sound of its own: a Latin t opposite it costs a sound', () => {
    const resolver = createResolver({ entities: [] });
    for (const [a, th, t] of [['אית׳ן', 'Ethan', 'Eaton'], ['ثامر', 'Thamer', 'Tamer'], ['Αθήνα', 'Athina', 'Atina']] as const) {
      expect(resolver.compare(a, th).score - resolver.compare(a, t).score, `${a}: ${th} ${t}`).toBeGreaterThan(0.025);
    }
  });

  it('says so, and still matches a Turkish final t (Mehmet), the final d German says as a t (ゲルハルト Gerhard), and a Latin th that is a t (Томас Thomas)', () => {
    const resolver = createResolver({ entities: [] });
    expect(resolver.compare('Тёрнер', 'Durner').explanation.pairs?.[0]?.evidence).toBe('another t, d or th');
    for (const [a, b] of [['محمد', 'Mehmet'], ['ゲルハルト', 'Gerhard'], ['قذافي', 'Kadhafi'], ['Томас', 'Thomas'], ['Рут', 'Ruth'], ['عثمان', 'Othman']] as const) {
      const compared = resolver.compare(a, b);
      expect(compared.match, `${a} ${b}`).toBe(true);
      expect(compared.explanation.pairs?.[0]?.evidence, `${a} ${b}`).not.toBe('another t, d or th');
    }
  });
});

describe('Arabic ذ and ظ are the th of English then: Latin spellings write them dh, th, z or d', () => {
  sameNames([
    ['منذر', 'Munther'],
    ['ذياب', 'Thiab'],
    ['ظافر', 'Thafer'],
    ['هذلول', 'Hathloul'],
    ['ذكرى', 'Thikra'],
    ['شذى', 'Shatha'],
    ['ظافر', 'Zafer'],
    ['ذياب', 'Diab'],
  ]);
  itRanksFirst([
    ['ظافر', 'Thafer', 'Tafer'],
    ['ذياب', 'Thiab', 'Tiab'],
  ]);
});

describe('a word with a final ta marbuta before another word of the name is said with its t, in the construct state', () => {
  sameNames([
    ['هبة الله', 'Hibatullah'],
    ['رحمة الله', 'Rahmatullah'],
    ['نعمة الله', 'Nematollah'],
    ['هبة الله اخوندزاده', 'Hibatullah Akhundzada'],
    // or without it, as the word alone is said
    ['فاطمة الزهراء', 'Fatimazahra'],
    ['هبة الله', 'Hiba Allah'],
  ]);
});

describe('Arabic ث is th, or the s that Persian, Urdu and Turkish spellings write', () => {
  sameNames([
    ['عثمان', 'Osman'],
    ['عثمان', 'Usman'],
    ['عثمان', 'Othman'],
    ['حارث', 'Haris'],
    ['حارث', 'Harith'],
    ['كوثر', 'Kausar'],
    ['ثريا', 'Soraya'],
    ['ثابت', 'Sabit'],
    ['غياث', 'Ghias'],
  ]);
  itRanksFirst([
    // (the th it writes before the s it may be said)
    ['ثابت', 'Thabit', 'Sabit'],
  ]);
});

describe('Arabic ض is d, or the z that Persian, Urdu and Turkish spellings write', () => {
  sameNames([
    ['رضا', 'Reza'],
    ['رضا', 'Ridha'],
    ['رمضان', 'Ramazan'],
    ['مرتضى', 'Morteza'],
    ['رياض', 'Riaz'],
    ['رياض', 'Riyadh'],
    ['حضرت', 'Hazrat'],
    ['قاضي', 'Qazi'],
  ]);
  itRanksFirst([
    // (the d it writes before the z it may be said: Zaher is mostly زاهر or ظاهر)
    ['ضاهر', 'Daher', 'Zaher'],
    ['رمضان', 'Ramadan', 'Ramazan'],
  ]);
});

describe('an Arabic waw beside another vowel letter is mostly the consonant w, or v in Persian, Urdu and Turkish spellings', () => {
  sameNames([
    ['جواد', 'Javad'],
    ['جواد', 'Jawad'],
    ['موسوي', 'Mousavi'],
    ['رضوي', 'Razavi'],
    ['كاوه', 'Kaveh'],
    ['برويز', 'Parviz'],
    ['داود', 'Davud'],
    // and still the u of a foreign ua, ui, au
    ['لواندا', 'Luanda'],
    ['لويس', 'Luis'],
    ['باولو', 'Paulo'],
    ['بالاو', 'Palau'],
    // and a waw elsewhere in another spelling of the name
    ['ناورو', 'نورو'],
  ]);
  differentNames([
    // a final au is a vowel: Palau is no Bolivia
    ['بالاو', 'Bolivie'],
  ]);

  it('is the same letter as a waw elsewhere: one script, no cost', () => {
    expect(createResolver({ entities: [] }).compare('ناورو', 'نورو').score).toBeGreaterThan(0.96);
  });
});

describe('the Arabic article before a sun letter is said as that letter: X al-Din is Xuddin, Xeddine', () => {
  sameNames([
    ['صلاح الدين', 'Salahuddin'],
    ['نور الدين', 'Noureddine'],
    ['نصر الدين', 'Nasreddine'],
    ['زين الدين', 'Zinedine'],
    ['سيف الدين', 'Saifuddin'],
    ['عبد الرحمن', 'Abderrahmane'],
    ['عبدالرحمن', 'Abdurrahman'],
    ['Abd al-Rahman', 'Abdurrahman'],
    ['Abdel Rahman', 'Abderrahmane'],
    ['عبد السلام', 'Abdessalam'],
    ['Nur al-Din', 'Nureddin'],
    ['Shams al-Din', 'Shamsuddin'],
  ]);
  differentNames([
    // a moon letter keeps the article's l
    ['Abdelkarim', 'Abdekkarim'],
    // two full words without an article are two names, not one written apart
    ['محمد حسن', 'Mohamedhassan'],
  ]);
});

describe('the Arabic article glued to its word may leave its vowel unsaid: Maghrebi spellings write al- as l-', () => {
  it('scores the article said without its vowel as with it', () => {
    const resolver = createResolver({ entities: [] });
    for (const [arabic, unsaid, said] of [['الحسن', 'Lhassan', 'Alhassan'], ['الحسن', 'Lahcen', 'Elhassen'], ['الأخضر', 'Lakhdar', 'Alakhdar'], ['العربي', 'Larbi', 'Elarbi']] as const) {
      expect(Math.abs(resolver.compare(arabic, unsaid).score - resolver.compare(arabic, said).score), `${arabic} ${unsaid}`).toBeLessThan(0.015);
    }
  });
  itRanksFirst([
    // the article's l is no reason to prefer a word without it, read with another vowel
    ['الأمين', 'Lamine', 'Imen'],
    ['العماري', 'Lamari', 'Omari'],
  ]);
  differentNames([
    // before a sun letter the l is that letter, and a spelling that writes the article says its vowel (Essin, As-Sin)
    ['الصين', 'Lisin'],
    ['الصين', 'Lucian'],
  ]);
});

describe('an abjad writes a foreign o or u with a waw: a Latin spelling whose o or u it leaves out is the second reading', () => {
  itRanksFirst([
    ['קרל', 'Karl', 'Król'],
    ['פנב', 'Penev', 'Panov'],
    ['פנס', 'Pence', 'Pons'],
    ['שאפר', 'Shaffer', 'Shapur'],
  ]);

  it('still matches a native name whose o or u the older spelling leaves out, and a waw written', () => {
    const resolver = createResolver({ entities: [] });
    for (const [a, b] of [['משה', 'Moshe'], ['محمد', 'Muhammad'], ['מרדכי', 'Mordechai'], ['פונס', 'Pons']] as const) expect(resolver.compare(a, b).match, `${a} ${b}`).toBe(true);
  });
});

describe('Hebrew writes a foreign double letter twice: a Latin spelling with one consonant there is the same name', () => {
  it('matches the double letter written once, and still prefers a vowel between the two when the name has one', () => {
    const resolver = createResolver({ entities: [] });
    for (const [a, b] of [['עבדאללה', 'Abdallah'], ['נסראללה', 'Nasrallah'], ['רוחאללה', 'Ruhollah'], ['מקקללנד', 'McClelland']] as const) expect(resolver.compare(a, b).match, `${a} ${b}`).toBe(true);
    // (two of a letter with a vowel between is still the first reading: Hillel before Hill, Hadad matched)
    expect(resolver.compare('הלל', 'Hillel').score).toBeGreaterThan(resolver.compare('הלל', 'Hill').score + 0.05);
    expect(resolver.compare('חדד', 'Hadad').match).toBe(true);
  });
});

describe('Cyrillic initial э is a foreign name\'s e, after the silent h of a Romance spelling or none', () => {
  itRanksFirst([
    ['Эррера', 'Herrera', 'Arora'],
    ['Эрве', 'Hervé', 'Arvi'],
    ['Эктор', 'Héctor', 'Aktar'],
    // (no h is still the usual reading)
    ['Энди', 'Andy', 'Handy'],
  ]);

  it('and a spelling without the h is still the same word, letter for letter', () => {
    const resolver = createResolver({ entities: [] });
    for (const [a, b] of [['Эдуард', 'Eduard'], ['Эллис', 'Ellis'], ['Эмма', 'Emma']] as const) expect(resolver.compare(a, b).explanation.pairs?.[0]?.evidence, a).toBe('identical');
  });
});

describe('a script that writes s, sh, ts and ch apart is heard: a Latin spelling whose letters cannot say its sound is another name', () => {
  itRanksFirst([
    ['Бушо', 'Bouchaud', 'Busso'],
    ['Аренц', 'Arentz', 'Arens'],
    ['Штоц', 'Stotz', 'Stosch'],
    ['Асбрук', 'Asbroeck', 'Ashbrook'],
    ['Бинц', 'Binz', 'Binns'],
    ['بوشر', 'Bucher', 'Boissier'],
    ['צפיר', 'Tzafir', 'Speer'],
    // (German sch is sh: Scheel is no סיל)
    ['סיל', 'Seal', 'Scheel'],
    ['سينك', 'Cenk', 'Schenk'],
    // (a word read aloud is heard so too: read as French, Brossard is still brossar)
    ['Брошар', 'Brochard', 'Brossard'],
    ['Машо', 'Machault', 'Massot'],
    // (Polish ci before e is the soft c of ć: Maciej read as Polish is matsey)
    ['Мацей', 'Maciej', 'Masae'],
  ]);

  it('says which sound differs, and still matches a Latin spelling that writes it otherwise (Hungarian s is sh: Puskás)', () => {
    const resolver = createResolver({ entities: [] });
    const compared = resolver.compare('Пушкаш', 'Puskas', { type: 'person' });
    expect(compared.explanation.pairs?.[0]?.evidence).toBe('another sibilant');
    expect(compared.match).toBe(true);
    // (one script's spellings of one name write them every way: not told apart there)
    expect(resolver.compare('Shevardnadze', 'Sevardnadze').explanation.pairs?.[0]?.evidence).toBe('same phonetic code');
  });
});

describe('a given name in its West African forms (data/names/given-names.tsv)', () => {
  sameNames([
    ['Mamadou', 'Muhammad'],
    ['Muhammadu Buhari', 'Muhammad Buhari'],
    ['Amadou', 'Ahmad'],
    ['Ahmadou Ahidjo', 'Ahmed Ahidjo'],
  ]);
});

describe('hard negatives: distinct names stay distinct', () => {
  const resolver = createResolver({ entities: [] });
  differentNames([
    ['Hamad', 'Hamid'],
    ['Ahmed', 'Mahmoud'],
    ['Boston', 'Bolton'],
    ['Gent', 'Genk'],
    ['MiG-29', 'MiG-21'],
    ['Samir', 'Samer'],
    // West African forms of Muhammad and Ahmad (data/names/given-names.tsv) are two names, and neither is Mahmoud
    ['Mamadou', 'Amadou'],
    ['Mamadou', 'Mahmoud'],
  ]);

  it.each([
    ['Haftar', 'Hifter'],
    ['Mohammed', 'Muhammad'],
    ['Abdel Rahman', 'Abd al-Rahman'],
    ['Gaddafi', 'القذافي'],
    ['Haftar, Khalifa', 'Khalifa Haftar'],
  ])('%s = %s', (a, b) => {
    expect(resolver.compare(a, b).match).toBe(true);
  });

  it('ranks a true variant above an unrelated look-alike', () => {
    expect(resolver.compare('Haftar', 'Hifter').score).toBeGreaterThan(resolver.compare('Haftar', 'Hafiz').score);
  });
});

describe('one script\'s spellings that share a code but differ in most letters are other names', () => {
  const resolver = createResolver({ entities: [] });
  // (Wake Island and Poland, missing from a table of countries, matched Fiji's Fiġi and Brunei's Buluné)
  differentNames([
    ['Wake', 'Fiġi'],
    ['Poloñ', 'Buluné'],
    ['Kenya', 'Guineea'],
    ['Ginea', 'il-Kenja'], // a particle dropped and the rest joined into one word: capped as a word is
  ]);

  it.each([
    ['Gaddafi', 'Kadhafi'],
    ['Angvila', 'Angwila'],
    ['Mouammar', 'Muammar'],
    ['Bougadoum', 'Boukadoum'],
    ['Qasim', 'Kassem'], // q and k: one sound, two conventions
  ])('%s = %s, a letter or two apart', (a, b) => {
    expect(resolver.compare(a, b).score).toBeGreaterThan(0.9);
  });

  it('says why', () => {
    expect(resolver.compare('Poloñ', 'Buluné').explanation.pairs.map((p) => p.evidence)).toEqual(['letters far apart']);
  });
});

describe('the scripts that write each hissing sound with a letter of its own tell them apart within the script too', () => {
  it('Греция is Греція, not Грузија: ц is no з (Latin spellings, which write them every way, are not told apart so)', () => {
    const resolver = createResolver({ entities: [{ id: 'GR', name: 'Греція', type: 'place' }, { id: 'GE', name: 'Грузија', type: 'place' }] });
    expect(resolver.resolve('Греция').entity?.id).toBe('GR');
    expect(resolver.compare('Греция', 'Грузија').score).toBeLessThan(0.93);
    expect(resolver.compare('Shevardnadze', 'Chevardnadze').score).toBeGreaterThan(0.95);
  });
});

describe('a word of place names (new, south, saint) tells places apart however many names of the table have it', () => {
  it('Jersey is not New Jersey in a table where "new" is common (New York, New Mexico, New Zealand…)', () => {
    const names = ['New Jersey', 'New York', 'New Mexico', 'New Zealand', 'New Caledonia', 'New Guinea', 'New Hampshire', 'New Brunswick', 'Newport', 'Kenya', 'Peru', 'Chile', 'Japan'];
    const resolver = createResolver({ entities: names.map((name, i) => ({ id: `p${i}`, name, type: 'place' as const })) });
    expect(resolver.resolve('Jersey').status).toBe('unmatched');
    expect(resolver.resolve('York').status).toBe('unmatched');
    expect(resolver.resolve('New Jersey').entity?.name).toBe('New Jersey');
  });
});

describe('partial names', () => {
  const resolver = createResolver({ tables: [new URL('./fixtures/townsends.jsonl', import.meta.url).pathname] });
  it('a surname shared by two entities is ambiguous, and both are listed', () => {
    const result = resolver.resolve('Townsend');
    expect(result.status).toBe('ambiguous');
    expect(result.entity).toBeUndefined();
    expect(result.candidates.map((c) => c.id).sort()).toEqual(['kathleen-townsend', 'stephen-townsend']);
  });
  it('the given name settles it', () => {
    expect(resolver.resolve('Stephen Townsend').entity?.id).toBe('stephen-townsend');
    expect(resolver.resolve('General Stephen Townsend').entity?.id).toBe('stephen-townsend');
  });
  it('a name from another person is not a match', () => {
    expect(resolver.resolve('Hamid').status).toBe('unmatched');
  });
  describe('a title and a surname name a person in part, as the surname alone does (and a particle and a surname)', () => {
    const titled = createResolver({
      entities: [
        { id: 'prince', name: 'Prince Franey', type: 'person' },
        { id: 'ivy', name: 'Ivy Franey', type: 'person' },
        { id: 'ben', name: 'Ben Wagner', type: 'person' },
        { id: 'anna', name: 'Anna Wagner', type: 'person' },
        { id: 'haftar', name: 'Khalifa Haftar', type: 'person', aliases: ['General Haftar'] },
      ],
    });
    it.each([1, 3])('the surname held by a titled name and by another person is ambiguous (limit %d)', (limit) => {
      const result = titled.resolve('Franey', { limit });
      expect(result.status).toBe('ambiguous');
      expect(result.score).toBeLessThan(1);
    });
    it('so is a surname after a particle, which may be a given name (Ben), and another person\'s surname', () => {
      expect(titled.resolve('Wagner').status).toBe('ambiguous');
      expect(titled.resolve('Ben Wagner').entity?.id).toBe('ben');
    });
    it('the title settles it', () => {
      expect(titled.resolve('Prince Franey').entity?.id).toBe('prince');
    });
    it('a surname only one person holds is that person', () => {
      expect(titled.resolve('Haftar').entity?.id).toBe('haftar');
      expect(titled.resolve('General Haftar').score).toBe(1);
    });
    it('a surname a table lists alone as a person\'s alias names that person, titled or not', () => {
      const listed = createResolver({
        entities: [
          { id: 'khalifa', name: 'Khalifa Haftar', type: 'person', aliases: ['Haftar'] },
          { id: 'saddam', name: 'Saddam Haftar', type: 'person' },
        ],
      });
      for (const name of ['Haftar', 'General Haftar', 'Marshal Haftar']) expect(listed.resolve(name).entity?.id).toBe('khalifa');
    });
  });
});
