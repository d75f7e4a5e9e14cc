import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadTables, parseTable, crossCheck, OnomaError, DEFAULT_TABLES, createResolver } from '../src/index.js';

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
