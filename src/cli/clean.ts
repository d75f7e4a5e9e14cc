/**
 * `onoma clean`: add canonical columns to a CSV of any size. Streams (bounded memory), keeps every
 * row in order, and writes each original record back byte for byte (csv-parse's `raw`), with the
 * new fields appended through csv-stringify. Records go through in batches: repeated names are
 * resolved once (cache), and with --jobs N the batches are resolved by worker threads, in order.
 */
import { createReadStream, statSync } from 'node:fs';
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { stringify } from 'csv-stringify/sync';
import type { ResolveOptions } from '../resolver.js';
import type { Annotation, Annotator } from './annotate.js';
import { decodeInput } from './decode.js';
import { atomicFile, CliError, EXIT_USAGE, write, type Io } from './io.js';

export interface CleanOptions {
  columns: string[];
  output?: string | undefined;
  delimiter?: string | undefined;
  encoding?: string | undefined;
  header: boolean;
  explain: boolean;
  template: string;
  progress: boolean;
  resolve: ResolveOptions;
  /** how many resolved names to keep (default 20,000): bounds memory on files of many distinct names */
  cacheSize?: number | undefined;
}

export interface CleanSummary {
  rows: number;
  names: number;
  matched: number;
  ambiguous: number;
  unmatched: number;
  blank: number;
  seconds: number;
  topUnmatched: { name: string; count: number }[];
  topAmbiguous: { name: string; count: number }[];
}

const DELIMITERS = [',', ';', '\t', '|'];
const FIELDS = ['canonical', 'id', 'status', 'score'] as const;
const CACHE_LIMIT = 20_000;
const TALLY_LIMIT = 20_000;
/** Records per batch, and batches in flight: enough to keep workers busy, small enough to bound memory. */
const BATCH = 1000;
const IN_FLIGHT = 4;

/** The delimiter that splits the first line most often (outside quotes). */
export function sniffDelimiter(sample: string): string {
  const firstLine = sample.split(/\r?\n/, 1)[0] ?? '';
  const unquoted = firstLine.replace(/"[^"]*"/g, '');
  let best = ',';
  let bestCount = 0;
  for (const d of DELIMITERS) {
    const count = unquoted.split(d).length - 1;
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}

function columnIndex(spec: string, header: string[] | undefined): number {
  if (header) {
    const byName = header.indexOf(spec);
    if (byName >= 0) return byName;
  }
  if (/^\d+$/.test(spec)) {
    const index = Number(spec) - 1;
    if (index >= 0 && (!header || index < header.length)) return index;
  }
  const available = header ? header.map((h, i) => `${i + 1}:${JSON.stringify(h)}`).join(', ') : 'none (no header row)';
  throw new CliError(`column "${spec}" not found; available columns: ${available}. Give a header name or a 1-based index with -c.`, EXIT_USAGE);
}

async function* prepend(first: string, rest: AsyncGenerator<string>): AsyncGenerator<string> {
  if (first) yield first;
  yield* rest;
}

class Tally {
  private readonly counts = new Map<string, number>();
  add(name: string): void {
    const count = this.counts.get(name);
    if (count !== undefined) this.counts.set(name, count + 1);
    else if (this.counts.size < TALLY_LIMIT) this.counts.set(name, 1);
  }
  top(n: number): { name: string; count: number }[] {
    return [...this.counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, n).map(([name, count]) => ({ name, count }));
  }
}

interface Batch {
  /** original record text (without its line ending) and the names of its selected columns */
  rows: { body: string; padding: string; names: string[] }[];
  /** annotations the cache had when the batch was formed (the cache may be cleared before it finishes) */
  known: Map<string, Annotation>;
  /** names the cache did not have, sent to be resolved; `done` answers them in this order */
  missing: string[];
  done: Promise<Annotation[]>;
}

export async function clean(annotator: Annotator, file: string, options: CleanOptions, io: Io): Promise<CleanSummary> {
  const fromStdin = file === '-';
  let size: number | undefined;
  if (!fromStdin) {
    try {
      size = statSync(file).size;
    } catch {
      throw new CliError(`${file}: no such file`);
    }
  }
  const input = fromStdin ? io.stdin : createReadStream(file);
  const decoded = await decodeInput(input, fromStdin ? 'stdin' : file, options.encoding);
  const firstChunk = (await decoded.chunks.next()).value ?? '';
  const delimiter = options.delimiter ?? sniffDelimiter(firstChunk);
  const newline = firstChunk.includes('\r\n') && (firstChunk.indexOf('\r\n') <= firstChunk.indexOf('\n')) ? '\r\n' : '\n';
  let endsWithNewline = firstChunk.endsWith('\n');
  async function* tracked(): AsyncGenerator<string> {
    for await (const chunk of prepend(firstChunk, decoded.chunks)) {
      if (chunk.length) endsWithNewline = chunk.endsWith('\n');
      yield chunk;
    }
  }
  const parser = Readable.from(tracked()).pipe(
    parse({ delimiter, record_delimiter: newline, raw: true, relax_column_count: true, relax_quotes: true, bom: false, skip_empty_lines: false }),
  );

  const target = options.output ? atomicFile(options.output) : undefined;
  const out = target ? target.stream : io.stdout;
  const summary = { rows: 0, names: 0, matched: 0, ambiguous: 0, unmatched: 0, blank: 0 };
  const unmatched = new Tally();
  const ambiguous = new Tally();
  const cache = new Map<string, Annotation>();
  const stringifyFields = (fields: string[]) => stringify([fields], { delimiter, record_delimiter: '' });
  const fieldNames = [...FIELDS, ...(options.explain ? ['explain'] : [])];
  const blankFragment = stringifyFields(fieldNames.map(() => ''));
  // The appended fields of a name, already CSV-encoded: CSV fields are independent, so fragments join with the delimiter.
  const fragments = new Map<string, string>();
  const fragmentOf = (name: string, a: Annotation): string => {
    let fragment = fragments.get(name);
    if (fragment === undefined) {
      fragment = stringifyFields([a.name, a.id, a.status, String(a.score), ...(options.explain ? [a.explain] : [])]);
      if (fragments.size >= (options.cacheSize ?? CACHE_LIMIT)) fragments.clear();
      fragments.set(name, fragment);
    }
    return fragment;
  };

  let header: string[] | undefined;
  let indexes: number[] | undefined;
  let width = 0;
  let pending: string | undefined; // the last line written waits for its line ending: another record may follow
  let written = false;
  const started = Date.now();
  let lastProgress = started;
  let bytesSeen = 0;

  // The BOM, when the input had one, goes back in front of the first line.
  const emit = async (text: string): Promise<void> => {
    await write(out, (!written && decoded.bom ? '\uFEFF' : '') + text);
    written = true;
  };
  const emitLine = async (line: string): Promise<void> => {
    if (pending !== undefined) await emit(pending + newline);
    pending = line;
  };

  const queue: Batch[] = [];
  let batch: Batch['rows'] = [];
  let batchKnown = new Map<string, Annotation>();
  let batchMissing = new Set<string>();

  const dispatch = (): void => {
    if (batch.length === 0) return;
    const missing = [...batchMissing];
    queue.push({ rows: batch, known: batchKnown, missing, done: missing.length ? annotator.annotate(missing) : Promise.resolve([]) });
    batch = [];
    batchKnown = new Map();
    batchMissing = new Set();
  };

  const finish = async (done: Batch): Promise<void> => {
    const annotations = await done.done;
    done.missing.forEach((name, i) => {
      if (cache.size >= (options.cacheSize ?? CACHE_LIMIT)) cache.clear();
      cache.set(name, annotations[i]!);
    });
    const local = done.known;
    done.missing.forEach((name, i) => local.set(name, annotations[i]!));
    for (const row of done.rows) {
      let line = row.body + row.padding;
      for (const name of row.names) {
        if (!name) {
          summary.blank++;
          line += delimiter + blankFragment;
          continue;
        }
        const a = local.get(name)!;
        summary.names++;
        summary[a.status]++;
        if (a.status === 'unmatched') unmatched.add(name);
        else if (a.status === 'ambiguous') ambiguous.add(name);
        line += delimiter + fragmentOf(name, a);
      }
      await emitLine(line);
    }
  };

  try {
    for await (const { record, raw } of parser as AsyncIterable<{ record: string[]; raw: string }>) {
      // csv-parse's raw keeps the first character of the record delimiter (\n, or the \r of \r\n): drop it.
      const body = raw.endsWith(newline[0]!) ? raw.slice(0, -1) : raw;
      bytesSeen += raw.length + 1;
      if (indexes === undefined && options.header) {
        header = record;
        width = record.length;
        indexes = options.columns.map((c) => columnIndex(c, header));
        const names = indexes.flatMap((i) => fieldNames.map((f) => options.template.replace('{column}', header![i] ?? String(i + 1)).replace('{field}', f)));
        await emitLine(body + delimiter + stringifyFields(names));
        continue;
      }
      if (indexes === undefined) {
        width = record.length;
        indexes = options.columns.map((c) => columnIndex(c, undefined));
      }
      summary.rows++;
      const names = indexes.map((i) => (record[i] ?? '').trim());
      for (const name of names) {
        if (!name || batchKnown.has(name) || batchMissing.has(name)) continue;
        const cached = cache.get(name);
        if (cached) batchKnown.set(name, cached);
        else batchMissing.add(name);
      }
      batch.push({ body, padding: delimiter.repeat(Math.max(0, width - record.length)), names });
      if (batch.length >= BATCH) {
        dispatch();
        if (queue.length >= IN_FLIGHT) await finish(queue.shift()!);
      }
      if (options.progress && Date.now() - lastProgress > 250) {
        lastProgress = Date.now();
        io.stderr.write('\r' + progressLine(summary.rows, started, bytesSeen, size));
      }
    }
    dispatch();
    while (queue.length) await finish(queue.shift()!);
    await emit(pending === undefined ? '' : pending + (endsWithNewline ? newline : ''));
    if (target) await target.commit();
  } catch (error) {
    target?.abort();
    const e = error as Error & { code?: string; lines?: number };
    if (e instanceof CliError) throw e;
    if (e.code?.startsWith('CSV_')) throw new CliError(`${fromStdin ? 'stdin' : file}: line ${e.lines ?? '?'}: CSV error: ${e.message}`);
    throw e;
  } finally {
    if (options.progress) io.stderr.write('\r\x1b[K');
  }
  return { ...summary, seconds: (Date.now() - started) / 1000, topUnmatched: unmatched.top(20), topAmbiguous: ambiguous.top(20) };
}

function progressLine(rows: number, started: number, bytes: number, size: number | undefined): string {
  const seconds = Math.max(0.001, (Date.now() - started) / 1000);
  const rate = rows / seconds;
  let text = `${rows.toLocaleString('en')} rows  ${Math.round(rate).toLocaleString('en')} rows/s`;
  if (size) {
    const fraction = Math.min(1, bytes / size);
    const eta = fraction > 0 ? (seconds / fraction) * (1 - fraction) : 0;
    text += `  ${(fraction * 100).toFixed(0)}%  ETA ${Math.round(eta)} s`;
  }
  return text;
}
