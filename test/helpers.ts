/** Helpers shared by the test files: tables of spelling pairs checked with compare() on an empty table. */
import { expect, it } from 'vitest';
import { createResolver } from '../src/index.js';

const blank = createResolver({ entities: [] });

/** A test per pair: the two spellings are one name (compare matches them). */
export const sameNames = (pairs: [string, string][], title = '%s = %s') => it.each(pairs)(title, (a, b) => expect(blank.compare(a, b).match).toBe(true));

/** A test per pair: the two spellings are different names. */
export const differentNames = (pairs: [string, string][], title = '%s ≠ %s') => it.each(pairs)(title, (a, b) => expect(blank.compare(a, b).match).toBe(false));
