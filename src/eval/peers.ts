/**
 * The peers onoma is measured against, behind one interface: given table forms, return ranked ids.
 * fuse.js with its defaults, and tuned (ignoreDiacritics, ignoreLocation, a stricter threshold);
 * and fuse.js over any-ascii transliterations, the fair "just transliterate first" baseline.
 */
import Fuse from 'fuse.js';
import anyAscii from 'any-ascii';

export interface PeerHit {
  id: string;
  /** 0..1, 1 = identical (Fuse's 0-is-best score inverted) */
  score: number;
}

export interface Peer {
  name: string;
  /** ranked hits; an empty list means "no match" */
  search(query: string, limit: number): PeerHit[];
}

export interface Form {
  id: string;
  name: string;
}

export function fusePeer(name: string, forms: Form[], options: ConstructorParameters<typeof Fuse<Form>>[1], transform: (s: string) => string = (s) => s): Peer {
  const fuse = new Fuse(
    forms.map((f) => ({ id: f.id, name: transform(f.name) })),
    { keys: ['name'], includeScore: true, ...options },
  );
  return {
    name,
    search(query, limit) {
      const seen = new Set<string>();
      const hits: PeerHit[] = [];
      for (const result of fuse.search(transform(query), { limit: limit * 4 })) {
        if (seen.has(result.item.id)) continue;
        seen.add(result.item.id);
        hits.push({ id: result.item.id, score: 1 - (result.score ?? 1) });
        if (hits.length >= limit) break;
      }
      return hits;
    },
  };
}

export function standardPeers(forms: Form[]): Peer[] {
  const tuned = { ignoreDiacritics: true, ignoreLocation: true, threshold: 0.3 };
  return [
    fusePeer('fuse.js (defaults)', forms, {}),
    fusePeer('fuse.js (tuned)', forms, tuned),
    fusePeer('any-ascii + fuse.js (tuned)', forms, tuned, (s) => anyAscii(s).toLowerCase()),
  ];
}
