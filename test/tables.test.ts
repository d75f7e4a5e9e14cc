import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadTables, parseTable, crossCheck, OnomaError, DEFAULT_TABLES, createResolver } from '../src/index.js';
import { buildIndexData } from '../src/candidates/index.js';
import { sharedClaims } from '../src/candidates/claims.js';
import { EntityArray } from '../src/candidates/entity-store.js';
import { sharedAliasProblems, type ParsedTable } from '../src/tables/load.js';
import { scratchDir } from './helpers.js';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

describe('alias tables', () => {
  it('reports every problem of a malformed JSONL table with file, line and field', () => {
    const { problems } = parseTable(
      '{"id":"ok","name":"Fine","type":"person"}\n{"id":"bad id!","name":"X","type":"person"}\n{"id":"x2","name":"Y","type":"planet"}\nnot json\n{"id":"x3","name":"Z","type":"person","colour":"red"}\n{"name":"no id","type":"person"}\n',
      't.jsonl',
    );
    expect(problems.map((p) => [p.line, p.field])).toEqual([
      [2, 'id'],
      [3, 'type'],
      [4, undefined],
      [5, 'colour'],
      [6, 'id'],
    ]);
    expect(problems[1]!.message).toMatch(/person, place, organization, other/);
  });

  it('loadTables throws an OnomaError naming the file, the line and the field', () => {
    try {
      loadTables([fixture('bad-table.jsonl')]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(OnomaError);
      const e = error as OnomaError;
      expect(e.line).toBe(2);
      expect(e.field).toBe('id');
      expect(e.message).toMatch(/bad-table\.jsonl:2: field "id"/);
      expect(e.message).toMatch(/more problems/);
    }
  });

  it('reads the CSV form, one alias per row, and checks it', () => {
    const { entities, problems } = parseTable('id,name,type,alias\np1,Khalifa Haftar,person,Hifter\np1,Khalifa Haftar,person,حفتر\np2,Someone,nobody,\n', 't.csv');
    expect(entities[0]?.aliases.map((a) => a.name)).toEqual(['Hifter', 'حفتر']);
    expect(problems).toEqual([expect.objectContaining({ line: 4, field: 'type' })]);
  });

  it('reports duplicate ids as errors and shared aliases as warnings', () => {
    const a = parseTable('{"id":"x","name":"Congo","type":"place"}\n', 'a.jsonl');
    const b = parseTable('{"id":"x","name":"Other","type":"place"}\n{"id":"y","name":"Republic of the Congo","type":"place","aliases":["CONGO"]}\n', 'b.jsonl');
    const problems = crossCheck([a, b]);
    expect(problems).toEqual([
      expect.objectContaining({ file: 'b.jsonl', line: 1, field: 'id', severity: 'error' }),
      expect.objectContaining({ file: 'b.jsonl', line: 2, field: 'aliases', severity: 'warning' }),
    ]);
  });

  it('a missing file is a clear error', () => {
    expect(() => loadTables(['/nonexistent/table.jsonl'])).toThrow(/table\.jsonl: cannot read table: no such file/);
  });

  it('the bundled default table is valid, has no errors, and every row says where it came from', () => {
    const { entities, problems } = loadTables(DEFAULT_TABLES);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(entities.length).toBeGreaterThan(280);
    for (const entity of entities) expect(entity.source, entity.id).toBeTruthy();
  });

  it('every alias of the curated table resolves to its own entity', () => {
    const resolver = createResolver({ tables: [DEFAULT_TABLES[0]!] });
    for (const entity of resolver.entities) {
      for (const form of [entity.name, ...entity.aliases.map((a) => a.name)]) {
        expect(resolver.resolve(form).candidates[0]?.id, form).toBe(entity.id);
      }
    }
  });
});

describe('aliases claimed by two entities, read from the built index', () => {
  const dir = scratchDir('onoma-claims-');
  const tableFile = (name: string, rows: object[]) => {
    const file = path.join(dir, name);
    writeFileSync(file, rows.map((row) => JSON.stringify(row)).join('\n') + '\n');
    return file;
  };
  const fromIndex = (tables: ParsedTable[]) => {
    const entities = tables.flatMap((t) => t.entities);
    const whereOf = (entity: (typeof entities)[number]) => tables.find((t) => t.lines.has(entity))!.lines.get(entity)!;
    return sharedAliasProblems({ entities, problems: [], whereOf }, sharedClaims(buildIndexData(entities), new EntityArray(entities)));
  };
  const claimWarnings = (tables: ParsedTable[]) => crossCheck(tables).filter((p) => p.field === 'aliases');

  it('are the warnings the table check gives, in its order: the same text normalised, claimed after an earlier entity', () => {
    const a = parseTable(
      [
        { id: 'cg', name: 'Congo', type: 'place', aliases: ['Republic of the Congo'] },
        { id: 'cd', name: 'DR Congo', type: 'place', aliases: ['CONGO', 'Zaire'] },
      ].map((e) => JSON.stringify(e)).join('\n'),
      'a.jsonl',
    );
    const b = parseTable(JSON.stringify({ id: 'zr', name: 'Zaïre', type: 'place', aliases: ['congo', 'Republic of  the Congo'] }), 'b.jsonl');
    const warnings = fromIndex([a, b]);
    expect(warnings.map((w) => [w.file, w.line, w.message])).toEqual([
      ['a.jsonl', 2, 'alias "congo" is also claimed by "cg" (a.jsonl:1); it will resolve as ambiguous'],
      ['b.jsonl', 1, 'alias "zaire" is also claimed by "cd" (a.jsonl:2); it will resolve as ambiguous'],
      ['b.jsonl', 1, 'alias "congo" is also claimed by "cg" (a.jsonl:1); it will resolve as ambiguous'],
      ['b.jsonl', 1, 'alias "republic of the congo" is also claimed by "cg" (a.jsonl:1); it will resolve as ambiguous'],
    ]);
    expect(warnings).toEqual(claimWarnings([a, b]));
  });

  it('agree with the table check on generated tables (names that share words, spellings and case)', () => {
    const word = fc.constantFrom('Haftar', 'haftar', 'Hafter', 'Khalifa', 'Le', 'Drian', 'Ludrian', 'Jufra', 'JUFRA', 'Al');
    const text = fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));
    const entity = fc.record({ name: text, aliases: fc.array(text, { maxLength: 3 }) });
    fc.assert(
      fc.property(fc.array(entity, { minLength: 1, maxLength: 8 }), (rows) => {
        const table = parseTable(rows.map((row, i) => JSON.stringify({ id: `e${i}`, type: 'person', ...row })).join('\n'), 't.jsonl');
        expect(fromIndex([table])).toEqual(claimWarnings([table]));
      }),
      { numRuns: 300 },
    );
  });

  it('reach resolver.problems and onoma build\'s output as the table check wrote them', () => {
    const file = tableFile('shared.jsonl', [
      { id: 'x', name: 'Khalifa Haftar', type: 'person', aliases: ['Hifter'] },
      { id: 'y', name: 'Hifter', type: 'person' },
    ]);
    const expected = `alias "hifter" is also claimed by "x" (${file}:1); it will resolve as ambiguous`;
    expect(createResolver({ tables: [file] }).problems).toEqual([{ file, line: 2, field: 'aliases', message: expected, severity: 'warning' }]);
    expect(loadTables([file]).problems).toEqual([{ file, line: 2, field: 'aliases', message: expected, severity: 'warning' }]);
    const bin = fileURLToPath(new URL('../bin/onoma.js', import.meta.url));
    const build = spawnSync(process.execPath, [bin, 'build', file, '-o', path.join(dir, 'shared.onoma')], { encoding: 'utf8' });
    expect(build.status).toBe(0);
    expect(build.stderr).toContain(`${file}:2: warning: field "aliases": ${expected}`);
  });
});
