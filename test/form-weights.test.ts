import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FormWeights } from '../src/candidates/form-weights.js';

const entries = (found: FormWeights) => Array.from({ length: found.count }, (_, k) => [found.forms[k], found.weights[k]]);

describe('FormWeights: the forms a lookup finds, with their weights', () => {
  it('adds a weight once per stamp, and keeps the forms in the order first found', () => {
    const found = new FormWeights();
    found.add(900_000, 0.5, 1);
    found.add(7, 0.25, 1);
    found.add(900_000, 0.5, 1); // the same query word again: counted already
    found.add(900_000, 0.125, 2);
    expect(entries(found)).toEqual([
      [900_000, 0.625],
      [7, 0.25],
    ]);
  });

  it('retains the positions listed, in order, and can add to them again', () => {
    const found = new FormWeights();
    for (let form = 0; form < 10; form++) found.add(form * 1000, form, 1);
    found.retain(Uint32Array.from([1, 4, 9]), 3);
    expect(entries(found)).toEqual([
      [1000, 1],
      [4000, 4],
      [9000, 9],
    ]);
    found.add(4000, 1, 2);
    found.add(5000, 1, 2); // dropped by retain: found anew
    expect(entries(found)).toEqual([
      [1000, 1],
      [4000, 5],
      [9000, 9],
      [5000, 1],
    ]);
  });

  it('grows past its first capacity, and is empty after clear', () => {
    const found = new FormWeights(16);
    for (let form = 0; form < 5000; form++) found.add(form * 7919, 1, 1);
    expect(found.count).toBe(5000);
    expect(found.forms[4999]).toBe(4999 * 7919);
    found.clear();
    expect(found.count).toBe(0);
    found.add(4999 * 7919, 1, 1); // found anew after the clear: its old weight is gone
    expect(entries(found)).toEqual([[4999 * 7919, 1]]);
    found.add(7919, 2, 3);
    expect(entries(found)).toEqual([
      [4999 * 7919, 1],
      [7919, 2],
    ]);
  });

  it('sums like an array with a slot per form (stamps only grow, as a lookup makes them)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 2_000_000 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 3 })), { maxLength: 300 }), (adds) => {
        const found = new FormWeights(16);
        const expected = new Map<number, number>();
        const stamped = new Set<string>();
        for (const [form, weight, stamp] of [...adds].sort((a, b) => a[2] - b[2])) {
          found.add(form, weight, stamp);
          if (stamped.has(`${form}/${stamp}`)) continue;
          stamped.add(`${form}/${stamp}`);
          expected.set(form, (expected.get(form) ?? 0) + weight);
        }
        expect(new Map(entries(found) as [number, number][])).toEqual(expected);
        expect(entries(found).map(([form]) => form)).toEqual([...expected.keys()]); // first found first
      }),
    );
  });
});
