/**
 * The items of one order (pure). Items are kept as Magento stored them, one row each, but a configurable
 * or bundle product's child rows (parent_item_id) belong to their parent line: they keep parent_magento_id,
 * the API nests them, and line totals and ordered quantities count lines only, so nothing is counted twice.
 * A child whose parent row is missing becomes a line of its own (counted: items.orphan_children_promoted).
 * An item whose product no longer exists keeps its SKU, name and prices; its product_id is then NULL
 * (counted: items.product_gone), product_magento_id keeps Magento's number.
 */
import { entityUuid } from '../../core/ids.ts';
import type { GiftMessageRow, OrderItemRow } from '../../sql/source/order/index.ts';
import { decodeSerialized } from './payload.ts';
import { fromUnits, giftMessage, units, type ValueIssues } from './values.ts';

/** entityUuid(type, id), remembered: the same products and customers recur across orders (bounded). */
export class UuidCache {
  private readonly cache = new Map<number, string>();
  private readonly type: string;

  constructor(type: string) {
    this.type = type;
  }

  of(id: number): string {
    let u = this.cache.get(id);
    if (u === undefined) {
      if (this.cache.size >= 200_000) this.cache.clear();
      this.cache.set(id, (u = entityUuid(this.type, id)));
    }
    return u;
  }
}

export class ProductIds extends UuidCache {
  constructor() {
    super('product');
  }
}

export interface OrderLines {
  /** Rows in order_item's contract order; column 0 (order_id) is filled by the caller. */
  rows: unknown[][];
  /** Sum of qty_ordered over the lines (children excluded), as an exact decimal text. */
  qtyOrdered: string;
}

/** The items rows[from, to) of one order. */
export function mapOrderItems(
  items: readonly OrderItemRow[],
  from: number,
  to: number,
  orderId: string,
  products: ProductIds,
  existing: ReadonlySet<number>,
  gifts: ReadonlyMap<number, GiftMessageRow>,
  issues: ValueIssues,
  count: (stat: string, n?: number) => void,
): OrderLines {
  const rows: unknown[][] = [];
  let qty = 0;
  let present: Set<number> | null = null;
  for (let n = from; n < to; n++) {
    const i = items[n];
    let parent = i.parent_item_id === null ? null : Number(i.parent_item_id);
    if (parent !== null) {
      present ??= new Set(items.slice(from, to).map((x) => Number(x.item_id)));
      if (!present.has(parent)) {
        count('items.orphan_children_promoted');
        parent = null;
      }
    }
    if (parent === null) qty += units(i.qty_ordered);
    const key = i.item_id;
    const productId = i.product_id === null ? null : Number(i.product_id);
    const exists = productId !== null && existing.has(productId);
    if (productId !== null && !exists) count('items.product_gone');
    const options = decodeSerialized(i.product_options);
    if (options.format === 'php') count('items.product_options_php_serialized');
    if (options.error) issues.rejects.push({ sourceKey: `sales_order_item.${key},field=product_options`, reason: 'BAD_SERIALIZED', detail: options.error });
    rows.push([
      orderId, i.item_id, parent, exists ? products.of(productId) : null, productId, i.product_type,
      issues.text(i.sku, 'sales_order_item.item_id', key, 'sku'), issues.text(i.name, 'sales_order_item.item_id', key, 'name'),
      i.qty_ordered, i.qty_invoiced, i.qty_shipped, i.qty_refunded, i.qty_canceled, i.qty_backordered,
      i.price, i.base_price, i.original_price, i.base_original_price, i.price_incl_tax, i.base_price_incl_tax,
      i.row_total, i.base_row_total, i.row_total_incl_tax, i.base_row_total_incl_tax, i.tax_percent, i.tax_amount, i.base_tax_amount,
      i.discount_percent, i.discount_amount, i.base_discount_amount, i.amount_refunded, i.base_amount_refunded, i.row_invoiced, i.base_row_invoiced,
      i.weight, i.row_weight, i.is_virtual, i.applied_rule_ids, options.value,
      i.gift_message_id === null ? null : giftMessage(gifts.get(Number(i.gift_message_id)), issues),
      issues.date(i.created_at, 'sales_order_item.item_id', key, 'created_at'),
    ]);
  }
  return { rows, qtyOrdered: fromUnits(qty) };
}
