/**
 * `npm run eval`: onoma's accuracy on ../shared/eval, side by side with its peers in the same run.
 *  1. resolution: per cluster file, 80% of clusters become entities (first name canonical, half of the
 *     others aliases), their other names are queries; the other 20% are absent and must come back unmatched;
 *  2. cross-script recall@1/@5: Arabic, Cyrillic and Hebrew names against the table of distinct Latin forms, and
 *     foreign names in katakana, hangul and Chinese characters (the project's hand-made lists, test/fixtures/syllabaries);
 *  3. false matches on pairs of different cities with similar names.
 * Peers are slow (fuse.js scans the table per query), so they run on a fixed evenly spaced sample of
 * the queries (EVAL_PEER_SAMPLE, default 300); the report says so. onoma runs on every query.
 * Options: --json FILE writes the figures as JSON; --quick uses small samples for a smoke run;
 * --misses lists onoma's wrong answers (stderr), to see what fails and why: resolution misses, cross-script
 * queries whose first candidate is not a gold form, and similar-city pairs judged the same.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { createResolver } from '../index.js';
import { parseTsv } from '../data/tsv.js';
import type { EntityInput } from '../types.js';
import { entityTypeOf, evalDir, readJsonl, sample, seededRandom, shuffle, type Cluster, type Pair } from './data.js';
import { standardPeers, type Form, type Peer } from './peers.js';
import { clusterNames } from '../curate/cluster.js';
import { applyReview } from '../curate/apply.js';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const showMisses = args.includes('--misses');
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;
const PEER_SAMPLE = Number(process.env.EVAL_PEER_SAMPLE ?? (quick ? 40 : 300));
const ONOMA_SAMPLE = quick ? 400 : Infinity;

interface Row {
  task: string;
  system: string;
  queries: number;
  metrics: Record<string, number>;
  qps: number;
}
const rows: Row[] = [];

function timed<T>(fn: () => T): { value: T; seconds: number } {
  const start = process.hrtime.bigint();
  const value = fn();
  return { value, seconds: Number(process.hrtime.bigint() - start) / 1e9 };
}

interface ResolutionQuery {
  name: string;
  /** expected entity id, or undefined when the cluster is absent from the table */
  expected: string | undefined;
}

function splitClusters(clusters: Cluster[], file: string): { entities: EntityInput[]; queries: ResolutionQuery[] } {
  const random = seededRandom(20261125);
  const shuffled = shuffle(clusters, random);
  const presentCount = Math.round(shuffled.length * 0.8);
  const entities: EntityInput[] = [];
  const queries: ResolutionQuery[] = [];
  shuffled.forEach((cluster, i) => {
    const names = [...new Set(cluster.names)];
    const id = cluster.id.replace(/[^A-Za-z0-9._:-]/g, '_');
    if (i < presentCount) {
      const [canonical, ...others] = names;
      const aliases: string[] = [];
      shuffle(others, random).forEach((name, k) => (k % 2 === 0 ? aliases.push(name) : queries.push({ name, expected: id })));
      entities.push({ id, name: canonical!, type: entityTypeOf(cluster.type), aliases, source: file });
    } else {
      for (const name of names) queries.push({ name, expected: undefined });
    }
  });
  return { entities, queries };
}

function resolutionMetrics(outcomes: { expected: string | undefined; got: string | undefined }[]): Record<string, number> {
  const present = outcomes.filter((o) => o.expected !== undefined);
  const absent = outcomes.filter((o) => o.expected === undefined);
  const correct = present.filter((o) => o.got === o.expected).length;
  const wrong = present.filter((o) => o.got !== undefined && o.got !== o.expected).length;
  const falseMatches = absent.filter((o) => o.got !== undefined).length;
  return {
    accuracy: (correct + absent.length - falseMatches) / Math.max(1, outcomes.length),
    heldOutRecall: correct / Math.max(1, present.length),
    wrongEntityRate: wrong / Math.max(1, present.length),
    falseMatchRate: falseMatches / Math.max(1, absent.length),
  };
}

function resolutionTask(file: string): void {
  const clusters = readJsonl<Cluster>(path.join(evalDir(), file));
  const { entities, queries } = splitClusters(clusters, file);
  const resolver = createResolver({ entities });
  const onomaQueries = sample(queries, ONOMA_SAMPLE);
  const onoma = timed(() => onomaQueries.map((q) => ({ expected: q.expected, got: resolver.resolve(q.name).entity?.id })));
  if (showMisses) {
    onoma.value.forEach((o, i) => {
      if (o.got !== o.expected) console.error(`miss ${file}: ${JSON.stringify(onomaQueries[i]!.name)} expected ${o.expected ?? '(absent)'} got ${o.got ?? '(no match)'}`);
    });
  }
  rows.push({ task: `resolve ${file}`, system: 'onoma', queries: onomaQueries.length, metrics: resolutionMetrics(onoma.value), qps: onomaQueries.length / onoma.seconds });
  const forms: Form[] = entities.flatMap((e) => [e.name, ...(e.aliases ?? []).map((a) => (typeof a === 'string' ? a : a.name))].map((name) => ({ id: e.id, name })));
  const peerQueries = sample(queries, PEER_SAMPLE);
  const onomaOnSample = resolutionMetrics(peerQueries.map((q) => ({ expected: q.expected, got: resolver.resolve(q.name).entity?.id })));
  rows.push({ task: `resolve ${file}`, system: 'onoma (peer sample)', queries: peerQueries.length, metrics: onomaOnSample, qps: NaN });
  for (const peer of standardPeers(forms)) {
    const run = timed(() => peerQueries.map((q) => ({ expected: q.expected, got: peer.search(q.name, 1)[0]?.id })));
    rows.push({ task: `resolve ${file}`, system: peer.name, queries: peerQueries.length, metrics: resolutionMetrics(run.value), qps: peerQueries.length / run.seconds });
  }
}

/**
 * The curation loop measured: half of the held-out names (A) are clustered against the table and every
 * proposal accepted; resolution is measured on the other half (B) before and after, so the gain comes
 * from aliases learnt on A that help on B, not from answering B with itself.
 */
const CONFIDENT = 0.95;

function curationTask(file: string): void {
  const clusters = readJsonl<Cluster>(path.join(evalDir(), file));
  const { entities, queries } = splitClusters(clusters, file);
  const a = queries.filter((_, i) => i % 2 === 0);
  const b = queries.filter((_, i) => i % 2 === 1);
  const before = createResolver({ entities });
  const measureB = (resolver: ReturnType<typeof createResolver>) => resolutionMetrics(b.map((q) => ({ expected: q.expected, got: resolver.resolve(q.name).entity?.id })));
  rows.push({ task: `curate ${file}`, system: 'onoma before', queries: b.length, metrics: measureB(before), qps: NaN });
  const counts = new Map<string, number>();
  for (const q of a) counts.set(q.name, (counts.get(q.name) ?? 0) + 1);
  const gold = new Map(a.map((q) => [q.name, q.expected]));
  const proposals = clusterNames(counts, before, { threshold: 0.85 });
  const table = entities.map((e) => JSON.stringify(e)).join('\n') + '\n';
  // Two curators: one who accepts every confident attachment unread, and one who reviews (accepts a
  // cluster only when all its names really belong to the proposed entity, as the gold data says).
  // "New entity" proposals cannot be scored against gold ids, so both leave them out.
  // The reviewer also does what the review file is for: types the right entity id on a cluster of
  // unmatched names that all belong to one entity.
  const oneEntity = (c: (typeof proposals)[number]) => {
    const ids = new Set(c.variants.map((v) => gold.get(v.name)));
    return ids.size === 1 ? [...ids][0] : undefined;
  };
  const curators: [string, (c: (typeof proposals)[number]) => string][] = [
    [`accepting attachments with score ≥ ${CONFIDENT} unread`, (c) => (c.proposal.action === 'attach' && c.proposal.score >= CONFIDENT ? 'accept' : 'reject')],
    ['reviewing each cluster', (c) => (oneEntity(c) === undefined ? 'reject' : oneEntity(c) === c.proposal.id ? 'accept' : oneEntity(c)!)],
  ];
  for (const [label, decide] of curators) {
    const review = proposals.map((c) => ({ ...c, decision: decide(c) }));
    const applied = applyReview(table, file, review, { source: 'eval', date: '2026-01-01', type: 'place' });
    const after = createResolver({ entities: applied.text.trim().split('\n').map((l) => JSON.parse(l) as EntityInput) });
    rows.push({ task: `curate ${file}`, system: `after ${label} (+${applied.added.length} aliases)`, queries: b.length, metrics: measureB(after), qps: NaN });
  }
}

function recallTask(file: string): void {
  recall(file, readJsonl<Pair>(path.join(evalDir(), file)));
}

/**
 * Recall on the hand-made syllabary lists (test/fixtures/syllabaries: foreign names in katakana, hangul and Chinese
 * characters, which ../shared/eval has no pair file for), against their Latin names among the Latin forms of every
 * pair file, as many strangers as the table of a real pair file holds.
 */
function syllabaryTask(file: string): void {
  const listFile = path.join(FIXTURES, 'syllabaries', file);
  const pairs: Pair[] = parseTsv(readFileSync(listFile, 'utf8'), listFile, 2, ['native', 'latin']).flatMap(({ cells: [native, latin] }) =>
    latin!.split('|').map((b) => ({ a: native!, b, match: true, source: file })),
  );
  recall(`syllabaries/${file} (hand-made)`, pairs, pairFilesLatin());
}
let latinOfPairFiles: string[] | undefined;
/** The Latin forms of every pair file, read once for the three lists. */
function pairFilesLatin(): string[] {
  return (latinOfPairFiles ??= XLIT_FILES.flatMap((xlit) => readJsonl<Pair>(path.join(evalDir(), xlit)).map((p) => p.b)));
}
const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../test/fixtures');
const XLIT_FILES = ['wikidata-xlit-ar-pairs.dev.jsonl', 'wikidata-xlit-ru-pairs.jsonl', 'wikidata-xlit-he-pairs.jsonl'];
const SYLLABARY_LISTS = ['kana.tsv', 'hangul.tsv', 'han.tsv'];

/** Recall@1 and @5 of `pairs`' first forms (a) against the table of their distinct second forms (b) and `strangers`. */
function recall(file: string, pairs: Pair[], strangers: string[] = []): void {
  const gold = new Map<string, Set<string>>();
  for (const { a, b } of pairs) gold.set(a, (gold.get(a) ?? new Set()).add(b));
  const latin = [...new Set([...pairs.map((p) => p.b), ...strangers])].sort();
  const entities: EntityInput[] = latin.map((name, i) => ({ id: `l${i}`, name, type: 'other' }));
  const idOf = new Map(latin.map((name, i) => [`l${i}`, name]));
  const resolver = createResolver({ entities });
  const queries = [...gold.keys()];
  const measure = (search: (q: string) => string[], qs: string[]) => {
    let at1 = 0;
    let at5 = 0;
    for (const q of qs) {
      const hits = search(q).map((id) => idOf.get(id));
      const expected = gold.get(q)!;
      if (hits[0] !== undefined && expected.has(hits[0])) at1++;
      else if (showMisses && qs === onomaQueries) console.error(`miss ${file}: ${JSON.stringify(q)} expected ${JSON.stringify([...expected].join(' | '))} got ${JSON.stringify(hits[0] ?? '(nothing)')}`);
      if (hits.slice(0, 5).some((h) => h !== undefined && expected.has(h))) at5++;
    }
    return { recallAt1: at1 / qs.length, recallAt5: at5 / qs.length };
  };
  const onomaSearch = (q: string) => resolver.resolve(q, { limit: 5 }).candidates.map((c) => c.id);
  const onomaQueries = sample(queries, ONOMA_SAMPLE);
  // (the peer sample is measured with the same function: its misses are not listed twice)
  const onoma = timed(() => measure(onomaSearch, onomaQueries));
  rows.push({ task: `cross-script ${file}`, system: 'onoma', queries: onomaQueries.length, metrics: onoma.value, qps: onomaQueries.length / onoma.seconds });
  const peerQueries = sample(queries, PEER_SAMPLE);
  rows.push({ task: `cross-script ${file}`, system: 'onoma (peer sample)', queries: peerQueries.length, metrics: measure(onomaSearch, peerQueries), qps: NaN });
  const forms: Form[] = latin.map((name, i) => ({ id: `l${i}`, name }));
  for (const peer of standardPeers(forms)) {
    const run = timed(() => measure((q) => peer.search(q, 5).map((h) => h.id), peerQueries));
    rows.push({ task: `cross-script ${file}`, system: peer.name, queries: peerQueries.length, metrics: run.value, qps: peerQueries.length / run.seconds });
  }
}

function falseMatchTask(file: string): void {
  const pairs = readJsonl<Pair>(path.join(evalDir(), file));
  const resolver = createResolver({ entities: [] });
  const onomaPairs = sample(pairs, ONOMA_SAMPLE);
  const onoma = timed(() => onomaPairs.filter((p) => resolver.compare(p.a, p.b).match));
  if (showMisses) for (const p of onoma.value) console.error(`miss ${file}: ${JSON.stringify(p.a)} judged the same as ${JSON.stringify(p.b)}`);
  rows.push({ task: `false matches ${file}`, system: 'onoma', queries: onomaPairs.length, metrics: { falseMatchRate: onoma.value.length / onomaPairs.length }, qps: onomaPairs.length / onoma.seconds });
  const peerPairs = sample(pairs, PEER_SAMPLE);
  rows.push({ task: `false matches ${file}`, system: 'onoma (peer sample)', queries: peerPairs.length, metrics: { falseMatchRate: peerPairs.filter((p) => resolver.compare(p.a, p.b).match).length / peerPairs.length }, qps: NaN });
  for (const peerName of ['fuse.js (defaults)', 'fuse.js (tuned)', 'any-ascii + fuse.js (tuned)']) {
    const run = timed(() => peerPairs.filter((p) => {
      const peer = standardPeers([{ id: 'b', name: p.b }]).find((x) => x.name === peerName) as Peer;
      return peer.search(p.a, 1).length > 0;
    }).length);
    rows.push({ task: `false matches ${file}`, system: peerName, queries: peerPairs.length, metrics: { falseMatchRate: run.value / peerPairs.length }, qps: peerPairs.length / run.seconds });
  }
}

function pct(x: number | undefined): string {
  return x === undefined ? '' : (x * 100).toFixed(1) + '%';
}

function printTable(): void {
  const columns = ['accuracy', 'heldOutRecall', 'wrongEntityRate', 'falseMatchRate', 'recallAt1', 'recallAt5'];
  const header = ['task', 'system', 'queries', ...columns, 'q/s'];
  const lines = rows.map((r) => [r.task, r.system, String(r.queries), ...columns.map((c) => pct(r.metrics[c])), Number.isNaN(r.qps) ? '' : r.qps.toFixed(0)]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const fmt = (cells: string[]) => '| ' + cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ') + ' |';
  console.log(fmt(header));
  console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
  for (const line of lines) console.log(fmt(line));
  console.log(`\nPeers and "onoma (peer sample)" run on the same evenly spaced sample of ${PEER_SAMPLE} queries per task; "onoma" runs on ${quick ? 'a quick sample' : 'all queries'}.`);
}

const tasks: [string, () => void][] = [
  ['seed-article.jsonl', () => resolutionTask('seed-article.jsonl')],
  ['countrynames.jsonl', () => resolutionTask('countrynames.jsonl')],
  ['i18n-iso-countries.jsonl', () => resolutionTask('i18n-iso-countries.jsonl')],
  ['rigour-name-symbols.jsonl', () => resolutionTask('rigour-name-symbols.jsonl')],
  ...XLIT_FILES.map((file): [string, () => void] => [file, () => recallTask(file)]),
  ...SYLLABARY_LISTS.map((file): [string, () => void] => [`syllabaries ${file}`, () => syllabaryTask(file)]),
  ['geonames-similar-cities-pairs.jsonl', () => falseMatchTask('geonames-similar-cities-pairs.jsonl')],
  ['curate seed-article.jsonl', () => curationTask('seed-article.jsonl')],
  ['curate i18n-iso-countries.jsonl', () => curationTask('i18n-iso-countries.jsonl')],
];
const only = args.find((a) => a.startsWith('--only='))?.slice(7);
for (const [name, run] of tasks) {
  if (only && !name.includes(only)) continue;
  const start = Date.now();
  run();
  console.error(`eval: ${name} done in ${((Date.now() - start) / 1000).toFixed(1)} s`);
}
printTable();
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ date: new Date().toISOString(), peerSample: PEER_SAMPLE, rows }, null, 2) + '\n');
