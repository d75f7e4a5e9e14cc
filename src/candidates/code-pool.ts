/**
 * The whole-name codes of every form, as ASCII bytes in one buffer instead of millions of strings:
 * a few bytes a form, nothing for the collector to trace, transferred from a build worker and written
 * to a snapshot as they are. Form f's joined code is bytes[start[2f] .. start[2f+1]), its core code
 * bytes[start[2f+1] .. start[2f+2]), empty when it equals the joined code (the name has no particle).
 */

export interface CodePool {
  /** a Buffer, for its fast Latin-1 decoding */
  bytes: Buffer;
  start: Uint32Array;
}

export class CodePoolBuilder {
  private bytes = new Uint8Array(1 << 16);
  private length = 0;
  private readonly starts: number[] = [0];

  /** Appends one form's codes (never empty: a form has words, and a word with no code is dropped). */
  add(code: string, coreCode: string): void {
    if (code === '' || coreCode === '') throw new Error('a form has an empty phonetic code');
    this.write(code);
    this.starts.push(this.length);
    if (coreCode !== code) this.write(coreCode);
    this.starts.push(this.length);
  }

  private write(code: string): void {
    if (this.length + code.length > this.bytes.length) {
      const bigger = new Uint8Array(Math.max(this.bytes.length * 2, this.length + code.length));
      bigger.set(this.bytes.subarray(0, this.length));
      this.bytes = bigger;
    }
    for (let i = 0; i < code.length; i++) {
      const unit = code.charCodeAt(i);
      // (codes are letters, digits and flex symbols: anything else is a phonetic rule gone wrong)
      if (unit > 0x7f) throw new Error(`phonetic code ${JSON.stringify(code)} is not ASCII`);
      this.bytes[this.length++] = unit;
    }
  }

  finish(): CodePool {
    return { bytes: Buffer.from(this.bytes.subarray(0, this.length)), start: Uint32Array.from(this.starts) };
  }
}

/** Pools in form order → one pool (a pool from a worker arrives as a plain Uint8Array). */
export function concatPools(pools: readonly { bytes: Uint8Array; start: Uint32Array }[]): CodePool {
  const bytes = Buffer.alloc(pools.reduce((n, p) => n + p.bytes.length, 0));
  const start = new Uint32Array(pools.reduce((n, p) => n + p.start.length - 1, 0) + 1);
  let byteBase = 0;
  let at = 0;
  for (const pool of pools) {
    bytes.set(pool.bytes, byteBase);
    for (let i = 1; i < pool.start.length; i++) start[++at] = byteBase + pool.start[i]!;
    byteBase += pool.bytes.length;
  }
  return { bytes, start };
}

/** Form `form`'s joined and core codes. */
export function formCodes(pool: CodePool, form: number): { code: string; coreCode: string } {
  const { bytes, start } = pool;
  const code = bytes.toString('latin1', start[2 * form]!, start[2 * form + 1]!);
  const coreEnd = start[2 * form + 2]!;
  return { code, coreCode: coreEnd > start[2 * form + 1]! ? bytes.toString('latin1', start[2 * form + 1]!, coreEnd) : code };
}
