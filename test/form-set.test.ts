import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FormSet } from '../src/candidates/form-set.js';

describe('FormSet: a set of form ids, one bit a form', () => {
  it('holds the forms added, at both ends of a bit word and of the array', () => {
    const set = new FormSet(100);
    for (const form of [0, 31, 32, 99]) set.add(form);
    expect([...Array(100).keys()].filter((form) => set.has(form))).toEqual([0, 31, 32, 99]);
  });

  it('is empty after clear, and takes forms again', () => {
    const set = new FormSet(10_000);
    for (let form = 0; form < 10_000; form += 3) set.add(form); // more bit words than its first list of them
    set.clear();
    expect([...Array(10_000).keys()].some((form) => set.has(form))).toBe(false);
    set.add(4242);
    expect(set.has(4242)).toBe(true);
    expect(set.has(4243)).toBe(false);
  });

  it('answers as a Set does, through adds and clears', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: 0, max: 4_999 }), fc.constant(-1)), { maxLength: 400 }), fc.array(fc.integer({ min: 0, max: 4_999 }), { maxLength: 50 }), (steps, asked) => {
        const set = new FormSet(5_000);
        const expected = new Set<number>();
        for (const step of steps) {
          if (step < 0) {
            set.clear();
            expected.clear();
          } else {
            set.add(step);
            expected.add(step);
          }
        }
        for (const form of [...asked, ...expected]) expect(set.has(form)).toBe(expected.has(form));
      }),
    );
  });
});
