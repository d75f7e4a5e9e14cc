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
