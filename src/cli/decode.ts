/**
 * Bytes → text for CSV input: BOM detection (UTF-8, UTF-16LE/BE), strict UTF-8 by default with an
 * error that names the byte offset and line, or an explicit --encoding (latin1, windows-1252…)
 * through the WHATWG TextDecoder that Node ships with full ICU.
 */
import type { Readable } from 'node:stream';
import { TextDecoder } from 'node:util';
import { CliError } from './io.js';

export interface Decoded {
  /** true when the input began with a byte order mark (written back to the output) */
  bom: boolean;
  chunks: AsyncGenerator<string>;
}

function bomEncoding(bytes: Uint8Array): { encoding: string; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/** Offset of the first byte that breaks UTF-8 in a buffer (only called once decoding has failed). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      if (i + k >= bytes.length) return i; // truncated at the end
      if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return bytes.length;
}

function countNewlines(bytes: Uint8Array, end: number): number {
  let n = 0;
  for (let i = 0; i < end; i++) if (bytes[i] === 0x0a) n++;
  return n;
}

export async function decodeInput(input: Readable, name: string, encoding?: string): Promise<Decoded> {
  const iterator = input[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const first = await iterator.next();
  const firstBytes: Buffer = first.done ? Buffer.alloc(0) : first.value;
  const bom = bomEncoding(firstBytes);
  const chosen = bom?.encoding ?? encoding ?? 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(chosen, { fatal: true, ignoreBOM: true });
  } catch {
    throw new CliError(`unknown encoding "${chosen}" (try utf-8, latin1, windows-1252, utf-16le)`, 2);
  }
  async function* chunks(): AsyncGenerator<string> {
    let offset = 0;
    let lines = 1;
    const decode = (bytes: Uint8Array, stream: boolean): string => {
      try {
        const text = decoder.decode(bytes, { stream });
        offset += bytes.length;
        lines += countNewlines(bytes, bytes.length);
        return text;
      } catch {
        const at = firstInvalidUtf8(bytes);
        throw new CliError(
          `${name}: invalid ${chosen} at byte offset ${offset + at} (line ${lines + countNewlines(bytes, at)}); ` +
            'if the file is in another encoding, say which with --encoding (e.g. --encoding latin1)',
        );
      }
    };
    if (firstBytes.length) yield decode(bom ? firstBytes.subarray(bom.length) : firstBytes, true);
    if (bom) offset += bom.length;
    for (;;) {
      const next = await iterator.next();
      if (next.done) break;
      const text = decode(next.value, true);
      if (text) yield text;
    }
    const tail = decode(new Uint8Array(0), false);
    if (tail) yield tail;
  }
  return { bom: bom !== undefined, chunks: chunks() };
}
