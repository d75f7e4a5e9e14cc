/**
 * A growing list of 32-bit unsigned integers in a typed array. The index build fills millions of these
 * (form columns, key hashes): a plain array holds hashes above 2^31 as doubles, copies itself as it grows
 * and is traced by the collector; this is one block of memory, handed over (or transferred) as it is.
 */
export class Uint32List {
  private items: Uint32Array;
  private count = 0;

  constructor(capacity = 1 << 10) {
    this.items = new Uint32Array(Math.max(16, capacity));
  }

  get length(): number {
    return this.count;
  }

  push(value: number): void {
    if (this.count === this.items.length) {
      const bigger = new Uint32Array(this.items.length * 2);
      bigger.set(this.items);
      this.items = bigger;
    }
    this.items[this.count++] = value;
  }

  /** Empties the list and lets its storage go. */
  clear(): void {
    this.items = new Uint32Array(16);
    this.count = 0;
  }

  /** The items so far, sharing the list's storage (valid until the next push). */
  view(): Uint32Array {
    return this.items.subarray(0, this.count);
  }
}

/**
 * Typed arrays of the given lengths in one buffer. A large table's build allocates hundreds of megabytes of them:
 * allocated one by one, each few tens of megabytes made V8 collect the whole heap (for "external memory pressure",
 * 0.3–0.5 s a time with a million entities held), though almost nothing was garbage; one allocation does not.
 */
export function uint32Arrays(...lengths: number[]): Uint32Array[] {
  const buffer = new ArrayBuffer(4 * lengths.reduce((sum, length) => sum + length, 0));
  let at = 0;
  return lengths.map((length) => {
    const array = new Uint32Array(buffer, at, length);
    at += 4 * length;
    return array;
  });
}
