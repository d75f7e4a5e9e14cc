#!/usr/bin/env node
import { main } from '../dist/cli/main.js';

// A closed pipe (onoma … | head) is a normal way to stop reading: exit quietly.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
process.exitCode = await main(process.argv);
