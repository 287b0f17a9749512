/**
 * Reads the next batch while the current one is being loaded: the source server produces batch n+1 while
 * Postgres ingests batch n. At most one batch is read ahead, so memory stays bounded to two batches.
 */
export async function* prefetch<T>(source: AsyncIterable<T>): AsyncGenerator<T> {
  const it = source[Symbol.asyncIterator]();
  let pending: Promise<IteratorResult<T>> | null = it.next();
  let finished = false;
  try {
    for (;;) {
      const r: IteratorResult<T> = await pending;
      pending = null;
      if (r.done) {
        finished = true;
        return;
      }
      pending = it.next();
      // Rejections are observed by the await above on the next turn, or swallowed in finally.
      pending.catch(() => undefined);
      yield r.value;
    }
  } finally {
    if (!finished) {
      // The consumer stopped early (an error while loading): let the read in flight settle, then close
      // the source iterator so it releases its connection or stream.
      if (pending) await pending.catch(() => undefined);
      await it.return?.().catch(() => undefined);
    }
  }
}
