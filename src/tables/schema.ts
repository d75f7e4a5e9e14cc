/**
 * Validation of entity rows against data/schema/entity.schema.json (Ajv), with errors that name
 * the file, the line and the field.
 */
import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject } from 'ajv';
import { dataPath } from '../data/paths.js';
import type { Entity, EntityInput } from '../types.js';

export interface TableProblem {
  file: string;
  line: number;
  field?: string | undefined;
  message: string;
  /** errors make a table unusable; warnings (an alias claimed twice) are reported and tolerated */
  severity: 'error' | 'warning';
}

const schema = JSON.parse(readFileSync(dataPath('schema', 'entity.schema.json'), 'utf8')) as object;
const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile<EntityInput>(schema);

function fieldOf(error: ErrorObject): string {
  const path = error.instancePath.replace(/^\//, '').replace(/\//g, '.');
  if (error.keyword === 'required') return (error.params as { missingProperty: string }).missingProperty;
  if (error.keyword === 'additionalProperties') {
    const extra = (error.params as { additionalProperty: string }).additionalProperty;
    return path ? `${path}.${extra}` : extra;
  }
  return path || '(row)';
}

function describe(error: ErrorObject): string {
  if (error.keyword === 'additionalProperties') return 'is not a known field (allowed: id, name, type, aliases, country, wikidata, description, source)';
  if (error.keyword === 'required') return 'is required';
  if (error.keyword === 'enum') return `must be one of ${(error.params as { allowedValues: string[] }).allowedValues.join(', ')}`;
  if (error.keyword === 'pattern' && error.instancePath === '/id') return 'must start with a letter or digit and use only letters, digits and . _ : -';
  return error.message ?? 'is invalid';
}

/** Check one row; returns the entity (aliases as objects) or the problems found. */
export function validateEntity(row: unknown, file: string, line: number): { entity?: Entity; problems: TableProblem[] } {
  if (!validate(row)) {
    // oneOf failures repeat for each branch; keep one problem per field.
    const seen = new Set<string>();
    const problems: TableProblem[] = [];
    for (const error of validate.errors ?? []) {
      const field = fieldOf(error);
      if (seen.has(field)) continue;
      seen.add(field);
      problems.push({ file, line, field, message: describe(error), severity: 'error' });
    }
    return { problems };
  }
  const input = row as EntityInput;
  const entity: Entity = {
    ...input,
    aliases: (input.aliases ?? []).map((alias) => (typeof alias === 'string' ? { name: alias } : alias)),
  };
  return { entity, problems: [] };
}
