/**
 * The onoma command line: a thin layer of commander over the library.
 * buildProgram(io) is testable in-process (exitOverride + configureOutput); main(argv) returns the exit code:
 * 0 success, 1 runtime or data error, 2 usage error.
 */
import { createReadStream, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import path from 'node:path';
import { parse } from 'csv-parse';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { createResolver, type Resolver } from '../resolver.js';
import { DEFAULT_TABLES } from '../data/paths.js';
import { OnomaError } from '../errors.js';
import { ENTITY_TYPES, type EntityType, type Resolution } from '../types.js';
import { renderComparison, renderExplanation } from '../explain/index.js';
import { clean, sniffDelimiter } from './clean.js';
import { decodeInput } from './decode.js';
import { heapForTables, workerAnnotator } from './annotate.js';
import { formatProblem, loadTables, sharedAliasProblems } from '../tables/load.js';
import { buildIndexData } from '../candidates/index.js';
import { sharedClaims } from '../candidates/claims.js';
import { describeSource, encodeSnapshot, isSnapshotFile, readSnapshot } from '../candidates/snapshot.js';
import { EntityArray, textCountOf } from '../candidates/entity-store.js';
import { tablesStats, tablesValidate } from './tables.js';
import { atomicFile, CliError, colour, EXIT_ERROR, EXIT_OK, EXIT_USAGE, processIo, readLines, write, type Io } from './io.js';
import { startRepl } from '../repl/start.js';
import { startServer } from '../server/http.js';
import { clusterNames } from '../curate/cluster.js';
import { readReview, reviewToCsv, reviewToJsonl } from '../curate/review.js';
import { applyReview } from '../curate/apply.js';
import { importEntities, type ImportFormat } from '../curate/import.js';

interface TableOptions {
  table: string[];
  withDefault?: boolean;
  type?: EntityType;
  threshold?: number;
  margin?: number;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function unitInterval(value: string): number {
  const x = Number(value);
  if (!(x >= 0 && x <= 1)) throw new InvalidArgumentError('expected a number from 0 to 1');
  return x;
}

function positiveInt(value: string): number {
  const x = Number(value);
  if (!Number.isInteger(x) || x < 1) throw new InvalidArgumentError('expected a whole number ≥ 1');
  return x;
}

function addTableOptions(command: Command): Command {
  return command
    .option('-t, --table <file>', 'alias table (JSONL or CSV); repeat for several; replaces the bundled default table', collect, [])
    .option('--with-default', 'also load the bundled default table when --table is given')
    .addOption(new Option('--type <type>', 'only consider entities of this type').choices(ENTITY_TYPES))
    .option('--threshold <score>', 'lowest score that can be a match (0..1, default 0.85)', unitInterval)
    .option('--margin <score>', 'a runner-up this close to the best makes the result ambiguous (default 0.05)', unitInterval);
}

function tablesOf(options: TableOptions): string[] {
  return options.table.length ? [...options.table, ...(options.withDefault ? DEFAULT_TABLES : [])] : DEFAULT_TABLES;
}

export function resolverFrom(options: TableOptions): Resolver {
  return createResolver({ tables: tablesOf(options), matchThreshold: options.threshold, ambiguityMargin: options.margin });
}

/** The batch contract of `onoma resolve --format jsonl`: fixed keys, in input order. */
export function resolutionRecord(result: Resolution, explain = false): Record<string, unknown> {
  const record: Record<string, unknown> = {
    query: result.query,
    status: result.status,
    id: result.entity?.id ?? null,
    name: result.entity?.name ?? null,
    score: result.score,
    candidates: result.candidates.map((c) => ({ id: c.id, name: c.name, score: c.score })),
  };
  if (explain) record.explanation = result.explanation;
  return record;
}

function humanResolution(io: Io, result: Resolution, explain: boolean): string {
  const status =
    result.status === 'matched' ? colour(io, io.stdout, 'green', 'matched') : result.status === 'ambiguous' ? colour(io, io.stdout, 'yellow', 'ambiguous') : colour(io, io.stdout, 'red', 'unmatched');
  const top = result.candidates[0];
  const lines = [`${result.query}  →  ${result.entity ? `${result.entity.name} (${result.entity.id})` : top ? `best: ${top.name} (${top.id})` : '—'}  ${status}  ${result.score.toFixed(2)}`];
  const runnerUp = result.candidates[1];
  if (runnerUp) lines.push(`  runner-up: ${runnerUp.name} (${runnerUp.id}) ${runnerUp.score.toFixed(2)}`);
  if (explain) for (const line of renderExplanation(result.explanation)) lines.push('  ' + line);
  return lines.join('\n') + '\n';
}

export function buildProgram(io: Io = processIo): Command {
  const program = new Command('onoma')
    .description('Map every spelling of a name — any script, any transliteration — to one canonical entity, with a score and an explanation.')
    .version('0.1.0')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .exitOverride();
  program.addHelpText(
    'after',
    `
Examples:
  onoma resolve Hifter "Florence Barley" حفتر       resolve names against the bundled table
  onoma resolve --explain Ludrian                    show why
  printf 'Haftar\\nBougadoum\\n' | onoma resolve --format jsonl
  onoma clean data/examples/names.csv -c name -o cleaned.csv
  onoma compare Gaddafi القذافي
  onoma repl                                         interactive lookup
  onoma tables validate my-table.jsonl
  onoma build big-table.jsonl -o big.onoma           compile once, then --table big.onoma loads fast`,
  );

  addTableOptions(
    program
      .command('resolve')
      .description('resolve names to canonical entities (names from the arguments, or one per line on stdin)')
      .argument('[names...]', 'names to resolve; read from stdin when none are given'),
  )
    .option('-n, --limit <n>', 'candidates to list per name', positiveInt, 5)
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'jsonl']).default('text'))
    .option('--json', 'same as --format jsonl')
    .option('--explain', 'explain each result')
    .action(async (names: string[], options: TableOptions & { limit: number; format: string; json?: boolean; explain?: boolean }) => {
      const resolver = resolverFrom(options);
      const jsonl = options.json || options.format === 'jsonl';
      const source: AsyncIterable<string> | string[] = names.length ? names : readLines(io.stdin);
      for await (const name of source) {
        const result = resolver.resolve(name, { type: options.type, limit: options.limit });
        await write(io.stdout, jsonl ? JSON.stringify(resolutionRecord(result, options.explain)) + '\n' : humanResolution(io, result, options.explain ?? false));
      }
    });

  program
    .command('compare')
    .description('score how alike two names are (or {"a","b"} JSON lines on stdin with --format jsonl)')
    .argument('[a]', 'first name')
    .argument('[b]', 'second name')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'jsonl']).default('text'))
    .option('--json', 'same as --format jsonl')
    .option('--threshold <score>', 'lowest score that counts as a match (default 0.85)', unitInterval)
    .addOption(new Option('--type <type>', 'what the names denote: a person\'s name may be given in part').choices(ENTITY_TYPES))
    .action(async (a: string | undefined, b: string | undefined, options: { format: string; json?: boolean; threshold?: number; type?: EntityType }) => {
      const resolver = createResolver({ entities: [], matchThreshold: options.threshold });
      const jsonl = options.json || options.format === 'jsonl';
      if (a !== undefined && b !== undefined) {
        const c = resolver.compare(a, b, { type: options.type });
        if (jsonl) await write(io.stdout, JSON.stringify({ a, b, score: c.score, match: c.match }) + '\n');
        else await write(io.stdout, [`${a}  ~  ${b}: ${c.score.toFixed(2)} ${c.match ? 'match' : 'no match'}`, `  ${c.explanation.aLatin}  ~  ${c.explanation.bLatin}`, ...renderComparison(c.explanation).map((l) => '  ' + l)].join('\n') + '\n');
        return;
      }
      if (a !== undefined) throw new CliError('compare needs two names, or none to read {"a","b"} lines from stdin', EXIT_USAGE);
      let line = 0;
      let failed = false;
      for await (const text of readLines(io.stdin)) {
        line++;
        if (!text.trim()) continue;
        let pair: { a?: unknown; b?: unknown };
        try {
          pair = JSON.parse(text) as { a?: unknown; b?: unknown };
        } catch {
          pair = {};
        }
        if (typeof pair.a !== 'string' || typeof pair.b !== 'string') {
          failed = true;
          io.stderr.write(`onoma: stdin:${line}: expected a JSON object with string fields "a" and "b"\n`);
          await write(io.stdout, JSON.stringify({ a: pair.a ?? null, b: pair.b ?? null, score: null, match: null, error: `line ${line}: expected {"a","b"}` }) + '\n');
          continue;
        }
        const c = resolver.compare(pair.a, pair.b, { type: options.type });
        await write(io.stdout, JSON.stringify({ a: pair.a, b: pair.b, score: c.score, match: c.match }) + '\n');
      }
      if (failed) process.exitCode = EXIT_ERROR;
    });

  addTableOptions(
    program
      .command('clean')
      .description('add canonical columns to a CSV file (streams any size; never drops or reorders a row)')
      .argument('[file]', 'CSV file, or - for stdin', '-'),
  )
    .requiredOption('-c, --column <name|index>', 'column holding names: header name or 1-based index; repeatable', collect, [])
    .option('-o, --output <file>', 'write here (atomically) instead of stdout')
    .option('-d, --delimiter <char>', 'field delimiter (default: sniffed from , ; tab |)')
    .option('--encoding <name>', 'input encoding when not UTF-8 (latin1, windows-1252, utf-16le…)')
    .option('--no-header', 'the first row is data, not column names')
    .option('--explain', 'add a short explanation column')
    .option('--template <template>', 'names of the added columns', '{column}_{field}')
    .option('--no-progress', 'no progress line on stderr (it is shown only on a terminal anyway)')
    .option('--report <file>', 'write the summary as JSON to this file instead of stderr')
    .option('-j, --jobs <n>', 'resolve with N worker threads (output order is kept)', positiveInt, 1)
    .action(async (file: string, options: TableOptions & { column: string[]; output?: string; delimiter?: string; encoding?: string; header: boolean; explain?: boolean; template: string; progress: boolean; report?: string; jobs: number }) => {
      if (options.column.length === 0) throw new CliError('give at least one name column with -c/--column (a header name or a 1-based index)', EXIT_USAGE);
      const delimiter = options.delimiter === '\\t' || options.delimiter === 'tab' ? '\t' : options.delimiter;
      if (delimiter !== undefined && delimiter.length !== 1) throw new CliError(`--delimiter must be one character, got "${delimiter}"`, EXIT_USAGE);
      // Check the tables here, before any output is written; the workers build their own indexes.
      const forms = checkTables(tablesOf(options));
      const explain = options.explain ?? false;
      // Even one job resolves in a worker: the CSV streams here while names resolve there, and the
      // worker's heap can be capped so memory stays bounded whatever the file size.
      const annotator = workerAnnotator(options.jobs, {
        tables: tablesOf(options),
        matchThreshold: options.threshold,
        ambiguityMargin: options.margin,
        resolve: { type: options.type },
        explain,
        maxHeapMb: heapForTables(forms),
      });
      const summary = await clean(
        annotator,
        file,
        {
          columns: options.column,
          output: options.output,
          delimiter,
          encoding: options.encoding,
          header: options.header,
          explain: options.explain ?? false,
          template: options.template,
          progress: options.progress && Boolean(io.stderr.isTTY),
          resolve: { type: options.type },
        },
        io,
      ).finally(() => annotator.close());
      if (options.report) writeFileSync(options.report, JSON.stringify(summary, null, 2) + '\n');
      else {
        const lines = [`onoma clean: ${summary.rows} rows in ${summary.seconds.toFixed(1)} s, ${summary.names} names: ${summary.matched} matched, ${summary.ambiguous} ambiguous, ${summary.unmatched} unmatched, ${summary.blank} blank`];
        if (summary.topUnmatched.length) lines.push('  most frequent unmatched: ' + summary.topUnmatched.slice(0, 10).map((t) => `${shownName(t.name)} (${t.count})`).join(', '));
        if (summary.topAmbiguous.length) lines.push('  most frequent ambiguous: ' + summary.topAmbiguous.slice(0, 10).map((t) => `${shownName(t.name)} (${t.count})`).join(', '));
        io.stderr.write(lines.join('\n') + '\n');
      }
    });

  program
    .command('build')
    .description('compile tables into a snapshot that loads in a moment; use it wherever a table goes (--table FILE)')
    .argument('[tables...]', 'JSONL or CSV tables (default: the bundled default table)')
    .requiredOption('-o, --output <file>', 'snapshot file to write (atomically)')
    .addHelpText(
      'after',
      `
A snapshot holds the entities and the compiled candidate index. It is checksummed and records the
onoma analysis and the tables it was built from: a corrupt snapshot, one built by an onoma that
analyses names differently, or one whose tables changed since, is refused with the command that
rebuilds it.

Example:
  onoma build people.jsonl places.csv -o tables.onoma
  onoma clean big.csv -c name --table tables.onoma -o cleaned.csv`,
    )
    .action(async (files: string[], options: { output: string }) => {
      const sources = files.length ? files : DEFAULT_TABLES;
      const started = performance.now();
      const loaded = loadTables(sources, { sharedAliases: false });
      const { entities } = loaded;
      for (const problem of loaded.problems) io.stderr.write(formatProblem(problem) + '\n');
      const progress = io.stderr.isTTY ? (done: number) => io.stderr.write(`\ronoma build: ${done.toLocaleString('en')} / ${entities.length.toLocaleString('en')} entities`) : undefined;
      const index = buildIndexData(entities, progress);
      if (progress) io.stderr.write('\n');
      // (aliases claimed by two entities: read from the index, see sharedClaims)
      for (const problem of sharedAliasProblems(loaded, sharedClaims(index, new EntityArray(entities)))) io.stderr.write(formatProblem(problem) + '\n');
      const bytes = encodeSnapshot(entities, index, sources.map(describeSource));
      await writeOutput(bytes, options.output, io);
      const seconds = (performance.now() - started) / 1000;
      io.stderr.write(
        `onoma build: ${entities.length.toLocaleString('en')} entities, ${index.formEntity.length.toLocaleString('en')} forms, ${index.vocabulary.length.toLocaleString('en')} distinct words → ${options.output} (${(bytes.length / 1e6).toFixed(1)} MB) in ${seconds.toFixed(1)} s\n`,
      );
    });

  const tables = program.command('tables').description('check and describe alias tables');
  tables
    .command('validate')
    .description('check tables as the loader does; lists every problem as file:line, exit 1 when any is an error')
    .argument('<files...>', 'JSONL or CSV tables')
    .action(async (files: string[]) => {
      process.exitCode = tablesValidate(files, io);
    });
  tables
    .command('apply')
    .description('merge the accepted decisions of a review file into a JSONL table (never duplicates or silently moves an alias)')
    .argument('<review>', 'review file from onoma cluster (CSV or JSONL), with its decision column filled')
    .requiredOption('-t, --table <file>', 'the JSONL table to update (rewritten atomically)')
    .addOption(new Option('--type <type>', 'type of the entities that "new" proposals create').choices(ENTITY_TYPES).default('other'))
    .option('--dry-run', 'show what would change, write nothing')
    .action(async (review: string, options: { table: string; type: EntityType; dryRun?: boolean }) => {
      if (/\.csv$/i.test(options.table)) throw new CliError('tables apply writes JSON Lines tables; convert the CSV table first (onoma tables import --from csv)', EXIT_USAGE);
      const clusters = readReview(readText(review), review);
      const result = applyReview(readText(options.table), options.table, clusters, { source: path.basename(review), date: new Date().toISOString().slice(0, 10), type: options.type });
      const lines = [`${options.dryRun ? 'would add' : 'added'} ${result.added.length} alias(es), ${options.dryRun ? 'would create' : 'created'} ${result.created.length} entit(ies); ${result.conflicts.length} conflict(s) left for the curator`];
      for (const c of result.created) lines.push(`  + entity ${c.id} "${c.name}"`);
      for (const a of result.added) lines.push(`  + ${a.id}: alias "${a.alias}"`);
      for (const c of result.conflicts) lines.push(`  ! ${c.cluster}: "${c.variant}" is already an alias of ${c.claimedBy}, not moved to ${c.wanted}`);
      for (const u of result.unknownIds) lines.push(`  ! ${u.cluster}: no entity "${u.id}" in ${options.table}`);
      io.stdout.write(lines.join('\n') + '\n');
      if (!options.dryRun && (result.added.length || result.created.length)) await writeOutput(result.text, options.table, io);
      if (result.unknownIds.length) process.exitCode = EXIT_ERROR;
    });
  tables
    .command('import')
    .description('build a table from reference data: Wikidata entity JSON, OpenSanctions FollowTheMoney entities, or CSV (streams; .gz ok)')
    .argument('<file>', 'input file (JSON Lines, the Wikidata dump, CSV; may be gzipped), or - for stdin')
    .addOption(new Option('--from <format>', 'input format').choices(['wikidata', 'ftm', 'csv']).makeOptionMandatory())
    .requiredOption('-o, --output <file>', 'the JSONL table to write (atomically)')
    .option('--id-column <name>', 'csv: column of ids', 'id')
    .option('--name-column <name>', 'csv: column of canonical names', 'name')
    .option('--type-column <name>', 'csv: column of types (person, place, organization, other)')
    .option('--alias-column <name>', 'csv: column of aliases; repeatable', collect, [])
    .option('--alias-separator <text>', 'csv: separator of several aliases in one cell', ';')
    .addOption(new Option('--type <type>', 'csv: type when no type column says').choices(ENTITY_TYPES).default('other'))
    .action(async (file: string, options: { from: ImportFormat; output: string; idColumn: string; nameColumn: string; typeColumn?: string; aliasColumn: string[]; aliasSeparator: string; type: EntityType }) => {
      const target = atomicFile(options.output);
      const progress = Boolean(io.stderr.isTTY);
      try {
        const summary = await importEntities(
          options.from,
          file,
          (entity) => write(target.stream, JSON.stringify(entity) + '\n'),
          { id: options.idColumn, name: options.nameColumn, type: options.typeColumn, aliases: options.aliasColumn, defaultType: options.type, aliasSeparator: options.aliasSeparator },
          progress ? (n) => io.stderr.write(`\r${n.toLocaleString('en')} entities`) : undefined,
        );
        await target.commit();
        if (progress) io.stderr.write('\r\x1b[K');
        for (const p of summary.problems.slice(0, 20)) io.stderr.write(`${file}:${p.line}: skipped: ${p.message}\n`);
        if (summary.problems.length > 20) io.stderr.write(`… and ${summary.skipped - 20} more skipped records\n`);
        io.stderr.write(`onoma tables import: ${summary.imported} entities written to ${options.output}, ${summary.skipped} records skipped\n`);
      } catch (error) {
        target.abort();
        throw error;
      }
    });
  tables
    .command('stats')
    .description('counts of entities, aliases, types and scripts')
    .argument('[files...]', 'tables (default: the bundled default table)')
    .action(async (files: string[]) => {
      tablesStats(files.length ? files : DEFAULT_TABLES, io);
    });

  addTableOptions(
    program
      .command('cluster')
      .description('group the distinct names of a CSV column into variant clusters, with a proposal per cluster for a curator (then: onoma tables apply)')
      .argument('[file]', 'CSV file, or - for stdin', '-'),
  )
    .option('-c, --column <name|index>', 'the column of names (header name or 1-based index)')
    .option('--from-report <file>', 'cluster the unmatched and ambiguous names of an "onoma clean --report" file instead')
    .option('-d, --delimiter <char>', 'field delimiter (default: sniffed)')
    .addOption(new Option('-f, --format <format>', 'review file format').choices(['csv', 'jsonl']).default('csv'))
    .option('-o, --output <file>', 'write the review file here (atomically) instead of stdout')
    .action(async (file: string, options: TableOptions & { column?: string; fromReport?: string; delimiter?: string; format: string; output?: string }) => {
      const counts = options.fromReport ? countsFromReport(options.fromReport) : await countColumn(file, options.column, options.delimiter, io);
      const clusters = clusterNames(counts, resolverFrom(options), { threshold: options.threshold ?? 0.85, type: options.type });
      const text = options.format === 'jsonl' ? reviewToJsonl(clusters) : reviewToCsv(clusters);
      await writeOutput(text, options.output, io);
      const attach = clusters.filter((c) => c.proposal.action === 'attach').length;
      io.stderr.write(`onoma cluster: ${counts.size} distinct names in ${clusters.length} clusters: ${attach} to attach to existing entities, ${clusters.length - attach} new. Fill the decision column (accept, reject or an entity id), then run onoma tables apply.\n`);
    });

  addTableOptions(
    program
      .command('serve')
      .description('a Reconciliation Service (API 0.2) for OpenRefine: add it under Reconcile → Start reconciling → Add standard service'),
  )
    .option('--host <host>', 'address to bind (loopback by default; use 0.0.0.0 to serve the network)', '127.0.0.1')
    .option('-p, --port <port>', 'port (0 picks a free one)', (v) => {
      const port = Number(v);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InvalidArgumentError('expected a port from 0 to 65535');
      return port;
    }, 8000)
    .option('--base-url <url>', 'public URL of the service, for the absolute URLs of the manifest (default http://HOST:PORT)')
    .option('--log-queries', 'include query text in the request log (off: names can be personal data)')
    .action(async (options: TableOptions & { host: string; port: number; baseUrl?: string; logQueries?: boolean }) => {
      const running = await startServer({ tables: tablesOf(options), host: options.host, port: options.port, baseUrl: options.baseUrl, matchThreshold: options.threshold, ambiguityMargin: options.margin, logQueries: options.logQueries ?? false });
      process.on('SIGHUP', () => running.reload());
      // Stopping twice is stopping once: the child of a relaunched CLI (see relaunch.ts) gets a terminal's Ctrl-C
      // twice, from the terminal and forwarded by its parent, and the second must not cut the first's graceful close.
      let stopping = false;
      const stop = () => {
        if (stopping) return;
        stopping = true;
        void running.close().then(() => process.exit(0));
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
      // (announced once the signals are handled: a signal sent on seeing this line must find the graceful close)
      io.stderr.write(`onoma serve: reconciliation service at ${running.url}/reconcile (manifest), base URL ${options.baseUrl ?? running.url}; SIGHUP reloads the tables\n`);
      await new Promise(() => undefined); // serve until stopped
    });

  addTableOptions(program.command('repl').description('interactive lookup: type a name, see the match, the alternatives and why')).action(
    async (options: TableOptions) => {
      await startRepl(resolverFrom(options), { tables: options.table, withDefault: options.withDefault ?? false, type: options.type }, io);
    },
  );
  return program;
}

/**
 * Reads and checks the tables (or the snapshot) before any output is written; returns how many texts (forms) they
 * hold. (A snapshot's are counted from its columns: no entity is built.)
 */
function checkTables(files: string[]): number {
  if (files.length === 1 && isSnapshotFile(files[0]!)) return readSnapshot(files[0]!).entities.textCount;
  return textCountOf(loadTables(files, { sharedAliases: false }).entities);
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new CliError(`${file}: cannot read (no such file?)`);
  }
}

async function writeOutput(text: string | Uint8Array, output: string | undefined, io: Io): Promise<void> {
  if (!output) return write(io.stdout, text);
  const target = atomicFile(output);
  try {
    await write(target.stream, text);
    await target.commit();
  } catch (error) {
    target.abort();
    throw error;
  }
}

/** Distinct non-blank values of one CSV column with their counts (streamed). */
async function countColumn(file: string, column: string | undefined, delimiter: string | undefined, io: Io): Promise<Map<string, number>> {
  if (!column) throw new CliError('give the column of names with -c (or --from-report FILE)', EXIT_USAGE);
  const counts = new Map<string, number>();
  let input: Readable;
  if (file === '-') input = io.stdin;
  else if (existsSync(file)) input = createReadStream(file);
  else throw new CliError(`${file}: no such file`);
  // The same reading as clean: strict UTF-8 (or BOM), and one delimiter sniffed from the first line.
  const decoded = await decodeInput(input, file === '-' ? 'stdin' : file);
  const first = (await decoded.chunks.next()).value ?? '';
  async function* text(): AsyncGenerator<string> {
    if (first) yield first;
    yield* decoded.chunks;
  }
  const records = Readable.from(text()).pipe(parse({ relax_column_count: true, relax_quotes: true, skip_empty_lines: true, delimiter: delimiter ?? sniffDelimiter(first) }));
  let index: number | undefined;
  try {
    for await (const record of records as AsyncIterable<string[]>) {
      if (index === undefined) {
        index = record.indexOf(column);
        if (index < 0 && /^\d+$/.test(column)) index = Number(column) - 1;
        if (index < 0 || index >= record.length) throw new CliError(`column "${column}" not found; available columns: ${record.map((h, i) => `${i + 1}:${JSON.stringify(h)}`).join(', ')}`, EXIT_USAGE);
        continue;
      }
      const name = (record[index] ?? '').trim();
      if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  } catch (error) {
    const e = error as Error & { code?: string; lines?: number };
    if (e.code?.startsWith('CSV_')) throw new CliError(`${file}: line ${e.lines ?? '?'}: CSV error: ${e.message}`);
    throw error;
  }
  return counts;
}

function countsFromReport(file: string): Map<string, number> {
  let report: { topUnmatched?: { name: string; count: number }[]; topAmbiguous?: { name: string; count: number }[] };
  try {
    report = JSON.parse(readText(file)) as typeof report;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${file}: not an onoma clean --report file (not valid JSON)`);
  }
  const counts = new Map<string, number>();
  for (const { name, count } of [...(report.topUnmatched ?? []), ...(report.topAmbiguous ?? [])]) counts.set(name, (counts.get(name) ?? 0) + count);
  return counts;
}

/** Run the CLI; returns the exit code instead of exiting, so tests can call it. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT_OK;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return EXIT_OK;
      return EXIT_USAGE;
    }
    if (error instanceof CliError) {
      io.stderr.write(`onoma: ${error.message}\n`);
      return error.exitCode;
    }
    if (error instanceof OnomaError) {
      io.stderr.write(`onoma: ${error.message}\n`);
      return error.code === 'E_OPTION' ? EXIT_USAGE : EXIT_ERROR;
    }
    io.stderr.write(`onoma: unexpected error: ${(error as Error).stack ?? String(error)}\n`);
    return EXIT_ERROR;
  }
}

/** A name as the one-line summary shows it: quoted as JSON when it holds a line break or another control character (a CSV field may). */
function shownName(name: string): string {
  return /[\p{Cc}\u2028\u2029]/u.test(name) ? JSON.stringify(name) : name;
}
