/** A tiny run of the benchmark so it never rots (speed itself is measured by npm run bench, not here). */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

describe('npm run bench (smoke)', () => {
  it('runs on tiny generated data and reports every system', () => {
    const root = fileURLToPath(new URL('..', import.meta.url));
    const r = spawnSync(process.execPath, ['dist/bench/run.js', '--smoke'], { cwd: root, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    for (const system of ['onoma', 'onoma, warm', 'fuse.js (tuned)', 'MiniSearch (fuzzy)']) expect(r.stdout).toContain(`| ${system}`);
    // (it builds, snapshots, cleans and serves in child processes: 20–30 s on a slow day, so it gets room of its own)
  }, 120_000);
});

describe('the bench tables', () => {
  const wordsOf = (table: { name: string }[]) => new Set(table.flatMap((e) => e.name.toLowerCase().split(' ')));

  it('make up a share of their surnames, so that their words grow with them as a real table\'s do', async () => {
    const { generateTable } = await import('../src/bench/generate.js');
    const fakerOnly = wordsOf(generateTable(20_000, 42, 0)).size;
    const withMadeUp = wordsOf(generateTable(20_000, 42, 0.2)).size;
    // (faker's lists alone are used up early: 10,000 words at 20,000 names, 18,000 at a million)
    expect(withMadeUp).toBeGreaterThan(fakerOnly * 1.25);
  });

  it('are the same on every run', async () => {
    const { generateTable } = await import('../src/bench/generate.js');
    expect(generateTable(500)).toEqual(generateTable(500));
  });
});
