/**
 * Weighted edit distance between two phonetic codes, and the similarity derived from it.
 * A custom-cost Levenshtein: talisman's metrics have fixed costs, and onoma's costs depend on
 * the classes and on whether a side comes from an abjad (see costs.ts).
 */
import { gapCost, substitutionCost, symbolWeight } from './costs.js';

// Reused rows: the scorer is on the hot path and codes are short.
let previous = new Float64Array(64);
let current = new Float64Array(64);

export function weightedDistance(a: string, b: string, aAbjad: boolean, bAbjad: boolean): number {
  const n = a.length;
  const m = b.length;
  if (m + 1 > previous.length) {
    previous = new Float64Array(m + 1);
    current = new Float64Array(m + 1);
  }
  previous[0] = 0;
  for (let j = 1; j <= m; j++) previous[j] = previous[j - 1]! + gapCost(b[j - 1]!, aAbjad);
  for (let i = 1; i <= n; i++) {
    const ai = a[i - 1]!;
    const deleteCost = gapCost(ai, bAbjad);
    current[0] = previous[0]! + deleteCost;
    for (let j = 1; j <= m; j++) {
      const bj = b[j - 1]!;
      const substitute = previous[j - 1]! + substitutionCost(ai, bj);
      const remove = previous[j]! + deleteCost;
      const insert = current[j - 1]! + gapCost(bj, aAbjad);
      current[j] = Math.min(substitute, remove, insert);
    }
    [previous, current] = [current, previous];
  }
  return previous[m]!;
}

export function codeWeight(code: string): number {
  let weight = 0;
  for (const ch of code) weight += symbolWeight(ch);
  return weight;
}

/** Similarity in 0..1 (1 = identical codes) from the weighted distance. */
export function codeSimilarity(a: string, b: string, aAbjad = false, bAbjad = false): number {
  if (a === b) return 1;
  const norm = Math.max(codeWeight(a), codeWeight(b), 1);
  return Math.max(0, 1 - weightedDistance(a, b, aAbjad, bAbjad) / norm);
}
