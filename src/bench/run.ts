/**
 * `npm run bench`: speed and quality at several table sizes, onoma beside fuse.js (tuned) and
 * MiniSearch (fuzzy) on the same generated data, in one run. Peers are capped to a fixed query
 * sample when they are too slow (the report says so). Options:
 *   --sizes 10000,100000   table sizes (default 10000,100000; 1000000 for the full target)
 *   --queries N            queries per size (default 5000)
 *   --peer-queries N       query sample for the peers (default 200)
 *   --clean-rows N         rows of the generated CSV for the clean benchmark (default 1000000; 0 skips it)
 *   --serve-entities N     table size for the server load test (default 100000; 0 skips it)
 *   --serve-seconds N      how long the load runs (default 15; 60 for the soak)
 *   --json FILE            machine-readable results
 *   --smoke                tiny sizes, for the test suite
 */
import { writeFileSync } from 'node:fs';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { createResolver } from '../index.js';
import type { EntityInput } from '../types.js';
import { generateQueries, generateTable, type BenchQuery } from './generate.js';
import { cleanBench, type CleanBenchRow } from './clean.js';
import { serveBench, type ServeBenchResult } from './serve.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1]! : fallback);
const smoke = args.includes('--smoke');
const sizes = option('--sizes', smoke ? '300' : '10000,100000').split(',').map(Number);
const queryCount = Number(option('--queries', smoke ? '100' : '5000'));
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
}

const formsOf = (e: EntityInput) => [e.name, ...(e.aliases ?? []).map((a) => (typeof a === 'string' ? a : a.name))];

function onoma(): System {
  let resolver: ReturnType<typeof createResolver>;
  return {
    name: 'onoma',
    build: (table) => (resolver = createResolver({ entities: table })),
    query: (text) => {
      const r = resolver.resolve(text, { limit: 1 });
      return { id: r.candidates[0]?.id, match: r.status === 'matched' };
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

function measure(system: System, table: EntityInput[], queries: BenchQuery[], size: number, budgetSeconds = Infinity): Result {
  (globalThis as { gc?: () => void }).gc?.();
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const buildStart = performance.now();
  system.build(table);
  const buildSeconds = (performance.now() - buildStart) / 1000;
  const latencies: number[] = [];
  let variants = 0, variantHits = 0, exact = 0, exactHits = 0, none = 0, falseMatches = 0;
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
    } else if (q.kind === 'variant') {
      variants++;
      if (match && id === q.expected) variantHits++;
    } else {
      exact++;
      if (match && id === q.expected) exactHits++;
    }
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  const seconds = (performance.now() - start) / 1000;
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
  };
}

const results: Result[] = [];
for (const size of sizes) {
  const table = generateTable(size);
  const queries = generateQueries(table, queryCount);
  const sample = queries.filter((_, i) => i % Math.max(1, Math.floor(queries.length / peerQueries)) === 0).slice(0, peerQueries);
  console.error(`bench: ${size} entities, ${queries.length} queries (peers: ${sample.length})`);
  results.push(measure(onoma(), table, queries, size));
  for (const peer of [fuse(), minisearch()]) results.push(measure(peer, table, sample, size, PEER_SECONDS));
}

const pct = (x: number) => (x * 100).toFixed(1) + '%';
const header = ['size', 'system', 'queries', 'build s', 'peak RSS MB', 'q/s', 'p50 ms', 'p99 ms', 'variants top-1', 'exact', 'false matches', 'onoma speed-up'];
const rows = results.map((r) => {
  const ours = results.find((o) => o.size === r.size && o.system === 'onoma')!;
  return [String(r.size), r.system, String(r.queries), r.buildSeconds.toFixed(2), r.peakRssMb.toFixed(0), r.qps.toFixed(0), r.p50ms.toFixed(3), r.p99ms.toFixed(3), pct(r.variantAccuracy), pct(r.exactAccuracy), pct(r.falseMatchRate), r.system === 'onoma' ? '' : (ours.qps / r.qps).toFixed(1) + '×'];
});
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => '| ' + cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ') + ' |';
console.log(line(header));
console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
for (const r of rows) console.log(line(r));
console.log(`\nPeers run on an evenly spaced sample of ${peerQueries} of the ${queryCount} queries per size, for at most ${PEER_SECONDS} s each (the queries column says how many ran); onoma on all. One core, no result cache. Peak RSS is the whole process (it grows across sizes).`);
let clean: CleanBenchRow[] = [];
if (cleanRows > 0) {
  console.error(`bench: onoma clean on a generated ${cleanRows}-row CSV`);
  clean = await cleanBench(cleanRows, '.bench-data');
  console.log(`\nonoma clean, ${cleanRows} rows, each run in its own process; "mixed": most names repeat, 3% are unique (and must be resolved), 2% blank; "repeated": ten names over and over (the cached case):\n`);
  console.log('| system | rows/s | seconds | peak RSS MB | time ÷ floor |');
  console.log('|---|---|---|---|---|');
  for (const r of clean) console.log(`| ${r.system} | ${Math.round(r.rowsPerSecond).toLocaleString('en')} | ${r.seconds.toFixed(1)} | ${r.maxRssMb.toFixed(0)} | ${r.timesFloor.toFixed(2)}× |`);
}
let serve: ServeBenchResult | undefined;
if (serveEntities > 0) {
  console.error(`bench: onoma serve on ${serveEntities} entities for ${serveSeconds} s`);
  serve = await serveBench(serveEntities, serveSeconds, '.bench-data');
  console.log(`\nonoma serve, ${serveEntities} entities, POST batches of 10 queries, 4 connections, ${serveSeconds} s on loopback:\n`);
  console.log('| requests/s | queries/s | p50 ms | p99 ms | errors | non-2xx | server RSS start → end (max) MB |');
  console.log('|---|---|---|---|---|---|---|');
  console.log(`| ${serve.requestsPerSecond.toFixed(0)} | ${serve.queriesPerSecond.toFixed(0)} | ${serve.p50ms} | ${serve.p99ms} | ${serve.errors} | ${serve.non2xx} | ${serve.rssStartMb.toFixed(0)} → ${serve.rssEndMb.toFixed(0)} (${serve.rssMaxMb.toFixed(0)}) |`);
}
if (args.includes('--json')) writeFileSync(option('--json', 'bench.json'), JSON.stringify({ date: new Date().toISOString(), results, clean, serve }, null, 2) + '\n');
