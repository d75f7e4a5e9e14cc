/**
 * Choosing the best of the forms a lookup found: pure functions over typed arrays (the found forms stay in the
 * processor's cache; see FormWeights).
 */
import type { FormWeights } from './form-weights.js';

/**
 * Charges each found form `penalty` for each of its words beyond `matchedWords` (fuller matches first), as far as it
 * matters to the best `n`: reading a form's word count is a cache miss on a large table, and a lookup finds thousands
 * of forms. A charge only lowers a weight, so the lowest charged weight among the forms at or above the n-th weight is a
 * bound that no form below it can reach: those keep their weight, and stay out of the best n all the same.
 * Returns the scratch array, grown if it had to be.
 */
export function chargeExtraWords(found: FormWeights, wordCount: Uint8Array, matchedWords: number, penalty: number, n: number, scratch: Float64Array<ArrayBuffer>): Float64Array<ArrayBuffer> {
  const { forms, weights, count } = found;
  const charged = (k: number) => weights[k]! - penalty * Math.max(0, wordCount[forms[k]!]! - matchedWords);
  if (count <= n) {
    for (let k = 0; k < count; k++) weights[k] = charged(k);
    return scratch;
  }
  if (scratch.length < count) scratch = new Float64Array(count * 2);
  scratch.set(weights.subarray(0, count));
  const nth = kthLargest(scratch, count, n);
  // (the selection's scratch, done with, keeps the charged weights of the forms at or above the n-th: each word count read once)
  let bound = Infinity;
  for (let k = 0; k < count; k++) {
    if (weights[k]! < nth) continue;
    scratch[k] = charged(k);
    bound = Math.min(bound, scratch[k]!);
  }
  for (let k = 0; k < count; k++) {
    const weight = weights[k]!;
    if (weight >= nth) weights[k] = scratch[k]!;
    else if (weight >= bound) weights[k] = charged(k);
  }
  return scratch;
}

/** The k-th largest of values[0 .. n) (Hoare's quickselect; reorders values). */
export function kthLargest(values: Float64Array, n: number, k: number): number {
  let lo = 0;
  let hi = n - 1;
  const target = k - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >>> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i]! > pivot) i++;
      while (values[j]! < pivot) j--;
      if (i <= j) {
        const t = values[i]!;
        values[i] = values[j]!;
        values[j] = t;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  return values[target]!;
}

/**
 * The `n` ids of highest weight (ties: lower id first) among ids[0 .. count), weights[k] being ids[k]'s, in one
 * pass that keeps a small running top list.
 */
export function topByWeight(ids: Uint32Array, weights: Float64Array, count: number, n: number): number[] {
  const better = (a: number, b: number) => weights[a]! > weights[b]! || (weights[a] === weights[b] && ids[a]! < ids[b]!);
  const top: number[] = []; // positions in ids
  let worst = -1; // index in `top` of its weakest member, once full
  for (let k = 0; k < count; k++) {
    if (top.length < n) {
      top.push(k);
      if (top.length === n) worst = weakest(top, better);
    } else if (better(k, top[worst]!)) {
      top[worst] = k;
      worst = weakest(top, better);
    }
  }
  return top.sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0)).map((k) => ids[k]!);
}

function weakest(top: number[], better: (a: number, b: number) => boolean): number {
  let w = 0;
  for (let i = 1; i < top.length; i++) if (better(top[w]!, top[i]!)) w = i;
  return w;
}
