/**
 * Stage 7, decide: matched | ambiguous | unmatched from the best two entity scores. Pure.
 * A close runner-up makes the result ambiguous: a coin flip is never reported as a match. A name
 * identical to a table form (score 1), or with its words (score ≥ SAME_WORDS_REORDERED), is no coin flip
 * against a runner-up that is only a similar spelling: in a large table most names have near neighbours
 * (Dorofeeva, Dorofeev), and the exact one wins. A loose match across scripts that none of the entity's
 * other spellings bears out is not made (see Corroboration).
 */
import { SAME_WORDS_REORDERED, SIMILAR_AT_MOST, SIMILAR_REORDERED_AT_MOST } from './score/index.js';
import type { Status } from './types.js';

export interface DecideOptions {
  /** lowest score that can be a match */
  matchThreshold: number;
  /** a runner-up closer than this to the best makes the result ambiguous */
  ambiguityMargin: number;
}

/** A runner-up at least this many times as far from the name (1 − score) as the best does not make it ambiguous. */
const CLEARLY_FARTHER = 2;

/**
 * What an entity's other spellings say about a name that matched one of them in another script. A reading
 * across scripts is the loosest match there is (an abjad leaves out vowels, a syllabary adds them). An entity
 * listed under many spellings (a country in forty languages) is usually resembled by several when the name
 * is one of its own; a stranger resembles one of them by chance, and no other (Lomēnia, Romania in Hawaiian,
 * is ألمانيا, Germany in Arabic, and none of Germany, Deutschland, Allemagne or Германия). (Within one script, entities of translated words — a legal form in thirty
 * languages — have other spellings that are other words, so their silence says nothing.)
 */
export interface Corroboration {
  /** how many other spellings the entity has */
  otherForms: number;
  /** the name's best score against them (the search may stop once one reaches CORROBORATING) */
  best: number;
  /** the spelling the name matched */
  alias: string;
}

/** A match scoring below this is checked against the entity's other spellings… */
export const CORROBORATE_BELOW = 0.95;
/** …when it has at least this many (fewer say too little about how its names are spelt)… */
export const MIN_OTHER_FORMS = 3;
/** …and one of them must score at least this much against the name. */
export const CORROBORATING = 0.7;

/** What the scores alone do not say, asked for (the functions) only when the decision turns on it. */
export interface DecideEvidence {
  /** the matched entity's other spellings against the name, asked for when the decision would be a match below CORROBORATE_BELOW (a comparison per spelling) */
  corroborate?: (() => Corroboration) | undefined;
  /**
   * Whether the best is a person's name holding every word of the name as written, and no other entity of the table
   * holds them all. Asked for, as `outspelt` is, when a runner-up within the margin would make the result ambiguous.
   */
  soleHolder?: (() => boolean) | undefined;
  /**
   * A word of the name the best writes as the name does and the runner-up spells otherwise, when the runner-up comes
   * no closer than the best on any word and leaves no fewer of its own words unmatched (undefined when there is
   * none; two comparisons); `but`: a mistyped word the runner-up reads more closely all the same (a slip of the pen
   * may read as anything).
   */
  outspelt?: (() => { word: string; but?: string | undefined } | undefined) | undefined;
  /**
   * Whether the runner-up has the best's words, read as closely, in another order than the name's, which the best keeps
   * (a comparison, shared with outspelt).
   */
  reordered?: (() => boolean) | undefined;
  /**
   * A word of the runner-up's own that the name lacks, when the best accounts for every word of the name and of its own,
   * and the runner-up reads no word of the name more closely (a comparison, shared with outspelt).
   */
  longer?: (() => string | undefined) | undefined;
  /**
   * The best score of the name against the best's other spellings, and against the runner-up's (0 for an entity with
   * none), asked for when the runner-up is within the margin (a comparison per spelling: see BORNE_OUT).
   */
  otherSpellings?: (() => { best: number; runnerUp: number }) | undefined;
}

/**
 * A runner-up within the margin is no coin flip when another spelling of the best also reads as the name, at least
 * BORNE_OUT, and none of the runner-up's comes within BORNE_OUT_GAP of it: an entity listed under many spellings (a
 * country in a hundred languages) that is the name's has several that resemble it (Allemagne: آلمان, Alemania, Almanya),
 * and the stranger that came as close by chance has one (اليمن, Yemen). Measured on the country files: countrynames 52
 * and i18n-iso-countries 25 coin flips became right answers, 5 wrong ones, and 10 names of an absent country matched
 * (Sudan's, to Sweden's سُوِڈَن, whose other spellings read as Sudan's too). Not asked for a person, whose other spellings
 * are one name in other scripts, the same for two persons of that name.
 */
export const BORNE_OUT = 0.9;
export const BORNE_OUT_GAP = 0.1;

export function decide(best: number | undefined, runnerUp: number | undefined, options: DecideOptions, evidence: DecideEvidence = {}): { status: Status; reason: string } {
  const decision = decideOnScores(best, runnerUp, options, evidence);
  const { corroborate } = evidence;
  if (decision.status !== 'matched' || best === undefined || best >= CORROBORATE_BELOW || !corroborate) return decision;
  const { otherForms, best: other, alias } = corroborate();
  if (otherForms < MIN_OTHER_FORMS || other >= CORROBORATING) return decision;
  return {
    status: 'unmatched',
    reason: `score ${best.toFixed(2)} on one spelling (${alias}), but none of the entity's ${otherForms} other spellings scores ${CORROBORATING} or more: a loose resemblance to one spelling only`,
  };
}

function decideOnScores(best: number | undefined, runnerUp: number | undefined, options: DecideOptions, { soleHolder, outspelt, reordered, longer, otherSpellings }: DecideEvidence): { status: Status; reason: string } {
  if (best === undefined) return { status: 'unmatched', reason: 'no table entry shares a key with the name' };
  if (best < options.matchThreshold) {
    return { status: 'unmatched', reason: `best score ${best.toFixed(2)} is below the match threshold ${options.matchThreshold}` };
  }
  if (best === 1 && runnerUp !== undefined && runnerUp < 1) {
    return { status: 'matched', reason: `identical to a table form; the runner-up (${runnerUp.toFixed(3)}) is not` };
  }
  // The same words as a table form (particles or order aside) against a runner-up that has other words, or
  // the same in an order or with particles less like the name's.
  if (best >= SAME_WORDS_REORDERED && runnerUp !== undefined && runnerUp < best) {
    return { status: 'matched', reason: `the same words as a table form (score ${best.toFixed(3)}); the runner-up (${runnerUp.toFixed(3)}) is written less like the name` };
  }
  // Likewise every word read as the best's, in the name's order and written nearly alike (the highest score a spelling
  // that is not the same words gets), against a runner-up with a word read otherwise, or its words in another order
  // (Jaedden Kihn: Jaeden Kihn, not Jayden Kihn; Bllsm Lqll Khnfyr: Blsm Lqll Khnfyr, not Blsm Khnfyr Lqll). A runner-up
  // in between (above SIMILAR_REORDERED_AT_MOST) differs from it by the string tie-breaker alone: a coin flip still.
  if (best >= SIMILAR_AT_MOST && runnerUp !== undefined && runnerUp <= SIMILAR_REORDERED_AT_MOST) {
    return { status: 'matched', reason: `every word reads as a word of this name, in its order (score ${best.toFixed(3)}); the runner-up (${runnerUp.toFixed(3)}) reads or orders some word otherwise` };
  }
  // Near the top of the scale, distances say more than differences: a name one vowel from A and two from B
  // (0.97 against 0.94) is A's, though within the margin. The runner-up must be twice as far from the name.
  if (runnerUp !== undefined && runnerUp < best && best - runnerUp < options.ambiguityMargin && 1 - runnerUp >= CLEARLY_FARTHER * (1 - best)) {
    return { status: 'matched', reason: `score ${best.toFixed(2)} ≥ ${options.matchThreshold}; the runner-up (${runnerUp.toFixed(2)}) is within ${options.ambiguityMargin} but at least ${CLEARLY_FARTHER}× as far from the name` };
  }
  if (runnerUp !== undefined && best - runnerUp < options.ambiguityMargin) {
    // A person's name given in part (a given name dropped: Porras Cerda for Eva Porras Cerda), every word of it spelt as
    // this name spells it and no other name of the table holding them all: the runner-up needs another spelling of some
    // word (Pérez for Porras), no coin flip against the name's own words. Two names holding them all stay a coin flip
    // (Townsend, for either of two Townsends).
    if (runnerUp < best && soleHolder?.()) {
      return { status: 'matched', reason: `every word of the name is a word of this person's name as written (score ${best.toFixed(3)}), and of no other name in the table; the runner-up (${runnerUp.toFixed(3)}) spells some word otherwise` };
    }
    // The same words as the best, read as closely, in another order than the name's: written in the name's order, the best
    // is the name, as with the same words spelt alike (see SAME_WORDS_REORDERED).
    if (runnerUp <= best && reordered?.()) {
      return { status: 'matched', reason: `score ${best.toFixed(3)}; the runner-up (${runnerUp.toFixed(3)}) has the same words, in another order than the name's` };
    }
    // The runner-up needs every difference the best needs, and one more: a word the name and the best write alike
    // (Moryan Britskiy: Maryan Britskiy, not Maryan Britska). Two differences against one is no coin flip.
    const outspeltWord = runnerUp < best ? outspelt?.() : undefined;
    if (outspeltWord !== undefined) {
      const { word, but } = outspeltWord;
      const closer = but === undefined ? 'no word closer' : `no word closer but the mistyped "${but}"`;
      return { status: 'matched', reason: `score ${best.toFixed(2)} ≥ ${options.matchThreshold}; the runner-up (${runnerUp.toFixed(2)}) is within ${options.ambiguityMargin}, but spells "${word}" otherwise or leaves it out, and ${closer}` };
    }
    // The name whole against a longer name holding it, read no closer: the runner-up needs every difference the best
    // needs, and a word the name lacks (Vrtr Tsdvk: Vrtl Tsdvk, not Vrtl Zrtl Tsdvk).
    const extra = runnerUp < best ? longer?.() : undefined;
    if (extra !== undefined) {
      return { status: 'matched', reason: `score ${best.toFixed(2)} ≥ ${options.matchThreshold}; the runner-up (${runnerUp.toFixed(2)}) is within ${options.ambiguityMargin}, but reads no word closer and has a word the name lacks ("${extra}")` };
    }
    const spellings = runnerUp <= best ? otherSpellings?.() : undefined;
    if (spellings !== undefined && spellings.best >= BORNE_OUT && spellings.best - spellings.runnerUp >= BORNE_OUT_GAP) {
      return { status: 'matched', reason: `score ${best.toFixed(2)} ≥ ${options.matchThreshold}; the runner-up (${runnerUp.toFixed(2)}) is within ${options.ambiguityMargin}, but another spelling of this entity reads as the name too (${spellings.best.toFixed(2)}) and none of the runner-up's comes close (${spellings.runnerUp.toFixed(2)})` };
    }
    return { status: 'ambiguous', reason: `runner-up scores ${runnerUp.toFixed(2)}, within ${options.ambiguityMargin} of the best ${best.toFixed(2)}` };
  }
  return { status: 'matched', reason: `score ${best.toFixed(2)} ≥ ${options.matchThreshold}` + (runnerUp !== undefined ? `, runner-up ${runnerUp.toFixed(2)}` : ', no runner-up') };
}
