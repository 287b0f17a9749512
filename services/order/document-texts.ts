/**
 * An invoice's, shipment's or credit memo's element of its order's read model (the JSON text of one entry of
 * the document's `invoices`, `shipments` or `credit_memos` list), built by the import from the rows it is about
 * to write and stored with the document's own row (its `document` column, migrations/006). Postgres then only
 * joins the stored texts of an order's documents instead of building each with json_build_object.
 *
 * Why: that build cost Postgres 450-700 ms per batch of 5,000 documents on `medium` (the invoices, shipments
 * and credit memos of 50,000 orders: about 11 s of the order pipeline's 48 s), JSON.stringify a few
 * microseconds a document. Same shape as the per-request read (repository-documents.ts), from the rows as
 * Postgres will return them (order-document-parts.ts storedRow); null when a value's stored form is not certain
 * (Postgres builds that one).
 */
import { byMagentoId, storedRow, Unsure } from './order-document-parts.ts';
import { creditMemoView, invoiceView, shipmentView } from './repository-documents.ts';

/** Import rows with their columns (values in `columns` order). */
export interface RowsOf {
  columns: readonly string[];
  rows: readonly (readonly unknown[])[];
}

export type DocumentTable = 'invoice' | 'shipment' | 'creditmemo';

/** The child tables of each document, in the order its view takes them. */
const CHILDREN: Record<DocumentTable, readonly string[]> = {
  invoice: ['invoice_item', 'invoice_comment'],
  shipment: ['shipment_item', 'shipment_track', 'shipment_comment'],
  creditmemo: ['creditmemo_item', 'creditmemo_comment'],
};

/**
 * The element's JSON text of one document: its own row (`columns` without `document`) and its children's rows
 * by child table; null when Postgres must build it.
 */
export function documentText(table: DocumentTable, columns: readonly string[], row: readonly unknown[], children: Record<string, RowsOf>): string | null {
  try {
    const d = storedRow(table, columns, row);
    const kids = CHILDREN[table].map((t) => {
      const of = children[t];
      return of ? of.rows.map((r) => storedRow(t, of.columns, r)).sort(byMagentoId) : [];
    });
    const view = table === 'invoice' ? invoiceView(d, kids[0], kids[1]) : table === 'shipment' ? shipmentView(d, kids[0], kids[1], kids[2]) : creditMemoView(d, kids[0], kids[1]);
    return JSON.stringify(view);
  } catch (err) {
    if (err instanceof Unsure) return null;
    throw err;
  }
}
