/**
 * The worker that checks a large snapshot's checksum while the loading thread reads its sections (see readSnapshot):
 * CRC-32 of the shared file bytes after the prefix, stored in `result[1]`; `result[0]` is raised when it is there
 * (1) or when the worker failed (2), so the loading thread never waits on a worker that will not answer.
 */
import { workerData } from 'node:worker_threads';
import { crc32 } from 'node:zlib';

const { file, from, result } = workerData as { file: SharedArrayBuffer; from: number; result: Int32Array };
let state = 2;
try {
  result[1] = crc32(new Uint8Array(file, from)) | 0;
  state = 1;
} finally {
  Atomics.store(result, 0, state);
  Atomics.notify(result, 0);
}
