/**
 * Building the candidate index of a table. Analysing every name is the cost, and names are
 * independent: the table is cut into chunks analysed apart (on large tables, one chunk in a worker
 * thread while this thread does the other), then assembled. Assembly numbers words in first-seen
 * order, so the index is the same whether built in one piece or several.
 */
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import os from 'node:os';
import { analyseName, nameKeys, tokenKeys, type KeyedToken } from '../pipeline.js';
import type { Entity } from '../types.js';
import { hashKey, HashPostingsBuilder } from './hash-postings.js';
import { CodePoolBuilder, concatPools } from './code-pool.js';
import { Uint32List } from './uint32-list.js';
import type { IndexData } from './index.js';

/** What analysing a run of entities yields: forms with chunk-local word ids and key hashes. */
export interface FormChunk
  extends Pick<IndexData, 'formEntity' | 'formAlias' | 'formTokenStart' | 'formTokens' | 'formGluedStart' | 'formGlued' | 'formCodes'> {
  /** chunk-local vocabulary (word ids in the form columns point here) and each word's identity */
  words: KeyedToken[];
  identities: string[];
  /** (key hash, chunk-local form) pairs: exact forms, and whole-name keys */
  exactHashes: Uint32Array;
  exactForms: Uint32Array;
  keyHashes: Uint32Array;
  keyForms: Uint32Array;
}

/** A word's identity in the vocabulary: what analysis made of it, role included. */
function wordIdentity(t: KeyedToken): string {
  return `${t.text}\u0000${t.marked}\u0000${t.script}\u0000${t.particle ?? ''}\u0000${t.initial ? 'i' : ''}${t.designator ? 'd' : ''}${t.acronym ? 'a' : ''}`;
}

/** Every distinct text of each entity becomes a form. `texts[i]` = [name, ...aliases] of entity `first + i`. */
export function analyseForms(texts: readonly (readonly string[])[], first: number, progress?: (done: number) => void): FormChunk {
  const words: KeyedToken[] = [];
  const identities: string[] = [];
  const ids = new Map<string, number>();
  // Parse shares one token object per word and role, so most lookups hit by object; glued forms are new objects.
  const byObject = new Map<KeyedToken, number>();
  const intern = (token: KeyedToken): number => {
    let id = byObject.get(token);
    if (id !== undefined) return id;
    const identity = wordIdentity(token);
    id = ids.get(identity);
    if (id === undefined) {
      id = words.length;
      words.push(token);
      identities.push(identity);
      ids.set(identity, id);
    }
    byObject.set(token, id);
    return id;
  };
  // (sized for the usual table: a text a form, a few words a form, a few keys a form; they grow if need be)
  const textCount = texts.reduce((n, entityTexts) => n + entityTexts.length, 0);
  const formEntity = new Uint32List(textCount);
  const formAlias = new Uint32List(textCount);
  const formTokenStart = new Uint32List(textCount + 1);
  const formTokens = new Uint32List(3 * textCount);
  const formGluedStart = new Uint32List(textCount + 1);
  const formGlued = new Uint32List();
  const codes = new CodePoolBuilder();
  const exactHashes = new Uint32List(2 * textCount);
  const exactForms = new Uint32List(2 * textCount);
  const keyHashes = new Uint32List(8 * textCount);
  const keyForms = new Uint32List(8 * textCount);
  formTokenStart.push(0);
  formGluedStart.push(0);
  texts.forEach((entityTexts, i) => {
    if (progress && i % 50_000 === 0) progress(i);
    const seen = new Set<string>();
    entityTexts.forEach((text, which) => {
      const name = analyseName(text);
      if (seen.has(name.normalised) || name.tokens.length === 0) return;
      seen.add(name.normalised);
      const form = formEntity.length;
      formEntity.push(first + i);
      formAlias.push(which);
      for (const token of name.tokens) formTokens.push(intern(token));
      formTokenStart.push(formTokens.length);
      for (const token of name.glued ?? []) formGlued.push(intern(token));
      formGluedStart.push(formGlued.length);
      codes.add(name.joined.code, name.joined.coreCode);
      exactHashes.push(hashKey(name.normalised));
      exactForms.push(form);
      if (name.exactKey !== name.normalised) {
        exactHashes.push(hashKey(name.exactKey));
        exactForms.push(form);
      }
      for (const key of nameKeys(name)) {
        keyHashes.push(hashKey(key));
        keyForms.push(form);
      }
    });
  });
  return {
    words,
    identities,
    formEntity: formEntity.toArray(),
    formAlias: formAlias.toArray(),
    formTokenStart: formTokenStart.toArray(),
    formTokens: formTokens.toArray(),
    formGluedStart: formGluedStart.toArray(),
    formGlued: formGlued.toArray(),
    formCodes: codes.finish(),
    exactHashes: exactHashes.toArray(),
    exactForms: exactForms.toArray(),
    keyHashes: keyHashes.toArray(),
    keyForms: keyForms.toArray(),
  };
}

/** Chunks (in table order) → one index: words numbered in first-seen order, form ids offset, postings built. */
export function assemble(chunks: readonly FormChunk[]): IndexData {
  const vocabulary: KeyedToken[] = [];
  const vocabularyIds = new Map<string, number>();
  const wordKeys = new HashPostingsBuilder();
  const exact = new HashPostingsBuilder(chunks.reduce((n, c) => n + c.exactHashes.length, 0));
  const formKeys = new HashPostingsBuilder(chunks.reduce((n, c) => n + c.keyHashes.length, 0));
  const formCount = chunks.reduce((n, c) => n + c.formEntity.length, 0);
  const formEntity = new Uint32Array(formCount);
  const formAlias = new Uint32Array(formCount);
  const formTokenStart = new Uint32Array(formCount + 1);
  const formTokens = new Uint32Array(chunks.reduce((n, c) => n + c.formTokens.length, 0));
  const formGluedStart = new Uint32Array(formCount + 1);
  const formGlued = new Uint32Array(chunks.reduce((n, c) => n + c.formGlued.length, 0));
  let forms = 0;
  let tokenBase = 0;
  let gluedBase = 0;
  for (const chunk of chunks) {
    const global = chunk.identities.map((identity, local) => {
      let id = vocabularyIds.get(identity);
      if (id === undefined) {
        id = vocabulary.length;
        const word = chunk.words[local]!;
        vocabulary.push(word);
        vocabularyIds.set(identity, id);
        if (!word.initial && !word.designator) for (const key of tokenKeys(word)) wordKeys.add(key, id);
      }
      return id;
    });
    const n = chunk.formEntity.length;
    formEntity.set(chunk.formEntity, forms);
    formAlias.set(chunk.formAlias, forms);
    for (let f = 1; f <= n; f++) {
      formTokenStart[forms + f] = tokenBase + chunk.formTokenStart[f]!;
      formGluedStart[forms + f] = gluedBase + chunk.formGluedStart[f]!;
    }
    for (let i = 0; i < chunk.formTokens.length; i++) formTokens[tokenBase + i] = global[chunk.formTokens[i]!]!;
    for (let i = 0; i < chunk.formGlued.length; i++) formGlued[gluedBase + i] = global[chunk.formGlued[i]!]!;
    for (let i = 0; i < chunk.exactHashes.length; i++) exact.addHash(chunk.exactHashes[i]!, forms + chunk.exactForms[i]!);
    for (let i = 0; i < chunk.keyHashes.length; i++) formKeys.addHash(chunk.keyHashes[i]!, forms + chunk.keyForms[i]!);
    forms += n;
    tokenBase += chunk.formTokens.length;
    gluedBase += chunk.formGlued.length;
  }
  const { start: wordFormStart, forms: wordForms } = wordPostings(vocabulary.length, formTokenStart, formTokens, formGluedStart, formGlued);
  return {
    vocabulary,
    formEntity,
    formAlias,
    formTokenStart,
    formTokens,
    formGluedStart,
    formGlued,
    formCodes: concatPools(chunks.map((c) => c.formCodes)),
    exact: exact.build().data,
    nameKeys: formKeys.build().data,
    wordKeys: wordKeys.build().data,
    wordFormStart,
    wordForms,
  };
}

/** Word → forms postings, each list ordered by form length (then form id), in two counting passes. */
function wordPostings(words: number, tokenStart: Uint32Array, tokens: Uint32Array, gluedStart: Uint32Array, glued: Uint32Array) {
  const formCount = tokenStart.length - 1;
  // a form's distinct words (its tokens and glued forms), written into `out`; returns how many
  const out: number[] = [];
  const wordsOf = (form: number): number => {
    out.length = 0;
    for (let i = tokenStart[form]!; i < tokenStart[form + 1]!; i++) if (!out.includes(tokens[i]!)) out.push(tokens[i]!);
    for (let i = gluedStart[form]!; i < gluedStart[form + 1]!; i++) if (!out.includes(glued[i]!)) out.push(glued[i]!);
    return out.length;
  };
  // forms by length, shortest first (a stable counting sort)
  const MAX_LENGTH = 32;
  const byLength: number[][] = Array.from({ length: MAX_LENGTH + 1 }, () => []);
  for (let f = 0; f < formCount; f++) byLength[Math.min(MAX_LENGTH, tokenStart[f + 1]! - tokenStart[f]!)]!.push(f);
  const start = new Uint32Array(words + 1);
  for (let f = 0; f < formCount; f++) {
    const n = wordsOf(f);
    for (let k = 0; k < n; k++) start[out[k]! + 1]!++;
  }
  for (let v = 1; v <= words; v++) start[v]! += start[v - 1]!;
  const fill = start.slice(0, words);
  const forms = new Uint32Array(start[words]!);
  for (const group of byLength) {
    for (const f of group) {
      const n = wordsOf(f);
      for (let k = 0; k < n; k++) forms[fill[out[k]!]!++] = f;
    }
  }
  return { start, forms };
}

/** Below this many entities a worker thread costs more than it saves. */
const PARALLEL_MIN = 20_000;
/**
 * This thread's share of the entities. The worker starts with its code not yet optimised and its result is copied
 * back, so an even split left this thread waiting ~2 of ~18 s at 1M entities; with this share both end together.
 */
const MAIN_SHARE = 0.54;
// Worker threads run compiled JavaScript: under a TypeScript test runner the build stays on this thread.
const WORKER_URL = new URL('./build-worker.js', import.meta.url);
const COMPILED = import.meta.url.endsWith('.js');

const textsOf = (entities: readonly Entity[], from: number, to: number): string[][] =>
  entities.slice(from, to).map((e) => [e.name, ...e.aliases.map((a) => a.name)]);

/**
 * The index of a table. Large tables are analysed in two parts at once (this thread and one worker)
 * when the machine has a second core; the result is the same either way. Synchronous, like the rest
 * of resolver creation: this thread waits for the worker on a shared flag.
 */
export function buildIndexData(entities: readonly Entity[], progress?: (entitiesDone: number) => void): IndexData {
  const parallel = COMPILED && entities.length >= PARALLEL_MIN && os.availableParallelism() > 1;
  if (!parallel) return assemble([analyseForms(textsOf(entities, 0, entities.length), 0, progress)]);
  const split = Math.ceil(entities.length * MAIN_SHARE);
  const worker = startWorker(textsOf(entities, split, entities.length), split);
  const started = performance.now();
  const mine = analyseForms(textsOf(entities, 0, split), 0, progress && ((done) => progress(Math.round(done / MAIN_SHARE))));
  // The worker's part takes about as long as this one; far longer means it is lost: do its part here.
  const patience = 3 * (performance.now() - started) + 10_000;
  const theirs = worker.result(patience) ?? analyseForms(textsOf(entities, split, entities.length), split);
  progress?.(entities.length);
  return assemble([mine, theirs]);
}

function startWorker(texts: string[][], first: number): { result(patienceMs: number): FormChunk | undefined } {
  const done = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  let worker: Worker | undefined;
  try {
    // No node options for the worker: those meant for the main script (--input-type, -e) stop it from
    // starting, and so do V8 options (--max-old-space-size, --expose-gc), which apply to the whole process anyway.
    worker = new Worker(WORKER_URL, { workerData: { texts, first, port: port2, done }, transferList: [port2 as MessagePort], execArgv: [] });
    worker.unref();
  } catch (error) {
    return { result: () => alone(`could not start (${(error as Error).message})`) };
  }
  return {
    result(patienceMs) {
      const waited = Atomics.wait(done, 0, 0, patienceMs);
      const message = receiveMessageOnPort(port1)?.message as { chunk?: FormChunk; error?: string } | undefined;
      void worker?.terminate();
      port1.close();
      if (message?.chunk) return message.chunk;
      return alone(message?.error ? `failed: ${message.error.split('\n')[0]}` : waited === 'timed-out' ? 'took too long' : 'sent nothing');
    },
  };
}

/** The worker's part is analysed on this thread after all: slower, so the user is told why. */
function alone(why: string): undefined {
  process.emitWarning(`the index build worker ${why}; its part of the table is analysed on the main thread instead`, { code: 'ONOMA_BUILD_WORKER' });
  return undefined;
}
