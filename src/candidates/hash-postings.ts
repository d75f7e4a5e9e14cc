/**
 * Postings keyed by string, stored as three typed arrays: 32-bit key hashes grouped in buckets,
 * and the ids filed under each. No string is kept, so a million-form table costs a few bytes a
 * key, builds in linear time and is written to a snapshot as it is. A hash collision files a few
 * strangers under a key: callers either verify (exact forms) or merely rank (keys), never trust.
 */
import { Uint32List } from './uint32-list.js';

/** FNV-1a over UTF-16 code units: fast, and good enough spread for bucket selection. */
export function hashKey(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const EMPTY = new Uint32Array(0);

export interface HashPostingsData {
  /** bucket b holds entries offsets[b] .. offsets[b+1], sorted by hash, then id */
  offsets: Uint32Array;
  hashes: Uint32Array;
  ids: Uint32Array;
}

export class HashPostings {
  private readonly mask: number;

  constructor(readonly data: HashPostingsData) {
    this.mask = data.offsets.length - 2;
  }

  /** The ids filed under `key`, ascending (a view: do not keep it past the next build). */
  get(key: string): Uint32Array {
    const h = hashKey(key);
    const { offsets, hashes, ids } = this.data;
    const bucket = h & this.mask;
    let lo = offsets[bucket]!;
    let hi = offsets[bucket + 1]!;
    // first entry with this hash (buckets are short, but a very common key makes a long one)
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (hashes[mid]! < h) lo = mid + 1;
      else hi = mid;
    }
    let end = lo;
    const last = offsets[bucket + 1]!;
    while (end < last && hashes[end] === h) end++;
    return end > lo ? ids.subarray(lo, end) : EMPTY;
  }

  get entries(): number {
    return this.data.ids.length;
  }
}

export class HashPostingsBuilder {
  private readonly hashes: Uint32List;
  private readonly ids: Uint32List;

  /** `capacity`: the entries expected, when known (growing a large array is a copy, and wakes the collector) */
  constructor(capacity = 1 << 12) {
    this.hashes = new Uint32List(capacity);
    this.ids = new Uint32List(capacity);
  }

  add(key: string, id: number): void {
    this.addHash(hashKey(key), id);
  }

  /** The same, with the key hashed already (by a worker thread). */
  addHash(hash: number, id: number): void {
    this.hashes.push(hash);
    this.ids.push(id);
  }

  build(): HashPostings {
    const n = this.hashes.length;
    // about two entries a bucket; the bucket count is a power of two so a mask picks the bucket
    let buckets = 16;
    while (buckets < n / 2) buckets *= 2;
    const { offsets, hashes, ids } = bucketed(this.hashes.view(), this.ids.view(), n, buckets - 1);
    // (entries arrive in id order, so most buckets are sorted already: only the others are sorted)
    for (let b = 0; b < buckets; b++) {
      const start = offsets[b]!;
      const end = offsets[b + 1]!;
      for (let i = start + 1; i < end; i++) {
        if (hashes[i]! < hashes[i - 1]! || (hashes[i] === hashes[i - 1] && ids[i]! < ids[i - 1]!)) {
          sortBucket(hashes, ids, start, end);
          break;
        }
      }
    }
    this.hashes.clear();
    this.ids.clear();
    return new HashPostings({ offsets, hashes, ids });
  }
}

/** Buckets per partition in bucketed(): a partition's share of the arrays stays in the processor's cache. */
const PARTITION_BUCKETS = 1 << 12;

/**
 * The entries in bucket order (a bucket's entries in the order added), and where each bucket starts. On a large
 * table, counting and writing each entry straight to its bucket is a cache miss per entry; so entries are first
 * split into partitions of PARTITION_BUCKETS buckets (a few hundred write streams, each written in order), and
 * each partition is then counted and spread over its own buckets.
 */
function bucketed(added: Uint32Array, addedIds: Uint32Array, n: number, mask: number): HashPostingsData {
  const buckets = mask + 1;
  const perPartition = Math.min(buckets, PARTITION_BUCKETS);
  const partitions = buckets / perPartition;
  const shift = Math.log2(perPartition);
  const partitionStart = new Uint32Array(partitions + 1);
  let runHashes = added;
  let runIds = addedIds;
  if (partitions === 1) partitionStart[1] = n;
  else {
    for (let i = 0; i < n; i++) partitionStart[((added[i]! & mask) >>> shift) + 1]!++;
    for (let p = 1; p <= partitions; p++) partitionStart[p]! += partitionStart[p - 1]!;
    const fill = partitionStart.slice(0, partitions);
    runHashes = new Uint32Array(n);
    runIds = new Uint32Array(n);
    for (let i = 0; i < n; i++) {
      const hash = added[i]!;
      const at = fill[(hash & mask) >>> shift]!++;
      runHashes[at] = hash;
      runIds[at] = addedIds[i]!;
    }
  }
  const offsets = new Uint32Array(buckets + 1);
  const hashes = new Uint32Array(n);
  const ids = new Uint32Array(n);
  const fill = new Uint32Array(perPartition);
  for (let p = 0; p < partitions; p++) {
    const start = partitionStart[p]!;
    const end = partitionStart[p + 1]!;
    const first = p * perPartition;
    // bucket b's count goes to offsets[b + 1]; offsets[first] is this partition's start already (0, or the last sum of the one before)
    for (let i = start; i < end; i++) offsets[(runHashes[i]! & mask) + 1]!++;
    for (let b = first + 1; b <= first + perPartition; b++) offsets[b]! += offsets[b - 1]!;
    for (let k = 0; k < perPartition; k++) fill[k] = offsets[first + k]!;
    for (let i = start; i < end; i++) {
      const hash = runHashes[i]!;
      const at = fill[(hash & mask) - first]!++;
      hashes[at] = hash;
      ids[at] = runIds[i]!;
    }
  }
  return { offsets, hashes, ids };
}

/** Longer buckets (a very common key beside another) could make an insertion sort quadratic. */
const INSERTION_SORT_MAX = 32;

/** Sort one bucket by (hash, id). */
function sortBucket(hashes: Uint32Array, ids: Uint32Array, start: number, end: number): void {
  const length = end - start;
  if (length <= INSERTION_SORT_MAX) {
    // (buckets hold about two entries: sorting them in place spares an allocation each)
    for (let i = start + 1; i < end; i++) {
      const hash = hashes[i]!;
      const id = ids[i]!;
      let j = i - 1;
      while (j >= start && (hashes[j]! > hash || (hashes[j] === hash && ids[j]! > id))) {
        hashes[j + 1] = hashes[j]!;
        ids[j + 1] = ids[j]!;
        j--;
      }
      hashes[j + 1] = hash;
      ids[j + 1] = id;
    }
    return;
  }
  const before = (i: number, j: number) => hashes[i]! < hashes[j]! || (hashes[i] === hashes[j] && ids[i]! < ids[j]!);
  const order = Array.from({ length }, (_, k) => start + k).sort((i, j) => (before(i, j) ? -1 : before(j, i) ? 1 : 0));
  const h = order.map((i) => hashes[i]!);
  const d = order.map((i) => ids[i]!);
  hashes.set(h, start);
  ids.set(d, start);
}
