/** Invariants checked on generated input (fast-check). */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normaliseText, normaliseTextFully } from '../src/normalise/index.js';
import { createResolver, analyseName } from '../src/index.js';

const word = fc.stringMatching(/^[A-Z][a-z]{2,9}$/);
const name = fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));

describe('properties', () => {
  const resolver = createResolver();

  it("normalise's printable-ASCII shortcut gives what the full normalisation gives", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 40 }), (text) => {
        expect(normaliseText(text)).toBe(normaliseTextFully(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('resolve is deterministic', () => {
    fc.assert(fc.property(fc.string({ maxLength: 30 }), (q) => {
      expect(resolver.resolve(q)).toEqual(resolver.resolve(q));
    }), { numRuns: 200 });
  });

  it('never throws and always returns a score in 0..1, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (q) => {
        const r = resolver.resolve(q);
        expect(r.score).toBeGreaterThanOrEqual(0);
        expect(r.score).toBeLessThanOrEqual(1);
        expect(['matched', 'ambiguous', 'unmatched']).toContain(r.status);
      }),
      { numRuns: 300 },
    );
  });

  it('every alias of a generated table resolves to its own entity', () => {
    fc.assert(
      fc.property(fc.uniqueArray(name, { minLength: 1, maxLength: 12, selector: (n) => analyseName(n).exactKey }), (names) => {
        const r = createResolver({ entities: names.map((n, i) => ({ id: `e${i}`, name: n, type: 'person' as const })) });
        names.forEach((n, i) => expect(r.resolve(n).candidates[0]?.id).toBe(`e${i}`));
      }),
      { numRuns: 60 },
    );
  });

  it('adding an unrelated entity never changes an exact match', () => {
    fc.assert(
      fc.property(fc.constantFrom('Khalifa Haftar', 'Tobruk', 'Florence Parly', 'حفتر', 'Libya'), name, (query, extra) => {
        fc.pre(analyseName(extra).exactKey !== analyseName(query).exactKey);
        const before = resolver.resolve(query);
        expect(before.score).toBe(1);
        const more = createResolver({ entities: [...resolver.entities, { id: 'extra-entity', name: extra, type: 'person' }] });
        const after = more.resolve(query);
        expect(after.status).toBe('matched');
        expect(after.entity?.id).toBe(before.entity?.id);
      }),
      { numRuns: 15 },
    );
  });

});
