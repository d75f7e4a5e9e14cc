/**
 * Compiled snapshots: a table's entities and candidate index in one file, loaded without analysing
 * a single name again (`onoma build TABLES -o FILE`, then `--table FILE` anywhere a table goes).
 *
 * Layout: "ONOMASNP", format version (u32), header length (u32), CRC-32 of everything after the first
 * 48 bytes (u32; the rest of the 48 zero), the JSON header, then sections (typed arrays as raw little-endian bytes, the rest
 * as JSON), each 8-byte aligned. A snapshot is refused when its checksum fails (corrupt), when it was
 * built by an analysis that differs from this onoma's (stale engine: data/ rules or stage code changed),
 * or when a source table changed since it was built (stale table). Each message says how to rebuild.
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { crc32 } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { OnomaError } from '../errors.js';
import { keyedToken, type KeyedToken } from '../pipeline.js';
import type { SpokenReading } from '../keys/index.js';
import type { Entity } from '../types.js';
import { EntityColumnStore, entityColumns, type EntityStore, type TextColumn } from './entity-store.js';
import { DATA_DIR } from '../data/paths.js';
import type { IndexData } from './index.js';

const MAGIC = 'ONOMASNP';
/** Bump when the layout of IndexData or of the file changes. */
export const SNAPSHOT_FORMAT = 10;
const PREFIX = 48;

export interface SnapshotSource {
  path: string;
  size: number;
  mtimeMs: number;
  sha256: string;
}

export interface SnapshotHeader {
  format: number;
  engine: string;
  created: string;
  sources: SnapshotSource[];
  counts: { entities: number; forms: number; words: number };
  sections: { name: string; kind: 'u32' | 'u8' | 'json'; offset: number; bytes: number }[];
}

export interface Snapshot {
  header: SnapshotHeader;
  /** built when asked for (see EntityColumnStore) */
  entities: EntityStore;
  index: IndexData;
}

type Section = { name: string; kind: 'u32'; value: Uint32Array } | { name: string; kind: 'u8'; value: Uint8Array } | { name: string; kind: 'json'; value: unknown };

// Stage code whose output a snapshot stores: if any of it (or the linguistic data) changes, old snapshots are stale.
// (query-time code, such as the lookup in index.ts, is not here: changing it leaves built snapshots valid)
const ENGINE_CODE = ['../normalise', '../transliterate', '../parse', '../keys', '../pipeline', './build', './hash-postings'];
const ENGINE_DATA = ['normalise', 'translit', 'rules', 'names'];

let engineCache: string | undefined;

/** A fingerprint of everything that decides how names are analysed and indexed. */
export function engineFingerprint(): string {
  if (engineCache) return engineCache;
  const hash = createHash('sha256').update(`format ${SNAPSHOT_FORMAT}\n`);
  const here = path.dirname(fileURLToPath(import.meta.url));
  const files = [
    ...ENGINE_CODE.flatMap((p) => ['', '.js', '.ts'].flatMap((ext) => filesUnder(path.resolve(here, p + ext)))),
    ...ENGINE_DATA.flatMap((p) => filesUnder(path.join(DATA_DIR, p))),
  ].filter((f) => /\.(js|ts|tsv|json)$/.test(f) && !f.endsWith('.d.ts') && !f.endsWith('.map'));
  for (const file of files.sort()) hash.update(path.basename(file)).update(readFileSync(file));
  engineCache = hash.digest('hex').slice(0, 16);
  return engineCache;
}

function filesUnder(target: string): string[] {
  let stat;
  try {
    stat = statSync(target);
  } catch {
    return [];
  }
  if (stat.isFile()) return [target];
  return readdirRecursive(target);
}

function readdirRecursive(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((entry) => {
      const full = path.join(dir, entry);
      return statSync(full).isDirectory() ? readdirRecursive(full) : [full];
    });
}

export function describeSource(file: string): SnapshotSource {
  const stat = statSync(file);
  return { path: path.resolve(file), size: stat.size, mtimeMs: stat.mtimeMs, sha256: createHash('sha256').update(readFileSync(file)).digest('hex') };
}

/**
 * The order the vocabulary's rows are written in: by consonant skeleton (then id). The reader makes each word and its
 * strings in that order, so the words one key brings to a lookup sit together in memory rather than in the order the
 * table first used them: comparing a query word with them touches fewer pages and cache lines (measured on the 1M
 * snapshot's queries: the comparisons' own time −25%, checking skeletons −60%; 634 → 761 q/s, alternating runs).
 */
export function vocabularyOrder(vocabulary: readonly KeyedToken[]): Uint32Array {
  const ids = Uint32Array.from(vocabulary.keys());
  const skeleton = (id: number) => vocabulary[id]!.skeletons[0] ?? '';
  return ids.sort((a, b) => {
    const x = skeleton(a);
    const y = skeleton(b);
    return x < y ? -1 : x > y ? 1 : a - b;
  });
}

function vocabularyRows(vocabulary: KeyedToken[], order: Uint32Array): unknown[] {
  return Array.from(order, (id) => {
    const t = vocabulary[id]!;
    return [t.text, t.latin, t.marked, t.script, t.abjad ? 1 : 0, t.particle ?? '', t.initial ? 1 : 0, t.designator ? 1 : 0, t.acronym ? 1 : 0, t.code, t.skeletons, t.readings ?? 0];
  });
}

/** The vocabulary, indexed by word id, from rows written in `order` (row k is word order[k]). */
function vocabularyFromRows(rows: unknown[][], order: Uint32Array): KeyedToken[] {
  const vocabulary = new Array<KeyedToken>(rows.length);
  rows.forEach((row, k) => (vocabulary[order[k]!] = tokenFromRow(row)));
  return vocabulary;
}

function tokenFromRow([text, latin, marked, script, abjad, particle, initial, designator, acronym, code, skeletons, readings]: unknown[]): KeyedToken {
  return keyedToken(
    {
      script: script as string,
      latin: latin as string,
      marked: marked as string,
      abjad: abjad === 1,
      text: text as string,
      particle: (particle as KeyedToken['particle']) || undefined,
      initial: initial === 1,
      designator: designator === 1,
      acronym: acronym === 1,
    },
    code as string,
    skeletons as string[],
    readings ? (readings as SpokenReading[]) : undefined,
  );
}

function sectionsOf(entities: readonly Entity[], index: IndexData): Section[] {
  const u32 = (name: string, value: Uint32Array): Section => ({ name, kind: 'u32', value });
  const u8 = (name: string, value: Uint8Array): Section => ({ name, kind: 'u8', value });
  const json = (name: string, value: unknown): Section => ({ name, kind: 'json', value });
  const text = (name: string, value: TextColumn): Section[] => [u8(`${name}.bytes`, value.bytes), u32(`${name}.start`, value.start)];
  const columns = entityColumns(entities);
  const order = vocabularyOrder(index.vocabulary);
  return [
    ...text('entityIds', columns.ids),
    ...text('entityNames', columns.names),
    u8('entityTypes', columns.types),
    u32('aliasStart', columns.aliasStart),
    ...text('aliasNames', columns.aliasNames),
    json('aliasExtras', columns.aliasExtras),
    json('entityExtras', columns.entityExtras),
    json('vocabulary', vocabularyRows(index.vocabulary, order)),
    u32('vocabularyOrder', order),
    u32('formEntity', index.formEntity),
    u32('formAlias', index.formAlias),
    u32('formTokenStart', index.formTokenStart),
    u32('formTokens', index.formTokens),
    u32('formGluedStart', index.formGluedStart),
    u32('formGlued', index.formGlued),
    u8('formCodes.bytes', index.formCodes.bytes),
    u32('formCodes.start', index.formCodes.start),
    ...(['exact', 'nameKeys', 'wordKeys'] as const).flatMap((name) => [u32(`${name}.offsets`, index[name].offsets), u32(`${name}.hashes`, index[name].hashes), u32(`${name}.ids`, index[name].ids)]),
    u32('wordFormStart', index.wordFormStart),
    u32('wordForms', index.wordForms),
  ];
}

const align8 = (n: number) => (n + 7) & ~7;

/** The snapshot file's bytes. */
export function encodeSnapshot(entities: readonly Entity[], index: IndexData, sources: SnapshotSource[]): Buffer {
  const sections = sectionsOf(entities, index);
  const bodies = sections.map((s) =>
    s.kind === 'u32' || s.kind === 'u8' ? Buffer.from(s.value.buffer, s.value.byteOffset, s.value.byteLength) : Buffer.from(JSON.stringify(s.value)),
  );
  let offset = 0;
  const layout = sections.map((s, i) => {
    const entry = { name: s.name, kind: s.kind, offset, bytes: bodies[i]!.length };
    offset = align8(offset + bodies[i]!.length);
    return entry;
  });
  const header: SnapshotHeader = {
    format: SNAPSHOT_FORMAT,
    engine: engineFingerprint(),
    created: new Date().toISOString(),
    sources,
    counts: { entities: entities.length, forms: index.formEntity.length, words: index.vocabulary.length },
    sections: layout,
  };
  const headerBytes = Buffer.from(JSON.stringify(header));
  const start = align8(PREFIX + headerBytes.length);
  const file = Buffer.alloc(start + offset);
  file.write(MAGIC, 0, 'latin1');
  file.writeUInt32LE(SNAPSHOT_FORMAT, 8);
  file.writeUInt32LE(headerBytes.length, 12);
  headerBytes.copy(file, PREFIX);
  layout.forEach((entry, i) => bodies[i]!.copy(file, start + entry.offset));
  file.writeUInt32LE(checksumOf(file), 16);
  return file;
}

/**
 * A snapshot's checksum: CRC-32 of everything after the prefix. It is there to catch a damaged or truncated file, which
 * a CRC does as well as SHA-256, at a tenth of the time on memory already touched (a 1M table's 312 MB: 50 ms against
 * 520); the load fell by 0.1–0.2 s only, as the first pass over freshly read memory costs ~0.35 s, whichever reads it.
 */
export function checksumOf(file: Buffer): number {
  return crc32(file.subarray(PREFIX));
}

/** True when the file starts with the snapshot magic (cheap: reads 8 bytes). */
export function isSnapshotFile(file: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const head = Buffer.alloc(8);
    return readSync(fd, head, 0, 8, 0) === 8 && head.toString('latin1') === MAGIC;
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

const rebuild = (file: string, sources: SnapshotSource[]) =>
  `rebuild it: onoma build ${sources.length ? sources.map((s) => JSON.stringify(s.path)).join(' ') : 'TABLES'} -o ${JSON.stringify(file)}`;

/**
 * A snapshot at least this large has its checksum worked out by a worker thread while this one reads its sections: the
 * CRC of a 1M table's 312 MB took 0.45–0.5 s of a 1.9–2.6 s load (~650 MB/s), a worker ~0.05 s to start.
 */
const PARALLEL_CHECKSUM_BYTES = 64 * 2 ** 20;
// Worker threads run compiled JavaScript: under a TypeScript test runner the checksum stays on this thread.
const CHECKSUM_WORKER_URL = new URL('./checksum-worker.js', import.meta.url);
const COMPILED = import.meta.url.endsWith('.js');

/** Reads and checks a snapshot; refuses a corrupt or stale one with a message that says how to rebuild. */
export function readSnapshot(file: string, options: { checkSources?: boolean; parallelChecksumBytes?: number } = {}): Snapshot {
  let bytes: Buffer;
  try {
    bytes = readFileBytes(file, options.parallelChecksumBytes ?? PARALLEL_CHECKSUM_BYTES);
  } catch (error) {
    throw new OnomaError('E_DATA_FILE', `cannot read snapshot: ${(error as Error).message}`, { file });
  }
  const fail = (message: string) => new OnomaError('E_SNAPSHOT', message, { file });
  if (bytes.length < PREFIX || bytes.toString('latin1', 0, 8) !== MAGIC) throw fail('not an onoma snapshot (build one with: onoma build TABLES -o FILE)');
  const format = bytes.readUInt32LE(8);
  const headerLength = bytes.readUInt32LE(12);
  if (format !== SNAPSHOT_FORMAT) throw fail(`snapshot format ${format}, but this onoma reads format ${SNAPSHOT_FORMAT}; ${rebuild(file, [])}`);
  const corrupt = () => fail(`snapshot is corrupt (checksum mismatch); ${rebuild(file, [])}`);
  if (PREFIX + headerLength > bytes.length) throw corrupt();
  const checksum = checksumInParallel(bytes);
  // (a damaged file may fail to parse before its checksum is in: it is reported as corrupt, not as the parse error)
  let snapshot: Snapshot | undefined;
  let failure: unknown;
  try {
    snapshot = sectionsRead(bytes, headerLength, options, fail, file);
  } catch (error) {
    failure = error;
  }
  if (checksum.result() !== bytes.readUInt32LE(16)) throw corrupt();
  if (snapshot === undefined) throw failure;
  return snapshot;
}

/**
 * A file's bytes, 8-byte aligned for the typed arrays viewing them; a large one in shared memory, which a worker
 * thread can read while this one does.
 */
function readFileBytes(file: string, parallelFrom: number): Buffer {
  const size = statSync(file).size;
  if (!COMPILED || size < parallelFrom) {
    const bytes = readFileSync(file);
    // Typed arrays need 4-byte alignment; a small file may come from Node's shared pool at any offset.
    return bytes.byteOffset % 8 === 0 ? bytes : Buffer.from(bytes);
  }
  const bytes = Buffer.from(new SharedArrayBuffer(size));
  const fd = openSync(file, 'r');
  try {
    let read = 0;
    while (read < size) {
      const n = readSync(fd, bytes, read, size - read, read);
      if (n === 0) throw new Error(`${file} ended at byte ${read} of ${size}`);
      read += n;
    }
  } finally {
    closeSync(fd);
  }
  return bytes;
}

/** The snapshot's checksum (checksumOf), from a worker thread when the bytes are shared (readFileBytes), else here when asked. */
function checksumInParallel(bytes: Buffer): { result(): number } {
  const here = { result: () => checksumOf(bytes) };
  if (!(bytes.buffer instanceof SharedArrayBuffer)) return here;
  const result = new Int32Array(new SharedArrayBuffer(8));
  let worker: Worker;
  try {
    worker = new Worker(CHECKSUM_WORKER_URL, { workerData: { file: bytes.buffer, from: bytes.byteOffset + PREFIX, result }, execArgv: [] });
    worker.unref();
  } catch {
    return here;
  }
  let answer: number | undefined;
  return {
    result() {
      if (answer !== undefined) return answer;
      // (a worker that does not answer in time, or failed, leaves the checksum to this thread)
      Atomics.wait(result, 0, 0, 30_000);
      answer = Atomics.load(result, 0) === 1 ? result[1]! >>> 0 : checksumOf(bytes);
      void worker.terminate();
      return answer;
    },
  };
}

/** The sections of a snapshot whose prefix was checked: header, freshness, entities and index. */
function sectionsRead(bytes: Buffer, headerLength: number, options: { checkSources?: boolean }, fail: (message: string) => OnomaError, file: string): Snapshot {
  const header = JSON.parse(bytes.toString('utf8', PREFIX, PREFIX + headerLength)) as SnapshotHeader;
  if (header.engine !== engineFingerprint()) {
    throw fail(`snapshot is stale: built by an onoma whose name analysis differs from this one (engine ${header.engine}, now ${engineFingerprint()}); ${rebuild(file, header.sources)}`);
  }
  if (options.checkSources !== false) for (const source of header.sources) checkSource(file, source, header.sources);
  const start = align8(PREFIX + headerLength);
  const section = new Map(header.sections.map((s) => [s.name, s]));
  const u32 = (name: string): Uint32Array => {
    const s = section.get(name)!;
    return new Uint32Array(bytes.buffer, bytes.byteOffset + start + s.offset, s.bytes / 4);
  };
  // (a Buffer view, for the code pool's Latin-1 decoding)
  const u8 = (name: string): Buffer => {
    const s = section.get(name)!;
    return bytes.subarray(start + s.offset, start + s.offset + s.bytes);
  };
  const json = <T>(name: string): T => {
    const s = section.get(name)!;
    const text = bytes.toString('utf8', start + s.offset, start + s.offset + s.bytes);
    return JSON.parse(text) as T;
  };
  const postings = (name: string) => ({ offsets: u32(`${name}.offsets`), hashes: u32(`${name}.hashes`), ids: u32(`${name}.ids`) });
  const text = (name: string): TextColumn => ({ bytes: u8(`${name}.bytes`), start: u32(`${name}.start`) });
  const entities = new EntityColumnStore({
    ids: text('entityIds'),
    names: text('entityNames'),
    types: u8('entityTypes'),
    aliasStart: u32('aliasStart'),
    aliasNames: text('aliasNames'),
    aliasExtras: json('aliasExtras'),
    entityExtras: json('entityExtras'),
  });
  const vocabulary = vocabularyFromRows(json<unknown[][]>('vocabulary'), u32('vocabularyOrder'));
  const formCodes = { bytes: u8('formCodes.bytes'), start: u32('formCodes.start') };
  return {
    header,
    entities,
    index: {
      vocabulary,
      formEntity: u32('formEntity'),
      formAlias: u32('formAlias'),
      formTokenStart: u32('formTokenStart'),
      formTokens: u32('formTokens'),
      formGluedStart: u32('formGluedStart'),
      formGlued: u32('formGlued'),
      formCodes,
      exact: postings('exact'),
      nameKeys: postings('nameKeys'),
      wordKeys: postings('wordKeys'),
      wordFormStart: u32('wordFormStart'),
      wordForms: u32('wordForms'),
    },
  };
}

/** A source table that still exists must be the one the snapshot was built from (size and mtime, else content). */
function checkSource(file: string, source: SnapshotSource, all: SnapshotSource[]): void {
  let stat;
  try {
    stat = statSync(source.path);
  } catch {
    return; // the snapshot travels without its sources: nothing to compare with
  }
  if (stat.size === source.size && stat.mtimeMs === source.mtimeMs) return;
  const sha256 = createHash('sha256').update(readFileSync(source.path)).digest('hex');
  if (sha256 !== source.sha256) {
    throw new OnomaError('E_SNAPSHOT', `snapshot is stale: table ${source.path} changed since the snapshot was built; ${rebuild(file, all)}`, { file });
  }
}
