/**
 * The forms one lookup finds, with their weights, in insertion order: dense arrays plus a small open-addressing
 * table from form id to position. A lookup touches a few thousand forms of a table that may hold millions, and
 * an array with a slot for every form makes each of those touches a cache miss (at 1M forms, most of a lookup's
 * time); these arrays stay in the processor's cache.
 */
const EMPTY = -1;

export class FormWeights {
  /** forms[k], weights[k]: the k-th form found and its weight (k < count) */
  forms = new Uint32Array(0);
  weights = new Float64Array(0);
  count = 0;
  /** per position, the stamp of the query word that last added to it (one look-alike per word counts) */
  private stamps = new Uint32Array(0);
  /** hash slot → position, or EMPTY */
  private slots = new Int32Array(0);
  /** position → its hash slot (to empty the used slots only) */
  private slotOf = new Uint32Array(0);
  private shift = 32;

  constructor(capacity = 4096) {
    this.allocate(capacity);
  }

  /** Adds `weight` to a form, once per `stamp`: a better look-alike of the same query word counted it already. */
  add(form: number, weight: number, stamp: number): void {
    const k = this.positionOf(form);
    if (this.stamps[k] === stamp) return;
    this.stamps[k] = stamp;
    this.weights[k]! += weight;
  }

  /** Keeps the first `kept` positions' forms, renumbered as `keep` lists them (positions, ascending). */
  retain(keep: Uint32Array, kept: number): void {
    const { forms, weights, stamps } = this;
    for (let i = 0; i < kept; i++) {
      const k = keep[i]!;
      forms[i] = forms[k]!;
      weights[i] = weights[k]!;
      stamps[i] = stamps[k]!;
    }
    this.clear();
    this.count = kept;
    for (let i = 0; i < kept; i++) this.place(i);
  }

  clear(): void {
    const { slots, slotOf } = this;
    for (let k = 0; k < this.count; k++) slots[slotOf[k]!] = EMPTY;
    this.count = 0;
  }

  /** The form's position, added with weight 0 if it is new. */
  private positionOf(form: number): number {
    const { slots } = this;
    const mask = slots.length - 1;
    let slot = Math.imul(form, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const k = slots[slot]!;
      if (k === EMPTY) break;
      if (this.forms[k] === form) return k;
      slot = (slot + 1) & mask;
    }
    if (2 * (this.count + 1) > slots.length) {
      this.grow();
      return this.positionOf(form);
    }
    const k = this.count++;
    slots[slot] = k;
    this.slotOf[k] = slot;
    this.forms[k] = form;
    this.weights[k] = 0;
    this.stamps[k] = 0;
    return k;
  }

  /** Files position k (its form not in the table) in the table. */
  private place(k: number): void {
    const { slots } = this;
    const mask = slots.length - 1;
    let slot = Math.imul(this.forms[k]!, 0x9e3779b1) >>> this.shift;
    while (slots[slot] !== EMPTY) slot = (slot + 1) & mask;
    slots[slot] = k;
    this.slotOf[k] = slot;
  }

  private grow(): void {
    const { forms, weights, stamps, count } = this;
    this.allocate(this.slots.length * 2);
    this.forms.set(forms.subarray(0, count));
    this.weights.set(weights.subarray(0, count));
    this.stamps.set(stamps.subarray(0, count));
    this.count = count;
    for (let k = 0; k < count; k++) this.place(k);
  }

  /** Room for `slots / 2` forms (slots: a power of two). */
  private allocate(slots: number): void {
    const size = 2 ** Math.ceil(Math.log2(Math.max(16, slots)));
    this.slots = new Int32Array(size).fill(EMPTY);
    this.shift = 32 - Math.log2(size);
    this.forms = new Uint32Array(size / 2);
    this.weights = new Float64Array(size / 2);
    this.stamps = new Uint32Array(size / 2);
    this.slotOf = new Uint32Array(size / 2);
    this.count = 0;
  }
}
