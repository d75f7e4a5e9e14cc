/**
 * Reading alias tables: JSON Lines (one entity per line) or CSV (id,name,type,alias — one alias per
 * row). Parsing is pure (text in, entities and problems out); loadTables() adds the file system and
 * the cross-table checks: duplicate ids are errors, one alias claimed by two entities is a warning
 * (the alias then resolves as ambiguous, never last-wins).
 */
import { readFileSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import { OnomaError } from '../errors.js';
import { normaliseText } from '../normalise/index.js';
import type { Entity } from '../types.js';
import { validateEntity, type TableProblem } from './schema.js';

export interface ParsedTable {
  entities: Entity[];
  /** line of each entity in its file, for later cross-table messages */
  lines: Map<Entity, { file: string; line: number }>;
  problems: TableProblem[];
}

export type TableFormat = 'jsonl' | 'csv';

export function formatOf(file: string): TableFormat {
  return /\.csv$/i.test(file) ? 'csv' : 'jsonl';
}

export function parseJsonlTable(text: string, file: string): ParsedTable {
  const table: ParsedTable = { entities: [], lines: new Map(), problems: [] };
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    let row: unknown;
    try {
      row = JSON.parse(raw);
    } catch (error) {
      table.problems.push({ file, line, message: `not valid JSON: ${(error as Error).message}`, severity: 'error' });
      return;
    }
    const { entity, problems } = validateEntity(row, file, line);
    table.problems.push(...problems);
    if (entity) {
      table.entities.push(entity);
      table.lines.set(entity, { file, line });
    }
  });
  return table;
}

const CSV_FIELDS = ['id', 'name', 'type', 'alias', 'lang', 'script', 'source', 'country', 'wikidata', 'description'];

export function parseCsvTable(text: string, file: string): ParsedTable {
  const table: ParsedTable = { entities: [], lines: new Map(), problems: [] };
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parseCsv(text, { bom: true, columns: true, skip_empty_lines: true, info: true, relax_column_count: true, trim: true });
  } catch (error) {
    const e = error as Error & { lines?: number };
    table.problems.push({ file, line: e.lines ?? 1, message: `not valid CSV: ${e.message}`, severity: 'error' });
    return table;
  }
  const header = records[0] ? Object.keys(records[0].record) : [];
  for (const column of header) {
    if (!CSV_FIELDS.includes(column)) {
      table.problems.push({ file, line: 1, field: column, message: `is not a known column (allowed: ${CSV_FIELDS.join(', ')})`, severity: 'error' });
    }
  }
  const byId = new Map<string, Entity>();
  for (const { record, info } of records) {
    const line = info.lines;
    const id = record.id ?? '';
    const existing = byId.get(id);
    if (existing) {
      for (const field of ['name', 'type'] as const) {
        if (record[field] && record[field] !== existing[field]) {
          table.problems.push({ file, line, field, message: `"${record[field]}" disagrees with "${existing[field]}" given earlier for id "${id}"`, severity: 'error' });
        }
      }
      if (record.alias) existing.aliases.push(aliasOf(record));
      continue;
    }
    const row: Record<string, unknown> = { id, name: record.name, type: record.type, aliases: record.alias ? [aliasOf(record)] : [] };
    for (const field of ['country', 'wikidata', 'description'] as const) if (record[field]) row[field] = record[field];
    const { entity, problems } = validateEntity(row, file, line);
    table.problems.push(...problems.map((p) => ({ ...p, field: p.field?.replace(/^aliases\.\d+/, 'alias') })));
    if (entity) {
      byId.set(id, entity);
      table.entities.push(entity);
      table.lines.set(entity, { file, line });
    }
  }
  return table;
}

function aliasOf(record: Record<string, string>): { name: string; lang?: string; script?: string; source?: string } {
  const alias: { name: string; lang?: string; script?: string; source?: string } = { name: record.alias! };
  if (record.lang) alias.lang = record.lang;
  if (record.script) alias.script = record.script;
  if (record.source) alias.source = record.source;
  return alias;
}

export function parseTable(text: string, file: string, format: TableFormat = formatOf(file)): ParsedTable {
  return format === 'csv' ? parseCsvTable(text, file) : parseJsonlTable(text, file);
}

/**
 * Cross-table checks over all loaded entities: duplicate ids, and aliases claimed by two entities (unless
 * `sharedAliases` is false: a caller that builds an index finds those in it, see sharedAliasProblems).
 */
export function crossCheck(tables: ParsedTable[], sharedAliases = true): TableProblem[] {
  const problems: TableProblem[] = [];
  // id, and form, → the entity that claimed it first (places are looked up only on a conflict)
  const ids = new Map<string, Entity>();
  const claims = new Map<string, Entity>();
  const whereOf = locator(tables);
  for (const table of tables) {
    for (const entity of table.entities) {
      const holder = ids.get(entity.id);
      if (holder) {
        const first = whereOf(holder);
        problems.push({ ...whereOf(entity), field: 'id', message: `duplicate id "${entity.id}" (first at ${first.file}:${first.line})`, severity: 'error' });
        continue;
      }
      ids.set(entity.id, entity);
      if (!sharedAliases) continue;
      const where = table.lines.get(entity)!;
      const forms = new Set([entity.name, ...entity.aliases.map((a) => a.name)].map(normaliseText));
      for (const form of forms) {
        const claim = claims.get(form);
        if (claim && claim.id !== entity.id) problems.push(sharedAliasProblem(where, form, claim, whereOf(claim)));
        else if (!claim) claims.set(form, entity);
      }
    }
  }
  return problems;
}

/** Where an entity of these tables was read from. */
function locator(tables: readonly ParsedTable[]): (entity: Entity) => { file: string; line: number } {
  return (entity) => tables.find((t) => t.lines.has(entity))!.lines.get(entity)!;
}

function sharedAliasProblem(where: { file: string; line: number }, form: string, claimant: Entity, first: { file: string; line: number }): TableProblem {
  return { ...where, field: 'aliases', message: `alias "${form}" is also claimed by "${claimant.id}" (${first.file}:${first.line}); it will resolve as ambiguous`, severity: 'warning' };
}

export interface LoadedTables {
  entities: Entity[];
  problems: TableProblem[];
  /** the file and line an entity was read from */
  whereOf(entity: Entity): { file: string; line: number };
}

/**
 * The warnings crossCheck gives for aliases claimed by two entities, from the claims an index found (see sharedClaims
 * in candidates/claims.ts): `claims` name entities by their place in `loaded.entities`.
 */
export function sharedAliasProblems(loaded: LoadedTables, claims: readonly { entity: number; first: number; text: string }[]): TableProblem[] {
  return claims.map(({ entity, first, text }) => {
    const claimant = loaded.entities[first]!;
    return sharedAliasProblem(loaded.whereOf(loaded.entities[entity]!), text, claimant, loaded.whereOf(claimant));
  });
}

/**
 * Read and check table files. Throws an OnomaError naming file, line and field when any has errors.
 * `sharedAliases: false`: leave the check for aliases claimed by two entities to the caller (see crossCheck).
 */
export function loadTables(files: string[], { sharedAliases = true }: { sharedAliases?: boolean } = {}): LoadedTables {
  const tables = files.map((file) => {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw new OnomaError('E_DATA_FILE', `cannot read table: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`, { file });
    }
    return parseTable(text, file);
  });
  const problems = [...tables.flatMap((t) => t.problems), ...crossCheck(tables, sharedAliases)];
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) {
    const first = errors[0]!;
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more problem${errors.length > 2 ? 's' : ''}; run "onoma tables validate" to list them)` : '';
    throw new OnomaError('E_DATA_SCHEMA', first.message + more, first);
  }
  const whereOf = locator(tables);
  return { entities: tables.flatMap((t) => t.entities), problems, whereOf };
}

export function formatProblem(problem: TableProblem): string {
  return `${problem.file}:${problem.line}: ${problem.severity}: ${problem.field ? `field "${problem.field}": ` : ''}${problem.message}`;
}
