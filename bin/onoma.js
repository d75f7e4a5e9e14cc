#!/usr/bin/env node
import { relaunchWithHugePages } from '../dist/cli/relaunch.js';

// A large table loads faster in a process started with huge pages: run again so, and let that child do the work.
if (!relaunchWithHugePages(process.argv[1], process.argv.slice(2))) {
  const { main } = await import('../dist/cli/main.js');
  // A closed pipe (onoma … | head) is a normal way to stop reading: exit quietly.
  process.stdout.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  process.exitCode = await main(process.argv);
}
