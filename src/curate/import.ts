/**
 * Importers that seed alias tables from reference data people already have: Wikidata entity JSON,
 * OpenSanctions FollowTheMoney entities, and generic CSV with a column mapping. They stream (JSON
 * Lines, the Wikidata dump's one-entity-per-line array, gzip), skip bad records with their line
 * and count them, and never stop on one.
 */
import { createReadStream, readFileSync } from 'node:fs';
import readline from 'node:readline';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { dataPath } from '../data/paths.js';
import { parseTsv } from '../data/tsv.js';
import { validateEntity } from '../tables/schema.js';
import { ENTITY_TYPES, type Alias, type EntityInput, type EntityType } from '../types.js';

export type ImportFormat = 'wikidata' | 'ftm' | 'csv';

export interface ImportProblem {
  line: number;
  message: string;
}

export interface CsvMapping {
  id: string;
  name: string;
  type?: string | undefined;
  aliases: string[];
  defaultType: EntityType;
  /** splits several aliases in one cell */
  aliasSeparator: string;
}

function typeTable(file: string): Map<string, EntityType> {
  const path = dataPath('import', file);
  return new Map(parseTsv(readFileSync(path, 'utf8'), path, 2, ['key', 'type', 'label']).map(({ cells }) => [cells[0]!, cells[1] as EntityType]));
}

function open(file: string): Readable {
  const stream = file === '-' ? process.stdin : createReadStream(file);
  return /\.gz$/i.test(file) ? stream.pipe(createGunzip()) : stream;
}

/** Distinct aliases, the canonical name excluded, compared as written. */
function aliasList(name: string, aliases: Alias[]): Alias[] {
  const seen = new Set([name]);
  return aliases.filter((a) => !seen.has(a.name) && seen.add(a.name) !== undefined && a.name.trim() !== '');
}

interface WikidataItem {
  id?: string;
  labels?: Record<string, { value: string }>;
  aliases?: Record<string, { value: string }[]>;
  descriptions?: Record<string, { value: string }>;
  claims?: Record<string, { mainsnak?: { datavalue?: { value?: { id?: string } } } }[]>;
}

export function fromWikidata(item: WikidataItem, types: Map<string, EntityType>): EntityInput {
  if (typeof item.id !== 'string' || !/^Q\d+$/.test(item.id)) throw new Error('no Wikidata item id ("id": "Q…")');
  const labels = Object.entries(item.labels ?? {});
  const english = item.labels?.en?.value ?? item.labels?.mul?.value;
  const name = english ?? labels[0]?.[1].value;
  if (!name) throw new Error('the item has no label');
  const aliases: Alias[] = [
    ...labels.map(([lang, l]) => ({ name: l.value, lang })),
    ...Object.entries(item.aliases ?? {}).flatMap(([lang, list]) => list.map((a) => ({ name: a.value, lang }))),
  ];
  const classes = (item.claims?.P31 ?? []).map((c) => c.mainsnak?.datavalue?.value?.id).filter((q): q is string => Boolean(q));
  const type = classes.map((q) => types.get(q)).find(Boolean) ?? 'other';
  const description = item.descriptions?.en?.value;
  return { id: `wikidata:${item.id}`, name, type, aliases: aliasList(name, aliases), wikidata: item.id, ...(description ? { description } : {}), source: `wikidata:${item.id}` };
}

interface FtmEntity {
  id?: string;
  schema?: string;
  properties?: Record<string, string[]>;
}

export function fromFtm(entity: FtmEntity, types: Map<string, EntityType>): EntityInput {
  if (typeof entity.id !== 'string' || !entity.id) throw new Error('no entity id');
  const names = entity.properties?.name ?? [];
  if (names.length === 0) throw new Error('the entity has no "name" property');
  const [name, ...otherNames] = names;
  const aliases = [...otherNames, ...(entity.properties?.alias ?? []), ...(entity.properties?.weakAlias ?? []), ...(entity.properties?.previousName ?? [])].map((n) => ({ name: n }));
  const country = entity.properties?.country?.[0] ?? entity.properties?.nationality?.[0] ?? entity.properties?.jurisdiction?.[0];
  return {
    id: `ftm:${entity.id}`.replace(/[^A-Za-z0-9._:-]/g, '-'),
    name: name!,
    type: types.get(entity.schema ?? '') ?? 'other',
    aliases: aliasList(name!, aliases),
    ...(country && /^[a-z]{2}$/i.test(country) ? { country: country.toUpperCase() } : {}),
    source: `ftm:${entity.schema ?? 'Thing'}:${entity.id}`,
  };
}

async function* jsonRecords(input: Readable): AsyncGenerator<{ line: number; value?: unknown; error?: string }> {
  let line = 0;
  for await (const raw of readline.createInterface({ input, crlfDelay: Infinity })) {
    line++;
    // The Wikidata dump is one JSON array with an entity per line: skip the brackets, drop the commas.
    const text = raw.trim().replace(/,$/, '');
    if (text === '' || text === '[' || text === ']') continue;
    try {
      yield { line, value: JSON.parse(text) };
    } catch (e) {
      yield { line, error: `not valid JSON: ${(e as Error).message}` };
    }
  }
}

async function* csvRecords(input: Readable, mapping: CsvMapping): AsyncGenerator<{ line: number; value?: EntityInput; error?: string }> {
  const parser = input.pipe(parse({ bom: true, columns: true, info: true, relax_column_count: true, skip_empty_lines: true, trim: true }));
  for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
    const id = record[mapping.id];
    const name = record[mapping.name];
    if (!id || !name) {
      yield { line: info.lines, error: `missing ${!id ? `id (column "${mapping.id}")` : `name (column "${mapping.name}")`}` };
      continue;
    }
    const type = (mapping.type ? record[mapping.type] : undefined) ?? mapping.defaultType;
    const aliases = mapping.aliases.flatMap((column) => (record[column] ?? '').split(mapping.aliasSeparator)).map((a) => ({ name: a.trim() })).filter((a) => a.name);
    yield { line: info.lines, value: { id: id.replace(/[^A-Za-z0-9._:-]/g, '-'), name, type: (ENTITY_TYPES as readonly string[]).includes(type) ? (type as EntityType) : mapping.defaultType, aliases: aliasList(name, aliases), source: `csv:${id}` } };
  }
}

export interface ImportSummary {
  imported: number;
  skipped: number;
  problems: ImportProblem[];
}

/** Stream entities out of a reference file; `write` receives each valid entity in input order. */
export async function importEntities(format: ImportFormat, file: string, write: (entity: EntityInput) => Promise<void>, mapping?: CsvMapping, onProgress?: (n: number) => void): Promise<ImportSummary> {
  const summary: ImportSummary = { imported: 0, skipped: 0, problems: [] };
  const input = open(file);
  const records = format === 'csv' ? csvRecords(input, mapping!) : jsonRecords(input);
  const types = format === 'wikidata' ? typeTable('wikidata-types.tsv') : typeTable('ftm-schemata.tsv');
  const seen = new Set<string>();
  for await (const record of records) {
    let entity: EntityInput | undefined;
    let error = record.error;
    if (!error) {
      try {
        entity = format === 'wikidata' ? fromWikidata(record.value as WikidataItem, types) : format === 'ftm' ? fromFtm(record.value as FtmEntity, types) : (record.value as EntityInput);
        const { problems } = validateEntity(entity, file, record.line);
        if (problems.length) error = problems.map((p) => `${p.field ?? ''} ${p.message}`.trim()).join('; ');
        else if (seen.has(entity.id)) error = `duplicate id "${entity.id}"`;
      } catch (e) {
        error = (e as Error).message;
      }
    }
    if (error || !entity) {
      summary.skipped++;
      if (summary.problems.length < 1000) summary.problems.push({ line: record.line, message: error ?? 'unreadable' });
      continue;
    }
    seen.add(entity.id);
    await write(entity);
    summary.imported++;
    if (onProgress && summary.imported % 10_000 === 0) onProgress(summary.imported);
  }
  return summary;
}
