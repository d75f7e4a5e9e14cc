// talisman ships no types: declare exactly the subpaths onoma uses.
declare module 'talisman/metrics/jaro-winkler.js' {
  const jaroWinkler: (a: string, b: string) => number;
  export default jaroWinkler;
}
declare module 'talisman/metrics/damerau-levenshtein.js' {
  /** `limited(max, a, b)`: the distance, or Infinity when it exceeds max */
  const damerauLevenshtein: ((a: string, b: string) => number) & { limited: (max: number, a: string, b: string) => number };
  export default damerauLevenshtein;
}
