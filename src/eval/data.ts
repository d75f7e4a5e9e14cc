/** Readers for the evaluation files of ../shared/eval (cluster and pair JSON Lines). */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { EntityType } from '../types.js';

export interface Cluster {
  id: string;
  type: string;
  names: string[];
}

export interface Pair {
  a: string;
  b: string;
  match: boolean;
}

/** Where the evaluation data lives: $ONOMA_EVAL_DIR, or shared/eval beside the checkout. */
export function evalDir(): string {
  const candidates = [process.env.ONOMA_EVAL_DIR, path.resolve('..', 'shared', 'eval'), path.resolve('shared', 'eval')];
  for (const dir of candidates) if (dir && existsSync(dir)) return dir;
  throw new Error('evaluation data not found: set ONOMA_EVAL_DIR to the folder holding seed-article.jsonl and the pair files');
}

export function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

export function entityTypeOf(clusterType: string): EntityType {
  return clusterType === 'PER' ? 'person' : clusterType === 'LOC' ? 'place' : clusterType === 'ORG' ? 'organization' : 'other';
}

/** A small deterministic PRNG (mulberry32) so every run splits the data the same way. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** An evenly spaced sample of at most n items (deterministic). */
export function sample<T>(items: readonly T[], n: number): T[] {
  if (items.length <= n) return [...items];
  const step = items.length / n;
  return Array.from({ length: n }, (_, i) => items[Math.floor(i * step)]!);
}
