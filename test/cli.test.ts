/** End-to-end: spawn the built bin/onoma.js on fixtures, as a user would. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { parse } from 'csv-parse/sync';
import { scratchDir } from './helpers.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = path.join(root, 'bin', 'onoma.js');
const fixture = (name: string) => path.join(root, 'test', 'fixtures', 'csv', name);

function onoma(args: string[], input?: string | Buffer) {
  const result = spawnSync(process.execPath, [bin, ...args], { input: input === undefined ? undefined : Buffer.from(input), cwd: root, env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout.toString('utf8'), stdoutBytes: result.stdout, stderr: result.stderr.toString('utf8') };
}

/** The original fields of every row, compared byte for byte: output records minus the appended columns. */
function records(text: string, delimiter = ','): string[][] {
  return parse(text, { delimiter, relax_column_count: true, bom: true, relax_quotes: true }) as string[][];
}

describe('onoma resolve / compare (batch contract)', () => {
  it('resolve --format jsonl writes one object per input line, in order', () => {
    const r = onoma(['resolve', '--format', 'jsonl'], 'Hifter\n\nBougadoum\nNobody Atall\nحفتر\n');
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.query)).toEqual(['Hifter', '', 'Bougadoum', 'Nobody Atall', 'حفتر']);
    expect(Object.keys(lines[0])).toEqual(['query', 'status', 'id', 'name', 'score', 'candidates']);
    expect(lines[0]).toMatchObject({ status: 'matched', id: 'khalifa-haftar', name: 'Khalifa Haftar' });
    expect(lines[3]).toMatchObject({ status: 'unmatched', id: null });
    expect(lines[4].id).toBe('khalifa-haftar');
  });

  it('--table replaces the default table', () => {
    const dir = scratchDir('onoma-');
    const table = path.join(dir, 't.jsonl');
    writeFileSync(table, '{"id":"zorba","name":"Zorbatov","type":"person"}\n');
    const lines = onoma(['resolve', '--table', table, '--json', 'Zorbatof', 'Hifter']).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines[0].id).toBe('zorba');
    expect(lines[1].status).toBe('unmatched');
  });

  it('compare --format jsonl reads {"a","b"} lines', () => {
    const r = onoma(['compare', '--format', 'jsonl'], '{"a":"Haftar","b":"Hifter"}\n{"a":"Boston","b":"Bolton"}\n');
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.a, l.b, l.match])).toEqual([['Haftar', 'Hifter', true], ['Boston', 'Bolton', false]]);
    expect(typeof lines[0].score).toBe('number');
  });

  it('a bad table is a clear error with file and line, exit 1', () => {
    const r = onoma(['resolve', '--table', path.join(root, 'test/fixtures/bad-table.jsonl'), 'x']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bad-table\.jsonl:2: field "id"/);
  });

  it('usage errors exit 2 and say what to do', () => {
    const r = onoma(['clean', fixture('semicolon.csv')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--column/);
  });

  it('human output shows the match and the explanation', () => {
    const r = onoma(['resolve', '--explain', 'Marshal Khalifa Hifter']);
    expect(r.stdout).toMatch(/Khalifa Haftar \(khalifa-haftar\)\s+matched/);
    expect(r.stdout).toMatch(/titles dropped: marshal/);
  });
});

describe('onoma clean', () => {
  const cleanFile = (name: string, extra: string[] = []) => onoma(['clean', fixture(name), ...extra]);

  it('keeps BOM, CRLF and quoting byte for byte and appends the columns', () => {
    const r = cleanFile('bom-crlf.csv', ['-c', 'name']);
    expect(r.code).toBe(0);
    const input = readFileSync(fixture('bom-crlf.csv'), 'utf8');
    const inLines = input.split('\r\n');
    const outLines = r.stdout.split('\r\n');
    expect(r.stdout.startsWith('\uFEFF')).toBe(true);
    expect(outLines).toHaveLength(inLines.length);
    inLines.forEach((line, i) => expect(outLines[i]!.startsWith(line)).toBe(true));
    expect(outLines[0]).toBe('\uFEFFid,name,name_canonical,name_id,name_status,name_score');
    expect(outLines[2]).toContain('jean-yves-le-drian,matched');
  });

  it('sniffs ; and tab delimiters', () => {
    const semi = records(cleanFile('semicolon.csv', ['-c', 'name']).stdout, ';');
    expect(semi.map((r) => r[4])).toEqual(['name_id', 'sabri-boukadoum', 'vladimir-dzhabarov']);
    expect(semi[1]![2]).toBe('a;b');
    const tab = records(cleanFile('tab.csv', ['-c', '2']).stdout, '\t');
    expect(tab.map((r) => r[3])).toEqual(['name_id', 'khalifa-haftar', 'khalifa-haftar']);
  });

  it('never drops a row: ragged rows are padded, not lost', () => {
    const out = records(cleanFile('ragged.csv', ['-c', 'name']).stdout);
    expect(out).toHaveLength(4);
    expect(out[1]!.slice(0, 3)).toEqual(['1', 'Ludrian', '']);
    expect(out[1]![4]).toBe('jean-yves-le-drian');
    expect(out[2]!.slice(0, 6)).toEqual(['2', 'Qaddafi', 'x', 'y', 'z', 'Muammar Gaddafi']);
    expect(out[3]![0]).toBe('3');
  });

  it('handles empty and header-only files', () => {
    expect(cleanFile('empty.csv', ['-c', '1'])).toMatchObject({ code: 0, stdout: '' });
    expect(cleanFile('header-only.csv', ['-c', 'name']).stdout).toBe('id,name,name_canonical,name_id,name_status,name_score\n');
  });

  it('duplicate headers: -c picks the first by name, or any by index', () => {
    const byIndex = records(cleanFile('duplicate-headers.csv', ['-c', '2']).stdout);
    expect(byIndex[1]![4]).toBe('muammar-gaddafi');
    const byName = records(cleanFile('duplicate-headers.csv', ['-c', 'name']).stdout);
    expect(byName[1]![4]).toBe('khalifa-haftar');
  });

  it('keeps embedded newlines inside quoted fields', () => {
    const out = records(cleanFile('embedded-newline.csv', ['-c', 'name']).stdout);
    expect(out[1]![1]).toBe('Multi\nline name');
    expect(out[2]![3]).toBe('tobruk');
  });

  it('very long fields pass through unchanged', () => {
    const dir = scratchDir('onoma-');
    const file = path.join(dir, 'long.csv');
    const long = 'x'.repeat(300_000);
    writeFileSync(file, `id,name,notes\n1,Haftar,"${long}"\n`);
    const out = records(onoma(['clean', file, '-c', 'name']).stdout);
    expect(out[1]![2]).toBe(long);
  });

  it('invalid UTF-8 is an error naming the byte offset and line; --encoding latin1 reads it', () => {
    const bad = cleanFile('invalid-utf8.csv', ['-c', 'name']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/invalid utf-8 at byte offset 13 \(line 2\).*--encoding/);
    const ok = cleanFile('invalid-utf8.csv', ['-c', 'name', '--encoding', 'latin1']);
    expect(ok.code).toBe(0);
    expect(records(ok.stdout)[1]![1]).toBe('Café Haftar');
  });

  it('an unknown column lists the available ones, exit 2', () => {
    const r = cleanFile('semicolon.csv', ['-c', 'nom']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/column "nom" not found; available columns: 1:"id", 2:"name", 3:"note"/);
  });

  it('-o writes atomically and leaves no temporary file; a failed run leaves no output', () => {
    const dir = scratchDir('onoma-');
    const out = path.join(dir, 'out.csv');
    expect(onoma(['clean', fixture('semicolon.csv'), '-c', 'name', '-o', out]).code).toBe(0);
    expect(readdirSync(dir)).toEqual(['out.csv']);
    const failed = path.join(dir, 'failed.csv');
    expect(onoma(['clean', fixture('invalid-utf8.csv'), '-c', 'name', '-o', failed]).code).toBe(1);
    expect(existsSync(failed)).toBe(false);
    expect(readdirSync(dir)).toEqual(['out.csv']);
  });

  it('--jobs 2 gives the same output, in the same order, as one job', () => {
    const one = onoma(['clean', path.join(root, 'data/examples/names.csv'), '-c', 'name', '--explain']);
    const two = onoma(['clean', path.join(root, 'data/examples/names.csv'), '-c', 'name', '--explain', '--jobs', '2']);
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
  });

  it('the summary shows a name holding a line break quoted, on its line', () => {
    const dir = scratchDir('onoma-');
    const input = path.join(dir, 'in.csv');
    writeFileSync(input, 'name\n"Nobody\nAtall"\nHifter\n');
    const r = onoma(['clean', input, '-c', 'name', '-o', path.join(dir, 'out.csv')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('most frequent unmatched: "Nobody\\nAtall" (1)');
  });

  it('--report writes the summary a curator works from', () => {
    const dir = scratchDir('onoma-');
    const report = path.join(dir, 'report.json');
    onoma(['clean', path.join(root, 'data/examples/names.csv'), '-c', 'name', '--report', report]);
    const summary = JSON.parse(readFileSync(report, 'utf8'));
    expect(summary).toMatchObject({ rows: 20, blank: 1 });
    expect(summary.matched + summary.ambiguous + summary.unmatched).toBe(19);
    expect(summary.topUnmatched[0].name).toBe('John Smith');
  });

  // csv-spectrum: every original field must come back unchanged, and rows out = rows in.
  const spectrum = path.join(path.dirname(createRequire(import.meta.url).resolve('csv-spectrum/package.json')), 'csvs');
  for (const file of readdirSync(spectrum).filter((f) => f.endsWith('.csv'))) {
    it(`csv-spectrum ${file}: every original field unchanged`, () => {
      const input = readFileSync(path.join(spectrum, file), 'utf8');
      const r = onoma(['clean', path.join(spectrum, file), '-c', '1']);
      expect(r.code, r.stderr).toBe(0);
      const before = records(input);
      const after = records(r.stdout);
      expect(after).toHaveLength(before.length);
      before.forEach((row, i) => expect(after[i]!.slice(0, row.length)).toEqual(row));
    });
  }
});

describe('onoma tables', () => {
  it('validate lists every problem with file:line and exits 1', () => {
    const r = onoma(['tables', 'validate', path.join(root, 'test/fixtures/bad-table.jsonl'), path.join(root, 'test/fixtures/bad-table.csv')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bad-table\.jsonl:2: error: field "id"/);
    expect(r.stderr).toMatch(/bad-table\.jsonl:3: error: field "type"/);
    expect(r.stderr).toMatch(/bad-table\.jsonl:4: error: not valid JSON/);
    expect(r.stderr).toMatch(/bad-table\.jsonl:5: error: field "id": duplicate id "ok"/);
    expect(r.stderr).toMatch(/bad-table\.csv:4: error: field "type"/);
  });
  it('validate passes the bundled tables', () => {
    expect(onoma(['tables', 'validate', path.join(root, 'data/tables/curated.jsonl')]).code).toBe(0);
  });
  it('stats counts entities and scripts', () => {
    expect(onoma(['tables', 'stats']).stdout).toMatch(/entities: \d+\nnames \(canonical \+ aliases\): \d+\ntypes: place/);
  });
});

describe('onoma repl (driven through stdin)', () => {
  it('looks names up and obeys its commands', () => {
    const r = onoma(['repl'], 'Hifter\n.type place\nHifter\n.explain\nTobrouk\n.exit\n');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/✔ Khalifa Haftar/);
    expect(r.stdout).toMatch(/only place entities from now on/);
    expect(r.stdout).toMatch(/✘ unmatched/);
    expect(r.stdout).toMatch(/explanations on/);
    expect(r.stdout).toMatch(/keys: tobrouk→dbrk/);
  });
  it('isolates right-to-left input and shows its transliteration', () => {
    const r = onoma(['repl'], 'حفتر\n');
    expect(r.stdout).toContain('\u2068حفتر\u2069  [hftr]');
  });
});

describe('clean in-process', () => {
  it('keeps every row right when the name cache fills and is cleared mid-file (regression)', async () => {
    const { clean } = await import('../src/cli/clean.js');
    const { localAnnotator } = await import('../src/cli/annotate.js');
    const { createResolver } = await import('../src/index.js');
    const { PassThrough } = await import('node:stream');
    const names = ['Hifter', 'Bougadoum', 'Ludrian', 'Qaddafi', 'Libye', 'Tobrouk', 'Allemagne', 'Ливия'];
    const dir = scratchDir('onoma-');
    const file = path.join(dir, 'many.csv');
    writeFileSync(file, 'n,name\n' + Array.from({ length: 5000 }, (_, i) => `${i},${names[(i * 7) % names.length]}`).join('\n') + '\n');
    const out = new PassThrough();
    let text = '';
    out.on('data', (chunk: Buffer) => (text += chunk.toString()));
    const summary = await clean(localAnnotator(createResolver(), {}, false), file, { columns: ['name'], header: true, explain: false, template: '{column}_{field}', progress: false, resolve: {}, cacheSize: 3 }, { stdin: process.stdin, stdout: out, stderr: process.stderr, env: {} });
    expect(summary).toMatchObject({ rows: 5000, matched: 5000 });
    const rows = records(text);
    expect(rows).toHaveLength(5001);
    rows.slice(1).forEach((row, i) => {
      expect(row[0]).toBe(String(i));
      expect(row[1]).toBe(names[(i * 7) % names.length]);
      expect(row[4]).toBe('matched');
    });
  });
});

describe('clean workers', () => {
  it('a worker that runs out of its capped heap is reported as that, with the cap', async () => {
    const { workerFailure } = await import('../src/cli/annotate.js');
    const { OnomaError } = await import('../src/errors.js');
    const oom = Object.assign(new Error('Worker terminated due to reaching memory limit: JS heap out of memory'), { code: 'ERR_WORKER_OUT_OF_MEMORY' });
    const reported = workerFailure(oom, 132);
    expect(reported).toBeInstanceOf(OnomaError);
    expect((reported as InstanceType<typeof OnomaError>).code).toBe('E_MEMORY');
    expect(reported.message).toMatch(/ran out of memory.*132 MB/);
    const other = new Error('something else');
    expect(workerFailure(other, 132)).toBe(other);
  });
});
