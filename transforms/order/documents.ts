/**
 * Invoices, shipments and credit memos (pure): each page of documents with their items and comments (and
 * a shipment's tracks). A document is rejected when its own increment id is missing, damaged or a later
 * duplicate in its store view, when its order does not exist (DANGLING_ORDER), or when its order is
 * rejected (ORDER_REJECTED, decided by the same rules as the orders entity: verdicts.ts). Amounts are
 * Magento's exact decimal texts, in the order currency and (base_*) the base currency.
 */
import type { Mapped } from '../../core/batch.ts';
import { entityUuid } from '../../core/ids.ts';
import { documentText, orderContract as c, type DocumentTable } from '../../services/order/index.ts';
import type { DocumentChildRow, DocumentRow } from '../../sql/source/order/index.ts';
import { Reconciler, type ReconciledDoc } from './reconcile.ts';
import { numberVerdict, parentVerdict, type Duplicates } from './verdicts.ts';
import { int, ValueIssues, Walk } from './values.ts';

export interface DocumentContext {
  orderDupes: Duplicates;
  /** Duplicate increment ids of this document type. */
  dupes: Duplicates;
}

interface Kind {
  doc: ReconciledDoc;
  /** entityUuid type and the Magento table (reject keys). */
  idType: string;
  table: string;
  header: (d: DocumentRow, id: string, orderId: string, currency: string | null, base: string | null, issues: ValueIssues) => unknown[];
  amounts: (d: DocumentRow) => Array<string | number | null>;
  children: Record<string, { table: string; columns: readonly string[]; source: string; row: (r: DocumentChildRow, parent: string, issues: ValueIssues) => unknown[] }>;
}

const item = (table: string) => {
  const where = `${table}.entity_id`;
  return (r: DocumentChildRow, parent: string, issues: ValueIssues): unknown[] => {
  const k = r.entity_id;
  return [parent, r.entity_id, int(r.order_item_id), int(r.product_id), issues.text(r.sku, where, k, 'sku'), issues.text(r.name, where, k, 'name'),
    r.qty, r.price, r.base_price, r.row_total, r.base_row_total, r.tax_amount, r.base_tax_amount, r.discount_amount, r.base_discount_amount];
  };
};
const comment = (table: string) => {
  const where = `${table}.entity_id`;
  return (r: DocumentChildRow, parent: string, issues: ValueIssues): unknown[] =>
    [parent, r.entity_id, issues.text(r.comment, where, r.entity_id, 'comment'), r.is_customer_notified, r.is_visible_on_front, issues.date(r.created_at, where, r.entity_id, 'created_at')];
};
/** `where` names the table and key column ('sales_invoice.entity_id'). */
const dates = (d: DocumentRow, where: string, issues: ValueIssues) => [issues.date(d.created_at, where, d.entity_id, 'created_at'), issues.date(d.updated_at, where, d.entity_id, 'updated_at')];

export const INVOICES: Kind = {
  doc: 'invoices',
  idType: 'invoice',
  table: 'sales_invoice',
  header: (d, id, orderId, currency, base, issues) => [
    id, d.entity_id, orderId, d.order_id, d.increment_id, d.store_id, d.state, currency, base,
    d.subtotal, d.base_subtotal, d.tax_amount, d.base_tax_amount, d.shipping_amount, d.base_shipping_amount, d.discount_amount, d.base_discount_amount,
    d.grand_total, d.base_grand_total, d.total_qty, d.transaction_id, ...dates(d, 'sales_invoice.entity_id', issues),
  ],
  amounts: (d) => [d.grand_total, d.base_grand_total],
  children: {
    invoice_item: { table: 'invoice_item', columns: c.invoice_item.columns, source: 'items', row: item('sales_invoice_item') },
    invoice_comment: { table: 'invoice_comment', columns: c.invoice_comment.columns, source: 'comments', row: comment('sales_invoice_comment') },
  },
};

export const SHIPMENTS: Kind = {
  doc: 'shipments',
  idType: 'shipment',
  table: 'sales_shipment',
  header: (d, id, orderId, _currency, _base, issues) => [
    id, d.entity_id, orderId, d.order_id, d.increment_id, d.store_id, d.total_qty, d.total_weight, d.shipment_status, ...dates(d, 'sales_shipment.entity_id', issues),
  ],
  amounts: (d) => [d.total_qty],
  children: {
    shipment_item: {
      table: 'shipment_item', columns: c.shipment_item.columns, source: 'items',
      row: (r, parent, issues) => {
        const k = r.entity_id;
        return [parent, r.entity_id, int(r.order_item_id), int(r.product_id), issues.text(r.sku, 'sales_shipment_item.entity_id', k, 'sku'),
          issues.text(r.name, 'sales_shipment_item.entity_id', k, 'name'), r.qty, r.price, r.weight];
      },
    },
    shipment_track: {
      table: 'shipment_track', columns: c.shipment_track.columns, source: 'tracks',
      row: (r, parent, issues) => {
        const k = r.entity_id;
        return [parent, r.entity_id, r.carrier_code, issues.text(r.title, 'sales_shipment_track.entity_id', k, 'title'), issues.text(r.track_number, 'sales_shipment_track.entity_id', k, 'track_number'),
          issues.text(r.description, 'sales_shipment_track.entity_id', k, 'description'), r.qty, r.weight, issues.date(r.created_at, 'sales_shipment_track.entity_id', k, 'created_at')];
      },
    },
    shipment_comment: { table: 'shipment_comment', columns: c.shipment_comment.columns, source: 'comments', row: comment('sales_shipment_comment') },
  },
};

export const CREDITMEMOS: Kind = {
  doc: 'creditmemos',
  idType: 'creditmemo',
  table: 'sales_creditmemo',
  header: (d, id, orderId, currency, base, issues) => [
    id, d.entity_id, orderId, d.order_id, d.increment_id, d.store_id, int(d.invoice_id), d.state, currency, base,
    d.subtotal, d.base_subtotal, d.tax_amount, d.base_tax_amount, d.shipping_amount, d.base_shipping_amount, d.discount_amount, d.base_discount_amount,
    d.adjustment, d.base_adjustment, d.adjustment_positive, d.base_adjustment_positive, d.adjustment_negative, d.base_adjustment_negative,
    d.grand_total, d.base_grand_total, d.transaction_id, ...dates(d, 'sales_creditmemo.entity_id', issues),
  ],
  amounts: (d) => [d.grand_total, d.base_grand_total],
  children: {
    creditmemo_item: { table: 'creditmemo_item', columns: c.creditmemo_item.columns, source: 'items', row: item('sales_creditmemo_item') },
    creditmemo_comment: { table: 'creditmemo_comment', columns: c.creditmemo_comment.columns, source: 'comments', row: comment('sales_creditmemo_comment') },
  },
};

export function mapDocuments(kind: Kind, rows: readonly DocumentRow[], children: Record<string, DocumentChildRow[]>, ctx: DocumentContext): Mapped {
  const issues = new ValueIssues();
  const rejects: Mapped['rejects'] = [];
  const recon = new Reconciler(kind.doc);
  const headers: unknown[][] = [];
  const ids: NonNullable<Mapped['ids']> = [];
  const table = kind.idType as DocumentTable;
  const contract = c[table];
  // The row's columns but its last (`document`, the text built from the others).
  const headerColumns = contract.columns.slice(0, -1);
  const kids = Object.entries(kind.children).map(([name, spec]) => ({ name, spec, walk: new Walk(children[spec.source] ?? [], (r) => r.parent_id), rows: [] as unknown[][] }));
  for (const d of rows) {
    const did = Number(d.entity_id);
    // A shipment has no currency of its own: its order's.
    const currency = (d.order_currency_code as string | null) || d.order_order_currency;
    const base = (d.base_currency_code as string | null) || d.order_base_currency;
    const verdict = numberVerdict(did, d.increment_id, d.store_id, ctx.dupes) ?? parentVerdict(d, ctx.orderDupes) ?? (currency && base ? null : { reason: 'NO_CURRENCY' });
    recon.add(d.store_id, currency, kind.amounts(d), verdict !== null);
    if (verdict) {
      rejects.push({ sourceKey: `entity_id=${did}`, reason: verdict.reason, detail: verdict.detail });
      continue;
    }
    const id = entityUuid(kind.idType, did);
    ids.push([kind.idType, did, id]);
    const header = kind.header(d, id, entityUuid('order', Number(d.order_id)), currency, base, issues);
    const own: Record<string, { columns: readonly string[]; rows: unknown[][] }> = {};
    for (const k of kids) {
      const start = k.rows.length;
      k.walk.at(did);
      for (let n = k.walk.from; n < k.walk.to; n++) k.rows.push(k.spec.row(k.walk.rows[n], id, issues));
      own[k.spec.table] = { columns: k.spec.columns, rows: k.rows.slice(start) };
    }
    // The document's element of its order's read model, stored with it (null: Postgres builds it).
    header.push(documentText(table, headerColumns, header, own));
    headers.push(header);
  }
  const tables: Mapped['tables'] = { [contract.table]: { columns: contract.columns, rows: headers } };
  for (const k of kids) tables[k.spec.table] = { columns: k.spec.columns, rows: k.rows };
  return { loadedRows: headers.length, tables, rejects: [...rejects, ...issues.rejects], ids, stats: recon.stats() };
}
