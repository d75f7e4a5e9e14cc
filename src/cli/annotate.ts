/**
 * What `onoma clean` needs from the resolver: for a batch of names, the fields it appends.
 * In-thread for one job; a pool of worker threads for --jobs N, answering batches in order.
 */
import { Worker } from 'node:worker_threads';
import os from 'node:os';
import { OnomaError } from '../errors.js';
import type { Resolver, ResolveOptions } from '../resolver.js';
import type { Resolution, Status } from '../types.js';

export interface Annotation {
  status: Status;
  id: string;
  name: string;
  score: number;
  explain: string;
}

export interface Annotator {
  annotate(names: string[]): Promise<Annotation[]>;
  close(): Promise<void>;
}

/** An annotation is the top answer only, so one candidate is asked for (an exact hit then needs no other scoring). */
export function annotationQuery(options: ResolveOptions): ResolveOptions {
  return { ...options, limit: 1 };
}

export function annotationOf(result: Resolution, explain: boolean): Annotation {
  const shown = result.status === 'matched' ? result.entity : undefined;
  return { status: result.status, id: shown?.id ?? '', name: shown?.name ?? '', score: result.score, explain: explain ? shortReason(result) : '' };
}

function shortReason(result: Resolution): string {
  const match = result.explanation.match;
  if (!match) return result.explanation.decision;
  const evidence = match.comparison.pairs.map((p) => `${p.query}~${p.candidate} ${p.evidence}`).join('; ');
  return `${result.status} via "${match.alias}"${evidence ? ` (${evidence})` : ''}`;
}

export function localAnnotator(resolver: Resolver, options: ResolveOptions, explain: boolean): Annotator {
  const query = annotationQuery(options);
  return {
    annotate: async (names) => names.map((name) => annotationOf(resolver.resolve(name, query), explain)),
    close: async () => undefined,
  };
}

export interface WorkerSetup {
  tables: string[];
  /** cap on each worker's old-generation heap, in MB (V8 otherwise lets an idle heap grow freely) */
  maxHeapMb?: number | undefined;
  matchThreshold?: number | undefined;
  ambiguityMargin?: number | undefined;
  resolve: ResolveOptions;
  explain: boolean;
}

/**
 * Heap cap for a resolving worker: room for the index (~1.7 KB a table form, measured) with a wide
 * margin, plus a fixed allowance for resolving: the caches kept between queries are bounded (the
 * look-alike cache at a million entries, the uncovered pairs at 250k, parse's tokens and their keys and
 * scorer facts at 200,000 words) and together reach ~210 MB on a long run of unique names with a real
 * vocabulary (measured: 200,000 generated names with made-up surnames against the bundled table, the live heap
 * 61 → 271 MB, level on a second pass; ~100 MB on names of faker's lists alone, which a 192 MB allowance
 * was sized for and ran out of), so the allowance is twice that. Without a cap V8 lets the heap of a long
 * run grow far beyond what it needs; with it, `onoma clean` stays bounded whatever the file size.
 */
const RESOLVING_ALLOWANCE_MB = 420;

/** `forms`: the tables' texts, names and aliases (see textCountOf). */
export function heapForTables(forms: number): number {
  return Math.ceil(RESOLVING_ALLOWANCE_MB + (forms * 3) / 1024);
}

/** A worker's failure as a user reads it: running out of its capped heap says what the cap was. */
export function workerFailure(error: Error, maxHeapMb: number | undefined): Error {
  if ((error as NodeJS.ErrnoException).code !== 'ERR_WORKER_OUT_OF_MEMORY') return error;
  return new OnomaError('E_MEMORY', `a resolving worker ran out of memory${maxHeapMb ? ` (its heap is capped at ${maxHeapMb} MB, sized from the tables)` : ''}, and the run stopped; please report it with the size of the tables`);
}

/** A pool of worker threads, each with its own resolver; batches go round-robin, answers come back per batch. */
export function workerAnnotator(jobs: number, setup: WorkerSetup): Annotator {
  const size = Math.max(1, Math.min(jobs, os.availableParallelism()));
  const resourceLimits = setup.maxHeapMb ? { maxOldGenerationSizeMb: setup.maxHeapMb } : undefined;
  const workers = Array.from({ length: size }, () => new Worker(new URL('./clean-worker.js', import.meta.url), { workerData: setup, ...(resourceLimits ? { resourceLimits } : {}) }));
  const waiting = new Map<number, { resolve: (a: Annotation[]) => void; reject: (e: Error) => void }>();
  let next = 0;
  for (const worker of workers) {
    worker.on('message', ({ id, annotations, error }: { id: number; annotations?: Annotation[]; error?: string }) => {
      const pending = waiting.get(id);
      waiting.delete(id);
      if (error !== undefined) pending?.reject(new Error(error));
      else pending?.resolve(annotations!);
    });
    worker.on('error', (error) => {
      const reason = workerFailure(error, setup.maxHeapMb);
      for (const pending of waiting.values()) pending.reject(reason);
      waiting.clear();
    });
  }
  return {
    annotate(names) {
      const id = next++;
      const worker = workers[id % workers.length]!;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, names });
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
