/**
 * Stage 5, candidates: which table forms are worth scoring for a query, found without scanning the table.
 *
 * A form is a canonical name or an alias of one entity. Tables repeat words far more than names
 * (given names, family names, articles), so the index works on words first:
 *  1. each distinct word of the table (its vocabulary) is filed under its keys: whole phonetic code,
 *     consonant skeletons and near skeletons (keys/);
 *  2. a query word gathers the table words sharing a key and scores each with the token scorer —
 *     the real similarity, not a key count — keeping those that could align;
 *  3. the forms holding those words are ranked by the similarity they hold, rarest query word first;
 *     a very common word (Mohammed) only re-ranks the forms the rarer words found.
 * Whole-name keys (one-word skeletons, acronyms) and exact forms are looked up per form.
 * Everything is typed arrays and string arrays, so the index is written to and read from a snapshot as is.
 */
import { analyseName, exactKeyOf, isNearKey, isReplacedKey, JOINED_NAME_KEY, keyedTokens, longerSkeletonKey, normaliseName, ownKeys, queryNameKeys, shorterSkeletons, silentHKeys, spellingKeys, type AnalysedName, type KeyedToken } from '../pipeline.js';
import { MIN_PAIR, SharedRow, compareTokens, tokenWeight, type GenericWords, type TokenMemo, type TokenScore } from '../score/index.js';
import { ENTITY_TYPES, type Entity, type EntityType } from '../types.js';
import { linguistics } from '../data/linguistic.js';
import { HashPostings, type HashPostingsData } from './hash-postings.js';
import { buildIndexData } from './build.js';
import { formCodes, type CodePool } from './code-pool.js';
import { FormWeights } from './form-weights.js';
import { FormSet } from './form-set.js';
import { chargeExtraWords, kthLargest, topByWeight } from './select.js';
import { EntityArray, EntityColumnStore, entityColumns, type EntityStore } from './entity-store.js';
import { damerauLevenshteinWithin } from '../vendor/talisman.js';
import { lessLikelySkeletons } from '../keys/index.js';

export { buildIndexData };

/** Everything the index is made of: what a snapshot stores. */
export interface IndexData {
  /** distinct words of the table (glued particle forms included), analysed */
  vocabulary: KeyedToken[];
  formEntity: Uint32Array;
  /** which text of its entity a form is: 0 = the canonical name, k = alias k-1 */
  formAlias: Uint32Array;
  /** form f's words are vocabulary ids formTokens[formTokenStart[f] .. formTokenStart[f+1]] */
  formTokenStart: Uint32Array;
  formTokens: Uint32Array;
  /** the same with particles glued to the next word (empty when the form has no particle) */
  formGluedStart: Uint32Array;
  formGlued: Uint32Array;
  /** whole-name codes, particles included and not */
  formCodes: CodePool;
  /** normalised form and order-insensitive exact key → forms */
  exact: HashPostingsData;
  /** whole-name keys → forms */
  nameKeys: HashPostingsData;
  /** word keys → vocabulary ids */
  wordKeys: HashPostingsData;
  /** vocabulary id v → forms holding it, shortest forms first: wordForms[wordFormStart[v] .. wordFormStart[v+1]] */
  wordFormStart: Uint32Array;
  wordForms: Uint32Array;
}

/** A query word's look-alikes in the table's vocabulary, most similar first. */
export interface SimilarWords {
  /** the query word */
  word: KeyedToken;
  ids: number[];
  /** the first `strong` look-alikes are close enough to find forms by; the rest only re-rank them */
  strong: number;
  /** how many forms hold a strong look-alike */
  forms: number;
  /** each look-alike's score as the token scorer gave it (evidence included, for the explanation) */
  scores: TokenScore[];
  /**
   * The scorer's memo row for this word: every table word sharing a key and scoring at least MIN_PAIR, with its
   * score, but for the near keys not looked up (see NEAR_GATE). Built once and shared by every query holding the
   * word: token scores are pure.
   */
  row: SharedRow;
}


/**
 * A look-alike weaker than this does not bring in forms of its own: a name can only reach the match
 * threshold through it when its other words match, and those find the form.
 */
const STRONG_WORD = 0.7;
/** Query words whose look-alikes are kept between lookups (words repeat: given names, family names). */
const SIMILAR_CACHE = 20_000;
/**
 * …and at most this many look-alikes in all (~45 bytes each): rows grow with the table's vocabulary, so a
 * bound on words alone does not bound the memory (a worker with a capped heap ran out of it).
 */
const SIMILAR_CACHE_ENTRIES = 1_000_000;
/**
 * The words sharing only a near key (one consonant off) are compared only when the word's own keys
 * found nothing this close (its own spelling, or the same phonetic code): a word the table already
 * has needs no typo readings, and they mostly bring other names' forms. Their keys stay with the scorer's
 * memo row (SharedRow.unlistedKeys): a word sharing one is compared if a candidate name holds it.
 */
const NEAR_GATE = 0.97;
/**
 * …nor when they are this many and the own keys found a word this close. On a large table a misspelt word's near
 * keys bring thousands of words (a million names: 4,000–11,000 for *Guorgios*, *Chriseina*, *Qouiñónez*), each
 * compared at some microseconds: a few such words were a quarter of all lookup time (measured at 1M: 536–627 →
 * 727–732 q/s, the same answers). A word of theirs in a candidate name is still compared (SharedRow.unlistedKeys).
 * Fewer than that are compared whatever was found: the near keys are how a spelling that leaves a sound out finds one
 * that writes it (Альберг Ahlberg, Марьянович Marjanović: one letter off). With this budget the eval's Cyrillic pairs
 * lost 4 of 42,349 (Беренс Behrens, Крейчик Krejčík: words with a thousand near look-alikes among 40,000 Latin forms);
 * with a gate of 0.9 for every word, 22 (and won 1).
 */
const NEAR_BUDGET = 1_000;
const CLOSE_ENOUGH = 0.9;
/**
 * A word's own keys that bring more words than this (its short skeletons on a large table: *bd* of Badillo, *dn* of
 * Dogan) are looked up after the others, and not at all when the table has the word as written: most of their words
 * score below MIN_PAIR, and they were two thirds of the words compared (a 300k bench table, with 256 here: 1.0M of 1.5M
 * comparisons, for 13k of their words at 0.9 or more; 1M table: 495 → 805 q/s, then 733 → 881 with 64, the same answers, and
 * the country files 22 more found). Their words in a candidate name are still compared (SharedRow.unlistedKeys).
 * Not once a word NEAR_GATE close is found, as for near keys: another script's spelling has many of the same code
 * (Арий: Ariy, Arii, and Arius among the 1,000 words of *r*; the eval's Cyrillic pairs lost 62), and a Chinese word
 * its pinyin (汉斯 hansi, and Hans).
 */
const COMMON_KEY_WORDS = 64;
/**
 * …nor for a Latin word once its other keys found a word NEAR_GATE close (its spelling but for a letter the keys fold:
 * Kostrenco, Kostrenko) when they bring more words than this: a Latin table's spellings of the word share its code, and
 * the hundreds under its short skeletons on a large table are mostly other names (1M bench table: 144 → 108 comparisons a
 * query, 12% less CPU, the same answers). Fewer are compared: on a small table a short word's few look-alikes are the
 * other candidates that keep a stranger from a sure match (Kenya, absent, met Guinea when they were left out: 25 more
 * false matches in the country files). Another script's word still compares them all (see above). A Latin word's fallback
 * keys likewise, once its keys found a word CLOSE_ENOUGH: the skeletons a consonant shorter or longer brought 34k of the
 * 1M bench table's 160k comparisons for 1.5k strong words (108 → 94 comparisons a query, the same answers).
 */
const COMMON_BUDGET = 300;
/**
 * A Latin query word stops comparing after this many table words: the keys not yet looked up are kept with its row
 * (SharedRow.unlistedKeys), a word of theirs compared only when a candidate name holds it. On a large table a word's keys
 * may bring thousands (the 1M bench table: a tenth of the query words made half the comparisons), and the keys that
 * bring few come first (its own, then the common ones, the near ones…), so what a Latin table spells alike is found
 * before (1M: 94 → 79 comparisons a query, the bench's answers the same but for 0.1 point more variants). It stops within
 * a key too, which then joins the unlisted ones: a common key of a 1M table holds thousands of words (Kuara's k-r: 1,407
 * comparisons, 9 ms; the bench's answers the same, CPU −7%, p99 3.6 → 3.3 ms). Not another script's
 * word: its spellings in a Latin table share its code with many other words (Cyrillic pairs: 74 more misses with 400).
 */
const WORD_COMPARISONS = 300;
/**
 * A near, fallback or replaced key (a reading of the word with a consonant dropped, added or unknown) that brings more
 * words than this is not looked up: on a large table such a key of a short skeleton brings thousands (a million names:
 * 8,562 words under the near keys of one word of a name the table lacks), nearly all far from the word, and a tenth of
 * the queries, those with a word the table has no close spelling of, made 87% of all comparisons (bench, 1M names:
 * comparisons 675k → 499k for 5,000 queries, the longest lookup's 12,780 → 2,983, the answers the same). Its words in
 * a candidate name are still compared (SharedRow.unlistedKeys). Not fewer: with 256 the eval's Cyrillic pairs lost 10 of
 * 42,349 (Тунджай Tuncay, Оджалан Öcalan: a Turkish c is дж, a consonant the skeletons have not in common); with 512,
 * one (Озджан Özcan).
 */
const TYPO_KEY_WORDS = 512;
/** Replaced keys are looked up only when no word this close was found: they are a last resort for short words. */
const REPLACED_GATE = 0.9;

/** A query word held by more forms than this only re-ranks forms the rarer words found… */
const COMMON_WORD_FORMS = 2_000;
/** …once those number this many times the pool. */
const ENOUGH_FORMS = 4;
/**
 * The forms of a word are looked through for those holding the name's other words (formsHoldingAll, formsOneSlipFrom)
 * only when they are at most this many: each is a cache miss on a large table, and most queries ask.
 */
const LOOKED_THROUGH_FORMS = 1_000;
/** A word held by more forms than this is taken to be no one entity's alone (see heldElsewhere). */
const HOLDER_FORMS = 5_000;
/**
 * A slip's name is looked for among the forms of a word of the name, or of a look-alike of the mistyped word, held by
 * at most this many (more than LOOKED_THROUGH_FORMS: a query asks only when nothing found beats a slip, and the mistyped
 * word is no word of the table).
 */
const SLIP_LOOKED_THROUGH_FORMS = 3_000;
/**
 * Looking for the forms holding several words, those of one word are marked first when they are at most this many
 * (formsOfWords: read in a row, a bit each), so that the forms of another are passed over on a bit test without
 * reading their words (a cache miss each on a large table)…
 */
const MARKED_FORMS = 20_000;
/** …when that other word's forms are at least this many. */
const MARK_FOR_FORMS = 64;
/** At most this many forms are read for one query word (shortest forms first: they fit a short query best). */
const WORD_FORM_BUDGET = 1_000;
/** A whole-name key list longer than this says nothing once the words found candidates. */
const COMMON_NAME_KEY = 2_000;
/** A whole-name key hit weighs as much as a word of this similarity. */
const NAME_KEY_WEIGHT = 0.9;
/** Each word of a form that the query did not match lowers its rank a little (fuller matches first). */
const UNMATCHED_WORD_PENALTY = 0.02;
/** A table of at least this many entities keeps them as columns once indexed (see the constructor). */
export const COLUMNS_MIN = 50_000;
/** A word is generic when the names of at least this many entities (not persons) hold it… */
const GENERIC_MIN_ENTITIES = 20;
/** …and at least this share of them. */
const GENERIC_SHARE = 0.1;
/**
 * A word is generic too when the names of at least this many entities (not persons) hold it and none of them is that
 * word alone: a word naming a kind of thing, in a language the table has a few such names in (Hausa Tsibiran, islands:
 * Tsibiran Kaiman, Tsibiran Falkilan, Tsibiran Marshal; Sǝr, Duuɗe, Ynysoedd), not a name (Guinea, Congo are names alone too).
 */
const CLASS_WORD_ENTITIES = 5;
/** Before a common word re-ranks the forms found, they are cut to this many times the pool. */
const RERANK_FORMS_PER_POOL = 5;
/** Forms shared by two query words' look-alikes are looked for when the rarer word has at most this many forms… */
const SHARED_MARK_LIMIT = 20_000;
/** …reading at most this many of the other word's… */
const SHARED_SCAN_LIMIT = 20_000;
/** …and keeping at most this many. */
const MAX_SHARED_FORMS = 100;
/** Only look-alikes this close count there (the two words are spelt right; a third holds the typo). */
const SHARED_WORD = 0.9;

/**
 * Rarer words say more about which name it is; a designator or a word the table uses generically says as little
 * as the scorer lets it (tokenWeight): "Emetab Ghana" is Ghana before the other "Emetab" names, though a look-alike
 * of Ghana (Guyana, Gana, Ghana itself in many scripts) is in more names than "Emetab".
 */
function groupWeight(group: SimilarWords, generic: GenericWords): number {
  return tokenWeight(group.word, generic) / Math.log2(2 + group.forms);
}

export class CandidateIndex {
  readonly data: IndexData;
  private readonly exact: HashPostings;
  private readonly nameKeys: HashPostings;
  private readonly wordKeys: HashPostings;
  // Scratch space, reused by every lookup (one lookup at a time): the forms found so far, and a slot per vocabulary word.
  private readonly found = new FormWeights();
  /** the forms holding a look-alike of one query word (see sharedForms), or one of the words looked for (see formsOfWords) */
  private readonly marked: FormSet;
  private wordStamp: Uint32Array;
  private wordSimilarity: Float32Array;
  private stamp = 0;
  private readonly similarCache = new Map<KeyedToken, SimilarWords>();
  /** look-alikes held by the cached rows */
  private cachedEntries = 0;
  private selectScratch = new Float64Array(1024);
  private keepScratch = new Uint32Array(1024);

  /** each entity's type as an index of ENTITY_TYPES: read for every form scored, and a typed array is one cache line, an entity object another */
  private readonly entityTypes: Uint8Array;
  readonly entities: EntityStore;
  /** each form's number of words (at most 255): read for every form a lookup finds, from a table a quarter the size of formTokenStart */
  private readonly formWordCount: Uint8Array;
  /** each form's words in one slot (see FormSlots) */
  private readonly formSlots: Uint32Array;
  /** a form's words, as formWordsInto writes them */
  private readonly slotWords = new Uint32Array(256);

  constructor(entities: readonly Entity[] | EntityStore, built?: IndexData) {
    const data = (this.data = built ?? buildIndexData(Array.isArray(entities) ? entities : (entities as EntityStore).all()));
    // (a large table's entities are kept as columns once indexed, as a snapshot's are: a million entity objects and
    // their strings weigh several times their text; a query builds the few it returns)
    this.entities = !Array.isArray(entities) ? (entities as EntityStore) : entities.length >= COLUMNS_MIN ? new EntityColumnStore(entityColumns(entities)) : new EntityArray(entities);
    this.entityTypes = this.entities.types;
    this.exact = new HashPostings(data.exact);
    this.nameKeys = new HashPostings(data.nameKeys);
    this.wordKeys = new HashPostings(data.wordKeys);
    this.formWordCount = new Uint8Array(data.formEntity.length);
    for (let f = 0; f < this.formWordCount.length; f++) this.formWordCount[f] = Math.min(255, data.formTokenStart[f + 1]! - data.formTokenStart[f]!);
    this.formSlots = formSlotsOf(data);
    this.marked = new FormSet(data.formEntity.length);
    this.wordStamp = new Uint32Array(data.vocabulary.length);
    this.wordSimilarity = new Float32Array(data.vocabulary.length);
  }

  get size(): number {
    return this.data.formEntity.length;
  }

  private genericCache: GenericWords | undefined;

  /**
   * Words held by the names of many of the table's entities that are not persons (see GenericWords):
   * at least GENERIC_MIN_ENTITIES of them and GENERIC_SHARE of all, or CLASS_WORD_ENTITIES and never alone. Learnt from the table, so a
   * table of countries in a hundred languages teaches its own "Republic of"; with the words that are
   * generic in such names in any table (data/names/place-words.tsv: "og", "Kepulauan"). Computed on first use.
   */
  get generic(): GenericWords {
    if (this.genericCache) return this.genericCache;
    const { vocabulary, wordFormStart, wordForms, formEntity } = this.data;
    const person = ENTITY_TYPES.indexOf('person');
    const types = this.entityTypes;
    let places = 0;
    for (let e = 0; e < types.length; e++) if (types[e] !== person) places++;
    if (places === 0) return (this.genericCache = new Set());
    const needed = Math.max(GENERIC_MIN_ENTITIES, Math.ceil(GENERIC_SHARE * places));
    const generic = new Set<string>(linguistics().placeWords);
    const seen = new Uint32Array(types.length);
    for (let v = 0; v < vocabulary.length; v++) {
      const start = wordFormStart[v]!;
      const end = wordFormStart[v + 1]!;
      if (end - start < CLASS_WORD_ENTITIES) continue;
      let count = 0;
      let alone = false;
      for (let k = start; k < end && count < needed && !(alone && count >= CLASS_WORD_ENTITIES); k++) {
        const form = wordForms[k]!;
        const entity = formEntity[form]!;
        if (types[entity] === person) continue;
        if (this.formWordCount[form] === 1) alone = true;
        if (seen[entity] === v + 1) continue;
        seen[entity] = v + 1;
        count++;
      }
      if (count >= needed || (count >= CLASS_WORD_ENTITIES && !alone)) generic.add(vocabulary[v]!.text);
    }
    return (this.genericCache = generic);
  }

  entityOf(form: number): number {
    return this.data.formEntity[form]!;
  }

  typeOf(entity: number): EntityType {
    return ENTITY_TYPES[this.entityTypes[entity]!]!;
  }

  /** Whether any entity of the table is not a person (worked out when first asked: a scan of the types). */
  get holdsNonPersons(): boolean {
    return (this.nonPersons ??= this.entityTypes.some((type) => ENTITY_TYPES[type] !== 'person'));
  }
  private nonPersons: boolean | undefined;

  /** The forms of one entity: a run of ids, as the build files each entity's forms together and in entity order. */
  formsOfEntity(entity: number): { start: number; end: number } {
    return { start: this.firstFormAtLeast(entity), end: this.firstFormAtLeast(entity + 1) };
  }

  /** The first form whose entity is `entity` or later (binary search: formEntity is ascending). */
  private firstFormAtLeast(entity: number): number {
    const { formEntity } = this.data;
    let low = 0;
    let high = formEntity.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (formEntity[middle]! < entity) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** Whether a word spelt so (its Latin form) is a word of some form of the table (found by its own code's key). */
  knowsWord(word: KeyedToken): boolean {
    return this.idsSpeltAs(word).length > 0;
  }

  /** The vocabulary words spelt as `word` is (its Latin form), found by its own code's key. */
  private idsSpeltAs(word: KeyedToken): number[] {
    const { vocabulary } = this.data;
    const ids: number[] = [];
    for (const id of this.wordKeys.get('#' + word.code)) if (vocabulary[id]!.latin === word.latin) ids.push(id);
    return ids;
  }

  /**
   * Whether a form of an entity other than `entity` (of `type`, when given) holds every one of `words` spelt as they are
   * (see holdsAll), looked for among the forms of the rarest word (see speltWords). A word held by more than HOLDER_FORMS
   * forms is taken to be held elsewhere: a name that common is no one's alone; so are words none of which has keys.
   */
  heldElsewhere(words: readonly KeyedToken[], entity: number, type?: EntityType): boolean {
    const wantedType = type === undefined ? -1 : ENTITY_TYPES.indexOf(type);
    const { formEntity } = this.data;
    const wanted = this.speltWords(words);
    const rarest = rarestOf(wanted);
    if (!rarest || rarest.forms > HOLDER_FORMS) return true;
    return this.someFormHoldingAll(rarest, wanted, (form) => formEntity[form] !== entity && (wantedType < 0 || this.entityTypes[formEntity[form]!] === wantedType));
  }

  /**
   * Up to `limit` forms holding every one of `words` spelt as they are (see holdsAll), fewest words first (then in
   * table order), when the rarest of them is held by at most LOOKED_THROUGH_FORMS forms (none otherwise): a name given in part
   * (Casarez Villanueva for Manuel Casarez Villanueva) is found however common its words' look-alikes are.
   */
  formsHoldingAll(words: readonly KeyedToken[], limit: number): number[] {
    const wanted = this.speltWords(words);
    const rarest = rarestOf(wanted);
    if (!rarest || rarest.forms > LOOKED_THROUGH_FORMS) return [];
    const holding: number[] = [];
    this.someFormHoldingAll(rarest, wanted, (form) => {
      holding.push(form);
      return false;
    });
    // (a form holding the word twice, or two of its spellings, is listed twice: sorted, the copies stand together)
    holding.sort((a, b) => this.formWordCount[a]! - this.formWordCount[b]! || a - b);
    return holding.filter((form, k) => form !== holding[k - 1]).slice(0, limit);
  }

  /**
   * Up to `limit` forms that may be the name with one word mistyped (a slip, see score/slip.ts): when exactly one of
   * `words` is no word of the table, the forms holding every other as written and a word one edit from it (found by
   * spelling keys), found among the forms of the rarest other word. A mistyped word finds no look-alikes, and the forms
   * of the others may be too many to rank (Stebhan Stehr: 165 forms hold Stehr). When the rarest other word is held by
   * more than SLIP_LOOKED_THROUGH_FORMS forms (Oksana, Ioannidis, at 1M names), the look starts from the words one edit
   * from the odd one (see formsHoldingOneEditFrom; `memo`: the scorer's memo, which its look-alikes seed).
   */
  formsOneSlipFrom(words: readonly KeyedToken[], limit: number, memo?: TokenMemo): number[] {
    if (words.length < 2) return [];
    // (each word's vocabulary words, looked up once: none for a word the table does not know; initials and generic words have none to look up)
    const spelt = this.speltWords(words);
    const unknown = spelt.flatMap((word, i) => (word.ids?.length === 0 ? [i] : []));
    if (unknown.length !== 1) return [];
    const odd = words[unknown[0]!]!;
    const wanted = spelt.filter((_, i) => i !== unknown[0]);
    const rarest = rarestOf(wanted);
    if (!rarest || limit <= 0) return [];
    // (a word the table does not know, with no word of it one edit away, is no slip: most names that match nothing)
    const near = this.idsOneEditFrom(odd.latin);
    if (near.length === 0) return [];
    if (rarest.forms > SLIP_LOOKED_THROUGH_FORMS) return this.formsHoldingOneEditFrom(odd, near, wanted, limit, memo);
    // (the forms of the near words, marked when few enough: most forms of the rarest word are then passed over on a bit
    // test, without reading their words, a cache miss each on a large table)
    const holdingNear = this.formsOfWords(near, MARKED_FORMS);
    const stamp = this.nextStamp();
    for (const id of near) this.wordStamp[id] = stamp;
    const holdsWordNearOdd = (form: number) => {
      const count = this.formWordsInto(form, false);
      for (let i = 0; i < count; i++) if (this.wordStamp[this.slotWords[i]!] === stamp) return true;
      return false;
    };
    const found: number[] = [];
    this.someFormHoldingAll(
      rarest,
      wanted,
      (form) => {
        if (!found.includes(form) && holdsWordNearOdd(form)) found.push(form);
        return found.length >= limit;
      },
      holdingNear,
    );
    holdingNear?.clear();
    return found;
  }

  /**
   * The forms holding any of `ids` (as words or glued particle forms), marked in the index's FormSet, when they are at
   * most `most`; undefined when more. The caller clears the set.
   */
  private formsOfWords(ids: readonly number[], most: number): FormSet | undefined {
    const { wordFormStart, wordForms } = this.data;
    let count = 0;
    for (const id of ids) count += wordFormStart[id + 1]! - wordFormStart[id]!;
    if (count > most) return undefined;
    const marked = this.marked;
    marked.clear();
    for (const id of ids) for (let k = wordFormStart[id]!; k < wordFormStart[id + 1]!; k++) marked.add(wordForms[k]!);
    return marked;
  }

  /** The vocabulary words one edit from a word spelt `latin` (found by its spelling keys, see spellingKeys), each once. */
  private idsOneEditFrom(latin: string): number[] {
    const { vocabulary } = this.data;
    const stamp = this.nextStamp();
    const ids: number[] = [];
    for (const key of spellingKeys(latin)) {
      for (const id of this.wordKeys.get(key)) {
        if (this.wordStamp[id] === stamp) continue;
        this.wordStamp[id] = stamp;
        const other = vocabulary[id]!.latin;
        // (the keys of words alike but for two letters, or hashed alike, bring some that are not one edit away)
        if (Math.abs(other.length - latin.length) <= 1 && damerauLevenshteinWithin(1, other, latin)) ids.push(id);
      }
    }
    return ids;
  }

  /**
   * Up to `limit` forms holding every one of `wanted` and one of `near`, the words one edit from `odd` (see
   * formsOneSlipFrom): with the scorer's `memo`, its look-alikes first (the likeliest readings of the slip), then the
   * others in table order.
   */
  private formsHoldingOneEditFrom(odd: KeyedToken, near: readonly number[], wanted: readonly SpeltWord[], limit: number, memo: TokenMemo | undefined): number[] {
    const { vocabulary } = this.data;
    const found: number[] = [];
    const latins = new Set<string>();
    const lookAlikes = memo ? this.similarWords(odd, memo).ids.filter((id) => near.includes(id)) : [];
    for (const id of [...lookAlikes, ...near.filter((id) => !lookAlikes.includes(id))]) {
      const word = vocabulary[id]!;
      if (latins.has(word.latin)) continue;
      latins.add(word.latin);
      const all = [...this.speltWords([word]), ...wanted];
      const rarest = rarestOf(all)!;
      if (rarest.forms > SLIP_LOOKED_THROUGH_FORMS) continue;
      const done = this.someFormHoldingAll(rarest, all, (form) => {
        if (!found.includes(form)) found.push(form);
        return found.length >= limit;
      });
      if (done) break;
    }
    return found;
  }

  /**
   * Calls `visit` with each form holding one of `rarest`'s vocabulary words and every one of `wanted` (see holdsAll),
   * until it returns true; whether one did. With `only`, the forms it does not hold are passed over; without, those
   * not holding the next rarest word are, when it is held by few enough forms to mark (see formsOfWords).
   */
  private someFormHoldingAll(rarest: SpeltWord, wanted: readonly SpeltWord[], visit: (form: number) => boolean, only?: FormSet): boolean {
    const { wordFormStart, wordForms } = this.data;
    // (without a set of forms to keep to, the forms of the next rarest word make one, when they are few enough)
    const next = only || rarest.forms < MARK_FOR_FORMS ? undefined : rarestOf(wanted.filter((word) => word !== rarest));
    const holding = only ?? (next ? this.formsOfWords(next.ids!, MARKED_FORMS) : undefined);
    try {
      for (const id of rarest.ids!) {
        for (let k = wordFormStart[id]!; k < wordFormStart[id + 1]!; k++) {
          const form = wordForms[k]!;
          if ((holding === undefined || holding.has(form)) && this.holdsAll(form, wanted) && visit(form)) return true;
        }
      }
      return false;
    } finally {
      if (!only) holding?.clear();
    }
  }

  /**
   * Each word with the vocabulary words spelt as it is (its Latin form, found by its own code's key) and how many forms
   * hold them; initials and generic words have no keys, and are looked for by their Latin form alone.
   */
  private speltWords(words: readonly KeyedToken[]): SpeltWord[] {
    const { wordFormStart } = this.data;
    return words.map((word) => {
      if (word.initial || word.designator) return { latin: word.latin, ids: undefined, forms: Infinity };
      const ids = this.idsSpeltAs(word);
      return { latin: word.latin, ids, forms: ids.reduce((n, id) => n + wordFormStart[id + 1]! - wordFormStart[id]!, 0) };
    });
  }

  /** Whether a form holds a word spelt as each of `wanted` is (one of its vocabulary words; the Latin form when it has none). */
  private holdsAll(form: number, wanted: readonly SpeltWord[]): boolean {
    const { vocabulary } = this.data;
    const words = this.slotWords;
    const count = this.formWordsInto(form, false);
    for (const { latin, ids } of wanted) {
      let held = false;
      for (let i = 0; i < count && !held; i++) held = ids ? ids.includes(words[i]!) : vocabulary[words[i]!]!.latin === latin;
      if (!held) return false;
    }
    return true;
  }

  /**
   * Writes a form's words (vocabulary ids; its glued particle forms after them, with `glued`) into slotWords, and
   * returns how many: from its slot, one cache line, when they fit there (see FormSlots).
   */
  private formWordsInto(form: number, glued: boolean): number {
    const slots = this.formSlots;
    const words = this.slotWords;
    const base = form * SLOT_WORDS;
    const first = slots[base]!;
    if (first === NO_WORD) return 0;
    if (first !== SPILLED && (!glued || (first & HAS_GLUED) === 0)) {
      let count = 0;
      for (; count < SLOT_WORDS; count++) {
        const word = count === 0 ? first & ~HAS_GLUED : slots[base + count]!;
        if (word === NO_WORD) break;
        words[count] = word;
      }
      return count;
    }
    const { formTokens, formTokenStart, formGlued, formGluedStart } = this.data;
    let count = 0;
    for (let i = formTokenStart[form]!; i < formTokenStart[form + 1]! && count < words.length; i++) words[count++] = formTokens[i]!;
    if (glued) for (let i = formGluedStart[form]!; i < formGluedStart[form + 1]! && count < words.length; i++) words[count++] = formGlued[i]!;
    return count;
  }

  /** The text of a form as the table wrote it. */
  textOf(form: number): string {
    return this.entities.text(this.data.formEntity[form]!, this.data.formAlias[form]!);
  }

  /**
   * The titles a form's text drops (the index keeps none: worked out when the scorer first asks, then kept, one byte a
   * form). A title is a word the name drops, so a form with as many words as its text has between spaces (`words`) has
   * none, and is not read again.
   */
  titlesOf(form: number, words: number): string[] {
    const known = (this.titlesKnown ??= new Uint8Array(this.data.formEntity.length));
    if (known[form] === NONE_KNOWN) return NO_TITLES;
    if (known[form] === SOME_KNOWN) return this.titlesHeld.get(form)!;
    const text = this.textOf(form);
    const titles = words >= spacedWords(text) ? NO_TITLES : analyseName(text).titles;
    known[form] = titles.length === 0 ? NONE_KNOWN : SOME_KNOWN;
    if (titles.length > 0) this.titlesHeld.set(form, titles);
    return titles;
  }
  private titlesKnown: Uint8Array | undefined;
  private readonly titlesHeld = new Map<number, string[]>();

  /** A form analysed, rebuilt from the index (the same as analyseName(textOf(form)); its titles worked out when asked for). */
  nameOf(form: number): AnalysedName {
    const d = this.data;
    const first = this.formSlots[form * SLOT_WORDS]!;
    // (a form of up to four words is read from its slot, one cache line, not from the word and glued columns: the
    // scorer asks for ~25 forms a query)
    if (first !== SPILLED) {
      const count = this.formWordsInto(form, false);
      const tokens: KeyedToken[] = [];
      for (let i = 0; i < count; i++) tokens.push(d.vocabulary[this.slotWords[i]!]!);
      const glued = first !== NO_WORD && (first & HAS_GLUED) !== 0 ? this.words(d.formGlued, d.formGluedStart, form) : undefined;
      return new IndexedName(this, tokens, glued, d.formCodes, form);
    }
    const tokens = this.words(d.formTokens, d.formTokenStart, form);
    const glued = d.formGluedStart[form + 1]! > d.formGluedStart[form]! ? this.words(d.formGlued, d.formGluedStart, form) : undefined;
    return new IndexedName(this, tokens, glued, d.formCodes, form);
  }

  private words(ids: Uint32Array, start: Uint32Array, form: number): KeyedToken[] {
    const out: KeyedToken[] = [];
    for (let i = start[form]!; i < start[form + 1]!; i++) out.push(this.data.vocabulary[ids[i]!]!);
    return out;
  }

  /** Forms whose normalised text is this (the hash postings may hold others whose text hashes alike). */
  identicalForms(normalised: string): number[] {
    const forms = this.exact.get(normalised);
    const found: number[] = [];
    for (let i = 0; i < forms.length; i++) if (normaliseName(this.textOf(forms[i]!)) === normalised) found.push(forms[i]!);
    return found;
  }

  /** Forms whose normalised text or order-insensitive key is the query's. */
  exactForms(query: AnalysedName): number[] {
    const found: number[] = [];
    // Both kinds share one posting list per string: a query already in sorted word order ("dordor rira") finds
    // the forms written so and those written in another order ("Rira Dordor") under the same string.
    const accept = (id: number) => {
      if (found.includes(id)) return;
      if (normaliseName(this.textOf(id)) === query.normalised || exactKeyOf(this.nameOf(id).core) === query.exactKey) found.push(id);
    };
    for (const id of this.exact.get(query.normalised)) accept(id);
    if (query.exactKey !== query.normalised) for (const id of this.exact.get(query.exactKey)) accept(id);
    return found;
  }

  /** Form ids worth scoring: exact hits first, then up to `pool` forms ranked by the similar words they hold. */
  lookup(query: AnalysedName, pool: number, memo: TokenMemo, exact: number[] = this.exactForms(query), groups = this.wordGroups(query, memo)): number[] {
    const found = this.found;
    for (const group of groups) {
      // Rarer words say more about which name it is.
      const weight = groupWeight(group, this.generic);
      if (group.forms > COMMON_WORD_FORMS && found.count >= ENOUGH_FORMS * pool) {
        // Re-ranking visits every form found so far: keep the best few hundred, not thousands.
        this.keepBest(RERANK_FORMS_PER_POOL * pool);
        this.rerank(group, weight);
      } else this.collect(group, weight);
    }
    for (const key of queryNameKeys(query)) {
      const forms = this.nameKeys.get(key);
      if (forms.length === 0 || (forms.length > COMMON_NAME_KEY && found.count > 0)) continue;
      const weight = NAME_KEY_WEIGHT / Math.log2(2 + forms.length);
      // A name as one word ("=") is for names written in another number of words (Ludrian, Le Drian): with as
      // many words, the words' own look-alikes weigh the form already, and by how alike they are.
      if (key[0] === JOINED_NAME_KEY) this.addOtherWordCounts(forms, weight, query.tokens.length);
      else this.add(forms, 0, forms.length, weight, this.nextStamp());
    }
    // Fuller matches first: each word of a form beyond the query's costs a little.
    this.selectScratch = chargeExtraWords(found, this.formWordCount, Math.max(1, groups.length), UNMATCHED_WORD_PENALTY, pool + exact.length, this.selectScratch);
    const ranked = topByWeight(found.forms, found.weights, found.count, pool + exact.length);
    found.clear();
    // The forms holding every word of the name as written come too, beside the pool: ties between the forms of a word
    // or its look-alikes may have left them out (Casarez Villanueva: 303 forms hold Villanueva, thousands a look-alike of
    // Casarez), and so may whole-name keys, for a name of one word (Turrov: two-word names whose consonants are t-r-f, Tyr
    // Rvvh, outranked one of the two Turrovs, and the other was then a match, not a coin flip).
    const holders = this.formsHoldingAll(query.core, pool);
    const result = exact.slice();
    for (const form of holders) if (!result.includes(form)) result.push(form);
    const size = pool + result.length;
    for (const form of ranked) {
      if (result.length >= size) break;
      if (!result.includes(form)) result.push(form);
    }
    return result;
  }

  /** The table words that could align with a query word, scored by the token scorer (cached per word). */
  private similarWords(token: KeyedToken, memo: TokenMemo): SimilarWords {
    let similar = this.similarCache.get(token);
    if (similar) {
      // least recently used goes first when the cache is full: re-insert to mark as used
      this.similarCache.delete(token);
    } else {
      similar = this.findSimilarWords(token);
      this.cachedEntries += similar.row.size;
      // least recently used out first, until the cache is within both bounds
      while (this.similarCache.size >= SIMILAR_CACHE || (this.cachedEntries > SIMILAR_CACHE_ENTRIES && this.similarCache.size > 0)) {
        const [oldest, evicted] = this.similarCache.entries().next().value!;
        this.similarCache.delete(oldest);
        this.cachedEntries -= evicted.row.size;
      }
    }
    this.similarCache.set(token, similar);
    // Seed the scorer's memo: the pool's words are mostly these, compared already.
    memo.set(token, similar.row);
    return similar;
  }

  private findSimilarWords(token: KeyedToken): SimilarWords {
    const stamp = this.nextStamp();
    const { vocabulary, wordFormStart } = this.data;
    const found: { id: number; score: TokenScore }[] = [];
    const keys = tokenKeysOf(token);
    let best = 0;
    let compared = 0;
    // (a Latin word's lookup is bounded: see COMMON_BUDGET and WORD_COMPARISONS)
    const latin = token.script === 'Latin';
    // (the keys not looked up: see SharedRow.unlistedKeys)
    const unlisted: string[] = [];
    // (whether the table has the word as written)
    let asWritten = false;
    const own: string[] = [];
    const common: string[] = [];
    for (const key of keys.own) (this.wordKeys.get(key).length > COMMON_KEY_WORDS ? common : own).push(key);
    // the word's own keys first, then those bringing many words, its near keys (one consonant off), its fallback keys, then short skeletons with a consonant replaced
    for (const phase of [own, common, keys.near, keys.fallback, keys.replaced]) {
      if ((phase === common && (asWritten || (best >= NEAR_GATE && latin && this.wordsUnder(phase) > COMMON_BUDGET))) || (phase === keys.near && (best >= NEAR_GATE || (best >= CLOSE_ENOUGH && this.wordsUnder(phase) > NEAR_BUDGET)))) {
        unlisted.push(...phase);
        continue;
      }
      if (phase === keys.fallback && (best >= NEAR_GATE || (best >= CLOSE_ENOUGH && latin && this.wordsUnder(phase) > COMMON_BUDGET))) continue;
      if (phase === keys.replaced && best >= REPLACED_GATE) break;
      const typo = phase === keys.near || phase === keys.fallback || phase === keys.replaced;
      for (const key of phase) {
        const ids = this.wordKeys.get(key);
        if (compared >= WORD_COMPARISONS && latin) {
          unlisted.push(key);
          continue;
        }
        if (typo && ids.length > TYPO_KEY_WORDS) {
          unlisted.push(key);
          continue;
        }
        for (const id of ids) {
          if (this.wordStamp[id] === stamp) continue;
          // (within a key too: a common key of a large table holds thousands of words; those not compared are unlisted)
          if (compared >= WORD_COMPARISONS && latin) {
            unlisted.push(key);
            break;
          }
          this.wordStamp[id] = stamp;
          compared++;
          // A word found by a replaced key only counts if it is strong enough to bring forms: a weaker one is compared
          // when a candidate name holds it (keys never cover short words, see keysCover), so the distance may stop early.
          const score = compareTokens(token, vocabulary[id]!, phase === keys.replaced ? STRONG_WORD : MIN_PAIR);
          // The row lists only the words that may align: one scoring less is UNRELATED whether listed or not (see
          // SharedRow), and the rows kept in the cache are most of what survives a query in the young generation.
          if (score.similarity >= MIN_PAIR) found.push({ id, score });
          if (score.similarity > best) best = score.similarity;
          if (score.similarity === 1 && vocabulary[id]!.text === token.text) asWritten = true;
        }
      }
    }
    // Nothing close: the word's less likely skeletons (a word of many flex symbols reads many ways, and its keys hold the
    // likeliest four: דוידוביץ' is Davidovich with both waws read as v). Compared as its own keys' words are.
    if (best < CLOSE_ENOUGH) {
      for (const key of lessLikelySkeletons(token.code)) {
        for (const id of this.wordKeys.get(key)) {
          if (this.wordStamp[id] === stamp) continue;
          this.wordStamp[id] = stamp;
          const score = compareTokens(token, vocabulary[id]!, MIN_PAIR);
          if (score.similarity >= MIN_PAIR) found.push({ id, score });
          if (score.similarity > best) best = score.similarity;
        }
      }
    }
    found.sort((a, b) => b.score.similarity - a.score.similarity || a.id - b.id);
    let strong = 0;
    let forms = 0;
    while (strong < found.length && found[strong]!.score.similarity >= STRONG_WORD) {
      const id = found[strong++]!.id;
      forms += wordFormStart[id + 1]! - wordFormStart[id]!;
    }
    const row = new SharedRow();
    for (const { id, score } of found) row.set(vocabulary[id]!, score);
    if (unlisted.length > 0) row.unlistedKeys = new Set(unlisted);
    return { word: token, ids: found.map((f) => f.id), scores: found.map((f) => f.score), strong, forms, row };
  }

  /** How many words `keys` bring, a word counted once for each of them it has (cheap: no word is read). */
  private wordsUnder(keys: readonly string[]): number {
    let words = 0;
    for (const key of keys) words += this.wordKeys.get(key).length;
    return words;
  }

  /** Adds a query word's weight to every form holding a look-alike (best look-alike per form, a budget per word). */
  private collect(group: SimilarWords, weight: number): void {
    const stamp = this.nextStamp();
    const { wordFormStart } = this.data;
    let budget = WORD_FORM_BUDGET;
    for (let k = 0; k < group.strong && budget > 0; k++) {
      const id = group.ids[k]!;
      const start = wordFormStart[id]!;
      const end = Math.min(wordFormStart[id + 1]!, start + budget);
      budget -= end - start;
      this.add(this.data.wordForms, start, end, weight * group.scores[k]!.similarity, stamp);
    }
  }

  private addOtherWordCounts(forms: Uint32Array, weight: number, words: number): void {
    const { formTokenStart } = this.data;
    const other = forms.filter((form) => formTokenStart[form + 1]! - formTokenStart[form]! !== words);
    this.add(other, 0, other.length, weight, this.nextStamp());
  }

  private add(forms: Uint32Array, start: number, end: number, weight: number, stamp: number): void {
    const found = this.found;
    for (let i = start; i < end; i++) found.add(forms[i]!, weight, stamp);
  }

  /**
   * Forms holding look-alikes of two query words, when the rarer of the two has more forms than are read
   * for it: on a large table both words of Petrishina Ivantsiv are common, and a typo in the third word
   * (Vasieina) finds other names; the forms these two share are few, and are the name.
   */
  private sharedForms(groups: SimilarWords[]): number[] {
    const shared: number[] = [];
    const { wordFormStart, wordForms } = this.data;
    const marked = this.marked;
    for (let i = 0; i < groups.length && shared.length < MAX_SHARED_FORMS; i++) {
      const rarer = groups[i]!;
      if (rarer.forms <= WORD_FORM_BUDGET || rarer.forms > SHARED_MARK_LIMIT) continue;
      marked.clear();
      for (let k = 0; k < rarer.strong && rarer.scores[k]!.similarity >= SHARED_WORD; k++) {
        const id = rarer.ids[k]!;
        for (let f = wordFormStart[id]!; f < wordFormStart[id + 1]!; f++) marked.add(wordForms[f]!);
      }
      for (let j = i + 1; j < groups.length && shared.length < MAX_SHARED_FORMS; j++) {
        const other = groups[j]!;
        let scanned = 0;
        for (let k = 0; k < other.strong && other.scores[k]!.similarity >= SHARED_WORD && scanned < SHARED_SCAN_LIMIT && shared.length < MAX_SHARED_FORMS; k++) {
          const id = other.ids[k]!;
          const end = Math.min(wordFormStart[id + 1]!, wordFormStart[id]! + SHARED_SCAN_LIMIT - scanned);
          scanned += end - wordFormStart[id]!;
          for (let f = wordFormStart[id]!; f < end && shared.length < MAX_SHARED_FORMS; f++) {
            const form = wordForms[f]!;
            if (marked.has(form) && !shared.includes(form)) shared.push(form);
          }
        }
      }
    }
    marked.clear();
    return shared;
  }

  /**
   * A second look, for a name the lookup found nothing good for: up to `pool` forms holding look-alikes of two
   * of its words (`groups`, as wordGroups gave them to the lookup; see sharedForms), best first, leaving out
   * `seen` (the forms already scored). It costs more than the lookup on a large table, so it is not made for every name.
   */
  sharedLookup(groups: SimilarWords[], pool: number, seen: ReadonlySet<number>): number[] {
    const shared = this.sharedForms(groups).filter((form) => !seen.has(form));
    if (shared.length === 0) return shared;
    const weights = new Float64Array(shared.length);
    for (const group of groups) {
      const weight = groupWeight(group, this.generic);
      this.withSimilarities(group, () => {
        shared.forEach((form, k) => (weights[k]! += weight * this.bestSimilarity(form)));
      });
    }
    return topByWeight(Uint32Array.from(shared), weights, shared.length, pool);
  }

  /** The query's words that have look-alikes, as look-alike groups, rarest first. */
  wordGroups(query: AnalysedName, memo: TokenMemo): SimilarWords[] {
    return keyedTokens(query)
      .map((token) => this.similarWords(token, memo))
      .filter((group) => group.strong > 0)
      .sort((a, b) => a.forms - b.forms);
  }

  /** Drops all but the `limit` best forms found so far (of the forms tied at the cut, those found first). */
  private keepBest(limit: number): void {
    const { found } = this;
    const { weights, count } = found;
    if (count <= limit) return;
    let scratch = this.selectScratch;
    if (scratch.length < count) scratch = this.selectScratch = new Float64Array(count * 2);
    scratch.set(weights.subarray(0, count));
    const cut = kthLargest(scratch, count, limit);
    if (this.keepScratch.length < limit) this.keepScratch = new Uint32Array(limit * 2);
    const keep = this.keepScratch;
    // Every form above the cut stays; the forms at it fill the places left, in the order found. (Filling the places in
    // order with forms at or above the cut dropped better forms found after many ties: a name holding two rare words
    // of the query, Rendón and Archuleta, behind 250 forms holding only the first.)
    let tiesLeft = limit;
    for (let k = 0; k < count; k++) if (weights[k]! > cut) tiesLeft--;
    let kept = 0;
    for (let k = 0; k < count; k++) {
      const weight = weights[k]!;
      if (weight > cut || (weight === cut && tiesLeft-- > 0)) keep[kept++] = k;
    }
    found.retain(keep, kept);
  }

  /** A common query word: look for its look-alikes only inside the forms already found. */
  private rerank(group: SimilarWords, weight: number): void {
    this.withSimilarities(group, () => {
      const { found } = this;
      for (let k = 0; k < found.count; k++) found.weights[k]! += weight * this.bestSimilarity(found.forms[k]!);
    });
  }

  /** Runs `work` with wordSimilarity holding the group's look-alikes' similarities (and zero elsewhere). */
  private withSimilarities(group: SimilarWords, work: () => void): void {
    const { wordSimilarity } = this;
    group.ids.forEach((id, k) => (wordSimilarity[id] = group.scores[k]!.similarity));
    work();
    for (const id of group.ids) wordSimilarity[id] = 0;
  }

  /** The highest wordSimilarity among a form's words, glued forms included. */
  private bestSimilarity(form: number): number {
    const { wordSimilarity, slotWords } = this;
    const count = this.formWordsInto(form, true);
    let best = 0;
    for (let i = 0; i < count; i++) best = Math.max(best, wordSimilarity[slotWords[i]!]!);
    return best;
  }

  private nextStamp(): number {
    if (this.stamp === 0xffffffff) {
      this.stamp = 0;
      this.wordStamp.fill(0);
    }
    return ++this.stamp;
  }
}


/**
 * Form slots: each form's words in SLOT_WORDS consecutive ids, NO_WORD after the last, so that the lookup's loops over
 * thousands of forms (which of them hold a word, how alike their words are) read one cache line a form, not three
 * (formTokenStart, formTokens, formGluedStart: each a miss on a large table). A form with glued particle forms has
 * HAS_GLUED set in its first id (they are read from the columns); one of more words has SPILLED there instead.
 * Built on load from the columns (16 bytes a form, not stored in a snapshot).
 */
const SLOT_WORDS = 4;
const NO_WORD = 0xffffffff;
const HAS_GLUED = 0x80000000;
const SPILLED = 0x7fffffff;

function formSlotsOf({ formEntity, formTokenStart, formTokens, formGluedStart }: IndexData): Uint32Array {
  const forms = formEntity.length;
  const slots = new Uint32Array(forms * SLOT_WORDS).fill(NO_WORD);
  for (let form = 0; form < forms; form++) {
    const start = formTokenStart[form]!;
    const count = formTokenStart[form + 1]! - start;
    const base = form * SLOT_WORDS;
    if (count > SLOT_WORDS) {
      slots[base] = SPILLED;
      continue;
    }
    for (let k = 0; k < count; k++) slots[base + k] = formTokens[start + k]!;
    if (count > 0 && formGluedStart[form + 1]! > formGluedStart[form]!) slots[base] = (slots[base]! | HAS_GLUED) >>> 0;
  }
  return slots;
}

/**
 * A table form as the scorer sees it. What only explanations and near-top scores ask for (the text as the
 * table wrote it, the normalised text, the exact key) is worked out when asked: most forms are scored once and
 * dropped, and a snapshot's texts are decoded from UTF-8 when read. A class, not an object literal with getters,
 * so that building one allocates no closures (it is built ~25 times a query).
 */
class IndexedName implements AnalysedName {
  readonly core: KeyedToken[];
  private titlesCache: string[] | undefined;
  private exactKeyCache: string | undefined;
  private joinedCache: AnalysedName['joined'] | undefined;

  constructor(
    private readonly texts: { textOf(form: number): string; titlesOf(form: number, words: number): string[] },
    readonly tokens: KeyedToken[],
    readonly glued: KeyedToken[] | undefined,
    private readonly codes: CodePool,
    private readonly form: number,
  ) {
    this.core = tokens.some((t) => !t.particle) ? tokens.filter((t) => !t.particle) : tokens;
  }

  // (the whole-name codes matter only when word counts differ: decoded when first asked for)
  get joined(): AnalysedName['joined'] {
    if (!this.joinedCache) {
      const { code, coreCode } = formCodes(this.codes, this.form);
      this.joinedCache = { code, coreCode, abjad: this.tokens.some((t) => t.abjad) };
    }
    return this.joinedCache;
  }

  get input(): string {
    return this.texts.textOf(this.form);
  }

  // (the index keeps no titles: worked out when the scorer asks, see CandidateIndex.titlesOf)
  get titles(): string[] {
    return (this.titlesCache ??= this.texts.titlesOf(this.form, this.tokens.length));
  }

  get normalised(): string {
    return normaliseName(this.input);
  }

  get exactKey(): string {
    return (this.exactKeyCache ??= exactKeyOf(this.core));
  }
}

const NO_TITLES: string[] = [];
/** CandidateIndex.titlesKnown: a form's titles not yet worked out (0), none, some. */
const NONE_KNOWN = 1;
const SOME_KNOWN = 2;

/** How many runs of non-space characters a text has. */
function spacedWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/**
 * A query word's keys: its own; its near keys, compared when the own ones find no close word; its fallback keys, looked
 * up only then (the near keys of longer words, longerSkeletonKey; the skeletons of shorter ones, shorterSkeletons; and
 * the keys of the word without a silent initial h); its replaced keys (replacedSkeletons), a last resort for short words.
 */
interface QueryWordKeys {
  own: string[];
  near: string[];
  fallback: string[];
  replaced: string[];
}

/** A word of a name, with the vocabulary words spelt as it is (none: an initial or generic word, looked for by its Latin form). */
interface SpeltWord {
  latin: string;
  ids: number[] | undefined;
  /** how many forms hold those words (Infinity when it has none to look up) */
  forms: number;
}

/** The word held by the fewest forms, of those that have vocabulary words to look up; undefined when none has. */
function rarestOf(words: readonly SpeltWord[]): SpeltWord | undefined {
  let rarest: SpeltWord | undefined;
  for (const word of words) if (word.ids && (!rarest || word.forms < rarest.forms)) rarest = word;
  return rarest;
}

// Query words repeat (given names, articles) and parse shares their token objects: keep their keys.
const keysOfToken = new WeakMap<KeyedToken, QueryWordKeys>();

function tokenKeysOf(token: KeyedToken): QueryWordKeys {
  let keys = keysOfToken.get(token);
  if (!keys) {
    const all = ownKeys(token);
    // (looked up only when the word's own keys find nothing close: a word spelt with its h is mostly in the table so)
    const withoutH = silentHKeys(token).filter((key) => !all.includes(key));
    const longer = token.skeletons.map(longerSkeletonKey).filter((key) => key !== undefined && !all.includes(key)) as string[];
    const shorter = token.skeletons.flatMap(shorterSkeletons).filter((key) => !all.includes(key));
    keys = {
      own: all.filter((k) => !isNearKey(k) && !isReplacedKey(k)),
      near: all.filter(isNearKey),
      fallback: [...new Set([...longer, ...shorter, ...withoutH])],
      replaced: all.filter(isReplacedKey),
    };
    keysOfToken.set(token, keys);
  }
  return keys;
}
