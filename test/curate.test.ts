/** Growing the alias tables: cluster → review → apply, and the importers. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createResolver } from '../src/index.js';
import { clusterNames, type Cluster } from '../src/curate/cluster.js';
import { applyReview } from '../src/curate/apply.js';
import { readReview, reviewToCsv, reviewToJsonl } from '../src/curate/review.js';
import { importEntities } from '../src/curate/import.js';
import type { EntityInput } from '../src/types.js';
import { scratchDir } from './helpers.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixture = (name: string) => path.join(root, 'test', 'fixtures', 'curate', name);
const onoma = (args: string[]) => spawnSync(process.execPath, [path.join(root, 'bin', 'onoma.js'), ...args], { encoding: 'utf8', cwd: root });
const reference = createResolver({ entities: [{ id: 'khalifa-haftar', name: 'Khalifa Haftar', type: 'person', aliases: ['Haftar'] }] });

const counts = new Map([
  ['Hifter', 2], ['Khalifa Hifter', 1], ['حفتر', 1], ['Хафтар', 1],
  ['Hamad', 2], ['Hamid', 2], ['Boston', 1], ['Bolton', 1],
  ['Zorbatov', 2], ['Zorbatoff', 1], ['Зорбатов', 1],
]);

describe('onoma cluster', () => {
  const clusters = clusterNames(counts, reference, { threshold: 0.85 });
  const clusterOf = (name: string) => clusters.find((c) => c.variants.some((v) => v.name === name))!;

  it('groups variants across scripts and proposes attaching to an existing entity', () => {
    const haftar = clusterOf('Hifter');
    expect(haftar.variants.map((v) => v.name).sort()).toEqual(['Hifter', 'Khalifa Hifter', 'Хафтар', 'حفتر'].sort());
    expect(haftar.proposal).toMatchObject({ action: 'attach', id: 'khalifa-haftar' });
    expect(haftar.proposal.reason).toMatch(/matches/);
  });

  it('proposes a new entity named after the most frequent spelling, with counts per variant', () => {
    const zorba = clusterOf('Zorbatov');
    expect(zorba.variants).toEqual(expect.arrayContaining([{ name: 'Zorbatov', count: 2 }, { name: 'Zorbatoff', count: 1 }, { name: 'Зорбатов', count: 1 }]));
    expect(zorba.proposal).toMatchObject({ action: 'new', name: 'Zorbatov', id: 'zorbatov' });
  });

  it('keeps look-alikes apart', () => {
    expect(clusterOf('Hamad')).not.toBe(clusterOf('Hamid'));
    expect(clusterOf('Boston')).not.toBe(clusterOf('Bolton'));
  });

  it('round-trips through the CSV and JSONL review files', () => {
    expect(readReview(reviewToCsv(clusters), 'r.csv')).toEqual(clusters);
    expect(readReview(reviewToJsonl(clusters), 'r.jsonl')).toEqual(clusters);
  });
});

describe('onoma tables apply', () => {
  const table = '{"id":"khalifa-haftar","name":"Khalifa Haftar","type":"person","aliases":["Haftar"]}\n{"id":"other","name":"Zorbatoff Industries","type":"organization","aliases":["Hamid"]}\n';
  const clusters = clusterNames(counts, reference, { threshold: 0.85 });
  const decided = clusters.map((c) => ({ ...c, decision: c.variants.some((v) => v.name === 'Boston') ? 'reject' : 'accept' }));
  const options = { source: 'review.csv', date: '2026-11-25', type: 'person' as const };

  it('adds accepted aliases with provenance, creates new entities, and leaves conflicts to the curator', () => {
    const result = applyReview(table, 't.jsonl', decided, options);
    expect(result.added).toEqual(expect.arrayContaining([{ id: 'khalifa-haftar', alias: 'Hifter' }, { id: 'khalifa-haftar', alias: 'حفتر' }]));
    expect(result.created.map((c) => c.id)).toEqual(expect.arrayContaining(['zorbatov', 'hamad']));
    expect(result.conflicts).toEqual([expect.objectContaining({ variant: 'Hamid', claimedBy: 'other' })]);
    const rows = result.text.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows[0].aliases).toContainEqual({ name: 'Hifter', source: 'review.csv', added: '2026-11-25' });
    expect(rows.map((r: { id: string }) => r.id).slice(0, 2)).toEqual(['khalifa-haftar', 'other']);
    expect(result.text.split('\n')[1]).toBe(table.split('\n')[1]); // untouched rows keep their exact text
    expect(rows.some((r: { id: string }) => r.id === 'boston')).toBe(false);
  });

  it('an entity id as decision attaches there; an unknown id is reported', () => {
    const [first] = decided;
    const result = applyReview(table, 't.jsonl', [{ ...first!, decision: 'nobody-here' }], options);
    expect(result.unknownIds).toEqual([{ cluster: first!.cluster, id: 'nobody-here' }]);
  });

  it('applying a review twice changes nothing the second time (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('accept', 'reject', '', 'khalifa-haftar', 'other'), { minLength: decided.length, maxLength: decided.length }), (decisions) => {
        const review: Cluster[] = decided.map((c, i) => ({ ...c, decision: decisions[i]! }));
        const once = applyReview(table, 't.jsonl', review, options);
        const twice = applyReview(once.text, 't.jsonl', review, options);
        expect(twice.text).toBe(once.text);
        expect(twice.added).toEqual([]);
        expect(twice.created).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});

describe('onoma tables import', () => {
  const collect = async (format: 'wikidata' | 'ftm' | 'csv', file: string, mapping?: Parameters<typeof importEntities>[3]) => {
    const entities: EntityInput[] = [];
    const summary = await importEntities(format, file, async (e) => void entities.push(e), mapping);
    return { entities, summary };
  };

  it('reads Wikidata entity JSON (the dump format): labels and aliases in all languages, P31 → type', async () => {
    const { entities, summary } = await collect('wikidata', fixture('wikidata.json'));
    expect(entities.map((e) => [e.id, e.type])).toEqual([['wikidata:Q19184', 'person'], ['wikidata:Q3579', 'place'], ['wikidata:Q185096', 'organization']]);
    const haftar = entities[0]!;
    expect(haftar.wikidata).toBe('Q19184');
    expect(haftar.aliases).toEqual(expect.arrayContaining([{ name: 'خليفة حفتر', lang: 'ar' }, { name: 'Khalifa Hifter', lang: 'en' }]));
    expect(entities[2]!.name).toBe('Gruppe Wagner');
    expect(summary.skipped).toBe(3);
    expect(summary.problems.map((p) => p.line)).toEqual([4, 5, 6]);
  });

  it('reads FollowTheMoney entities: name, alias, weakAlias, previousName; schema → type', async () => {
    const { entities, summary } = await collect('ftm', fixture('ftm.jsonl'));
    expect(entities.map((e) => [e.id, e.type])).toEqual([['ftm:NK-abc', 'person'], ['ftm:NK-def', 'organization'], ['ftm:NK-ghi', 'other']]);
    expect(entities[0]!.aliases!.map((a) => (typeof a === 'string' ? a : a.name))).toEqual(['Khalifa Hifter', 'خليفة حفتر', 'Haftar']);
    expect(entities[0]!.country).toBe('LY');
    expect(entities[1]!.aliases!.map((a) => (typeof a === 'string' ? a : a.name))).toEqual(['ЧВК Вагнер', 'Wagner PMC']);
    expect(summary).toMatchObject({ imported: 3, skipped: 2 });
  });

  it('reads CSV with a column mapping and reports bad rows with their line', async () => {
    const { entities, summary } = await collect('csv', fixture('people.csv'), { id: 'code', name: 'label', type: 'kind', aliases: ['other names'], defaultType: 'other', aliasSeparator: ';' });
    expect(entities.map((e) => e.id)).toEqual(['p1', 'p2', 'p3']);
    expect(entities[1]!.aliases).toEqual([{ name: 'Tubruq' }, { name: 'Tobrouk' }]);
    expect(entities[2]!.type).toBe('other');
    expect(summary.problems).toEqual([{ line: 4, message: 'missing id (column "code")' }]);
  });

  it('the CLI writes a table that validates and resolves', () => {
    const dir = scratchDir('onoma-import-');
    const out = path.join(dir, 'wd.jsonl');
    const r = onoma(['tables', 'import', '--from', 'wikidata', fixture('wikidata.json'), '-o', out]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/3 entities written.*3 records skipped/);
    expect(onoma(['tables', 'validate', out]).status).toBe(0);
    const resolved = JSON.parse(onoma(['resolve', '--table', out, '--json', 'Hifter']).stdout);
    expect(resolved.id).toBe('wikidata:Q19184');
  });
});

describe('cluster → apply from the command line', () => {
  it('writes a review, applies it, and a second apply changes nothing', () => {
    const dir = scratchDir('onoma-curate-');
    const table = path.join(dir, 'table.jsonl');
    writeFileSync(table, '{"id":"khalifa-haftar","name":"Khalifa Haftar","type":"person"}\n');
    const review = path.join(dir, 'review.csv');
    const cluster = onoma(['cluster', fixture('names.csv'), '-c', 'name', '--table', table, '-o', review]);
    expect(cluster.status, cluster.stderr).toBe(0);
    const text = readFileSync(review, 'utf8');
    expect(text.split('\n')[0]).toBe('cluster,decision,action,id,name,score,variants,counts,reason');
    writeFileSync(review, text.replace(/^(c\d+),,/gm, '$1,accept,'));
    const first = onoma(['tables', 'apply', review, '--table', table]);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/added \d+ alias/);
    const after = readFileSync(table, 'utf8');
    expect(JSON.parse(onoma(['resolve', '--table', table, '--json', 'Хафтар']).stdout).id).toBe('khalifa-haftar');
    const dry = onoma(['tables', 'apply', review, '--table', table, '--dry-run']);
    expect(dry.stdout).toMatch(/would add 0 alias\(es\), would create 0/);
    onoma(['tables', 'apply', review, '--table', table]);
    expect(readFileSync(table, 'utf8')).toBe(after);
  });
});
