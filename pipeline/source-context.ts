/**
 * Opens the Magento side of a run (extractors/source.ts SourceContext): a read-only connection, the probed
 * schema (tables and columns of this Magento version), the edition (Adobe Commerce has `row_id` in
 * catalog_product_entity), the staging version to read, a per-run memo, and extra read-only connections for
 * streaming reads. Each bounded context gets a source of its own, so contexts can run side by side. After a
 * retryable source error the runner swaps in a fresh connection.
 */
import { openSource, type MysqlConnection } from '../core/mysql.ts';
import { assertMagento2, detectEdition } from '../extractors/inspect/catalog.ts';
import { readRows } from '../extractors/query.ts';
import { probeSourceSchema } from '../extractors/source-schema.ts';
import type { RunOptions, SourceContext } from '../extractors/source.ts';
import { sourceClock } from '../sql/source/schema/index.ts';

export interface RunSource extends SourceContext {
  /** The staging version this run would pick for a fresh target: the one asked for, else the source's now. */
  readonly defaultStagingVersion: number;
  /** Replaces `conn` with a fresh connection (the old one may be dead). */
  reconnect(): Promise<void>;
  /** Switches to a service database's stored settings; lookups memoised under other settings are dropped. */
  useSettings(settings: Pick<RunOptions, 'nullPolicy' | 'stagingVersion'>): void;
  /** Closes `conn` and every connection openConnection() handed out that is still open. */
  close(): Promise<void>;
}

export async function sourceNow(conn: MysqlConnection): Promise<number> {
  const [row] = await readRows(conn, sourceClock);
  return Number(row.now);
}

export async function openRunSource(
  url: string,
  options: Omit<RunOptions, 'stagingVersion'> & { stagingVersion?: number },
  /** Refuse a source that is not Magento 2 before any target database is touched (fixture tests: false). */
  requireMagento = true,
): Promise<RunSource> {
  const open = async (): Promise<MysqlConnection> => {
    const { conn } = await openSource(url, { readOnly: true });
    // An idle connection that dies emits 'error'; unhandled it would crash the run instead of failing a query.
    conn.on('error', () => undefined);
    return conn;
  };
  const conn = await open();
  let schema;
  let stagingVersion: number;
  try {
    schema = await probeSourceSchema(conn);
    if (requireMagento) assertMagento2({ ...schema, database: conn.config.database ?? '' });
    stagingVersion = options.stagingVersion ?? (await sourceNow(conn));
  } catch (err) {
    await conn.end().catch(() => undefined);
    throw err;
  }
  const memo = new Map<string, Promise<unknown>>();
  const extra = new Set<MysqlConnection>();

  const ctx: RunSource = {
    conn,
    schema,
    reopen: { url },
    defaultStagingVersion: stagingVersion,
    edition: detectEdition(schema),
    options: { batchSize: options.batchSize, nullPolicy: options.nullPolicy, dryRun: options.dryRun, stagingVersion },
    async openConnection() {
      const c = await open();
      extra.add(c);
      const end = c.end.bind(c);
      // Callers close it themselves; forget it then, so close() does not end it twice.
      c.end = (async () => {
        extra.delete(c);
        await end();
      }) as typeof c.end;
      return c;
    },
    memo<T>(key: string, compute: () => Promise<T>): Promise<T> {
      let p = memo.get(key) as Promise<T> | undefined;
      if (!p) {
        p = compute();
        memo.set(key, p);
        // A failed lookup is not remembered: the retry computes it again.
        p.catch(() => memo.delete(key));
      }
      return p;
    },
    useSettings({ nullPolicy, stagingVersion }) {
      if (nullPolicy === ctx.options.nullPolicy && stagingVersion === ctx.options.stagingVersion) return;
      ctx.options = { ...ctx.options, nullPolicy, stagingVersion };
      memo.clear();
    },
    async reconnect() {
      const old = ctx.conn;
      ctx.conn = await open();
      void old.end().catch(() => undefined);
    },
    async close() {
      const all = [ctx.conn, ...extra];
      extra.clear();
      await Promise.all(all.map((c) => c.end().catch(() => undefined)));
    },
  };
  return ctx;
}
