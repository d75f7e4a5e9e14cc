/** `onoma tables validate` and `onoma tables stats`: the loader's checks, for curators. */
import { readFileSync } from 'node:fs';
import { crossCheck, formatProblem, parseTable, type ParsedTable } from '../tables/load.js';
import { normaliseText, scriptOfWord } from '../normalise/index.js';
import type { Io } from './io.js';

function readTables(files: string[], io: Io): { tables: ParsedTable[]; unreadable: number } {
  const tables: ParsedTable[] = [];
  let unreadable = 0;
  for (const file of files) {
    try {
      tables.push(parseTable(readFileSync(file, 'utf8'), file));
    } catch (error) {
      unreadable++;
      io.stderr.write(`${file}: error: cannot read: ${(error as Error).message}\n`);
    }
  }
  return { tables, unreadable };
}

export function tablesValidate(files: string[], io: Io): number {
  const { tables, unreadable } = readTables(files, io);
  const problems = [...tables.flatMap((t) => t.problems), ...crossCheck(tables)];
  for (const problem of problems) io.stderr.write(formatProblem(problem) + '\n');
  const errors = problems.filter((p) => p.severity === 'error').length + unreadable;
  const warnings = problems.length - (errors - unreadable);
  const entities = tables.reduce((n, t) => n + t.entities.length, 0);
  io.stdout.write(`${files.length} file(s), ${entities} valid entities, ${errors} error(s), ${warnings} warning(s)\n`);
  return errors > 0 ? 1 : 0;
}

export function tablesStats(files: string[], io: Io): void {
  const { tables } = readTables(files, io);
  const types = new Map<string, number>();
  const scripts = new Map<string, number>();
  let aliases = 0;
  let entities = 0;
  for (const entity of tables.flatMap((t) => t.entities)) {
    entities++;
    types.set(entity.type, (types.get(entity.type) ?? 0) + 1);
    for (const form of [entity.name, ...entity.aliases.map((a) => a.name)]) {
      aliases++;
      const script = scriptOfWord(normaliseText(form));
      scripts.set(script, (scripts.get(script) ?? 0) + 1);
    }
  }
  const list = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ');
  io.stdout.write(`entities: ${entities}\nnames (canonical + aliases): ${aliases}\ntypes: ${list(types)}\nscripts: ${list(scripts)}\n`);
}
