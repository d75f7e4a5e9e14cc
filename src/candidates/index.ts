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
/** A near key (one consonant off) counts for this much of an exact skeleton key. */
const NEAR_KEY_WEIGHT = 0.3;
/** A whole phonetic code (vowels too) agreeing counts for this much of a skeleton key. */
const CODE_KEY_WEIGHT = 2;

export class CandidateIndex {
  readonly forms: IndexedForm[] = [];
  private readonly exact = new Map<string, number[]>();
  private readonly postings = new Map<string, number[]>();

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

  /** Form ids worth scoring for a query: exact hits first, then the forms sharing the most (rarest) keys. */
  lookup(query: AnalysedName, pool: number): number[] {
    const exact = new Set([...(this.exact.get(query.normalised) ?? []), ...(this.exact.get(query.exactKey) ?? [])]);
    const lists = query.keys
      .map((key) => ({ list: this.postings.get(key), weight: key.startsWith('~') ? NEAR_KEY_WEIGHT : key.startsWith('#') ? CODE_KEY_WEIGHT : 1 }))
      .filter((entry): entry is { list: number[]; weight: number } => entry.list !== undefined)
      .sort((a, b) => a.list.length - b.list.length);
    const weights = new Map<number, number>();
    lists.forEach(({ list, weight: kind }, i) => {
      if (list.length > COMMON_POSTING && i > 0) return;
      // Rarer keys say more; near keys (one consonant off) say less than skeletons, whole codes more.
      const weight = kind / Math.log2(2 + list.length);
      for (const id of list) weights.set(id, (weights.get(id) ?? 0) + weight);
    });
    const ranked = [...weights].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([id]) => id);
    const result = [...exact];
    for (const id of ranked) {
      if (result.length >= pool + exact.size) break;
      if (!exact.has(id)) result.push(id);
    }
    return result;
  }
}

function push(map: Map<string, number[]>, key: string, id: number): void {
  const list = map.get(key);
  if (list) {
    if (list[list.length - 1] !== id) list.push(id);
  } else map.set(key, [id]);
}
