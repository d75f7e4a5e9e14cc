/**
 * Postings keyed by string, stored as three typed arrays: 32-bit key hashes grouped in buckets,
 * and the ids filed under each. No string is kept, so a million-form table costs a few bytes a
 * key, builds in linear time and is written to a snapshot as it is. A hash collision files a few
 * strangers under a key: callers either verify (exact forms) or merely rank (keys), never trust.
 */
import { Uint32List, uint32Arrays } from './uint32-list.js';

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
    const postings = buildHashPostings([{ hashes: this.hashes.view(), ids: this.ids.view(), idBase: 0 }]);
    this.hashes.clear();
    this.ids.clear();
    return postings;
  }
}

/** A run of (hash, id) entries to file, its ids counted from `idBase` (a chunk's forms, numbered from its first). */
export interface HashedEntries {
  hashes: Uint32Array;
  ids: Uint32Array;
  idBase: number;
}

/**
 * Postings of the entries of several runs, read where they are (no copy into one list first). Each bucket's entries
 * end sorted by hash, then id.
 */
export function buildHashPostings(runs: readonly HashedEntries[]): HashPostings {
  const n = runs.reduce((count, run) => count + run.hashes.length, 0);
  // about two entries a bucket; the bucket count is a power of two so a mask picks the bucket
  let buckets = 16;
  while (buckets < n / 2) buckets *= 2;
  const { offsets, hashes, ids } = bucketed(runs, n, buckets - 1);
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
  return new HashPostings({ offsets, hashes, ids });
}

/** Buckets per partition in bucketed(): a partition's share of the arrays stays in the processor's cache. */
const PARTITION_BUCKETS = 1 << 12;

/**
 * The entries in bucket order (a bucket's entries in the order given), and where each bucket starts. On a large
 * table, counting and writing each entry straight to its bucket is a cache miss per entry; so entries are first
 * split into partitions of PARTITION_BUCKETS buckets (a few hundred write streams, each written in order), written
 * where the partition's buckets will be, and each partition is then spread over its own buckets through a scratch
 * copy the size of one partition (it stays in the cache; a second table-sized pair of arrays would be another
 * allocation, see uint32Arrays).
 */
function bucketed(runs: readonly HashedEntries[], n: number, mask: number): HashPostingsData {
  const buckets = mask + 1;
  const perPartition = Math.min(buckets, PARTITION_BUCKETS);
  const partitions = buckets / perPartition;
  const shift = Math.log2(perPartition);
  const partitionStart = new Uint32Array(partitions + 1);
  for (const run of runs) for (let i = 0; i < run.hashes.length; i++) partitionStart[((run.hashes[i]! & mask) >>> shift) + 1]!++;
  let largest = 0;
  for (let p = 1; p <= partitions; p++) {
    largest = Math.max(largest, partitionStart[p]!);
    partitionStart[p]! += partitionStart[p - 1]!;
  }
  const [offsets, hashes, ids] = uint32Arrays(buckets + 1, n, n) as [Uint32Array, Uint32Array, Uint32Array];
  // the runs' entries, partition by partition, their ids made global
  const partitionFill = partitionStart.slice(0, partitions);
  for (const run of runs) {
    const { hashes: added, ids: addedIds, idBase } = run;
    for (let i = 0; i < added.length; i++) {
      const hash = added[i]!;
      const at = partitionFill[(hash & mask) >>> shift]!++;
      hashes[at] = hash;
      ids[at] = idBase + addedIds[i]!;
    }
  }
  const scratchHashes = new Uint32Array(largest);
  const scratchIds = new Uint32Array(largest);
  const fill = new Uint32Array(perPartition);
  for (let p = 0; p < partitions; p++) {
    const start = partitionStart[p]!;
    const end = partitionStart[p + 1]!;
    const first = p * perPartition;
    scratchHashes.set(hashes.subarray(start, end));
    scratchIds.set(ids.subarray(start, end));
    // bucket b's count goes to offsets[b + 1]; offsets[first] is this partition's start already (0, or the last sum of the one before)
    for (let i = 0; i < end - start; i++) offsets[(scratchHashes[i]! & mask) + 1]!++;
    for (let b = first + 1; b <= first + perPartition; b++) offsets[b]! += offsets[b - 1]!;
    for (let k = 0; k < perPartition; k++) fill[k] = offsets[first + k]!;
    for (let i = 0; i < end - start; i++) {
      const hash = scratchHashes[i]!;
      const at = fill[(hash & mask) - first]!++;
      hashes[at] = hash;
      ids[at] = scratchIds[i]!;
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
