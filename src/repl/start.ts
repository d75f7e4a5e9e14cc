/** `onoma repl`: node:repl wiring around the pure commands in commands.ts. Nothing but I/O here. */
import os from 'node:os';
import path from 'node:path';
import repl from 'node:repl';
import { createResolver, type Resolver } from '../resolver.js';
import { DEFAULT_TABLES } from '../data/paths.js';
import { OnomaError } from '../errors.js';
import type { EntityType } from '../types.js';
import type { Io } from '../cli/io.js';
import { complete, completionWords, explain, lookup, setType, type ReplState } from './commands.js';

export interface ReplOptions {
  tables: string[];
  withDefault: boolean;
  type: EntityType | undefined;
}

export async function startRepl(resolver: Resolver, options: ReplOptions, io: Io): Promise<void> {
  const state: ReplState = { resolver, explain: false, type: options.type, limit: 5 };
  let words = completionWords(resolver);
  const terminal = Boolean((io.stdout as { isTTY?: boolean }).isTTY);
  if (terminal) io.stdout.write(`onoma: ${resolver.entities.length} entities loaded. Type a name, or .help\n`);
  const server = repl.start({
    prompt: terminal ? 'onoma> ' : '',
    input: io.stdin,
    output: io.stdout,
    terminal,
    useColors: terminal && !io.env.NO_COLOR,
    ignoreUndefined: true,
    completer: (line: string) => complete(words, line),
    eval: (line, _context, _file, callback) => {
      try {
        const text = lookup(line, state);
        callback(null, text ? new Printed(text) : undefined);
      } catch (error) {
        callback(error as Error, undefined);
      }
    },
    writer: (output: unknown) => (output instanceof Printed ? output.text : String(output)),
  });
  const say = (text: string) => {
    io.stdout.write(text + '\n');
    server.displayPrompt();
  };
  server.defineCommand('explain', { help: 'toggle explanations, or ".explain NAME" to explain one name', action: (arg) => say(explain(arg, state)) });
  server.defineCommand('type', { help: 'only match entities of a type: .type person|place|organization|other|any', action: (arg) => say(setType(arg, state)) });
  server.defineCommand('limit', {
    help: 'how many candidates to show: .limit 5',
    action: (arg) => {
      const n = Number(arg);
      if (Number.isInteger(n) && n > 0) state.limit = n;
      say(`showing ${state.limit} candidates`);
    },
  });
  server.defineCommand('table', {
    help: 'load tables instead of the current ones: .table FILE [FILE...]  (.table default for the bundled table)',
    action: (arg) => {
      const files = arg.trim() === 'default' || !arg.trim() ? DEFAULT_TABLES : arg.trim().split(/\s+/);
      try {
        state.resolver = createResolver({ tables: files });
        words = completionWords(state.resolver);
        say(`${state.resolver.entities.length} entities loaded from ${files.join(', ')}`);
      } catch (error) {
        say(`could not load: ${error instanceof OnomaError ? error.message : (error as Error).message}; keeping the current tables`);
      }
    },
  });
  if (terminal) {
    const history = io.env.ONOMA_HISTORY ?? path.join(os.homedir(), '.onoma_history');
    server.setupHistory(history, () => undefined);
  }
  await new Promise<void>((resolve) => server.on('exit', resolve));
}

/** A value the REPL prints as-is (not inspected). */
class Printed {
  constructor(readonly text: string) {}
}
