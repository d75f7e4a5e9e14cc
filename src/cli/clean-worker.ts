/** A worker thread of `onoma clean --jobs N`: its own resolver, batches of names in, annotations out. */
import { parentPort, workerData } from 'node:worker_threads';
import { createResolver } from '../resolver.js';
import { annotationOf, annotationQuery, type WorkerSetup } from './annotate.js';

const setup = workerData as WorkerSetup;
const query = annotationQuery(setup.resolve);
const resolver = createResolver({ tables: setup.tables, matchThreshold: setup.matchThreshold, ambiguityMargin: setup.ambiguityMargin });

parentPort!.on('message', ({ id, names }: { id: number; names: string[] }) => {
  try {
    parentPort!.postMessage({ id, annotations: names.map((name) => annotationOf(resolver.resolve(name, query), setup.explain)) });
  } catch (error) {
    parentPort!.postMessage({ id, error: (error as Error).message });
  }
});
