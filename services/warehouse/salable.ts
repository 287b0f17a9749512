/**
 * Stock status and salable quantity as Magento computes them (pure; exact decimals):
 *
 *  - The default stock (id 1) is Magento's legacy stock index (MSI's GetStockItemData reads
 *    cataloginventory_stock_status for it): an enabled product with a stock item; qty = max(qty, 0) (composites 0);
 *    status = its item's (in stock, or stock not managed: DefaultStock::getStatusExpression), a configurable or
 *    grouped product also needing an enabled child without required options in stock (its stock indexers), a
 *    bundle an in-stock selection in every required option (Bundle\Model\ResourceModel\Indexer\Stock).
 *  - Any other stock is MSI's stock index (InventoryIndexer\Indexer\SelectBuilder, MSI 1.2.2): quantity = the sum
 *    over the stock's enabled sources of in-stock source quantities; salable when one of
 *    IsStockItemSalableConditionChain holds: backorders (with the item's min_qty >= 0 or qty above it, and some
 *    source item in stock), stock not managed, the quantity above min_qty, or a SKU the catalog does not have.
 *  - Salable quantity (InventorySales\Model\GetProductSalableQty): salable ? quantity + reservations - min_qty : 0.
 */
import { Decimal } from 'decimal.js';

export interface ItemFacts {
  qty: string | null;
  isInStock: boolean;
  manageStock: boolean;
  minQty: string;
  backorders: number;
  useConfigBackorders: boolean;
  rawMinQty: string | null;
}

export interface ProductFacts {
  type: string;
  enabled: boolean;
  requiredOptions: boolean;
  item: ItemFacts | null;
}

export interface Part {
  optionId: number;
  optionRequired: boolean;
  child: ProductFacts | null;
}

export const COMPOSITE_TYPES = new Set(['configurable', 'grouped', 'bundle']);
const ZERO = new Decimal(0);

export interface StockState {
  /** The stock index has a row for the product (else Magento answers "not salable", salable qty 0). */
  indexed: boolean;
  isSalable: boolean;
  quantity: Decimal;
}

/** The item's own status in the legacy index: in stock, or stock not managed. */
function ownStatus(item: ItemFacts): boolean {
  return item.manageStock ? item.isInStock : true;
}

/** Indexed (enabled, with an item): what the legacy index holds for a child. */
function childStatus(p: ProductFacts | null): boolean | null {
  if (!p || !p.enabled || !p.item) return null;
  return ownStatus(p.item);
}

export function legacyStockState(p: ProductFacts, parts: readonly Part[]): StockState {
  if (!p.enabled || !p.item) return { indexed: false, isSalable: false, quantity: ZERO };
  const own = ownStatus(p.item);
  if (p.type === 'configurable' || p.type === 'grouped') {
    const children = parts.filter((x) => childStatus(x.child) !== null);
    if (children.length === 0) return { indexed: false, isSalable: false, quantity: ZERO };
    const any = children.some((x) => !x.child!.requiredOptions && childStatus(x.child) === true);
    return { indexed: true, isSalable: own && any, quantity: ZERO };
  }
  if (p.type === 'bundle') {
    const options = new Map<number, boolean>();
    for (const x of parts.filter((x) => x.optionRequired)) options.set(x.optionId, (options.get(x.optionId) ?? false) || childStatus(x.child) === true);
    return { indexed: true, isSalable: own && [...options.values()].every(Boolean), quantity: ZERO };
  }
  const qty = p.item.qty === null ? ZERO : Decimal.max(ZERO, new Decimal(p.item.qty));
  return { indexed: true, isSalable: own, quantity: qty };
}

export interface SourceQuantity {
  quantity: string | null;
  status: number;
  sourceEnabled: boolean;
}

export function msiStockState(p: ProductFacts | null, items: readonly SourceQuantity[], globalBackorders: number): StockState {
  const linked = items.filter((i) => i.sourceEnabled);
  if (linked.length === 0) return { indexed: false, isSalable: false, quantity: ZERO };
  const inStock = linked.filter((i) => i.status !== 0);
  const quantity = inStock.reduce((s, i) => s.plus(i.quantity ?? 0), ZERO);
  if (!p) return { indexed: true, isSalable: true, quantity }; // SkuIsAbsentInCatalogCondition
  const it = p.item;
  if (!it) return { indexed: true, isSalable: false, quantity };
  const backordersSet = globalBackorders === 0 ? !it.useConfigBackorders && it.backorders !== 0 : it.useConfigBackorders || it.backorders !== 0;
  const rawMin = new Decimal(it.rawMinQty ?? 0);
  const backorders = backordersSet && (rawMin.gte(0) || new Decimal(it.qty ?? 0).gt(rawMin)) && inStock.length > 0;
  const minQty = quantity.gt(it.minQty);
  return { indexed: true, isSalable: backorders || !it.manageStock || minQty, quantity };
}

export function salableQty(state: StockState, reservations: Decimal, minQty: string): Decimal {
  return state.isSalable ? state.quantity.plus(reservations).minus(minQty) : ZERO;
}
