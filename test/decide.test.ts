/** Stage 7, decide: the decision from the best two entity scores. */
import { describe, expect, it } from 'vitest';
import { decide } from '../src/decide.js';
import { DEFAULTS } from '../src/options.js';

const cases: [string, number | undefined, number | undefined, string][] = [
  ['nothing found', undefined, undefined, 'unmatched'],
  ['below the threshold', 0.8, undefined, 'unmatched'],
  ['alone above the threshold', 0.9, undefined, 'matched'],
  ['runner-up beyond the margin', 0.95, 0.85, 'matched'],
  ['a tie', 0.96, 0.96, 'ambiguous'],
  ['a near tie', 0.96, 0.95, 'ambiguous'],
  ['within the margin, both far from the name', 0.9, 0.86, 'ambiguous'],
  ['within the margin, runner-up twice as far from the name (one vowel off against two)', 0.974, 0.946, 'matched'],
  ['within the margin, runner-up less than twice as far', 0.97, 0.945, 'ambiguous'],
  ['identical against a similar spelling', 1, 0.99, 'matched'],
  ['identical to two entities', 1, 1, 'ambiguous'],
  ['the same words against a similar spelling', 0.992, 0.99, 'matched'],
  ['the same words in the same order against another order', 0.995, 0.992, 'matched'],
  ['the same words, each in another order', 0.992, 0.992, 'ambiguous'],
];

describe('decide', () => {
  it.each(cases)('%s: %s vs %s → %s', (_, best, runnerUp, expected) => {
    expect(decide(best, runnerUp, DEFAULTS).status).toBe(expected);
  });

  it('says why the runner-up did not make it ambiguous', () => {
    expect(decide(0.974, 0.946, DEFAULTS).reason).toMatch(/2× as far/);
  });
});
