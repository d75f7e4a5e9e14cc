/**
 * `npm run bench`: speed and quality at several table sizes, onoma beside fuse.js (tuned) and
 * MiniSearch (fuzzy) on the same generated data, in one run. Peers are capped to a fixed query
 * sample when they are too slow (the report says so). Options:
 *   --sizes 10000,100000   table sizes (default 10000,100000; 1000000 for the full target)
 *   --queries N            queries per size (default 5000)
 *   --made-up-surnames S   the share of the tables' surnames made up (default 0.2, see MADE_UP_SURNAMES; 0: faker's lists alone, as before session 34)
 *   --peer-queries N       query sample for the peers (default 200)
 *   --clean-rows N         rows of the generated CSV for the clean benchmark (default 1000000; 0 skips it)
 *   --serve-entities N     table size for the server load test (default 100000; 0 skips it)
 *   --serve-seconds N      how long the load runs (default 15; 60 for the soak)
 *   --json FILE            machine-readable results
 *   --smoke                tiny sizes, for the test suite
 */
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIndexData } from '../candidates/index.js';
import { encodeSnapshot } from '../candidates/snapshot.js';
import { withHugePages } from '../cli/relaunch.js';
import { normaliseName } from '../pipeline.js';
import { validateEntity } from '../tables/schema.js';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { createResolver } from '../index.js';
import type { EntityInput } from '../types.js';
import { formsOf, generateQueries, generateTable, MADE_UP_SURNAMES, NOISE_LABELS, type BenchQuery } from './generate.js';
import { cleanBench, type CleanBenchRow } from './clean.js';
import { serveBench, type ServeBenchResult } from './serve.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1]! : fallback);
const smoke = args.includes('--smoke');
const sizes = option('--sizes', smoke ? '300' : '10000,100000').split(',').map(Number);
const queryCount = Number(option('--queries', smoke ? '100' : '5000'));
const madeUpSurnames = Number(option('--made-up-surnames', String(MADE_UP_SURNAMES)));
const peerQueries = Number(option('--peer-queries', smoke ? '30' : '200'));
const cleanRows = Number(option('--clean-rows', smoke ? '2000' : '1000000'));
const serveEntities = Number(option('--serve-entities', smoke ? '0' : '100000'));
const serveSeconds = Number(option('--serve-seconds', '15'));

interface System {
  name: string;
  build(table: EntityInput[]): void;
  /** top id and whether the system calls it a match */
  query(text: string): { id: string | undefined; match: boolean };
}

interface Result {
  size: number;
  system: string;
  queries: number;
  buildSeconds: number;
  peakRssMb: number;
  qps: number;
  p50ms: number;
  p99ms: number;
  variantAccuracy: number;
  exactAccuracy: number;
  falseMatchRate: number;
  /** partial names that several entities hold (kind `shared`) reported as a match to one of them */
  sharedMatchRate: number;
  /** variant accuracy per noise kind */
  byNoise: Record<string, number>;
}

interface SnapshotResult {
  size: number;
  megabytes: number;
  writeSeconds: number;
  /** in a process with huge pages, as the CLI runs on a large table (see cli/relaunch.ts) */
  loadSeconds: number;
  /** in a process without them, as a library user's process may be */
  plainLoadSeconds: number;
  rssAfterLoadMb: number;
  peakRssMb: number;
  qps: number;
  p50ms: number;
  p99ms: number;
  variantAccuracy: number;
  falseMatchRate: number;
}

function onoma(): System & { warm(): System } {
  let resolver: ReturnType<typeof createResolver>;
  const query = (text: string) => {
    const r = resolver.resolve(text, { limit: 1 });
    return { id: r.candidates[0]?.id, match: r.status === 'matched' };
  };
  return {
    name: 'onoma',
    build: (table) => (resolver = createResolver({ entities: table })),
    query,
    // The same resolver on a second query set: its look-alike caches hold the words of the first set's names, as a
    // long-running pipeline's hold those of the names it has seen (the same given names and surnames recur). No result is cached.
    warm: () => ({ name: WARM, build: () => undefined, query }),
  };
}

const WARM = 'onoma, warm';
/** The seed of the warm run's query set (the bench's own set uses generateQueries' default). */
const WARM_SEED = 9;

/** The floor for an exact hit: a Map from normalised forms to ids (finds nothing else). */
function exactMap(): System {
  let map: Map<string, string>;
  return {
    name: 'Map (exact hits only)',
    build: (table) => (map = new Map(table.flatMap((e) => formsOf(e).map((name) => [normaliseName(name), e.id!] as [string, string])))),
    query: (text) => {
      const id = map.get(normaliseName(text));
      return { id, match: id !== undefined };
    },
  };
}

function fuse(): System {
  let index: Fuse<{ id: string; name: string }>;
  return {
    name: 'fuse.js (tuned)',
    build: (table) => (index = new Fuse(table.flatMap((e) => formsOf(e).map((name) => ({ id: e.id, name }))), { keys: ['name'], includeScore: true, ignoreDiacritics: true, ignoreLocation: true, threshold: 0.3 })),
    query: (text) => {
      const top = index.search(text, { limit: 1 })[0];
      return { id: top?.item.id, match: top !== undefined };
    },
  };
}

function minisearch(): System {
  let index: MiniSearch<{ id: number; entity: string; name: string }>;
  return {
    name: 'MiniSearch (fuzzy)',
    build: (table) => {
      index = new MiniSearch({ fields: ['name'], storeFields: ['entity'], searchOptions: { fuzzy: 0.2, prefix: false, combineWith: 'AND' } });
      let id = 0;
      index.addAll(table.flatMap((e) => formsOf(e).map((name) => ({ id: id++, entity: e.id!, name }))));
    },
    query: (text) => {
      const top = index.search(text)[0];
      return { id: top?.entity as string | undefined, match: top !== undefined };
    },
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
}

/** A peer too slow for its sample stops after this many seconds; the report gives the queries it ran. */
const PEER_SECONDS = Number(option('--peer-seconds', smoke ? '5' : '20'));

/** Queries between two readings of the process's RSS while queries run (memory grows far slower than that). */
const RSS_EVERY = 64;

function measure(system: System, table: EntityInput[], queries: BenchQuery[], size: number, budgetSeconds = Infinity): Result {
  (globalThis as { gc?: () => void }).gc?.();
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const buildStart = performance.now();
  system.build(table);
  const buildSeconds = (performance.now() - buildStart) / 1000;
  const latencies: number[] = [];
  let variants = 0, variantHits = 0, exact = 0, exactHits = 0, none = 0, falseMatches = 0, shared = 0, sharedMatches = 0;
  const noiseCounts = new Map<string, { all: number; hits: number }>();
  const start = performance.now();
  let ran = 0;
  for (const q of queries) {
    if ((performance.now() - start) / 1000 > budgetSeconds) break;
    ran++;
    const t0 = performance.now();
    const { id, match } = system.query(q.text);
    latencies.push(performance.now() - t0);
    if (q.kind === 'none') {
      none++;
      if (match) falseMatches++;
    } else if (q.kind === 'shared') {
      shared++;
      if (match) sharedMatches++;
    } else if (q.kind === 'variant') {
      variants++;
      const counts = noiseCounts.get(q.noise ?? '') ?? { all: 0, hits: 0 };
      noiseCounts.set(q.noise ?? '', counts);
      counts.all++;
      if (match && id === q.expected) {
        variantHits++;
        counts.hits++;
      }
    } else {
      exact++;
      if (match && id === q.expected) exactHits++;
    }
    // (the sampler above cannot run while queries do: they are synchronous; reading RSS costs ~9 µs, 2-3% of a
    // query at 1M, so it is read every RSS_EVERY queries, not charged to each)
    if (ran % RSS_EVERY === 0) peak = Math.max(peak, process.memoryUsage.rss());
  }
  const seconds = (performance.now() - start) / 1000;
  peak = Math.max(peak, process.memoryUsage.rss());
  clearInterval(sampler);
  latencies.sort((a, b) => a - b);
  return {
    size,
    system: system.name,
    queries: ran,
    buildSeconds,
    peakRssMb: peak / 2 ** 20,
    qps: ran / seconds,
    p50ms: percentile(latencies, 0.5),
    p99ms: percentile(latencies, 0.99),
    variantAccuracy: variantHits / Math.max(1, variants),
    exactAccuracy: exactHits / Math.max(1, exact),
    falseMatchRate: falseMatches / Math.max(1, none),
    sharedMatchRate: sharedMatches / Math.max(1, shared),
    byNoise: Object.fromEntries(NOISE_LABELS.filter((l) => noiseCounts.has(l)).map((l) => [l, noiseCounts.get(l)!.hits / noiseCounts.get(l)!.all])),
  };
}

const here = path.dirname(fileURLToPath(import.meta.url));
const benchDir = '.bench-data';

/** onoma compiled to a snapshot, then loaded and queried in a fresh process (nothing else in its heap). */
function measureSnapshot(table: EntityInput[], queries: BenchQuery[], size: number): SnapshotResult {
  if (!existsSync(benchDir)) mkdirSync(benchDir, { recursive: true });
  const file = path.join(benchDir, `bench-${size}.onoma`);
  const queriesFile = path.join(benchDir, `bench-${size}-queries.json`);
  const entities = table.map((e, i) => validateEntity(e, 'bench', i + 1).entity!);
  const start = performance.now();
  writeFileSync(file, encodeSnapshot(entities, buildIndexData(entities), []));
  const writeSeconds = (performance.now() - start) / 1000;
  writeFileSync(queriesFile, JSON.stringify(queries));
  const child = (args: string[], env: NodeJS.ProcessEnv) => {
    const run = spawnSync(process.execPath, [path.join(here, 'snapshot-child.js'), file, ...args], { encoding: 'utf8', maxBuffer: 1 << 20, env });
    if (run.status !== 0) throw new Error(`snapshot bench failed: ${run.stderr}`);
    return JSON.parse(run.stdout.trim().split('\n').pop()!) as Omit<SnapshotResult, 'size' | 'megabytes' | 'writeSeconds' | 'plainLoadSeconds'>;
  };
  const measured = child([queriesFile], withHugePages(process.env));
  const plain = child([], { ...process.env, GLIBC_TUNABLES: '' });
  return { size, megabytes: statSync(file).size / 1e6, writeSeconds, ...measured, plainLoadSeconds: plain.loadSeconds };
}

const results: Result[] = [];
const snapshots: SnapshotResult[] = [];
const sharedQueries = new Map<number, number>();
/** distinct words of each size's table: what a lookup weighs a query word against */
const distinctWords = new Map<number, number>();
for (const size of sizes) {
  const table = generateTable(size, undefined, madeUpSurnames);
  const queries = generateQueries(table, queryCount);
  sharedQueries.set(size, queries.filter((q) => q.kind === 'shared').length);
  distinctWords.set(size, new Set(table.flatMap(formsOf).flatMap((name) => normaliseName(name).split(' '))).size);
  const sample = queries.filter((_, i) => i % Math.max(1, Math.floor(queries.length / peerQueries)) === 0).slice(0, peerQueries);
  console.error(`bench: ${size} entities, ${queries.length} queries (peers: ${sample.length})`);
  const ours = onoma();
  results.push(measure(ours, table, queries, size));
  results.push(measure(ours.warm(), table, generateQueries(table, queryCount, WARM_SEED), size));
  results.push(measure(exactMap(), table, queries, size));
  for (const peer of [fuse(), minisearch()]) results.push(measure(peer, table, sample, size, PEER_SECONDS));
  console.error(`bench: ${size} entities, snapshot`);
  snapshots.push(measureSnapshot(table, queries, size));
}

const pct = (x: number) => (x * 100).toFixed(1) + '%';
const header = ['size', 'system', 'queries', 'build s', 'peak RSS MB', 'q/s', 'p50 ms', 'p99 ms', 'variants top-1', 'exact', 'false matches', 'shared partial matched', 'onoma speed-up'];
const rows = results.map((r) => {
  const ours = results.find((o) => o.size === r.size && o.system === 'onoma')!;
  return [String(r.size), r.system, String(r.queries), r.system === WARM ? '(built above)' : r.buildSeconds.toFixed(2), r.peakRssMb.toFixed(0), r.qps.toFixed(0), r.p50ms.toFixed(3), r.p99ms.toFixed(3), pct(r.variantAccuracy), pct(r.exactAccuracy), pct(r.falseMatchRate), pct(r.sharedMatchRate), r.system === 'onoma' || r.system === WARM ? '' : (ours.qps / r.qps).toFixed(1) + '×'];
});
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => '| ' + cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ') + ' |';
console.log(line(header));
console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
for (const r of rows) console.log(line(r));
const ours = results.filter((r) => r.system === 'onoma');
const base = ours[0]!;
console.log('\nonoma as tables grow (same process as above; query time relative to the smallest table):\n');
console.log('| size | distinct words | build s | build µs per entity | q/s | µs per query | query time × smallest |');
console.log('|---|---|---|---|---|---|---|');
for (const r of ours) console.log(`| ${r.size} | ${distinctWords.get(r.size)} | ${r.buildSeconds.toFixed(1)} | ${((r.buildSeconds * 1e6) / r.size).toFixed(0)} | ${r.qps.toFixed(0)} | ${(1e6 / r.qps).toFixed(0)} | ${(base.qps / r.qps).toFixed(2)} |`);
console.log(`\nThe tables' surnames: ${pct(madeUpSurnames)} made up (--made-up-surnames; see MADE_UP_SURNAMES in src/bench/generate.ts), the others faker's; a real table's words grow with it so.`);
const largest = ours[ours.length - 1]!;
console.log(`\nonoma variants top-1 by kind of variant at ${largest.size} entities: ` + Object.entries(largest.byNoise).map(([k, v]) => `${k} ${pct(v)}`).join(', '));
console.log('\nonoma from a compiled snapshot (onoma build), loaded and queried in a fresh process:\n');
console.log('| size | snapshot MB | build + write s | load s (without huge pages) | RSS after load MB | peak RSS MB | q/s | p50 ms | p99 ms | variants top-1 | false matches |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|');
for (const s of snapshots) console.log(`| ${s.size} | ${s.megabytes.toFixed(0)} | ${s.writeSeconds.toFixed(1)} | ${s.loadSeconds.toFixed(2)} (${s.plainLoadSeconds.toFixed(2)}) | ${s.rssAfterLoadMb.toFixed(0)} | ${s.peakRssMb.toFixed(0)} | ${s.qps.toFixed(0)} | ${s.p50ms.toFixed(3)} | ${s.p99ms.toFixed(3)} | ${pct(s.variantAccuracy)} | ${pct(s.falseMatchRate)} |`);
console.log(`\n"shared partial matched": a partial name (given name dropped) whose words other entities' names hold too (Bosler, for one of a dozen Boslers) has no one right entity, so it is kept out of "variants top-1" and the share reported as a match to one of them is given instead (lower is better). Such queries per size: ${[...sharedQueries].map(([size, n]) => `${n} at ${size}`).join(', ')}.`);
console.log(`\nPeers run on an evenly spaced sample of ${peerQueries} of the ${queryCount} queries per size, for at most ${PEER_SECONDS} s each (the queries column says how many ran); onoma on all. One core, no result cache. Peak RSS is the whole process (it grows across sizes).`);
console.log(`\n"${WARM}": the resolver just measured, on another ${queryCount} queries (seed ${WARM_SEED}): its caches of look-alike words hold those of the first set's names, as a long-running pipeline's hold the names it has seen. The rows above it are the first queries after the build.`);
let clean: CleanBenchRow[] = [];
if (cleanRows > 0) {
  console.error(`bench: onoma clean on a generated ${cleanRows}-row CSV`);
  clean = await cleanBench(cleanRows, '.bench-data');
  console.log(`\nonoma clean, ${cleanRows} rows, each run in its own process; "mixed": most names repeat, 3% are unique (and must be resolved), 2% blank; "repeated": ten names over and over (the cached case); "unique": every name different (at most 200,000 rows), what worker threads scale:\n`);
  console.log('| system | rows/s | seconds | peak RSS MB | time ÷ floor |');
  console.log('|---|---|---|---|---|');
  for (const r of clean) console.log(`| ${r.system} | ${Math.round(r.rowsPerSecond).toLocaleString('en')} | ${r.seconds.toFixed(1)} | ${r.maxRssMb.toFixed(0)} | ${r.timesFloor.toFixed(2)}× |`);
  for (const mix of ['mixed', 'unique']) {
    const one = clean.find((r) => r.system === `${mix}: onoma clean`);
    const two = clean.find((r) => r.system === `${mix}: onoma clean --jobs 2`);
    if (one && two) console.log(`${mix}: --jobs 2 runs ${(two.rowsPerSecond / one.rowsPerSecond).toFixed(2)}× as fast as --jobs 1 on this 2-core machine`);
  }
}
let serve: ServeBenchResult | undefined;
if (serveEntities > 0) {
  console.error(`bench: onoma serve on ${serveEntities} entities for ${serveSeconds} s`);
  serve = await serveBench(serveEntities, serveSeconds, '.bench-data');
  console.log(`\nonoma serve, ${serveEntities} entities, POST batches of 10 queries, 4 connections, ${serveSeconds} s on loopback:\n`);
  console.log('| requests/s | queries/s | p50 ms | p99 ms | errors | non-2xx | server RSS start → end (max) MB |');
  console.log('|---|---|---|---|---|---|---|');
  console.log(`| ${serve.requestsPerSecond.toFixed(0)} | ${serve.queriesPerSecond.toFixed(0)} | ${serve.p50ms} | ${serve.p99ms} | ${serve.errors} | ${serve.non2xx} | ${serve.rssStartMb.toFixed(0)} → ${serve.rssEndMb.toFixed(0)} (${serve.rssMaxMb.toFixed(0)}) |`);
  console.log(`\nserver RSS at each sixth of the run (MB): ${serve.rssTimelineMb.map((x) => x.toFixed(0)).join(' → ')}`);
}
if (args.includes('--json')) writeFileSync(option('--json', 'bench.json'), JSON.stringify({ date: new Date().toISOString(), madeUpSurnames, distinctWords: Object.fromEntries(distinctWords), results, snapshots, clean, serve }, null, 2) + '\n');
