import { readFileSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIndexData } from '../src/candidates/index.js';
import { checksumOf, describeSource, encodeSnapshot, isSnapshotFile, readSnapshot, vocabularyOrder } from '../src/candidates/snapshot.js';
import { createResolver } from '../src/resolver.js';
import { analyseName } from '../src/pipeline.js';
import { loadTables } from '../src/tables/load.js';
import { DEFAULT_TABLES } from '../src/data/paths.js';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { scratchDir } from './helpers.js';

const bin = fileURLToPath(new URL('../bin/onoma.js', import.meta.url));
function onoma(args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout.toString('utf8'), stderr: result.stderr.toString('utf8') };
}

const dir = scratchDir('onoma-snapshot-');
const table = path.join(dir, 'people.jsonl');
writeFileSync(
  table,
  [
    { id: 'haftar', name: 'Khalifa Haftar', type: 'person', aliases: ['Hifter', 'خليفة حفتر', 'Халифа Хафтар'] },
    { id: 'le-drian', name: 'Jean-Yves Le Drian', type: 'person', aliases: ['Ludrian'] },
    { id: 'jufra', name: 'Al-Jufra', type: 'place', aliases: ['الجفرة'] },
  ]
    .map((e) => JSON.stringify(e))
    .join('\n') + '\n',
);

function snapshotOf(files: string[], out: string): string {
  const { entities } = loadTables(files);
  writeFileSync(out, encodeSnapshot(entities, buildIndexData(entities), files.map(describeSource)));
  return out;
}

/** Rewrites a snapshot's header with `change` and signs it again, as a file from another onoma would be. */
function resign(file: string, change: (header: Record<string, unknown>) => void): void {
  const bytes = readFileSync(file);
  const length = bytes.readUInt32LE(12);
  const header = JSON.parse(bytes.toString('utf8', 48, 48 + length)) as Record<string, unknown>;
  change(header);
  const text = Buffer.from(JSON.stringify(header).padEnd(length, ' '));
  expect(text.length).toBe(length);
  text.copy(bytes, 48);
  bytes.writeUInt32LE(checksumOf(bytes), 16);
  writeFileSync(file, bytes);
}

describe('snapshots', () => {
  it('resolves exactly as the tables it was built from', () => {
    const file = snapshotOf(DEFAULT_TABLES, path.join(dir, 'default.onoma'));
    expect(isSnapshotFile(file)).toBe(true);
    expect(isSnapshotFile(DEFAULT_TABLES[0]!)).toBe(false);
    const fromTables = createResolver();
    const fromSnapshot = createResolver({ tables: [file] });
    expect(fromSnapshot.entities.length).toBe(fromTables.entities.length);
    for (const name of ['Hifter', 'Ludrian', 'القذافي', 'Хафтар', 'Florence Barley', 'Deutschland', 'Al-Jafra', 'GNA', 'Nobody Atall']) {
      expect(fromSnapshot.resolve(name)).toEqual(fromTables.resolve(name));
    }
  });

  it('writes the vocabulary by skeleton and reads each word back under its own id', () => {
    const { entities } = loadTables(DEFAULT_TABLES);
    const index = buildIndexData(entities);
    const order = [...vocabularyOrder(index.vocabulary)];
    const skeletons = order.map((id) => index.vocabulary[id]!.skeletons[0] ?? '');
    expect(skeletons).toEqual([...skeletons].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    // (the table's own order is another: else the test below would pass with the order ignored)
    expect(order).not.toEqual([...order].sort((a, b) => a - b));
    const file = path.join(dir, 'order.onoma');
    writeFileSync(file, encodeSnapshot(entities, index, []));
    const read = readSnapshot(file).index.vocabulary;
    expect(read.map((t) => [t.text, t.code, t.skeletons])).toEqual(index.vocabulary.map((t) => [t.text, t.code, t.skeletons]));
  });

  it('round-trips tables without aliases, and names holding any character', () => {
    const entities = [
      { id: 'a', name: 'Nul\u0000in a name', type: 'other' as const, aliases: [] },
      { id: 'b', name: 'Plain', type: 'person' as const, aliases: [] },
    ];
    const file = path.join(dir, 'edge.onoma');
    writeFileSync(file, encodeSnapshot(entities, buildIndexData(entities), []));
    expect(readSnapshot(file).entities.all()).toEqual(entities);
    const noAliases = [{ id: 'c', name: 'Only Name', type: 'place' as const, aliases: [] }];
    writeFileSync(file, encodeSnapshot(noAliases, buildIndexData(noAliases), []));
    expect(readSnapshot(file).entities.all()).toEqual(noAliases);
  });

  it('builds a snapshot entity only when asked for, once, and the same as the table wrote it', () => {
    const entities = [
      { id: 'é1', name: 'Mu‘ammar al-Qaḏḏāfī', type: 'person' as const, aliases: [{ name: 'القذافي', lang: 'ar' }, { name: 'Каддафи' }], country: 'LY' },
      { id: 'b', name: 'Plain', type: 'place' as const, aliases: [] },
    ];
    const file = path.join(dir, 'lazy.onoma');
    writeFileSync(file, encodeSnapshot(entities, buildIndexData(entities), []));
    const store = readSnapshot(file).entities;
    expect(store.count).toBe(2);
    expect(store.textCount).toBe(4);
    expect([store.id(0), store.text(0, 0), store.text(0, 1), store.text(0, 2), store.text(1, 0)]).toEqual(['é1', 'Mu‘ammar al-Qaḏḏāfī', 'القذافي', 'Каддафи', 'Plain']);
    expect([...store.types]).toEqual([0, 1]);
    const first = store.entity(0);
    expect(first).toEqual(entities[0]);
    expect(store.entity(0)).toBe(first);
    expect(store.all()[0]).toBe(first);
    expect(store.all()).toEqual(entities);
    // its words are keyed tokens like any other: the same fields in the same order (see keyedToken)
    const fields = Object.keys(analyseName('Каддафи').tokens[0]!).join();
    expect(readSnapshot(file).index.vocabulary.map((t) => Object.keys(t).join()).filter((f) => f !== fields)).toEqual([]);
  });

  it('refuses a corrupt snapshot and says how to rebuild it', () => {
    const file = snapshotOf([table], path.join(dir, 'corrupt.onoma'));
    const bytes = readFileSync(file);
    bytes[bytes.length - 3] ^= 0xff;
    writeFileSync(file, bytes);
    expect(() => readSnapshot(file)).toThrow(/corrupt \(checksum mismatch\); rebuild it: onoma build/);
  });

  it('checks a large snapshot in a worker thread while reading it (compiled code, any size here): the same answers, a corrupt one refused', async () => {
    // (built by the compiled code too: a snapshot records the code that analysed its names, see engineFingerprint)
    const compiled = (await import('../dist/candidates/snapshot.js')) as typeof import('../src/candidates/snapshot.js');
    const { buildIndexData: build } = (await import('../dist/candidates/index.js')) as typeof import('../src/candidates/index.js');
    const { loadTables: load } = (await import('../dist/tables/load.js')) as typeof import('../src/tables/load.js');
    const file = path.join(dir, 'parallel.onoma');
    const { entities } = load([table]);
    writeFileSync(file, compiled.encodeSnapshot(entities, build(entities), [table].map(compiled.describeSource)));
    const read = compiled.readSnapshot(file, { parallelChecksumBytes: 0 });
    expect(read.entities.all()).toEqual(compiled.readSnapshot(file).entities.all());
    expect(read.entities.all()).toEqual(entities);
    // the bytes it read are the shared ones the worker checked
    expect(Buffer.isBuffer(read.index.formCodes.bytes) && read.index.formCodes.bytes.buffer instanceof SharedArrayBuffer).toBe(true);
    const bytes = readFileSync(file);
    bytes[bytes.length - 3] ^= 0xff;
    writeFileSync(file, bytes);
    expect(() => compiled.readSnapshot(file, { parallelChecksumBytes: 0 })).toThrow(/corrupt \(checksum mismatch\); rebuild it: onoma build/);
    // a header the damage made unreadable is reported as the damage, not as the parse error
    const header = readFileSync(file);
    header[40] = 0x7b;
    header[41] = 0x7b;
    writeFileSync(file, header);
    expect(() => compiled.readSnapshot(file, { parallelChecksumBytes: 0 })).toThrow(/corrupt \(checksum mismatch\)/);
  });

  it('refuses a truncated file and a file that is not a snapshot', () => {
    const file = snapshotOf([table], path.join(dir, 'short.onoma'));
    writeFileSync(file, readFileSync(file).subarray(0, 100));
    expect(() => readSnapshot(file)).toThrow(/corrupt/);
    expect(() => readSnapshot(table)).toThrow(/not an onoma snapshot/);
  });

  it('refuses a snapshot whose table changed since it was built', () => {
    const source = path.join(dir, 'changing.jsonl');
    writeFileSync(source, readFileSync(table));
    const file = snapshotOf([source], path.join(dir, 'stale.onoma'));
    // same content, new mtime: still fresh
    utimesSync(source, new Date(), new Date(Date.now() + 5000));
    expect(readSnapshot(file).entities.all()).toHaveLength(3);
    writeFileSync(source, readFileSync(table, 'utf8').replace('Hifter', 'Heftar'));
    expect(() => readSnapshot(file)).toThrow(new RegExp(`stale: table ${source.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} changed.*onoma build`));
  });

  it('refuses a snapshot built by an onoma that analyses names differently, or in another format', () => {
    const file = snapshotOf([table], path.join(dir, 'engine.onoma'));
    resign(file, (header) => (header.engine = '0000000000000000'));
    expect(() => readSnapshot(file)).toThrow(/stale: built by an onoma whose name analysis differs/);
    const other = snapshotOf([table], path.join(dir, 'format.onoma'));
    const bytes = readFileSync(other);
    bytes.writeUInt32LE(999, 8);
    writeFileSync(other, bytes);
    expect(() => readSnapshot(other)).toThrow(/format 999/);
  });

  it('onoma build writes a snapshot the other commands take as --table; a bad one exits 1 with the reason', () => {
    const out = path.join(dir, 'cli.onoma');
    const build = onoma(['build', table, '-o', out]);
    expect(build.code).toBe(0);
    expect(build.stderr).toMatch(/3 entities, \d+ forms, \d+ distinct words → .*cli\.onoma/);
    const resolve = onoma(['resolve', '--format', 'jsonl', '--table', out, 'Hefter', 'Ludrian']);
    expect(resolve.code).toBe(0);
    expect(resolve.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['haftar', 'le-drian']);
    const mixed = onoma(['resolve', '--table', out, '--table', table, 'Hefter']);
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toMatch(/must be the only table/);
    writeFileSync(out, 'ONOMASNP' + 'x'.repeat(100));
    const broken = onoma(['resolve', '--table', out, 'Hefter']);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/cli\.onoma: .*(corrupt|format)/);
  });
});

describe('index build in chunks', () => {
  it('onoma build on a large table (analysed in two threads) resolves like the table itself', async () => {
    const { generateTable } = await import('../src/bench/generate.js');
    const big = path.join(dir, 'big.jsonl');
    const people = generateTable(25_000);
    writeFileSync(big, people.map((e) => JSON.stringify(e)).join('\n') + '\n');
    const out = path.join(dir, 'big.onoma');
    const build = onoma(['build', big, '-o', out]);
    expect(build.code, build.stderr).toBe(0);
    const sample = [people[0]!, people[12_345]!, people[24_999]!];
    const resolved = onoma(['resolve', '--format', 'jsonl', '--table', out, ...sample.map((e) => e.name)]);
    expect(resolved.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(sample.map((e) => e.id));
  }, 60_000);

  it('two threads taking blocks from either end take each block once, the front one no further than its reach', async () => {
    const { BlockClaims } = await import('../src/candidates/build.js');
    const claims = BlockClaims.create(10);
    const taken: number[] = [];
    // the back thread takes two blocks for each of the front's, as a faster thread would
    for (let turn = 0; turn < 20; turn++) {
      const block = turn % 3 === 0 ? claims.front(6) : claims.back();
      if (block >= 0) taken.push(block);
    }
    expect([...taken].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(claims.fronted).toBe(taken.filter((_, i) => i % 3 === 0).length);
    const slowBack = BlockClaims.create(10);
    const front: number[] = [];
    for (let block = slowBack.front(6); block >= 0; block = slowBack.front(6)) front.push(block);
    expect(front).toEqual([0, 1, 2, 3, 4, 5]);
    expect([slowBack.back(), slowBack.back(), slowBack.back(), slowBack.back(), slowBack.back()]).toEqual([9, 8, 7, 6, -1]);
  });

  it('assembling chunks analysed apart gives the same index as one piece (what the worker thread relies on)', async () => {
    const { analyseForms, assemble, FormChunkBuilder, WordTable } = await import('../src/candidates/build.js');
    const { entities } = loadTables(DEFAULT_TABLES);
    const texts = entities.map((e) => [e.name, ...e.aliases.map((a) => a.name)]);
    const blendable = Uint8Array.from(entities, (e) => (e.type === 'person' ? 0 : 1));
    const whole = assemble([analyseForms(texts, blendable, 0)]);
    const cut = Math.floor(texts.length / 3);
    // (the worker's chunk is built from the blocks it takes, added one after another)
    const front = new FormChunkBuilder(0);
    front.add(texts.slice(0, 10), blendable.subarray(0, 10), 0);
    front.add(texts.slice(10, cut), blendable.subarray(10, cut), 10);
    // (this thread's blocks share their words, and are analysed from the back)
    const mine = new WordTable();
    const last = analyseForms(texts.slice(2 * cut), blendable.subarray(2 * cut), 2 * cut, undefined, mine);
    const middle = analyseForms(texts.slice(cut, 2 * cut), blendable.subarray(cut, 2 * cut), cut, undefined, mine);
    expect(middle.words).toBe(last.words);
    const pieces = assemble([front.finish(), middle, last]);
    expect(pieces.vocabulary.map((w) => w.text)).toEqual(whole.vocabulary.map((w) => w.text));
    for (const key of ['formEntity', 'formAlias', 'formTokenStart', 'formTokens', 'formGluedStart', 'formGlued', 'wordFormStart', 'wordForms'] as const) {
      expect([...pieces[key]], key).toEqual([...whole[key]]);
    }
    expect([...pieces.formCodes.bytes]).toEqual([...whole.formCodes.bytes]);
    expect([...pieces.formCodes.start]).toEqual([...whole.formCodes.start]);
    for (const key of ['exact', 'nameKeys', 'wordKeys'] as const) expect([...pieces[key].ids], key).toEqual([...whole[key].ids]);
  });
});

describe('parallel index build (compiled code, two cores)', () => {
  it('uses its worker even when node runs with V8 options (--max-old-space-size, --expose-gc), which a worker refuses', () => {
    const dist = new URL('../dist/', import.meta.url).href;
    const script = `import { generateTable } from '${dist}bench/generate.js';
      import { createResolver } from '${dist}index.js';
      const r = createResolver({ entities: generateTable(25000) });
      console.log(r.resolve(generateTable(25000)[7].name, { limit: 1 }).status);`;
    const run = spawnSync(process.execPath, ['--max-old-space-size=2048', '--expose-gc', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(run.stdout.trim()).toBe('matched');
    // the fallback (its half analysed on the main thread) warns: there must be no such warning
    expect(run.stderr).not.toContain('ONOMA_BUILD_WORKER');
  }, 60_000);
});
