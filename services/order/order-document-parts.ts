/**
 * The head and tail of an order's read model (order_document, migrations/004) from the rows an import is about
 * to write, without asking Postgres: the rows are turned into what Postgres will hand back once it has stored
 * them (storedRow), then shaped by the same functions as the per-request assembly (order-body.ts).
 *
 * Why: Postgres built these two parts from the stored rows at 0.5-0.9 ms per order (json_build_object looks up
 * the type of each of its ~250 arguments on every call), 25-40 s of a 50,000-order import; JSON.stringify does
 * the same in a few microseconds. Where a value's stored form is not certain (a numeric in exponent notation,
 * a boolean spelled oddly, JSON that does not parse), the order is left to Postgres' own build (`unsure`).
 *
 * What Postgres returns (node-postgres' defaults), column kind by kind: text and uuid as the text without NUL
 * (the loader strips NUL, loaders/tsv.ts); numeric as its canonical text (leading zeros and the sign of zero
 * dropped, the scale kept: "007.50" -> "7.50"); integer as a number; bigint as text; boolean; timestamptz as a
 * Date (a zone-less value is UTC: the import's session); date as text (the order row's `dob`); jsonb parsed,
 * its object keys in jsonb's order (shorter keys first, then by bytes).
 */
import { orderHead, orderPayment, orderTail } from './order-body.ts';
import type { DbRow } from './repository-shape.ts';

type Kind = 'integer' | 'bigint' | 'numeric' | 'boolean' | 'timestamptz' | 'date' | 'jsonb';

const MONEY = 'subtotal base_subtotal tax_amount base_tax_amount shipping_amount base_shipping_amount discount_amount base_discount_amount';
const BILLED = 'qty price base_price row_total base_row_total tax_amount base_tax_amount discount_amount base_discount_amount';
const COMMENT = { bigint: 'magento_id', integer: 'is_customer_notified', boolean: 'is_visible_on_front', timestamptz: 'created_at' } as const;

/** The columns that are not text or uuid, per table the parts read (test/order/read-model.test.ts holds them to the schema). */
export const STORED_KINDS: Record<string, Record<string, Kind>> = {
  sales_order: kinds({
    bigint: 'magento_id customer_magento_id quote_id',
    integer: 'store_magento_id customer_group_id customer_gender total_item_count',
    boolean: 'customer_is_guest is_virtual',
    date: 'customer_dob',
    jsonb: 'gift_message',
    timestamptz: 'created_at updated_at',
    numeric: 'base_to_order_rate base_to_global_rate subtotal base_subtotal subtotal_incl_tax base_subtotal_incl_tax tax_amount base_tax_amount ' +
      'shipping_amount base_shipping_amount shipping_incl_tax base_shipping_incl_tax shipping_tax_amount base_shipping_tax_amount discount_amount ' +
      'base_discount_amount grand_total base_grand_total total_paid base_total_paid total_invoiced base_total_invoiced total_refunded ' +
      'base_total_refunded total_canceled base_total_canceled total_due base_total_due total_qty_ordered weight',
  }),
  order_item: kinds({
    bigint: 'magento_id parent_magento_id product_magento_id',
    boolean: 'is_virtual',
    jsonb: 'product_options gift_message',
    timestamptz: 'created_at',
    numeric: 'qty_ordered qty_invoiced qty_shipped qty_refunded qty_canceled qty_backordered price base_price original_price base_original_price ' +
      'price_incl_tax base_price_incl_tax row_total base_row_total row_total_incl_tax base_row_total_incl_tax tax_percent tax_amount base_tax_amount ' +
      'discount_percent discount_amount base_discount_amount amount_refunded base_amount_refunded row_invoiced base_row_invoiced weight row_weight',
  }),
  order_address: kinds({ bigint: 'magento_id customer_address_magento_id', integer: 'region_id' }),
  order_payment: kinds({
    bigint: 'magento_id', jsonb: 'additional_information',
    numeric: 'amount_ordered base_amount_ordered amount_authorized base_amount_authorized amount_paid base_amount_paid amount_refunded ' +
      'base_amount_refunded amount_canceled base_amount_canceled shipping_amount base_shipping_amount shipping_captured base_shipping_captured ' +
      'shipping_refunded base_shipping_refunded',
  }),
  order_status_history: kinds({ bigint: 'magento_id', boolean: 'is_visible_on_front', integer: 'is_customer_notified', timestamptz: 'created_at' }),
  order_tax: kinds({ bigint: 'magento_id', integer: 'priority position process', numeric: 'percent amount base_amount base_real_amount' }),
  // Invoices, shipments and credit memos with their children (document-texts.ts).
  invoice: kinds({
    bigint: 'magento_id order_magento_id', integer: 'store_magento_id state', timestamptz: 'created_at updated_at',
    numeric: `${MONEY} grand_total base_grand_total total_qty`,
  }),
  invoice_item: kinds({ bigint: 'magento_id order_item_magento_id product_magento_id', numeric: BILLED }),
  invoice_comment: kinds(COMMENT),
  shipment: kinds({
    bigint: 'magento_id order_magento_id', integer: 'store_magento_id shipment_status', timestamptz: 'created_at updated_at', numeric: 'total_qty total_weight',
  }),
  shipment_item: kinds({ bigint: 'magento_id order_item_magento_id product_magento_id', numeric: 'qty price weight' }),
  shipment_track: kinds({ bigint: 'magento_id', numeric: 'qty weight', timestamptz: 'created_at' }),
  shipment_comment: kinds(COMMENT),
  creditmemo: kinds({
    bigint: 'magento_id order_magento_id invoice_magento_id', integer: 'store_magento_id state', timestamptz: 'created_at updated_at',
    numeric: `${MONEY} adjustment base_adjustment adjustment_positive base_adjustment_positive adjustment_negative base_adjustment_negative grand_total base_grand_total`,
  }),
  creditmemo_item: kinds({ bigint: 'magento_id order_item_magento_id product_magento_id', numeric: BILLED }),
  creditmemo_comment: kinds(COMMENT),
};

function kinds(spec: Partial<Record<Kind, string>>): Record<string, Kind> {
  const out: Record<string, Kind> = {};
  for (const [kind, names] of Object.entries(spec)) for (const n of names.split(' ')) out[n] = kind as Kind;
  return out;
}

/** A value whose stored form is not certain: the order goes to Postgres' own build. */
export class Unsure extends Error {}

const NUMERIC = /^\s*([+-]?)(\d*)(?:\.(\d*))?\s*$/;
const ZONELESS = /^(\d{4}-\d\d-\d\d)[ T](\d\d:\d\d(?::\d\d(?:\.\d{1,3})?)?)$/;
const DATE_PREFIX = /^(\d{4}-\d\d-\d\d)(?:$|[ T])/;
const INTEGER = /^\s*[+-]?\d+\s*$/;

// Already in numeric's canonical text (no leading zeros, no sign on zero): most values, returned as they are.
const CANONICAL_NUMERIC = /^(?:-?[1-9]\d*|0)(?:\.\d+)?$/;
const CANONICAL_INTEGER = /^(?:-?[1-9]\d*|0)$/;

function numericText(v: unknown): string {
  if (typeof v === 'string' && CANONICAL_NUMERIC.test(v)) return v;
  const m = NUMERIC.exec(typeof v === 'number' ? String(v) : String(v));
  if (!m || (m[2] === '' && !m[3])) throw new Unsure();
  const whole = m[2].replace(/^0+(?=\d)/, '') || '0';
  const frac = m[3] ?? '';
  const zero = /^0*$/.test(whole + frac);
  return (m[1] === '-' && !zero ? '-' : '') + whole + (frac ? '.' + frac : '');
}

function booleanOf(v: unknown): boolean {
  if (v === true || v === 1 || v === 1n) return true;
  if (v === false || v === 0 || v === 0n) return false;
  const s = String(v).trim().toLowerCase();
  if (s === '1' || s === 't' || s === 'true') return true;
  if (s === '0' || s === 'f' || s === 'false') return false;
  throw new Unsure();
}

function timestampOf(v: unknown): Date {
  if (v instanceof Date) return v;
  const m = ZONELESS.exec(String(v));
  if (!m) throw new Unsure();
  const d = new Date(`${m[1]}T${m[2]}Z`);
  if (Number.isNaN(d.getTime())) throw new Unsure();
  return d;
}

/** Objects' keys in jsonb's order: shorter first, then by their UTF-8 bytes. */
function jsonbOrdered(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(jsonbOrdered);
  if (v === null || typeof v !== 'object') return v;
  const keys = Object.keys(v).sort((a, b) => {
    const ba = Buffer.from(a);
    const bb = Buffer.from(b);
    return ba.length - bb.length || Buffer.compare(ba, bb);
  });
  const out: Record<string, unknown> = {};
  for (const k of keys) out[k] = jsonbOrdered((v as Record<string, unknown>)[k]);
  return out;
}

function stored(v: unknown, kind: Kind | undefined): unknown {
  if (v === null || v === undefined) return null;
  switch (kind) {
    case undefined:
      return typeof v === 'string' ? (v.indexOf('\0') === -1 ? v : v.replaceAll('\0', '')) : String(v);
    case 'numeric':
      return numericText(v);
    case 'integer':
      if (typeof v === 'number' && Number.isSafeInteger(v)) return v;
      if (!INTEGER.test(String(v))) throw new Unsure();
      return Number(v);
    case 'bigint':
      if (typeof v === 'number' && Number.isSafeInteger(v)) return String(v);
      if (typeof v === 'string' && CANONICAL_INTEGER.test(v)) return v;
      if (!INTEGER.test(String(v))) throw new Unsure();
      return String(BigInt(String(v).trim()));
    case 'boolean':
      return booleanOf(v);
    case 'timestamptz':
      return timestampOf(v);
    case 'date': {
      const m = v instanceof Date ? [null, v.toISOString().slice(0, 10)] : DATE_PREFIX.exec(String(v));
      if (!m) throw new Unsure();
      return m[1];
    }
    case 'jsonb': {
      let parsed: unknown;
      try {
        parsed = typeof v === 'string' ? JSON.parse(v) : JSON.parse(JSON.stringify(v));
      } catch {
        throw new Unsure();
      }
      // jsonb refuses NUL in its strings: Postgres would not store this as it is.
      if (JSON.stringify(parsed).includes('\\u0000')) throw new Unsure();
      return jsonbOrdered(parsed);
    }
  }
}

/** One import row (values in `columns` order) as Postgres will return it once stored. */
export function storedRow(table: string, columns: readonly string[], values: readonly unknown[]): DbRow {
  const k = kindsOf(table, columns);
  const row: DbRow = {};
  for (let i = 0; i < columns.length; i++) row[columns[i]] = stored(values[i], k[i]);
  return row;
}

/** The kind of each column, looked up once per column list (a batch's rows share theirs), not once per value. */
const kindsByColumns = new WeakMap<readonly string[], Map<string, (Kind | undefined)[]>>();

function kindsOf(table: string, columns: readonly string[]): (Kind | undefined)[] {
  let byTable = kindsByColumns.get(columns);
  if (!byTable) kindsByColumns.set(columns, (byTable = new Map()));
  let k = byTable.get(table);
  if (!k) {
    const spec = STORED_KINDS[table] ?? {};
    byTable.set(table, (k = columns.map((c) => (Object.hasOwn(spec, c) ? spec[c] : undefined))));
  }
  return k;
}

export interface OrderRowsForDocument {
  /** The sales_order row, its items, addresses, history and taxes: import rows with their columns. */
  order: { columns: readonly string[]; row: readonly unknown[] };
  items: { columns: readonly string[]; rows: readonly (readonly unknown[])[] };
  addresses: { columns: readonly string[]; rows: readonly (readonly unknown[])[] };
  history: { columns: readonly string[]; rows: readonly (readonly unknown[])[] };
  taxes: { columns: readonly string[]; rows: readonly (readonly unknown[])[] };
  payments: { columns: readonly string[]; rows: readonly (readonly unknown[])[] };
  /** The label the order's status has in its store view, else the status' own (null: neither). */
  statusLabel: string | null;
}

export const byMagentoId = (a: DbRow, b: DbRow) => compareBigintText(a.magento_id as string, b.magento_id as string);

function compareBigintText(a: string, b: string): number {
  const x = BigInt(a);
  const y = BigInt(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** History as the per-request read orders it: created_at (undated first), then magento_id. */
function byCreated(a: DbRow, b: DbRow): number {
  const x = a.created_at as Date | null;
  const y = b.created_at as Date | null;
  if (x === null || y === null) return x === y ? byMagentoId(a, b) : x === null ? -1 : 1;
  return x.getTime() - y.getTime() || byMagentoId(a, b);
}

/**
 * The head (the order's fields up to its addresses: an object's text without its closing brace), the tail
 * (status history and taxes: members' text) and the payment (without transactions) of order_document, as 004's
 * build writes them; null when a value's stored form is not certain (Postgres then builds them).
 */
export function orderDocumentParts(input: OrderRowsForDocument): { head: string; tail: string; payment: string } | null {
  try {
    const o = storedRow('sales_order', input.order.columns, input.order.row);
    o.dob = o.customer_dob;
    o.status_label = input.statusLabel;
    const rows = (table: string, t: { columns: readonly string[]; rows: readonly (readonly unknown[])[] }) => t.rows.map((r) => storedRow(table, t.columns, r));
    const items = rows('order_item', input.items).sort(byMagentoId);
    const addresses = rows('order_address', input.addresses).sort(byMagentoId);
    const history = rows('order_status_history', input.history).sort(byCreated);
    const taxes = rows('order_tax', input.taxes).sort(byMagentoId);
    // The payment as it stands before any transaction is loaded (a batch whose orders already have transactions
    // has Postgres rebuild that part: migrations/007).
    const payments = rows('order_payment', input.payments).sort(byMagentoId);
    return {
      head: JSON.stringify(orderHead(o, items, addresses)).slice(0, -1),
      tail: JSON.stringify(orderTail(history, taxes)).slice(1, -1),
      payment: JSON.stringify(orderPayment(payments, [])),
    };
  } catch (err) {
    if (err instanceof Unsure) return null;
    throw err;
  }
}
