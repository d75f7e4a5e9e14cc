/**
 * Load on `onoma serve`, on loopback: the server runs in its own process on a generated table
 * (100k entities by default); autocannon sends OpenRefine-style batches of 10 queries for a bounded
 * time. Reports requests/s, queries/s, p50/p99 latency, errors, and the server's RSS over the run.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { generateQueries, generateTable } from './generate.js';

export interface ServeBenchResult {
  entities: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  queriesPerSecond: number;
  p50ms: number;
  p99ms: number;
  errors: number;
  non2xx: number;
  rssStartMb: number;
  rssEndMb: number;
  rssMaxMb: number;
  /** RSS at each sixth of the run */
  rssTimelineMb: number[];
}

const here = path.dirname(fileURLToPath(import.meta.url));
const bin = path.join(here, '..', '..', 'bin', 'onoma.js');

function rssMb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}

export async function serveBench(entities: number, seconds: number, dir: string): Promise<ServeBenchResult> {
  if (!existsSync(dir)) mkdirSync(dir, { recursive: true });
  const tableFile = path.join(dir, `table-${entities}.jsonl`);
  const table = generateTable(entities);
  if (!existsSync(tableFile)) writeFileSync(tableFile, table.map((e) => JSON.stringify(e)).join('\n') + '\n');
  const queries = generateQueries(table, 1000).map((q) => q.text);
  const bodies = Array.from({ length: 100 }, (_, b) =>
    new URLSearchParams({ queries: JSON.stringify(Object.fromEntries(queries.slice((b * 10) % 990, ((b * 10) % 990) + 10).map((query, i) => [`q${i}`, { query }]))) }).toString(),
  );

  const server = spawn(process.execPath, [bin, 'serve', '--table', tableFile, '--port', '0'], { stdio: ['ignore', 'ignore', 'pipe'] });
  const url = await new Promise<string>((resolve, reject) => {
    let text = '';
    server.stderr!.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const match = /reconciliation service at (http:\/\/[^\s/]+)/.exec(text);
      if (match) resolve(match[1]!);
    });
    server.once('exit', (code) => reject(new Error(`server exited with ${code}: ${text}`)));
  });
  server.stderr!.resume();
  const rssStart = rssMb(server.pid!);
  let rssMax = rssStart;
  // RSS every sixth of the run: a footprint that levels off shows the caches are bounded
  const rssTimeline: number[] = [];
  const started = Date.now();
  const sampler = setInterval(() => {
    const rss = rssMb(server.pid!);
    rssMax = Math.max(rssMax, rss);
    if ((Date.now() - started) / 1000 >= ((rssTimeline.length + 1) * seconds) / 6) rssTimeline.push(rss);
  }, 500);
  let next = 0;
  const result = await autocannon({
    url: url + '/reconcile',
    connections: 4,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        setupRequest: (request: autocannon.Request) => ({ ...request, body: bodies[next++ % bodies.length]! }),
      },
    ],
  });
  clearInterval(sampler);
  const rssEnd = rssMb(server.pid!);
  server.kill('SIGTERM');
  const requests = result.requests.total;
  return {
    entities,
    seconds,
    requests,
    requestsPerSecond: result.requests.average,
    queriesPerSecond: result.requests.average * 10,
    p50ms: result.latency.p50,
    p99ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    rssStartMb: rssStart,
    rssEndMb: rssEnd,
    rssMaxMb: rssMax,
    rssTimelineMb: rssTimeline,
  };
}
