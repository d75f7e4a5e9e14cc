/**
 * A set of form ids, one bit a form. Marking the forms of a common word (thousands of them) and asking of thousands
 * more whether they are marked touches one bit each, in an array an eighth of a byte a form long: 0.4 MB at three
 * million forms, which stays in the processor's cache. (A FormWeights table, sized for the forms it holds, touches
 * four arrays a form added, and grows past the cache with the forms of a common word.)
 */
export class FormSet {
  private readonly bits: Uint32Array;
  /** the indexes of the bit words set since the last clear (clearing those is cheaper than the whole array) */
  private touched = new Uint32Array(256);
  private touchedCount = 0;

  constructor(forms: number) {
    this.bits = new Uint32Array(Math.ceil(forms / 32));
  }

  add(form: number): void {
    const word = form >>> 5;
    const bits = this.bits[word]!;
    if (bits === 0) {
      if (this.touchedCount === this.touched.length) {
        const grown = new Uint32Array(this.touched.length * 2);
        grown.set(this.touched);
        this.touched = grown;
      }
      this.touched[this.touchedCount++] = word;
    }
    this.bits[word] = bits | (1 << (form & 31));
  }

  has(form: number): boolean {
    return (this.bits[form >>> 5]! & (1 << (form & 31))) !== 0;
  }

  clear(): void {
    for (let k = 0; k < this.touchedCount; k++) this.bits[this.touched[k]!] = 0;
    this.touchedCount = 0;
  }
}
