/**
 * One bench run of onoma from a compiled snapshot, in a fresh process: load time, memory with
 * nothing else in the heap, and query speed. Prints one JSON line. Args: SNAPSHOT [QUERIES_JSON]
 * (without queries: the load only).
 */
import { readFileSync } from 'node:fs';
import { createResolver } from '../resolver.js';
import type { BenchQuery } from './generate.js';

const [snapshot, queriesFile] = process.argv.slice(2) as [string, string | undefined];
const queries = queriesFile ? (JSON.parse(readFileSync(queriesFile, 'utf8')) as BenchQuery[]) : [];
const loadStart = performance.now();
const resolver = createResolver({ tables: [snapshot] });
const loadSeconds = (performance.now() - loadStart) / 1000;
const rssAfterLoadMb = process.memoryUsage().rss / 2 ** 20;
let peak = process.memoryUsage().rss;
const latencies: number[] = [];
let variants = 0, variantHits = 0, none = 0, falseMatches = 0;
const start = performance.now();
for (const q of queries) {
  const t0 = performance.now();
  const r = resolver.resolve(q.text, { limit: 1 });
  latencies.push(performance.now() - t0);
  if (q.kind === 'none') {
    none++;
    if (r.status === 'matched') falseMatches++;
  } else if (q.kind === 'variant') {
    variants++;
    if (r.status === 'matched' && r.entity?.id === q.expected) variantHits++;
  }
  if (latencies.length % 500 === 0) peak = Math.max(peak, process.memoryUsage().rss);
}
const seconds = (performance.now() - start) / 1000;
peak = Math.max(peak, process.memoryUsage().rss);
latencies.sort((a, b) => a - b);
const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))] ?? 0;
console.log(
  JSON.stringify({
    loadSeconds,
    rssAfterLoadMb,
    peakRssMb: peak / 2 ** 20,
    qps: queries.length / seconds,
    p50ms: at(0.5),
    p99ms: at(0.99),
    variantAccuracy: variantHits / Math.max(1, variants),
    falseMatchRate: falseMatches / Math.max(1, none),
  }),
);
