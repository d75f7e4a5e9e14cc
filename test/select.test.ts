/** Stage 5, candidates: choosing the best of the forms a lookup found. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FormWeights } from '../src/candidates/form-weights.js';
import { chargeExtraWords, kthLargest, topByWeight } from '../src/candidates/select.js';

/** Forms 0..count-1 found with the weights given (in quarters, so that ties are common). */
function foundWith(quarters: number[]): FormWeights {
  const found = new FormWeights(16);
  quarters.forEach((q, form) => found.add(form, q / 4, 1));
  return found;
}

describe('choosing the best forms found', () => {
  it('takes the k-th largest value', () => {
    expect(kthLargest(Float64Array.from([3, 9, 1, 9, 4]), 5, 1)).toBe(9);
    expect(kthLargest(Float64Array.from([3, 9, 1, 9, 4]), 5, 2)).toBe(9);
    expect(kthLargest(Float64Array.from([3, 9, 1, 9, 4]), 5, 3)).toBe(4);
  });

  it('ranks by weight, ties to the lower id', () => {
    expect(topByWeight(Uint32Array.from([7, 3, 5, 1]), Float64Array.from([1, 2, 2, 0]), 4, 3)).toEqual([3, 5, 7]);
  });

  it('charges the extra words of the forms that can rank: the best n are those of charging every form', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 1, max: 6 })), { minLength: 1, maxLength: 200 }), fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 3 }), (forms, n, matched) => {
        const wordCount = Uint8Array.from(forms.map(([, words]) => words));
        const found = foundWith(forms.map(([quarters]) => quarters));
        chargeExtraWords(found, wordCount, matched, 0.25, n, new Float64Array(4));
        const everyForm = Float64Array.from(forms, ([quarters, words]) => quarters / 4 - 0.25 * Math.max(0, words - matched));
        const ids = Uint32Array.from(forms.keys());
        expect(topByWeight(found.forms, found.weights, found.count, n)).toEqual(topByWeight(ids, everyForm, forms.length, n));
      }),
    );
  });
});
