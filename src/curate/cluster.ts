/**
 * Discover variant clusters among the distinct names of a column: names that onoma's keys and scorer
 * say are one name (across scripts) are grouped, and each group gets a proposal for the curator:
 * attach to an existing entity, or create a new one with the most frequent spelling as canonical.
 * Look-alikes that the scorer keeps apart (Hamad / Hamid, Boston / Bolton) stay in separate clusters.
 * (OpenRefine's nearest-neighbour clustering, with onoma's transliteration-aware keys and scorer.)
 */
import { createResolver, type Resolver } from '../resolver.js';
import { normaliseText } from '../normalise/index.js';
import { transliterate } from '../transliterate/index.js';
import type { EntityType } from '../types.js';

export interface Variant {
  name: string;
  count: number;
}

export interface Proposal {
  action: 'attach' | 'new';
  /** entity to attach to (attach), or the suggested id (new) */
  id: string;
  name: string;
  score: number;
  reason: string;
}

export interface Cluster {
  cluster: string;
  variants: Variant[];
  proposal: Proposal;
  /** for the curator: accept, reject, or another entity id */
  decision: string;
}

export interface ClusterOptions {
  /** lowest score at which two names are one variant cluster */
  threshold: number;
  type?: EntityType | undefined;
}

/** A URL-safe id from a name: lowercase ASCII words joined by dashes (transliterated when needed). */
export function slugOf(latin: string): string {
  const slug = latin.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80);
  return slug || 'entity';
}

/** Group names into clusters and propose what to do with each. `reference` holds the existing tables. */
export function clusterNames(counts: Map<string, number>, reference: Resolver, options: ClusterOptions): Cluster[] {
  // Most frequent first: the canonical proposal and the cluster order follow frequency.
  const names = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name]) => name);
  if (names.length === 0) return [];
  // Nearest neighbours through onoma's own index: each distinct name is a throwaway entity.
  // Without a type, names are taken as people's (a name given in part still joins its cluster).
  const pool = createResolver({ entities: names.map((name, i) => ({ id: `n${i}`, name, type: options.type ?? ('person' as const) })), matchThreshold: options.threshold });
  // Centre clustering, most frequent first: a name joins the cluster of a centre it matches directly.
  // No chains (A~B, B~C does not put A with C), so one look-alike cannot merge two names.
  const clusterOfName = new Int32Array(names.length).fill(-1);
  const groups: number[][] = [];
  names.forEach((name, i) => {
    if (clusterOfName[i] !== -1) return;
    const members = [i];
    clusterOfName[i] = groups.length;
    for (const candidate of pool.resolve(name, { limit: 50 }).candidates) {
      const j = Number(candidate.id.slice(1));
      if (clusterOfName[j] === -1 && candidate.score >= options.threshold) {
        clusterOfName[j] = groups.length;
        members.push(j);
      }
    }
    groups.push(members);
  });
  const usedIds = new Set(reference.entities.map((e) => e.id));
  let n = 0;
  return groups.map((indexes) => {
    const variants = indexes.map((i) => ({ name: names[i]!, count: counts.get(names[i]!)! }));
    return { cluster: `c${++n}`, variants, proposal: propose(variants, reference, options, usedIds), decision: '' };
  });
}

function propose(variants: Variant[], reference: Resolver, options: ClusterOptions, usedIds: Set<string>): Proposal {
  // The cluster's centre (its most frequent spelling) decides: every other variant matched the centre.
  const centre = variants[0]!.name;
  const result = reference.resolve(centre, { type: options.type, limit: 1 });
  if (result.status === 'matched' && result.entity) {
    const pairs = result.explanation.match?.comparison.pairs.map((p) => `${p.query}~${p.candidate} ${p.evidence}`).join('; ');
    return { action: 'attach', id: result.entity.id, name: result.entity.name, score: result.score, reason: `"${centre}" matches "${result.explanation.match?.alias}"${pairs ? ` (${pairs})` : ''}` };
  }
  const canonical = variants[0]!.name;
  const latin = transliterate(normaliseText(canonical));
  let id = slugOf(latin);
  for (let k = 2; usedIds.has(id); k++) id = `${slugOf(latin)}-${k}`;
  usedIds.add(id);
  return { action: 'new', id, name: canonical, score: 0, reason: `no existing entity matches; "${canonical}" is the most frequent spelling` };
}
