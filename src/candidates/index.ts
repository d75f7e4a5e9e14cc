/**
 * Stage 5, candidates: an inverted index from keys (token skeletons, whole-name skeletons, exact
 * forms) to table forms, so a query looks at a few dozen forms and never scans the table.
 * Each form is a canonical name or an alias of one entity, analysed by the same pipeline as queries.
 */
import { analyseName, type AnalysedName } from '../pipeline.js';
import type { Entity } from '../types.js';

export interface IndexedForm {
  entity: number;
  name: AnalysedName;
}

/** Postings longer than this (very common keys) only count when the query has nothing rarer. */
const COMMON_POSTING = 20_000;
/** A posting list this long is skipped once the rarer keys have found ENOUGH_FORMS × pool forms. */
const LONG_POSTING = 2_000;
const ENOUGH_FORMS = 4;
/** A near key (one consonant off) counts for this much of an exact skeleton key. */
const NEAR_KEY_WEIGHT = 0.3;
/** A whole phonetic code (vowels too) agreeing counts for this much of a skeleton key. */
const CODE_KEY_WEIGHT = 2;

export class CandidateIndex {
  readonly forms: IndexedForm[] = [];
  private readonly exact = new Map<string, number[]>();
  private readonly postings = new Map<string, number[]>();
  /** per-form accumulated key weight during one lookup, and the forms touched (reset after each lookup) */
  private weights = new Float64Array(0);
  private touched: number[] = [];

  constructor(readonly entities: readonly Entity[]) {
    entities.forEach((entity, entityIndex) => {
      const seen = new Set<string>();
      for (const text of [entity.name, ...entity.aliases.map((a) => a.name)]) {
        const name = analyseName(text);
        if (seen.has(name.normalised) || name.tokens.length === 0) continue;
        seen.add(name.normalised);
        this.add({ entity: entityIndex, name });
      }
    });
  }

  private add(form: IndexedForm): void {
    const id = this.forms.length;
    this.forms.push(form);
    push(this.exact, form.name.normalised, id);
    if (form.name.exactKey !== form.name.normalised) push(this.exact, form.name.exactKey, id);
    for (const key of form.name.keys) push(this.postings, key, id);
  }

  private ensureScratch(): void {
    if (this.weights.length !== this.forms.length) this.weights = new Float64Array(this.forms.length);
  }

  /** Form ids worth scoring for a query: exact hits first, then the forms sharing the most (rarest) keys. */
  lookup(query: AnalysedName, pool: number): number[] {
    const exact = new Set([...(this.exact.get(query.normalised) ?? []), ...(this.exact.get(query.exactKey) ?? [])]);
    const lists = query.keys
      .map((key) => ({ list: this.postings.get(key), weight: key.startsWith('~') ? NEAR_KEY_WEIGHT : key.startsWith('#') ? CODE_KEY_WEIGHT : 1 }))
      .filter((entry): entry is { list: number[]; weight: number } => entry.list !== undefined)
      .sort((a, b) => a.list.length - b.list.length);
    this.ensureScratch();
    const weights = this.weights;
    const touched = this.touched;
    for (let i = 0; i < lists.length; i++) {
      const { list, weight: kind } = lists[i]!;
      if (list.length > COMMON_POSTING && i > 0) break;
      // Lists come rarest first: once the rarer keys have found plenty of forms, a long list adds only noise.
      if (list.length > LONG_POSTING && touched.length >= ENOUGH_FORMS * pool) break;
      // Rarer keys say more; near keys (one consonant off) say less than skeletons, whole codes more.
      const weight = kind / Math.log2(2 + list.length);
      for (let k = 0; k < list.length; k++) {
        const id = list[k]!;
        if (weights[id] === 0) touched.push(id);
        weights[id] = weights[id]! + weight;
      }
    }
    const ranked = topByWeight(touched, weights, pool + exact.size);
    for (const id of touched) weights[id] = 0;
    touched.length = 0;
    const result = [...exact];
    for (const id of ranked) {
      if (result.length >= pool + exact.size) break;
      if (!exact.has(id)) result.push(id);
    }
    return result;
  }
}

/** The `n` ids of highest weight (ties: lower id first), in one pass that keeps a small running top list. */
function topByWeight(ids: number[], weights: Float64Array, n: number): number[] {
  const better = (a: number, b: number) => weights[a]! > weights[b]! || (weights[a] === weights[b] && a < b);
  const top: number[] = [];
  let worst = -1; // index in `top` of its weakest member, once full
  for (const id of ids) {
    if (top.length < n) {
      top.push(id);
      if (top.length === n) worst = weakest(top, better);
    } else if (better(id, top[worst]!)) {
      top[worst] = id;
      worst = weakest(top, better);
    }
  }
  return top.sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
}

function weakest(top: number[], better: (a: number, b: number) => boolean): number {
  let w = 0;
  for (let i = 1; i < top.length; i++) if (better(top[w]!, top[i]!)) w = i;
  return w;
}

function push(map: Map<string, number[]>, key: string, id: number): void {
  const list = map.get(key);
  if (list) {
    if (list[list.length - 1] !== id) list.push(id);
  } else map.set(key, [id]);
}
