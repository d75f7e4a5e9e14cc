/**
 * The only importer of talisman (CommonJS, untyped): typed wrappers with names of our own.
 */
import jaroWinklerModule from 'talisman/metrics/jaro-winkler.js';
import damerauLevenshteinModule from 'talisman/metrics/damerau-levenshtein.js';

// talisman is compiled CommonJS with `exports.default`; Node's ESM interop may wrap it once more.
function unwrap<T>(mod: T): T {
  const inner = (mod as { default?: T }).default;
  return typeof mod === 'function' ? mod : (inner as T);
}

const jw = unwrap(jaroWinklerModule);

/** Jaro-Winkler similarity in 0..1 (1 = identical). */
export function jaroWinkler(a: string, b: string): number {
  if (a.length === 0 || b.length === 0) return a === b ? 1 : 0;
  return jw(a, b);
}

const damerauLevenshtein = unwrap(damerauLevenshteinModule);

/** Whether two strings are at most `max` edits apart (insertions, deletions, substitutions, adjacent swaps). */
export function damerauLevenshteinWithin(max: number, a: string, b: string): boolean {
  return damerauLevenshtein.limited(max, a, b) <= max;
}
