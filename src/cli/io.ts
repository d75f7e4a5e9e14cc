/** I/O helpers shared by the commands: reading lines, writing files atomically, colours, exit codes. */
import { createWriteStream, renameSync, rmSync, type WriteStream } from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { styleText } from 'node:util';

export const EXIT_OK = 0;
export const EXIT_ERROR = 1;
export const EXIT_USAGE = 2;

/** An error the CLI reports with its own exit code (usage errors are 2). */
export class CliError extends Error {
  constructor(message: string, readonly exitCode: number = EXIT_ERROR) {
    super(message);
  }
}

export interface Io {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
}

export const processIo: Io = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env };

/** Lines of a stream (UTF-8), without line endings, a BOM on the first line removed. */
export async function* readLines(input: Readable): AsyncGenerator<string> {
  const lines = readline.createInterface({ input, crlfDelay: Infinity });
  let first = true;
  for await (const line of lines) {
    yield first ? line.replace(/^\uFEFF/, '') : line;
    first = false;
  }
}

/** Colour only on a terminal and when NO_COLOR is unset (styleText's own TTY check covers stdout/stderr). */
export function colour(io: Io, stream: Writable & { isTTY?: boolean }, format: Parameters<typeof styleText>[0], text: string): string {
  if (!stream.isTTY || io.env.NO_COLOR || io.env.TERM === 'dumb') return text;
  return styleText(format, text);
}

/** Write to the stream, waiting for drain when its buffer is full (bounded memory). */
export async function write(stream: Writable, text: string | Uint8Array): Promise<void> {
  if (!stream.write(text)) await new Promise<void>((resolve) => stream.once('drain', resolve));
}

/**
 * A file written atomically: data goes to a temporary file beside the target, renamed over it
 * only by commit(); abort() removes the temporary file, so a failed run leaves no half-written output.
 */
export interface AtomicFile {
  stream: WriteStream;
  commit(): Promise<void>;
  abort(): void;
}

export function atomicFile(target: string): AtomicFile {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  const stream = createWriteStream(temp);
  const cleanup = () => rmSync(temp, { force: true });
  process.once('exit', cleanup);
  return {
    stream,
    async commit() {
      await new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
      renameSync(temp, target);
      process.removeListener('exit', cleanup);
    },
    abort() {
      stream.destroy();
      cleanup();
      process.removeListener('exit', cleanup);
    },
  };
}
