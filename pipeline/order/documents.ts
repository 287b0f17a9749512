/**
 * Invoices, shipments and credit memos: each read in keyset pages of its own table (its own count: loaded +
 * rejected = source), joined to the order it belongs to (a document of a missing or rejected order is a
 * reject), with its items, comments and tracks by the page's entity_id range.
 */
import { orderContract as c, orderDocuments, type OrderDocumentPart } from '../../services/order/index.ts';
import { ordersTouched } from './read-model.ts';
import * as q from '../../sql/source/order/index.ts';
import type { DocumentChildRow, DocumentRow } from '../../sql/source/order/index.ts';
import type { SqlQuery } from '../../sql/query.ts';
import type { TableContract } from '../../services/kit/index.ts';
import { CREDITMEMOS, INVOICES, mapDocuments, SHIPMENTS, type DocumentContext } from '../../transforms/order/documents.ts';
import { declaredEntity } from '../declared-entity.ts';
import { duplicatesFor, orderDuplicatesOf } from './lookups.ts';

// Each document now carries its element's JSON text (services/order/document-texts.ts): at 5,000 a batch the order
// pipeline peaked at 302-305 MB on `medium`, at 2,500 at 273-290 MB, in no more time (54-55 s against 59 s, load 2).
const MAX_DOCUMENTS_PER_BATCH = 2500;

const PARTS: Record<string, OrderDocumentPart> = { invoices: 'invoices', shipments: 'shipments', creditmemos: 'credit_memos' };

function documentEntity(
  entity: string,
  kind: typeof INVOICES,
  page: SqlQuery<DocumentRow>,
  count: SqlQuery<q.CountRow>,
  dupes: SqlQuery<q.DuplicateRow>,
  children: Record<string, SqlQuery<DocumentChildRow>>,
  table: string,
  writes: TableContract[],
) {
  const reads = Object.fromEntries(
    Object.entries(children).map(([name, query]) => [name, { query, by: 'range' as const, when: (s: { hasTable(t: string): boolean }) => s.hasTable(query.tables[0]) }]),
  );
  return declaredEntity<DocumentRow, DocumentContext, Record<string, DocumentChildRow[]>>('order', {
    entity,
    page,
    key: { columns: ['d.entity_id'], of: (r) => Number(r.entity_id) },
    count,
    maxBatch: MAX_DOCUMENTS_PER_BATCH,
    lookups: [q.orderDuplicates, dupes],
    prepare: async (src) => ({ orderDupes: await orderDuplicatesOf(src), dupes: await duplicatesFor(src, dupes) }),
    children: reads,
    map: (p, ctx) => mapDocuments(kind, p.rows, p.children, ctx),
    writes,
    primaryTable: table,
    // Only this entity's part of its orders' documents.
    project: (p) => [orderDocuments.refresh(ordersTouched(p.rows), [PARTS[entity]])],
  });
}

export const invoices = documentEntity('invoices', INVOICES, q.invoices, q.invoicesCount, q.invoiceDuplicates,
  { items: q.invoiceItems, comments: q.invoiceComments }, 'invoice', [c.invoice, c.invoice_item, c.invoice_comment]);

export const shipments = documentEntity('shipments', SHIPMENTS, q.shipments, q.shipmentsCount, q.shipmentDuplicates,
  { items: q.shipmentItems, tracks: q.shipmentTracks, comments: q.shipmentComments }, 'shipment', [c.shipment, c.shipment_item, c.shipment_track, c.shipment_comment]);

export const creditmemos = documentEntity('creditmemos', CREDITMEMOS, q.creditmemos, q.creditmemosCount, q.creditmemoDuplicates,
  { items: q.creditmemoItems, comments: q.creditmemoComments }, 'creditmemo', [c.creditmemo, c.creditmemo_item, c.creditmemo_comment]);
