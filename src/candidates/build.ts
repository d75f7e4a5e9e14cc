/**
 * Building the candidate index of a table. Analysing every name is the cost, and names are
 * independent: the table is cut into chunks analysed apart (on large tables, blocks shared out between
 * a worker thread and this one as each is free), then assembled in table order. Assembly numbers words in first-seen
 * order, so the index is the same whether built in one piece or several.
 */
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import os from 'node:os';
import { analyseName, nameKeys, spellingKeys, tokenKeys, type KeyedToken } from '../pipeline.js';
import type { Entity } from '../types.js';
import { buildHashPostings, hashKey, HashPostingsBuilder, type HashedEntries } from './hash-postings.js';
import { CodePoolBuilder, concatPools } from './code-pool.js';
import { Uint32List, uint32Arrays } from './uint32-list.js';
import type { IndexData } from './index.js';

/** What analysing a run of entities yields: forms with chunk-local word ids and key hashes. */
export interface FormChunk
  extends Pick<IndexData, 'formEntity' | 'formAlias' | 'formTokenStart' | 'formTokens' | 'formGluedStart' | 'formGlued' | 'formCodes'> {
  /**
   * The words the form columns' word ids point to, and each word's identity: the chunk's own, or shared with the other
   * chunks analysed on one thread (see WordTable), so that a word seen in many blocks is interned and assembled once.
   */
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

/**
 * Every distinct text of each entity becomes a form. `texts[i]` = [name, ...aliases] of entity `first + i`. Chunks
 * analysed on one thread may share their words (`words`).
 */
export function analyseForms(texts: readonly (readonly string[])[], blendable: Uint8Array, first: number, progress?: (done: number) => void, words?: WordTable): FormChunk {
  const chunk = new FormChunkBuilder(texts.reduce((n, entityTexts) => n + entityTexts.length, 0), words);
  chunk.add(texts, blendable, first, progress);
  return chunk.finish();
}

/** Distinct words in the order first interned, each with its identity (wordIdentity). */
export class WordTable {
  readonly words: KeyedToken[] = [];
  readonly identities: string[] = [];
  private readonly ids = new Map<string, number>();
  // Parse shares one token object per word and role, so most lookups hit by object; glued forms are new objects.
  private readonly byObject = new Map<KeyedToken, number>();

  intern(token: KeyedToken): number {
    let id = this.byObject.get(token);
    if (id !== undefined) return id;
    const identity = wordIdentity(token);
    id = this.ids.get(identity);
    if (id === undefined) {
      id = this.words.length;
      this.words.push(token);
      this.identities.push(identity);
      this.ids.set(identity, id);
    }
    this.byObject.set(token, id);
    return id;
  }
}

/** A chunk built from runs of entities added in table order (a worker adds each block it takes). */
export class FormChunkBuilder {
  private readonly formEntity: Uint32List;
  private readonly formAlias: Uint32List;
  private readonly formTokenStart: Uint32List;
  private readonly formTokens: Uint32List;
  private readonly formGluedStart: Uint32List;
  private readonly formGlued = new Uint32List();
  private readonly codes = new CodePoolBuilder();
  private readonly exactHashes: Uint32List;
  private readonly exactForms: Uint32List;
  private readonly keyHashes: Uint32List;
  private readonly keyForms: Uint32List;

  /** `textCount`: the texts expected (a text a form, a few words a form, a few keys a form; the lists grow if need be) */
  constructor(
    textCount: number,
    private readonly words = new WordTable(),
  ) {
    this.formEntity = new Uint32List(textCount);
    this.formAlias = new Uint32List(textCount);
    this.formTokenStart = new Uint32List(textCount + 1);
    this.formTokens = new Uint32List(3 * textCount);
    this.formGluedStart = new Uint32List(textCount + 1);
    this.exactHashes = new Uint32List(2 * textCount);
    this.exactForms = new Uint32List(2 * textCount);
    this.keyHashes = new Uint32List(8 * textCount);
    this.keyForms = new Uint32List(8 * textCount);
    this.formTokenStart.push(0);
    this.formGluedStart.push(0);
  }

  /** Entities `first`, `first + 1`… after those added so far; `blendable[i]`: entity `first + i` is no person, its names may be blends (see nameKeys). */
  add(texts: readonly (readonly string[])[], blendable: Uint8Array, first: number, progress?: (done: number) => void): void {
    texts.forEach((entityTexts, i) => {
      if (progress && i % 50_000 === 0) progress(i);
      const seen = new Set<string>();
      entityTexts.forEach((text, which) => {
        const name = analyseName(text);
        if (seen.has(name.normalised) || name.tokens.length === 0) return;
        seen.add(name.normalised);
        const form = this.formEntity.length;
        this.formEntity.push(first + i);
        this.formAlias.push(which);
        for (const token of name.tokens) this.formTokens.push(this.words.intern(token));
        this.formTokenStart.push(this.formTokens.length);
        for (const token of name.glued ?? []) this.formGlued.push(this.words.intern(token));
        this.formGluedStart.push(this.formGlued.length);
        this.codes.add(name.joined.code, name.joined.coreCode);
        this.exactHashes.push(hashKey(name.normalised));
        this.exactForms.push(form);
        if (name.exactKey !== name.normalised) {
          this.exactHashes.push(hashKey(name.exactKey));
          this.exactForms.push(form);
        }
        for (const key of nameKeys(name, blendable[i] === 1)) {
          this.keyHashes.push(hashKey(key));
          this.keyForms.push(form);
        }
      });
    });
  }

  /** The chunk; the builder is done (its lists are handed over as views, not copied: a copy is another allocation). */
  finish(): FormChunk {
    return {
      words: this.words.words,
      identities: this.words.identities,
      formEntity: this.formEntity.view(),
      formAlias: this.formAlias.view(),
      formTokenStart: this.formTokenStart.view(),
      formTokens: this.formTokens.view(),
      formGluedStart: this.formGluedStart.view(),
      formGlued: this.formGlued.view(),
      formCodes: this.codes.finish(),
      exactHashes: this.exactHashes.view(),
      exactForms: this.exactForms.view(),
      keyHashes: this.keyHashes.view(),
      keyForms: this.keyForms.view(),
    };
  }
}

/** Chunks (in table order) → one index: words numbered in first-seen order, form ids offset, postings built. */
export function assemble(chunks: readonly FormChunk[]): IndexData {
  const vocabulary: KeyedToken[] = [];
  const vocabularyIds = new Map<string, number>();
  const wordKeys = new HashPostingsBuilder();
  const total = (count: (chunk: FormChunk) => number) => chunks.reduce((n, chunk) => n + count(chunk), 0);
  const formCount = total((c) => c.formEntity.length);
  // (one allocation for all the form columns: see uint32Arrays)
  const [formEntity, formAlias, formTokenStart, formTokens, formGluedStart, formGlued] = uint32Arrays(
    formCount,
    formCount,
    formCount + 1,
    total((c) => c.formTokens.length),
    formCount + 1,
    total((c) => c.formGlued.length),
  ) as [Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array];
  // the chunks' key hashes, filed where they are, their forms numbered from the chunk's first
  const exactRuns: HashedEntries[] = [];
  const keyRuns: HashedEntries[] = [];
  let forms = 0;
  let tokenBase = 0;
  let gluedBase = 0;
  // per word table (chunks of one thread share one), its words' vocabulary ids, -1 until met
  const globals = new Map<KeyedToken[], Int32Array>();
  for (const chunk of chunks) {
    let global = globals.get(chunk.words);
    if (!global) globals.set(chunk.words, (global = new Int32Array(chunk.words.length).fill(-1)));
    // Words are numbered as met in table order: form by form, its words then its glued forms.
    const globalOf = (local: number): number => {
      let id = global[local]!;
      if (id >= 0) return id;
      const identity = chunk.identities[local]!;
      id = vocabularyIds.get(identity) ?? -1;
      if (id < 0) {
        id = vocabulary.length;
        const word = chunk.words[local]!;
        vocabulary.push(word);
        vocabularyIds.set(identity, id);
        if (!word.initial && !word.designator) for (const key of tokenKeys(word)) wordKeys.add(key, id);
        for (const key of spellingKeys(word.latin)) wordKeys.add(key, id);
      }
      return (global[local] = id);
    };
    const n = chunk.formEntity.length;
    formEntity.set(chunk.formEntity, forms);
    formAlias.set(chunk.formAlias, forms);
    for (let f = 0; f < n; f++) {
      for (let i = chunk.formTokenStart[f]!; i < chunk.formTokenStart[f + 1]!; i++) formTokens[tokenBase + i] = globalOf(chunk.formTokens[i]!);
      for (let i = chunk.formGluedStart[f]!; i < chunk.formGluedStart[f + 1]!; i++) formGlued[gluedBase + i] = globalOf(chunk.formGlued[i]!);
      formTokenStart[forms + f + 1] = tokenBase + chunk.formTokenStart[f + 1]!;
      formGluedStart[forms + f + 1] = gluedBase + chunk.formGluedStart[f + 1]!;
    }
    exactRuns.push({ hashes: chunk.exactHashes, ids: chunk.exactForms, idBase: forms });
    keyRuns.push({ hashes: chunk.keyHashes, ids: chunk.keyForms, idBase: forms });
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
    exact: buildHashPostings(exactRuns).data,
    nameKeys: buildHashPostings(keyRuns).data,
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
 * The table is analysed in blocks that the two threads take as they go: the worker from the front, this thread from
 * the back, until they meet. A fixed split cannot suit both ways round: at 1M entities the two threads of a 54/46
 * split finished 5–6 s apart, this one first in some runs and last in others (its heap holds the whole table).
 */
const BLOCKS = 48;
/**
 * The worker is sent the texts of this share of the table, the front blocks it may take: sending them is a copy that
 * this thread makes before it starts (~1 s for three quarters of 1M entities), and the worker took 46–54% in runs.
 */
const WORKER_REACH = 0.6;
// Worker threads run compiled JavaScript: under a TypeScript test runner the build stays on this thread.
const WORKER_URL = new URL('./build-worker.js', import.meta.url);
const COMPILED = import.meta.url.endsWith('.js');

const textsOf = (entities: readonly Entity[], from: number, to: number): string[][] =>
  entities.slice(from, to).map((e) => [e.name, ...e.aliases.map((a) => a.name)]);
/** Per entity, 1 when it is no person (see FormChunkBuilder.add). */
const blendableOf = (entities: readonly Entity[], from: number, to: number): Uint8Array => Uint8Array.from(entities.slice(from, to), (e) => (e.type === 'person' ? 0 : 1));

/**
 * Blocks of a table claimed by two threads, the worker's from the front and this thread's from the back, in one
 * shared 32-bit word (next front block in the low half, end of the unclaimed blocks in the high half): a claim is one
 * compare-and-swap, so no block is taken twice.
 */
export class BlockClaims {
  constructor(readonly state: Int32Array) {}

  static create(blocks: number): BlockClaims {
    const claims = new BlockClaims(new Int32Array(new SharedArrayBuffer(4)));
    claims.state[0] = blocks << 16;
    return claims;
  }

  /** The next front block below `reach`, or -1 when none is left. */
  front(reach: number): number {
    for (;;) {
      const word = Atomics.load(this.state, 0);
      const next = word & 0xffff;
      const end = word >>> 16;
      if (next >= end || next >= reach) return -1;
      if (Atomics.compareExchange(this.state, 0, word, (end << 16) | (next + 1)) === word) return next;
    }
  }

  /** The last unclaimed block, or -1 when none is left. */
  back(): number {
    for (;;) {
      const word = Atomics.load(this.state, 0);
      const next = word & 0xffff;
      const end = word >>> 16;
      if (next >= end) return -1;
      if (Atomics.compareExchange(this.state, 0, word, ((end - 1) << 16) | next) === word) return end - 1;
    }
  }

  /** How many blocks were claimed from the front. */
  get fronted(): number {
    return Atomics.load(this.state, 0) & 0xffff;
  }
}

/**
 * The index of a table. Large tables are analysed by two threads at once (this one and a worker) when the machine has
 * a second core, block by block as each is free (see BLOCKS); the result is the same either way, as chunks are
 * assembled in table order. Synchronous, like the rest of resolver creation: this thread waits for the worker on a
 * shared flag.
 */
export function buildIndexData(entities: readonly Entity[], progress?: (entitiesDone: number) => void): IndexData {
  const parallel = COMPILED && entities.length >= PARALLEL_MIN && os.availableParallelism() > 1;
  if (!parallel) return assemble([analyseForms(textsOf(entities, 0, entities.length), blendableOf(entities, 0, entities.length), 0, progress)]);
  const size = Math.ceil(entities.length / BLOCKS);
  const blocks = Math.ceil(entities.length / size);
  const reach = Math.ceil(blocks * WORKER_REACH);
  const claims = BlockClaims.create(blocks);
  const reached = Math.min(entities.length, reach * size);
  const worker = startWorker(textsOf(entities, 0, reached), blendableOf(entities, 0, reached), size, reach, claims.state);
  // this thread's blocks, from the back: put in table order at the end
  const mine: FormChunk[] = [];
  const myWords = new WordTable();
  let slowest = 0;
  for (let block = claims.back(); block >= 0; block = claims.back()) {
    const blockStart = performance.now();
    const from = block * size;
    const to = Math.min(entities.length, from + size);
    mine.push(analyseForms(textsOf(entities, from, to), blendableOf(entities, from, to), from, undefined, myWords));
    slowest = Math.max(slowest, performance.now() - blockStart);
    progress?.(Math.min(entities.length, (mine.length + claims.fronted) * size));
  }
  // The worker finishes the block it is on, about as long as one of these; far longer means it is lost: do its part here.
  const fronted = claims.fronted;
  const frontEnd = Math.min(entities.length, fronted * size);
  const theirs = worker.result(3 * slowest + 10_000) ?? analyseForms(textsOf(entities, 0, frontEnd), blendableOf(entities, 0, frontEnd), 0);
  progress?.(entities.length);
  return assemble([theirs, ...mine.reverse()]);
}

function startWorker(texts: string[][], blendable: Uint8Array, size: number, reach: number, claims: Int32Array): { result(patienceMs: number): FormChunk | undefined } {
  const done = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  let worker: Worker | undefined;
  try {
    // No node options for the worker: those meant for the main script (--input-type, -e) stop it from
    // starting, and so do V8 options (--max-old-space-size, --expose-gc), which apply to the whole process anyway.
    worker = new Worker(WORKER_URL, { workerData: { texts, blendable, size, reach, claims, port: port2, done }, transferList: [port2 as MessagePort], execArgv: [] });
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
