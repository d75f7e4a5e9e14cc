/**
 * The clean benchmark: a generated CSV of N rows (a realistic mix: most names repeat, some are unique,
 * some blank), cleaned by onoma (1 job and 2 jobs) and passed through csv-parse → csv-stringify
 * (the I/O floor), each in its own process. Reports rows/s, peak RSS and the ratio to the floor.
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { seededRandom } from '../eval/data.js';
import { generateTable } from './generate.js';

export interface CleanBenchRow {
  system: string;
  rows: number;
  seconds: number;
  rowsPerSecond: number;
  maxRssMb: number;
  timesFloor: number;
}

const here = path.dirname(fileURLToPath(import.meta.url));

export type CleanMix = 'mixed' | 'repeated' | 'unique';

/**
 * `mixed`: most names repeat, 3% unique, 2% blank; `repeated`: ten names over and over (the cached case);
 * `unique`: every name different (no cache helps: what worker threads scale).
 */
export async function generateCsv(file: string, rows: number, mix: CleanMix = 'mixed'): Promise<void> {
  const random = seededRandom(99);
  const people = generateTable(mix === 'unique' ? rows : 5000).map((e) => e.name);
  const known = ['Khalifa Hifter', 'حفتر', 'Bougadoum', 'Ludrian', 'Qaddafi', 'Libye', 'Ливия', 'Allemagne', 'Tobrouk', 'Florence Barley'];
  const out = createWriteStream(file);
  const write = (text: string) => (out.write(text) ? Promise.resolve() : new Promise<void>((r) => out.once('drain', () => r())));
  await write('id,name,source,note\n');
  for (let i = 0; i < rows; i++) {
    const roll = random();
    const name = mix === 'unique' ? people[i]! : mix === 'repeated' ? known[i % known.length]! : roll < 0.6 ? known[Math.floor(random() * known.length)]! : roll < 0.95 ? people[Math.floor(random() * people.length)]! : roll < 0.98 ? `Unique Person ${i}` : '';
    await write(`${i},"${name.replace(/"/g, '""')}",wire,"row ${i}, generated"\n`);
  }
  await new Promise<void>((resolve) => out.end(resolve));
}

function run(args: string[]): { seconds: number; rows: number; maxRssMb: number } {
  const child = spawnSync(process.execPath, [path.join(here, 'clean-child.js'), ...args], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (child.status !== 0) throw new Error(`clean benchmark run failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').pop()!);
}

const UNIQUE_ROWS = 200_000;

export async function cleanBench(rows: number, dir: string): Promise<CleanBenchRow[]> {
  if (!existsSync(dir)) mkdirSync(dir, { recursive: true });
  const results: CleanBenchRow[] = [];
  for (const mix of ['mixed', 'repeated', 'unique'] as const) {
    // every unique name is resolved: a smaller file keeps the run short
    const count = mix === 'unique' ? Math.min(rows, UNIQUE_ROWS) : rows;
    const file = path.join(dir, `clean-${mix}-${count}.csv`);
    if (!existsSync(file)) await generateCsv(file, count, mix);
    const floor = run(['floor', file]);
    for (const [system, args] of [
      ['csv-parse → csv-stringify (floor)', ['floor', file]],
      ['onoma clean', ['onoma', file, '1']],
      ['onoma clean --jobs 2', ['onoma', file, '2']],
    ] as const) {
      const r = system.includes('floor') ? floor : run([...args]);
      results.push({ system: `${mix}: ${system}`, rows: r.rows, seconds: r.seconds, rowsPerSecond: r.rows / r.seconds, maxRssMb: r.maxRssMb, timesFloor: r.seconds / floor.seconds });
    }
  }
  return results;
}
