/**
 * The shape of what flows from a transform to the loader: one batch of rows per target table, its rejects,
 * its ids and counters. Shared by transforms (which produce it), loaders (which write it) and the pipeline
 * (which moves it), and owned by none of them, so that none has to import another to agree on it.
 */

export type Edition = 'opensource' | 'commerce';

/**
 * How a store-level row whose value is NULL is read (Magento disagrees with itself here):
 *  - 'inherit': the NULL is ignored and the store view falls back to the default (store 0) value,
 *    as Magento's flat indexer does.
 *  - 'explicit': the store row's presence wins, so the store view sees no value, as the EAV indexer does.
 */
export type NullPolicy = 'inherit' | 'explicit';

/** A keyset position: JSON-serialisable, stored as the checkpoint. A compound key is an array. */
export type Key = string | number | Array<string | number>;

export interface Reject {
  /** Magento's key of the rejected row, e.g. "entity_id=42" or "entity_id=42,attribute=news_from_date,store=1". */
  sourceKey: string;
  /** A stable reason code: NO_SKU, DUPLICATE_SKU, ZERO_DATE, NUL_BYTE, INVALID_UTF8, DANGLING_REFERENCE, ... */
  reason: string;
  detail?: string;
}

export interface TableRows {
  /** Target columns, in the order of each row's values. */
  columns: readonly string[];
  /**
   * Values: null, string, number, bigint, boolean, Date, Buffer, arrays and plain objects (as JSON).
   * Encoding (loaders/tsv.ts): arrays become Postgres array literals, except into json/jsonb columns, where
   * they become JSON like objects do; a string into a json/jsonb column is taken as JSON text; a zone-less
   * timestamp string is read as UTC. Postgres text cannot hold NUL: reject such rows (NUL_BYTE); the loader
   * strips any NUL left over and counts it (stat `loader.nul_bytes_stripped`).
   */
  rows: unknown[][];
  /**
   * The rows already as COPY text (encoded where they were mapped: pipeline/batch-thread.ts): `rows` is then
   * empty and the loader sends these bytes as they are; Batch.decoded gives the rows back when they are needed.
   */
  encoded?: EncodedRows;
}

/** COPY text of a table's rows (loaders/tsv.ts encodeRows), in chunks, with its row count. */
export interface EncodedRows {
  chunks: Uint8Array[];
  count: number;
  /** NUL characters the encoding stripped (the loader counts them with its own). */
  nulStripped: number;
}

/** Rows of a table, whether they travel as values or as COPY text. */
export function rowCount(t: TableRows): number {
  return t.encoded ? t.encoded.count : t.rows.length;
}

/** (entity type, Magento id, UUID) for the id-map table. */
export type IdMapping = [entityType: string, magentoId: string | number, uuid: string];

/** What a transform makes of one page of source rows (the runner adds the keyset position). */
export interface Mapped {
  /** Source entities the page covers (loaded + rejected); default: the page's row count. */
  sourceRows?: number;
  /** Entities this page loads (sourceRows - entity-level rejects). */
  loadedRows: number;
  /** Target table -> rows to COPY into it, in load order (a table before the tables referencing it). */
  tables: Record<string, TableRows>;
  rejects: Reject[];
  ids?: IdMapping[];
  /** Counters summed into the report, e.g. { 'scope.null_policy_differs': 3 }. */
  stats?: Record<string, number>;
  /** A few transformed records for the dry-run report (the runner keeps only the first ones). */
  samples?: unknown[];
}

/** A statement of the service's own, with its parameters (e.g. a read model's refresh). */
export interface Statement {
  text: string;
  values: unknown[];
}

/** How the loader traces a row Postgres refuses back to Magento: the Magento key of a table's row. */
export type RowKeyOf = (table: string, row: readonly unknown[], columns: readonly string[]) => string;

export interface Batch extends Mapped {
  /** Keyset position after this batch; stored as the checkpoint in the same transaction. */
  lastKey: Key;
  sourceRows: number;
  /**
   * The table holding one row per loaded entity (products: 'product'). A row of it that Postgres refuses
   * makes its entity a reject (loadedRows - 1); a refused row of another table is a value-level reject.
   */
  primaryTable?: string;
  /** Names the Magento key of a refused row (default: its magento_id column, else its first columns). */
  rowKey?: RowKeyOf;
  /** Tables written by upsert (delta runs): table -> the columns a row conflicts on. Others: plain COPY. */
  upsert?: Record<string, readonly string[]>;
  /**
   * Run in the batch's transaction after its tables, before its checkpoint: the service's read models derived
   * from the rows (catalog: refresh_product_documents), so they commit with them or not at all.
   */
  after?: Statement[];
  /**
   * Run instead of `after` when Postgres refused some of the batch's rows: read models that `after` writes from
   * the batch's own rows (order documents) are then derived again from the rows as stored.
   */
  afterRefused?: Statement[];
  /**
   * Where some tables came encoded (TableRows.encoded): the same tables with their rows, read and mapped again.
   * The loader needs them only when Postgres refuses rows and it must find them.
   */
  decoded?: () => Promise<Record<string, TableRows>>;
}
