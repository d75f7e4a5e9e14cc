/**
 * `onoma clean`: add canonical columns to a CSV of any size. Streams (bounded memory), keeps every
 * row in order, and writes each original record back byte for byte (csv-parse's `raw`), with the
 * new fields appended through csv-stringify. Repeated names are resolved once.
 */
import { createReadStream, statSync } from 'node:fs';
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { stringify } from 'csv-stringify/sync';
import type { Resolver, ResolveOptions } from '../resolver.js';
import type { Resolution, Status } from '../types.js';
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
  report?: string | undefined;
  resolve: ResolveOptions;
}

export interface CleanSummary {
  rows: number;
  names: number;
  matched: number;
  ambiguous: number;
  unmatched: number;
  blank: number;
  topUnmatched: { name: string; count: number }[];
  topAmbiguous: { name: string; count: number }[];
}

const DELIMITERS = [',', ';', '\t', '|'];
const FIELDS = ['canonical', 'id', 'status', 'score'] as const;
const CACHE_LIMIT = 200_000;
const TALLY_LIMIT = 100_000;

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

export async function clean(resolver: Resolver, file: string, options: CleanOptions, io: Io): Promise<CleanSummary> {
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
  const newline = /\r\n/.test(firstChunk.split('\n', 1)[0] + '\n') && firstChunk.includes('\r\n') ? '\r\n' : '\n';
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
  const cache = new Map<string, Resolution>();
  const stringifyFields = (fields: string[]) => stringify([fields], { delimiter, record_delimiter: '' });
  const fieldNames = [...FIELDS, ...(options.explain ? ['explain'] : [])];

  let header: string[] | undefined;
  let indexes: number[] = [];
  let width = 0;
  let pending: string | undefined; // the previous record: its line ending depends on whether another follows
  const started = Date.now();
  let lastProgress = started;
  let bytesSeen = 0;

  let written = false;
  // The BOM, when the input had one, goes back in front of the first line.
  const emit = async (text: string): Promise<void> => {
    await write(out, (!written && decoded.bom ? '\uFEFF' : '') + text);
    written = true;
  };

  const resolveCached = (name: string): Resolution => {
    let hit = cache.get(name);
    if (!hit) {
      hit = resolver.resolve(name, options.resolve);
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(name, hit);
    }
    return hit;
  };

  const appended = (record: string[]): string[] => {
    const fields: string[] = [];
    for (const index of indexes) {
      const name = (record[index] ?? '').trim();
      if (!name) {
        summary.blank++;
        fields.push('', '', '', '', ...(options.explain ? [''] : []));
        continue;
      }
      summary.names++;
      const result = resolveCached(name);
      summary[result.status as Status]++;
      if (result.status === 'unmatched') unmatched.add(name);
      if (result.status === 'ambiguous') ambiguous.add(name);
      const top = result.candidates[0];
      const shown = result.status === 'matched' ? result.entity : undefined;
      fields.push(shown?.name ?? '', shown?.id ?? '', result.status, top ? String(result.score) : '0');
      if (options.explain) fields.push(shortReason(result));
    }
    return fields;
  };

  try {
    for await (const { record, raw } of parser as AsyncIterable<{ record: string[]; raw: string }>) {
      // csv-parse's raw keeps the first character of the record delimiter (\n, or the \r of \r\n): drop it.
      const body = raw.endsWith(newline[0]!) ? raw.slice(0, -1) : raw;
      bytesSeen += raw.length + 1;
      let line: string;
      if (summary.rows === 0 && header === undefined && options.header) {
        header = record;
        width = record.length;
        indexes = options.columns.map((c) => columnIndex(c, header));
        const names = indexes.flatMap((i) => fieldNames.map((f) => options.template.replace('{column}', header![i] ?? String(i + 1)).replace('{field}', f)));
        line = body + delimiter + stringifyFields(names);
      } else {
        if (indexes.length === 0) {
          width = record.length;
          indexes = options.columns.map((c) => columnIndex(c, undefined));
        }
        summary.rows++;
        const padding = delimiter.repeat(Math.max(0, width - record.length));
        line = body + padding + delimiter + stringifyFields(appended(record));
      }
      if (pending !== undefined) await emit(pending + newline);
      pending = line;
      if (options.progress && Date.now() - lastProgress > 250) {
        lastProgress = Date.now();
        io.stderr.write('\r' + progressLine(summary.rows, started, bytesSeen, size));
      }
    }
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
  return { ...summary, topUnmatched: unmatched.top(20), topAmbiguous: ambiguous.top(20) };
}

function shortReason(result: Resolution): string {
  const match = result.explanation.match;
  if (!match) return result.explanation.decision;
  const evidence = match.comparison.pairs.map((p) => `${p.query}~${p.candidate} ${p.evidence}`).join('; ');
  return `${result.status} via "${match.alias}"${evidence ? ` (${evidence})` : ''}`;
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
