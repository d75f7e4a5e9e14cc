/** Where the package's bundled data lives, whether run from dist/ or through a test runner on src/. */
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

export function dataPath(...parts: string[]): string {
  return path.join(DATA_DIR, ...parts);
}

/** The tables used when the user gives none: curated entities plus the generated country table. */
export const DEFAULT_TABLES = [dataPath('tables', 'curated.jsonl'), dataPath('tables', 'countries.jsonl')];
