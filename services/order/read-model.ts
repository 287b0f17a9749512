/**
 * The order service's read model (migrations/004_order_document.sql): one JSON document per order, built by
 * Postgres from the rows (the import writes the order's own part itself where it can: order-document-parts.ts). The import keeps it in step by running these statements in the transaction of each
 * batch that writes an order's rows (orders, and each of the entities that add documents, transactions and
 * links to them); GET /orders/{increment_id} reads it with one indexed, prepared query.
 */
import type { Statement } from '../../core/batch.ts';
import type { Queryable } from '../kit/index.ts';

/** The parts of a document that different entities write (an order without a document gets them all). */
export type OrderDocumentPart = 'order' | 'payment' | 'invoices' | 'shipments' | 'credit_memos' | 'links';
const ALL_PARTS: readonly OrderDocumentPart[] = ['order', 'payment', 'invoices', 'shipments', 'credit_memos', 'links'];

export const orderDocuments: {
  refresh(orderIds: readonly string[], parts?: readonly OrderDocumentPart[]): Statement;
  refreshOrdersBatch(all: readonly string[], built: readonly string[]): Statement[];
  refreshBuilt(): Statement;
} = {
  /** These parts (default: all) of the documents of these orders (order UUIDs). */
  refresh: (orderIds: readonly string[], parts: readonly OrderDocumentPart[] = ALL_PARTS): Statement => ({
    text: 'SELECT refresh_order_documents($1::uuid[], $2::text[])',
    values: [[...new Set(orderIds)], parts],
  }),
  /**
   * A batch of orders whose documents the import built itself (order-document-parts.ts, COPYed into order_document
   * with the rows, the later entities' parts empty): the later parts of those of them (`built`) that already have
   * rows of the later entities (migrations/007), every part of the rest of `all` (orders it left to Postgres).
   */
  refreshOrdersBatch: (all: readonly string[], built: readonly string[]): Statement[] => {
    const have = new Set(built);
    const rest = [...new Set(all)].filter((id) => !have.has(id));
    const out: Statement[] = [];
    if (have.size > 0) out.push({ text: 'SELECT refresh_order_documents_with_later_rows($1::uuid[])', values: [[...have]] });
    if (rest.length > 0) out.push(orderDocuments.refresh(rest));
    return out;
  },
  /** After statuses change (their labels are in the order's own part): every document already built (none during a first run). */
  refreshBuilt: (): Statement => ({ text: "SELECT refresh_order_documents(ARRAY(SELECT order_id FROM order_document), ARRAY['order'])", values: [] }),
};

export interface StoredOrder {
  id: string;
  store: string | null;
  store_id: number | null;
  /** Who may read it: the customer service's id (null: a guest's order). */
  customer_id: string | null;
  /** The answer's JSON text. */
  body: string;
}

/** The stored answers for this increment id (one per store view at most), in one store view when `store` is given. */
export async function storedOrders(db: Queryable, incrementId: string, store?: string): Promise<StoredOrder[]> {
  const { rows } = await db.query<StoredOrder>({
    name: 'order-documents-by-increment-id',
    text: `SELECT order_id AS id, store_code AS store, store_magento_id AS store_id, customer_id, order_document_body(d) AS body FROM order_document d
            WHERE increment_id = $1 AND ($2::text IS NULL OR store_code = $2) ORDER BY store_magento_id NULLS LAST, magento_id`,
    values: [incrementId, store ?? null],
  });
  return rows;
}
