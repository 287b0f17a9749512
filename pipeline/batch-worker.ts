/**
 * The batch thread's side (pipeline/batch-thread.ts): opens the source again, walks the entity's own batches
 * from the position it was given, and answers each request with the next batch, its tables encoded as COPY text
 * and moved (not copied) to the main thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Batch } from '../core/batch.ts';
import { encodeRows } from '../loaders/tsv.ts';
import { errorData, type FromThread, type ThreadStart } from './batch-thread.ts';
import { openRunSource } from './source-context.ts';
import type { EntityMigration } from './types.ts';

const start = workerData as ThreadStart;
const port = parentPort!;

async function open() {
  const entity = (await import(start.module))[start.export] as EntityMigration;
  const src = await openRunSource(start.url, start.options, false);
  // This thread maps in line: its entity must not start a thread of its own.
  delete (src as { reopen?: unknown }).reopen;
  return { src, batches: entity.batches(src, start.after, start.range)[Symbol.asyncIterator]() };
}

const opened = open();
opened.catch(() => undefined); // reported with the first request

port.on('message', async () => {
  let answer: FromThread;
  let moved: ArrayBuffer[] = [];
  try {
    const { src, batches } = await opened;
    const r = await batches.next();
    if (r.done) {
      await src.close();
      answer = { type: 'done' };
    } else {
      moved = encodeTables(r.value);
      answer = { type: 'batch', batch: r.value };
    }
  } catch (err) {
    answer = { type: 'error', error: errorData(err) };
  }
  port.postMessage(answer, moved);
});

/** Each table's rows as COPY text, where that text does not depend on the target; the buffers to move. */
function encodeTables(batch: Batch): ArrayBuffer[] {
  const moved: ArrayBuffer[] = [];
  for (const [name, t] of Object.entries(batch.tables)) {
    const encoded = encodeRows(name, t);
    if (!encoded) continue;
    batch.tables[name] = { columns: t.columns, rows: [], encoded };
    for (const c of encoded.chunks) moved.push(c.buffer as ArrayBuffer);
  }
  // Functions do not cross threads: the main thread puts the declaration's back (threadedBatches' restore).
  delete batch.rowKey;
  return moved;
}
