/** The CLI's relaunch with huge pages for a large table (src/cli/relaunch.ts). */
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { HUGE_PAGES_TUNABLE, RELAUNCH_MIN_BYTES, wantsHugePages, withHugePages } from '../src/cli/relaunch.js';
import { scratchDir } from './helpers.js';

const sizes: Record<string, number> = { 'big.onoma': RELAUNCH_MIN_BYTES, 'small.jsonl': RELAUNCH_MIN_BYTES - 1 };
const sizeOf = (arg: string) => sizes[arg];

describe('wantsHugePages', () => {
  it.each([
    [['resolve', '--table', 'big.onoma', 'Haftar'], {}, 'linux', true],
    [['resolve', '--table=big.onoma', 'Haftar'], {}, 'linux', true],
    [['build', 'small.jsonl', '-o', 'out.onoma'], {}, 'linux', false],
    [['resolve', '--table', 'small.jsonl', 'Haftar'], {}, 'linux', false],
    [['resolve', '--table', 'big.onoma'], {}, 'darwin', false],
    [['resolve', '--table', 'big.onoma'], { ONOMA_HUGE_PAGES: '0' }, 'linux', false],
    // the child: never relaunched twice
    [['resolve', '--table', 'big.onoma'], { GLIBC_TUNABLES: `glibc.malloc.arena_max=2:${HUGE_PAGES_TUNABLE}` }, 'linux', false],
    [['resolve', '--table', 'big.onoma'], { GLIBC_TUNABLES: 'glibc.malloc.arena_max=2' }, 'linux', true],
  ] as const)('%j with %j on %s: %s', (args, env, platform, expected) => {
    expect(wantsHugePages(args, env, platform, sizeOf)).toBe(expected);
  });

  it('adds the tunable to those already set', () => {
    expect(withHugePages({ PATH: '/bin' })).toEqual({ PATH: '/bin', GLIBC_TUNABLES: HUGE_PAGES_TUNABLE });
    expect(withHugePages({ GLIBC_TUNABLES: 'glibc.malloc.arena_max=2' }).GLIBC_TUNABLES).toBe(`glibc.malloc.arena_max=2:${HUGE_PAGES_TUNABLE}`);
  });
});

describe('the relaunched CLI', () => {
  const bin = path.join(fileURLToPath(new URL('..', import.meta.url)), 'bin', 'onoma.js');
  const dir = scratchDir('onoma-relaunch-');
  // Each process started logs its GLIBC_TUNABLES (node options such as --import pass on to the child).
  const log = path.join(dir, 'tunables.log');
  const logger = path.join(dir, 'log-tunables.mjs');
  writeFileSync(logger, `import { appendFileSync } from 'node:fs';\nappendFileSync(${JSON.stringify(log)}, (process.env.GLIBC_TUNABLES ?? '') + '\\n');\n`);
  const run = (args: string[], env: NodeJS.ProcessEnv) => {
    writeFileSync(log, '');
    const result = spawnSync(process.execPath, ['--import', logger, bin, ...args], { encoding: 'utf8', env: { ...process.env, GLIBC_TUNABLES: '', ...env } });
    return { ...result, tunables: readFileSync(log, 'utf8').split('\n').slice(0, -1) };
  };

  it.runIf(process.platform === 'linux')('answers as the CLI in one process does: output, error and exit status', () => {
    // a file of RELAUNCH_MIN_BYTES (sparse: NUL bytes, no valid line) is enough to relaunch
    const table = path.join(dir, 'big.jsonl');
    writeFileSync(table, '');
    truncateSync(table, RELAUNCH_MIN_BYTES);
    const relaunched = run(['tables', 'validate', table], {});
    const single = run(['tables', 'validate', table], { ONOMA_HUGE_PAGES: '0' });
    expect(relaunched.tunables).toEqual(['', HUGE_PAGES_TUNABLE]);
    expect(single.tunables).toEqual(['']);
    expect(relaunched.status).toBe(1);
    expect(relaunched.stderr + relaunched.stdout).toMatch(/big\.jsonl:1: error: not valid JSON/);
    expect([relaunched.status, relaunched.stdout, relaunched.stderr]).toEqual([single.status, single.stdout, single.stderr]);
  });
});

describe('onoma serve stopped by a signal', () => {
  const bin = path.join(fileURLToPath(new URL('..', import.meta.url)), 'bin', 'onoma.js');

  it('closes gracefully, exit 0, when the signal comes twice (a relaunched child gets Ctrl-C from the terminal and its parent)', async () => {
    const server = spawn(process.execPath, [bin, 'serve', '--port', '0'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    await new Promise<void>((resolve, reject) => {
      server.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        if (stderr.includes('reconciliation service at')) resolve();
      });
      server.on('exit', () => reject(new Error(`serve exited early: ${stderr}`)));
    });
    const exited = new Promise<[number | null, string | null]>((resolve) => server.on('exit', (code, signal) => resolve([code, signal])));
    server.kill('SIGINT');
    server.kill('SIGINT');
    expect(await exited).toEqual([0, null]);
  });
});
