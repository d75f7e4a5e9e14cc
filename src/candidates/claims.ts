/**
 * Texts that two entities claim, found in a built index. The exact postings file every form under the hash of its
 * normalised text, so the forms of one text sit together there: only the few that share a hash are normalised again,
 * to tell a shared text from a shared hash. (Checking the table before the build normalised every one of its texts a
 * second time: 6 of the 31 s `onoma build` took at a million entities.)
 */
import { normaliseText } from '../normalise/index.js';
import { normaliseName } from '../pipeline.js';
import { hashKey } from './hash-postings.js';
import type { EntityStore } from './entity-store.js';
import type { IndexData } from './index.js';

/** A text claimed by two entities: `entity` claims `text`, which `first` (earlier in table order) claimed already. */
export interface SharedClaim {
  entity: number;
  first: number;
  /** the text, normalised */
  text: string;
}

/**
 * Every later claim of a text an earlier entity claimed, in table order (by entity, then by the entity's texts).
 * A text that parses to no word (only punctuation, or a title) makes no form, and is not seen here.
 */
export function sharedClaims(data: Pick<IndexData, 'exact' | 'formEntity' | 'formAlias'>, entities: EntityStore): SharedClaim[] {
  const { hashes, ids } = data.exact;
  const { formEntity, formAlias } = data;
  const claims: { form: number; claim: SharedClaim }[] = [];
  // (a bucket's entries are sorted by hash, then form; buckets differ in hash: one hash's forms are one run)
  for (let start = 0; start < ids.length; ) {
    let end = start + 1;
    while (end < ids.length && hashes[end] === hashes[start]) end++;
    if (end - start > 1 && !oneEntity(ids, start, end, formEntity)) {
      const firstOf = new Map<string, number>();
      for (let k = start; k < end; k++) {
        const form = ids[k]!;
        if (k > start && form === ids[k - 1]) continue;
        const written = entities.text(formEntity[form]!, formAlias[form]!);
        // (a form is filed under its exact key too, which forms of one text share: counted in its own text's run only)
        if (hashKey(normaliseName(written)) !== hashes[start]) continue;
        const text = normaliseText(written);
        const first = firstOf.get(text);
        if (first === undefined) firstOf.set(text, form);
        else if (formEntity[first] !== formEntity[form]) claims.push({ form, claim: { entity: formEntity[form]!, first: formEntity[first]!, text } });
      }
    }
    start = end;
  }
  return claims.sort((a, b) => a.form - b.form).map(({ claim }) => claim);
}

function oneEntity(forms: Uint32Array, start: number, end: number, formEntity: Uint32Array): boolean {
  const entity = formEntity[forms[start]!];
  for (let k = start + 1; k < end; k++) if (formEntity[forms[k]!] !== entity) return false;
  return true;
}
