/**
 * The worker half of a parallel index build (see build.ts): analyse a run of entities, post the chunk,
 * raise the flag. Everything that can fail happens inside the try, so the flag is always raised.
 */
import { workerData, type MessagePort } from 'node:worker_threads';

const { texts, first, port, done } = workerData as { texts: string[][]; first: number; port: MessagePort; done: Int32Array };
try {
  const { analyseForms } = await import('./build.js');
  const chunk = analyseForms(texts, first);
  const buffers = [chunk.formEntity, chunk.formAlias, chunk.formTokenStart, chunk.formTokens, chunk.formGluedStart, chunk.formGlued, chunk.formCodes.bytes, chunk.formCodes.start, chunk.exactHashes, chunk.exactForms, chunk.keyHashes, chunk.keyForms].map((a) => a.buffer as ArrayBuffer);
  port.postMessage({ chunk }, buffers);
} catch (error) {
  port.postMessage({ error: String((error as Error).stack ?? error) });
} finally {
  Atomics.store(done, 0, 1);
  Atomics.notify(done, 0);
}
