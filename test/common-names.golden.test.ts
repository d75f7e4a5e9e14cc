/**
 * Golden tests on common names of the news (test/fixtures/common-names.tsv): each Latin spelling
 * matches its own script's. A guard against rules tuned to one evaluation file that hurt everyday names.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createResolver } from '../src/index.js';

const pairs = readFileSync(new URL('./fixtures/common-names.tsv', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line && !line.startsWith('#'))
  .map((line) => line.split('\t') as [string, string]);

describe('common names in Latin and in their own script', () => {
  const resolver = createResolver({ entities: [] });
  it('the list is the one written', () => expect(pairs.length).toBeGreaterThan(100));
  it.each(pairs)('%s = %s', (latin, native) => expect(resolver.compare(latin, native).match).toBe(true));
});
