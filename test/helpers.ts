/** Helpers shared by the test files: tables of spelling pairs checked with compare() on an empty table; draft data files. */
import { expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createResolver } from '../src/index.js';

const blank = createResolver({ entities: [] });

/** A test per pair: the two spellings are one name (compare matches them). */
export const sameNames = (pairs: [string, string][], title = '%s = %s') => it.each(pairs)(title, (a, b) => expect(blank.compare(a, b).match).toBe(true));

/** A test per pair: the two spellings are different names. */
export const differentNames = (pairs: [string, string][], title = '%s ≠ %s') => it.each(pairs)(title, (a, b) => expect(blank.compare(a, b).match).toBe(false));

/**
 * Resolves `query` against a table of two people, `first` and `second`, and expects them ranked in that order.
 * (A tie would rank `second` first: ties go in id order, and its id comes first.)
 */
export function rankedFirst(query: string, first: string, second: string) {
  const resolver = createResolver({ entities: [{ id: 'b', name: first, type: 'person' }, { id: 'a', name: second, type: 'person' }] });
  expect(resolver.resolve(query, { limit: 2 }).candidates.map((c) => c.name)).toEqual([first, second]);
  return resolver;
}

/** One test per [query, first, second] row: rankedFirst. */
export function itRanksFirst(rows: [string, string, string][]) {
  it.each(rows)('%s is %s before %s', (query, first, second) => {
    rankedFirst(query, first, second);
  });
}

const scratchDirs: string[] = [];

/** A fresh temporary directory, removed when the test file's tests have run (see test/setup.ts). */
export function scratchDir(prefix = 'onoma-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  scratchDirs.push(dir);
  return dir;
}

/** Removes every directory scratchDir made. */
export function removeScratchDirs(): void {
  for (const dir of scratchDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A data table written to a fresh temporary file, a comment line first (so its first row is line 2): its path. */
export function draftTable(rows: string): string {
  const file = path.join(scratchDir('onoma-draft-'), 'draft.tsv');
  writeFileSync(file, `# a draft table\n${rows}`);
  return file;
}

/** Ten syllables for madeUpName. */
export const SYLLABLES = ['ba', 'ke', 'lo', 'mi', 'nu', 'ra', 'so', 'ti', 'vu', 'ze'] as const;

/** The i-th of a thousand made-up names: three of ten syllables and an ending (tables of many names sharing a word). */
export function madeUpName(i: number, syllables: readonly string[] = SYLLABLES, ending = 'n'): string {
  return syllables[i % 10]! + syllables[Math.floor(i / 10) % 10]! + syllables[Math.floor(i / 100) % 10]! + ending;
}
