/** Hash postings: every key gives back exactly the ids filed under it, ascending, however many buckets. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildHashPostings, hashKey, HashPostingsBuilder } from '../src/candidates/hash-postings.js';
import { uint32Arrays } from '../src/candidates/uint32-list.js';

/** The ids filed under each key, the slow way. */
function reference(entries: [string, number][]): Map<string, number[]> {
  const byKey = new Map<string, number[]>();
  for (const [key, id] of entries) byKey.set(key, [...(byKey.get(key) ?? []), id]);
  for (const ids of byKey.values()) ids.sort((a, b) => a - b);
  return byKey;
}

function build(entries: [string, number][]) {
  const builder = new HashPostingsBuilder(4);
  for (const [key, id] of entries) builder.add(key, id);
  return builder.build();
}

describe('hash postings', () => {
  it('files each id under its key (small tables: one pass over the buckets)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ maxLength: 6 }), fc.nat(1000)), { maxLength: 200 }), (entries) => {
        const postings = build(entries);
        for (const [key, ids] of reference(entries)) expect([...postings.get(key)]).toEqual(ids);
        expect(postings.entries).toBe(entries.length);
      }),
    );
  });

  it('files each id under its key on a table large enough to be split into partitions first, ids added out of order too', () => {
    // 40,000 entries: 32,768 buckets, eight partitions; keys repeat, and some ids arrive before smaller ones
    const entries: [string, number][] = [];
    for (let i = 0; i < 40_000; i++) entries.push([`key${(i * 7919) % 9_000}`, i % 5 === 0 ? 40_000 - i : i]);
    const postings = build(entries);
    for (const [key, ids] of reference(entries)) expect([...postings.get(key)]).toEqual(ids);
    expect(postings.get('absent').length).toBe(0);
  });

  it('files the entries of several runs where they are, each run\'s ids counted from its base (a build\'s chunks)', () => {
    const run = fc.array(fc.tuple(fc.string({ maxLength: 4 }), fc.nat(50)), { maxLength: 60 });
    fc.assert(
      fc.property(fc.array(run, { maxLength: 5 }), (runs) => {
        let base = 0;
        const entries: [string, number][] = [];
        const hashed = runs.map((pairs) => {
          const idBase = base;
          base += 51;
          for (const [key, id] of pairs) entries.push([key, idBase + id]);
          return { hashes: Uint32Array.from(pairs, ([key]) => hashKey(key)), ids: Uint32Array.from(pairs, ([, id]) => id), idBase };
        });
        const postings = buildHashPostings(hashed);
        for (const [key, ids] of reference(entries)) expect([...postings.get(key)]).toEqual(ids);
        expect(postings.entries).toBe(entries.length);
      }),
    );
  });

  it('carves typed arrays of the lengths asked for out of one buffer, apart and zeroed', () => {
    const [a, b, c] = uint32Arrays(3, 0, 5) as [Uint32Array, Uint32Array, Uint32Array];
    expect([a.length, b.length, c.length]).toEqual([3, 0, 5]);
    expect(a.buffer).toBe(c.buffer);
    a.fill(7);
    expect([...c]).toEqual([0, 0, 0, 0, 0]);
    c.fill(9);
    expect([...a]).toEqual([7, 7, 7]);
  });
});
