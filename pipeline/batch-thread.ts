/**
 * An entity's batches read, mapped and encoded on a thread of its own (issue 12), so that mapping a page and
 * writing the previous batch overlap. On one thread they could not: mapping is one synchronous block, and the
 * COPY of the batch before it only moves when the event loop is free (on the medium catalog, per 1,500
 * products: 155 ms of mapping, then 200 ms of COPY, one after the other). The thread opens its own source
 * connections, runs the entity's own batches() (the same declaration, the same code), encodes each table as
 * COPY text there (loaders/tsv.ts encodeRows) and hands the bytes over without a copy; the main thread only
 * writes them. A structured clone of the pages or of the mapped rows would cost about as much as mapping them.
 *
 * node:worker_threads itself, not a pool: the thread holds one stateful walk over the source (its keyset
 * position, read-ahead and lookups), where a pool's independent tasks would each need the page sent to them.
 * One batch is asked for at a time (the runner's prefetch asks for the next while it loads this one), so memory
 * stays at two batches. Errors come back as data with their code, errno and kind, so the runner classifies and
 * retries them as its own (a retry opens a new thread from the committed checkpoint).
 */
import { on } from 'node:events';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Batch, Key, TableRows } from '../core/batch.ts';
import { MagemigError, type ErrorKind } from '../core/errors.ts';
import type { SourceContext } from '../extractors/source.ts';
import { sameKey } from '../loaders/batch-writer.ts';
import type { KeyRange } from './types.ts';

/** Where the thread finds the entity: the module that declares it and the name it is exported as. */
export interface BatchThreadSpec {
  module: URL;
  export: string;
}

export interface ErrorData { message: string; magemig: boolean; code?: string; errno?: number; kind?: ErrorKind }
export type FromThread = { type: 'batch'; batch: Batch } | { type: 'done' } | { type: 'error'; error: ErrorData };
export interface ThreadStart { module: string; export: string; url: string; options: SourceContext['options']; after: Key | null; range?: KeyRange }

/**
 * The thread's heap. Young generation as bin/magemig gives the main thread (three 16 MB semi-spaces: smaller ones
 * cost the products 7% more time in scavenges). Old generation 128 MB: a heap snapshot of the products' thread on
 * `large` holds 48 MB live, but under 256 MB V8 let the heap grow to 202 MB before collecting; the orders' peak RSS
 * on `medium` went from 311-332 to 296-316 MB with the same times; 96 MB was slower (bench/README.md).
 */
const THREAD_LIMITS = { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 48 };

export async function* threadedBatches(
  spec: BatchThreadSpec,
  /** The source as the thread opens it again (SourceContext.reopen) with the run's options. */
  source: { url: string; options: SourceContext['options'] },
  after: Key | null,
  range: KeyRange | undefined,
  /** The same entity's batches on this thread: read again when Postgres refuses rows of a batch. */
  inline: (after: Key | null) => AsyncIterable<Batch>,
  /** What cannot cross a thread (functions): put back on each batch. */
  restore: (batch: Batch) => void,
): AsyncGenerator<Batch> {
  const start: ThreadStart = { module: spec.module.href, export: spec.export, url: source.url, options: source.options, after, range };
  const worker = new Worker(new URL('./batch-worker.ts', import.meta.url), {
    workerData: start,
    // The thread loads TypeScript as the CLI does (tsx), whatever started this process (the CLI, vitest), and is
    // profiled with it (MAGEMIG_NODE_FLAGS="--cpu-prof ..." writes one profile per thread).
    execArgv: ['--import', tsxLoader(), '--disable-warning=ExperimentalWarning', ...process.execArgv.filter((a) => a.startsWith('--cpu-prof'))],
    resourceLimits: THREAD_LIMITS,
  });
  const inbox = on(worker, 'message', { close: ['exit'] })[Symbol.asyncIterator]();
  let from = after;
  try {
    for (;;) {
      worker.postMessage('next');
      const next = await inbox.next();
      if (next.done) throw new MagemigError('BATCH_THREAD_EXITED', `the batch thread of ${spec.export} stopped without an answer`, 'retryable');
      const m = next.value[0] as FromThread;
      if (m.type === 'done') return;
      if (m.type === 'error') throw revive(m.error);
      const batch = m.batch;
      const startKey = from;
      from = batch.lastKey;
      restore(batch);
      if (Object.values(batch.tables).some((t) => t.encoded)) batch.decoded = () => readAgain(inline, startKey, batch.lastKey);
      yield batch;
    }
  } finally {
    await inbox.return?.();
    await worker.terminate();
  }
}

/** The batch after `start` read and mapped again on this thread, as rows; it must end where it did. */
async function readAgain(inline: (after: Key | null) => AsyncIterable<Batch>, start: Key | null, lastKey: Key): Promise<Record<string, TableRows>> {
  for await (const b of inline(start)) {
    if (!sameKey(b.lastKey, lastKey)) break;
    return b.tables;
  }
  throw new MagemigError('SOURCE_CHANGED', `the batch after key ${JSON.stringify(start)} read again does not end at ${JSON.stringify(lastKey)}: the source changed meanwhile`, 'retryable');
}

/** What the thread sends of an error: enough for classifyError to give it the kind it had there. */
export function errorData(err: unknown): ErrorData {
  if (err instanceof MagemigError) return { message: err.message, magemig: true, code: err.code, kind: err.kind };
  const e = (err ?? {}) as { message?: unknown; code?: unknown; errno?: unknown };
  return {
    message: typeof e.message === 'string' ? e.message : String(err),
    magemig: false,
    code: typeof e.code === 'string' ? e.code : undefined,
    errno: typeof e.errno === 'number' ? e.errno : undefined,
  };
}

function revive(e: ErrorData): Error {
  if (e.magemig) return new MagemigError(e.code ?? 'BATCH_THREAD', e.message, e.kind);
  return Object.assign(new Error(e.message), e.code === undefined ? {} : { code: e.code }, e.errno === undefined ? {} : { errno: e.errno });
}

let loader: string | undefined;
function tsxLoader(): string {
  loader ??= pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  return loader;
}
