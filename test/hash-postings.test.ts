/** Hash postings: every key gives back exactly the ids filed under it, ascending, however many buckets. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { HashPostingsBuilder } from '../src/candidates/hash-postings.js';

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
});
