/**
 * The worker half of a parallel index build (see build.ts): analyse the blocks of the table it takes, from the
 * front, into one chunk; post it, raise the flag. Everything that can fail happens inside the try, so the flag is always raised.
 */
import { workerData, type MessagePort } from 'node:worker_threads';

const { texts, blendable, size, reach, claims, port, done } = workerData as { texts: string[][]; blendable: Uint8Array; size: number; reach: number; claims: Int32Array; port: MessagePort; done: Int32Array };
try {
  const { BlockClaims, FormChunkBuilder } = await import('./build.js');
  // the front blocks, in table order, until the threads meet (see BLOCKS in build.ts): one chunk
  const blocks = new BlockClaims(claims);
  const builder = new FormChunkBuilder(texts.length);
  for (let block = blocks.front(reach); block >= 0; block = blocks.front(reach)) builder.add(texts.slice(block * size, (block + 1) * size), blendable.subarray(block * size, (block + 1) * size), block * size);
  const chunk = builder.finish();
  const buffers = [chunk.formEntity, chunk.formAlias, chunk.formTokenStart, chunk.formTokens, chunk.formGluedStart, chunk.formGlued, chunk.formCodes.bytes, chunk.formCodes.start, chunk.exactHashes, chunk.exactForms, chunk.keyHashes, chunk.keyForms].map((a) => a.buffer as ArrayBuffer);
  port.postMessage({ chunk }, buffers);
} catch (error) {
  port.postMessage({ error: String((error as Error).stack ?? error) });
} finally {
  Atomics.store(done, 0, 1);
  Atomics.notify(done, 0);
}
