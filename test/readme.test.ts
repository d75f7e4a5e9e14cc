/** The README's quick start must keep working: run the commands it shows (except the install and the test run itself). */
import { describe, expect, it } from 'vitest';
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README', () => {
  const commands = [...readme.matchAll(/^\s*\$ (node bin\/onoma\.js .+)$/gm)].map((m) => m[1]!);
  it('shows runnable onoma commands', () => {
    expect(commands.length).toBeGreaterThan(3);
  });
  it.each(commands)('runs: %s', (command) => {
    const out = execSync(command, { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    expect(out.length).toBeGreaterThan(0);
  });
  it('its quick start installs with npm ci and tests with npm test, as .ci/run does', () => {
    expect(readme).toContain('npm ci && node bin/onoma.js clean data/examples/names.csv -c name');
    expect(readme).toContain('npm test');
    expect(readFileSync(new URL('../.ci/run', import.meta.url), 'utf8')).toMatch(/npm ci[^\n]*\nnpm test/);
  });
});
