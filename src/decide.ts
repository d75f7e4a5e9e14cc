/**
 * Stage 7, decide: matched | ambiguous | unmatched from the best two entity scores. Pure.
 * A close runner-up makes the result ambiguous: a coin flip is never reported as a match. A name
 * identical to a table form (score 1), or with its words (score ≥ SAME_WORDS_REORDERED), is no coin flip
 * against a runner-up that is only a similar spelling: in a large table most names have near neighbours
 * (Dorofeeva, Dorofeev), and the exact one wins.
 */
import { SAME_WORDS_REORDERED } from './score/index.js';
import type { Status } from './types.js';

export interface DecideOptions {
  /** lowest score that can be a match */
  matchThreshold: number;
  /** a runner-up closer than this to the best makes the result ambiguous */
  ambiguityMargin: number;
}

/** A runner-up at least this many times as far from the name (1 − score) as the best does not make it ambiguous. */
const CLEARLY_FARTHER = 2;

export function decide(best: number | undefined, runnerUp: number | undefined, options: DecideOptions): { status: Status; reason: string } {
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
  // Near the top of the scale, distances say more than differences: a name one vowel from A and two from B
  // (0.97 against 0.94) is A's, though within the margin. The runner-up must be twice as far from the name.
  if (runnerUp !== undefined && runnerUp < best && best - runnerUp < options.ambiguityMargin && 1 - runnerUp >= CLEARLY_FARTHER * (1 - best)) {
    return { status: 'matched', reason: `score ${best.toFixed(2)} ≥ ${options.matchThreshold}; the runner-up (${runnerUp.toFixed(2)}) is within ${options.ambiguityMargin} but at least ${CLEARLY_FARTHER}× as far from the name` };
  }
  if (runnerUp !== undefined && best - runnerUp < options.ambiguityMargin) {
    return { status: 'ambiguous', reason: `runner-up scores ${runnerUp.toFixed(2)}, within ${options.ambiguityMargin} of the best ${best.toFixed(2)}` };
  }
  return { status: 'matched', reason: `score ${best.toFixed(2)} ≥ ${options.matchThreshold}` + (runnerUp !== undefined ? `, runner-up ${runnerUp.toFixed(2)}` : ', no runner-up') };
}
