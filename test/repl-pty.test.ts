/** The REPL on a real terminal (tmux gives it a pseudo-terminal): prompt, tab completion, history file. */
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { scratchDir } from './helpers.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.runIf(hasTmux)('onoma repl on a terminal', () => {
  it('completes names with Tab, shows the match, and keeps history', async () => {
    const dir = scratchDir('onoma-repl-');
    const socket = path.join(dir, 'tmux.sock');
    const history = path.join(dir, 'history');
    const tmux = (...args: string[]) => execFileSync('tmux', ['-S', socket, ...args], { encoding: 'utf8' });
    tmux('new-session', '-d', '-x', '120', '-y', '40', `cd ${root} && NO_COLOR=1 ONOMA_HISTORY=${history} ${process.execPath} bin/onoma.js repl`);
    try {
      let screen = '';
      for (let i = 0; i < 50 && !screen.includes('onoma>'); i++) {
        await sleep(100);
        screen = tmux('capture-pane', '-p');
      }
      tmux('send-keys', 'Bougad', 'Tab');
      await sleep(300);
      tmux('send-keys', 'Enter');
      for (let i = 0; i < 30 && !screen.includes('✔'); i++) {
        await sleep(100);
        screen = tmux('capture-pane', '-p');
      }
      expect(screen).toContain('onoma> Bougadoum');
      expect(screen).toContain('✔ Sabri Boukadoum');
      tmux('send-keys', '.exit', 'Enter');
      await sleep(500);
      expect(readFileSync(history, 'utf8')).toContain('Bougadoum');
    } finally {
      spawnSync('tmux', ['-S', socket, 'kill-server']);
    }
  });
});
