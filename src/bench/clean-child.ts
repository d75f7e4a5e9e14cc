/**
 * One measured run for the clean benchmark, in its own process so its peak RSS is its own:
 *   node dist/bench/clean-child.js floor FILE        csv-parse → csv-stringify pass-through (the I/O floor)
 *   node dist/bench/clean-child.js onoma FILE JOBS   onoma clean on column "name"
 * Prints {"seconds","rows","maxRssMb"} as JSON.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { parse } from 'csv-parse';
import { stringify } from 'csv-stringify';
import { clean } from '../cli/clean.js';
import { heapForTables, workerAnnotator } from '../cli/annotate.js';
import { textCountOf } from '../candidates/entity-store.js';
import { loadTables } from '../tables/load.js';
import { DEFAULT_TABLES } from '../data/paths.js';

const [mode, file, jobsText] = process.argv.slice(2);
// Sampled, not getrusage's maxRSS: that high-water mark survives exec, so a child spawned by a big
// bench process would report its parent's size.
let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100);
const start = performance.now();
let rows = 0;
if (mode === 'floor') {
  await pipeline(
    createReadStream(file!),
    parse({ relax_column_count: true }),
    async function* (records: AsyncIterable<string[]>) {
      for await (const record of records) {
        rows++;
        yield record;
      }
    },
    stringify(),
    createWriteStream('/dev/null'),
  );
  rows -= 1;
} else {
  const jobs = Number(jobsText ?? 1);
  // As the CLI does it: resolution in workers with a heap cap sized from the tables.
  const annotator = workerAnnotator(jobs, { tables: DEFAULT_TABLES, resolve: {}, explain: false, maxHeapMb: heapForTables(textCountOf(loadTables(DEFAULT_TABLES).entities)) });
  const summary = await clean(
    annotator,
    file!,
    { columns: ['name'], header: true, explain: false, template: '{column}_{field}', progress: false, resolve: {} },
    { stdin: process.stdin, stdout: createWriteStream('/dev/null'), stderr: process.stderr, env: process.env },
  );
  await annotator.close();
  rows = summary.rows;
}
const seconds = (performance.now() - start) / 1000;
clearInterval(sampler);
peakRss = Math.max(peakRss, process.memoryUsage().rss);
console.log(JSON.stringify({ seconds, rows, maxRssMb: peakRss / 2 ** 20 }));
